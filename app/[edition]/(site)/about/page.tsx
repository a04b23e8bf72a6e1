import type { Metadata } from 'next';
import { listAuthors } from '@/lib/content/reads';
import { getNewsroom } from '@/lib/newsroom';

export const metadata: Metadata = { title: 'About us', alternates: { canonical: '/about' } };

export default async function AboutPage() {
  const newsroom = getNewsroom();
  const authors = await listAuthors();
  return (
    <div className="wrap plain-page">
      <p className="kicker">About</p>
      <h1 className="page-title">About {newsroom.name}</h1>
      <div className="prose">
        <p>{newsroom.description}</p>
        <p>
          We publish news, features, analysis, opinion, explainers and photo stories from Armenia, Azerbaijan, Georgia
          and the North Caucasus. Our reporters live in the places they write about. We correct our mistakes openly and
          say so at the top of the story.
        </p>
        <p>
          Readers in the region can be put at risk by a record of supporting an independent outlet. So we collect as
          little about our readers as we can, never publish the names of our members and run no third-party trackers on
          this site.
        </p>
        <h2>The newsroom</h2>
        <ul>
          {authors.map((author) => (
            <li key={author.slug}>
              <a href={`/authors/${author.slug}`}>{author.name}</a>, {author.role}
            </li>
          ))}
        </ul>
        <p>
          Write to us: <a href={`mailto:${newsroom.contactEmail}`}>{newsroom.contactEmail}</a>
        </p>
      </div>
    </div>
  );
}
