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

const pageSuffix = (page: number) => (page > 1 ? ` (page ${page})` : '');

export async function SectionListing({ params }: ListingProps) {
  const { slug, page: rawPage } = await params;
  const page = parsePageParam(rawPage);
  const section = await getSection({ slug });
  if (!section) notFound();
  const result = await listSectionArticles({ sectionId: section.id, page });
  assertPageExists(result);
  return (
    <ArticleListing
      basePath={`/sections/${slug}`}
      result={result}
      header={
        <>
          <p className="kicker">Section</p>
          <h1 className="page-title">{section.name}</h1>
          <p className="lede">{section.description}</p>
          <p className="listing__feed">
            <a href={`/sections/${slug}/rss.xml`}>RSS feed for {section.name}</a>
          </p>
        </>
      }
    />
  );
}

export async function sectionMetadata({ params }: ListingProps): Promise<Metadata> {
  const { slug, page: rawPage } = await params;
  const section = await getSection({ slug });
  if (!section) return {};
  const page = rawPage ? Number(rawPage) : 1;
  return {
    title: `${section.name}${pageSuffix(page)}`,
    description: section.description,
    alternates: {
      canonical: page > 1 ? `/sections/${slug}/page/${page}` : `/sections/${slug}`,
      types: { 'application/rss+xml': [{ url: `/sections/${slug}/rss.xml`, title: section.name }] },
    },
  };
}

export async function RegionListing({ params }: ListingProps) {
  const { slug, page: rawPage } = await params;
  const page = parsePageParam(rawPage);
  const region = await getRegion({ slug });
  if (!region) notFound();
  const result = await listRegionArticles({ regionId: region.id, page });
  assertPageExists(result);
  return (
    <ArticleListing
      basePath={`/regions/${slug}`}
      result={result}
      header={
        <>
          <p className="kicker">Region</p>
          <h1 className="page-title">{region.name}</h1>
        </>
      }
    />
  );
}

export async function regionMetadata({ params }: ListingProps): Promise<Metadata> {
  const { slug, page: rawPage } = await params;
  const region = await getRegion({ slug });
  if (!region) return {};
  const page = rawPage ? Number(rawPage) : 1;
  return {
    title: `${region.name}${pageSuffix(page)}`,
    description: `Reporting and analysis from ${region.name}.`,
    alternates: { canonical: page > 1 ? `/regions/${slug}/page/${page}` : `/regions/${slug}` },
  };
}

export async function TagListing({ params }: ListingProps) {
  const { slug, page: rawPage } = await params;
  const page = parsePageParam(rawPage);
  const tag = await getTag({ slug });
  if (!tag) notFound();
  const result = await listTagArticles({ tagId: tag.id, page });
  assertPageExists(result);
  return (
    <ArticleListing
      basePath={`/tags/${slug}`}
      result={result}
      header={
        <>
          <p className="kicker">Tag</p>
          <h1 className="page-title">{tag.name.charAt(0).toUpperCase() + tag.name.slice(1)}</h1>
          <p className="lede">
            {result.total} {result.total === 1 ? 'story' : 'stories'} tagged “{tag.name}”.
          </p>
        </>
      }
    />
  );
}

export async function tagMetadata({ params }: ListingProps): Promise<Metadata> {
  const { slug, page: rawPage } = await params;
  const tag = await getTag({ slug });
  if (!tag) return {};
  const page = rawPage ? Number(rawPage) : 1;
  return {
    title: `Stories tagged “${tag.name}”${pageSuffix(page)}`,
    alternates: { canonical: page > 1 ? `/tags/${slug}/page/${page}` : `/tags/${slug}` },
  };
}

export async function AuthorListing({ params }: ListingProps) {
  const { slug, page: rawPage } = await params;
  const page = parsePageParam(rawPage);
  const author = await getAuthor({ slug });
  if (!author) notFound();
  const result = await listAuthorArticles({ authorId: author.id, page });
  assertPageExists(result);
  return (
    <ArticleListing
      basePath={`/authors/${slug}`}
      result={result}
      header={
        <div className="author-header">
          {author.photoUrl && <Picture src={author.photoUrl} alt={`Portrait of ${author.name}`} width={256} height={256} sizes="128px" kind="avatar" priority />}
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
      }
    />
  );
}

export async function authorMetadata({ params }: ListingProps): Promise<Metadata> {
  const { slug, page: rawPage } = await params;
  const author = await getAuthor({ slug });
  if (!author) return {};
  const page = rawPage ? Number(rawPage) : 1;
  return {
    title: `${author.name}${pageSuffix(page)}`,
    description: author.bio.slice(0, 160),
    alternates: { canonical: page > 1 ? `/authors/${slug}/page/${page}` : `/authors/${slug}` },
    openGraph: { type: 'profile', images: author.photoUrl ? [author.photoUrl] : undefined },
  };
}
