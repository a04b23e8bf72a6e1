import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Picture } from '@/components/picture';
import {
  getAuthor,
  getRegion,
  getSection,
  getTag,
  listAuthorArticles,
  listRegionArticles,
  listSectionArticles,
  listTagArticles,
} from '@/lib/content/reads';
import { ArticleListing } from './article-listing';
import { assertPageExists, parsePageParam } from './page-param';

/** Each listing: find the thing, fetch its page of stories, render. Routes stay one line. */
export type ListingProps = { params: Promise<{ slug: string; page?: string }> };

type ListingResult = Parameters<typeof ArticleListing>[0]['result'];

/** What differs between the section, region, tag and author listings; listing() does the rest. */
type ListingKind<T> = {
  /** The URL folder: /sections/<slug>. */
  folder: string;
  find: (slug: string) => Promise<T | null>;
  list: (thing: T, page: number) => Promise<ListingResult>;
  header: (thing: T, result: ListingResult, slug: string) => React.ReactNode;
  /** Title (without the page suffix) and whatever else the listing's head carries. */
  metadata: (thing: T, slug: string) => Metadata & { title: string };
};

function listing<T>(kind: ListingKind<T>) {
  async function Listing({ params }: ListingProps) {
    const { slug, page: rawPage } = await params;
    const page = parsePageParam(rawPage);
    const thing = await kind.find(slug);
    if (!thing) notFound();
    const result = await kind.list(thing, page);
    assertPageExists(result);
    return (
      <ArticleListing basePath={`/${kind.folder}/${slug}`} result={result} header={kind.header(thing, result, slug)} />
    );
  }
  async function metadata({ params }: ListingProps): Promise<Metadata> {
    const { slug, page: rawPage } = await params;
    const thing = await kind.find(slug);
    if (!thing) return {};
    const page = rawPage ? Number(rawPage) : 1;
    const { title, alternates, ...rest } = kind.metadata(thing, slug);
    const base = `/${kind.folder}/${slug}`;
    return {
      ...rest,
      title: page > 1 ? `${title} (page ${page})` : title,
      alternates: { ...alternates, canonical: page > 1 ? `${base}/page/${page}` : base },
    };
  }
  return [Listing, metadata] as const;
}

export const [SectionListing, sectionMetadata] = listing({
  folder: 'sections',
  find: (slug) => getSection({ slug }),
  list: (section, page) => listSectionArticles({ sectionId: section.id, page }),
  header: (section, _result, slug) => (
    <>
      <p className="kicker">Section</p>
      <h1 className="page-title">{section.name}</h1>
      <p className="lede">{section.description}</p>
      <p className="listing__feed">
        <a href={`/sections/${slug}/rss.xml`}>RSS feed for {section.name}</a>
      </p>
    </>
  ),
  metadata: (section, slug) => ({
    title: section.name,
    description: section.description,
    alternates: { types: { 'application/rss+xml': [{ url: `/sections/${slug}/rss.xml`, title: section.name }] } },
  }),
});

export const [RegionListing, regionMetadata] = listing({
  folder: 'regions',
  find: (slug) => getRegion({ slug }),
  list: (region, page) => listRegionArticles({ regionId: region.id, page }),
  header: (region) => (
    <>
      <p className="kicker">Region</p>
      <h1 className="page-title">{region.name}</h1>
    </>
  ),
  metadata: (region) => ({ title: region.name, description: `Reporting and analysis from ${region.name}.` }),
});

export const [TagListing, tagMetadata] = listing({
  folder: 'tags',
  find: (slug) => getTag({ slug }),
  list: (tag, page) => listTagArticles({ tagId: tag.id, page }),
  header: (tag, result) => (
    <>
      <p className="kicker">Tag</p>
      <h1 className="page-title">{tag.name.charAt(0).toUpperCase() + tag.name.slice(1)}</h1>
      <p className="lede">
        {result.total} {result.total === 1 ? 'story' : 'stories'} tagged “{tag.name}”.
      </p>
    </>
  ),
  metadata: (tag) => ({ title: `Stories tagged “${tag.name}”` }),
});

export const [AuthorListing, authorMetadata] = listing({
  folder: 'authors',
  find: (slug) => getAuthor({ slug }),
  list: (author, page) => listAuthorArticles({ authorId: author.id, page }),
  header: (author) => (
    <div className="author-header">
      {author.photoUrl && (
        <Picture
          src={author.photoUrl}
          alt={`Portrait of ${author.name}`}
          width={256}
          height={256}
          sizes="128px"
          kind="avatar"
          priority
        />
      )}
      <div>
        <p className="kicker">{author.role || 'Ridgeline'}</p>
        <h1 className="page-title">{author.name}</h1>
        <div className="bio prose">
          {author.bio.split(/\n\s*\n/).map((paragraph) => (
            <p key={paragraph.slice(0, 24)}>{paragraph}</p>
          ))}
        </div>
      </div>
    </div>
  ),
  metadata: (author) => ({
    title: author.name,
    description: author.bio.slice(0, 160),
    openGraph: { type: 'profile', images: author.photoUrl ? [author.photoUrl] : undefined },
  }),
});
