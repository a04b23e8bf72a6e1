import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Picture } from '@/components/picture';
import { LOCALES, translated, type Locale } from '@/domain/i18n/locales';
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
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { ArticleListing } from './article-listing';
import { assertPageExists, parsePageParam } from './page-param';
import { editionLocale } from '@/lib/i18n/edition';

/**
 * Each listing: find the thing, fetch its page of stories, render. Routes stay one line; the
 * listing is in the route's edition unless a `locale` is given.
 */
export type ListingProps = { params: Promise<{ slug: string; page?: string }>; locale?: Locale };

type ListingResult = Parameters<typeof ArticleListing>[0]['result'];

/** What differs between the section, region, tag and author listings; listing() does the rest. */
type ListingKind<T> = {
  /** The URL folder: /sections/<slug>. */
  folder: string;
  find: (slug: string) => Promise<T | null>;
  list: (thing: T, page: number, locale: Locale) => Promise<ListingResult>;
  header: (thing: T, result: ListingResult, slug: string, locale: Locale) => React.ReactNode;
  /** Title (without the page suffix) and whatever else the listing's head carries. */
  metadata: (thing: T, slug: string, locale: Locale) => Metadata & { title: string };
};

function listing<T>(kind: ListingKind<T>) {
  async function Listing({ params, locale: given }: ListingProps) {
    const locale = given ?? (await editionLocale());
    const { slug, page: rawPage } = await params;
    const page = parsePageParam(rawPage);
    const thing = await kind.find(slug);
    if (!thing) notFound();
    const result = await kind.list(thing, page, locale);
    assertPageExists(result);
    return (
      <ArticleListing
        basePath={localePath(locale, `/${kind.folder}/${slug}`)}
        result={result}
        header={kind.header(thing, result, slug, locale)}
        locale={locale}
      />
    );
  }
  async function metadata({ params, locale: given }: ListingProps): Promise<Metadata> {
    const locale = given ?? (await editionLocale());
    const { slug, page: rawPage } = await params;
    const thing = await kind.find(slug);
    if (!thing) return {};
    const page = rawPage ? Number(rawPage) : 1;
    const { title, alternates, ...rest } = kind.metadata(thing, slug, locale);
    const base = localePath(locale, `/${kind.folder}/${slug}`);
    return {
      ...rest,
      title: page > 1 ? translator(locale, 'listings')('pageTitle', { title, page }) : title,
      alternates: { ...alternates, canonical: page > 1 ? `${base}/page/${page}` : base },
    };
  }
  return [Listing, metadata] as const;
}

/** "24 stories" / «24 статьи» under a listing's heading. */
function StoryCount({ total, locale }: { total: number; locale: Locale }) {
  return (
    <p className="listing__feed listing__count">{translator(locale, 'listings')('storyCount', { count: total })}</p>
  );
}

export const [SectionListing, sectionMetadata] = listing({
  folder: 'sections',
  find: (slug) => getSection({ slug }),
  list: (section, page, locale) => listSectionArticles({ sectionId: section.id, page, locale }),
  header: (section, result, slug, locale) => {
    const name = translated(section, 'name', locale);
    return (
      <>
        <p className="kicker">{translator(locale, 'listings')('sectionKicker')}</p>
        <h1 className="page-title">{name}</h1>
        <p className="lede">{translated(section, 'description', locale)}</p>
        <StoryCount total={result.total} locale={locale} />
        <p className="listing__feed">
          <a href={localePath(locale, `/sections/${slug}/rss.xml`)}>
            {translator(locale, 'listings')('sectionFeed', { name })}
          </a>
        </p>
      </>
    );
  },
  metadata: (section, slug, locale) => {
    const name = translated(section, 'name', locale);
    return {
      title: name,
      description: translated(section, 'description', locale),
      alternates: {
        types: { 'application/rss+xml': [{ url: localePath(locale, `/sections/${slug}/rss.xml`), title: name }] },
      },
    };
  },
});

export const [RegionListing, regionMetadata] = listing({
  folder: 'regions',
  find: (slug) => getRegion({ slug }),
  list: (region, page, locale) => listRegionArticles({ regionId: region.id, page, locale }),
  header: (region, result, _slug, locale) => (
    <>
      <p className="kicker">{translator(locale, 'listings')('regionKicker')}</p>
      <h1 className="page-title">{translated(region, 'name', locale)}</h1>
      <StoryCount total={result.total} locale={locale} />
    </>
  ),
  metadata: (region, _slug, locale) => {
    const name = translated(region, 'name', locale);
    return { title: name, description: translator(locale, 'listings')('regionDescription', { name }) };
  },
});

export const [TagListing, tagMetadata] = listing({
  folder: 'tags',
  find: (slug) => getTag({ slug }),
  list: (tag, page, locale) => listTagArticles({ tagId: tag.id, page, locale }),
  header: (tag, result, _slug, locale) => {
    const name = translated(tag, 'name', locale);
    const t = translator(locale, 'listings');
    return (
      <>
        <p className="kicker">{t('tagKicker')}</p>
        <h1 className="page-title">{name.charAt(0).toLocaleUpperCase(LOCALES[locale].tag) + name.slice(1)}</h1>
        {/* The count is in the lede here, so the tag page needs no StoryCount line. */}
        <p className="lede">{t('tagLede', { count: result.total, name })}</p>
      </>
    );
  },
  metadata: (tag, _slug, locale) => ({
    title: translator(locale, 'listings')('tagTitle', { name: translated(tag, 'name', locale) }),
  }),
});

export const [AuthorListing, authorMetadata] = listing({
  folder: 'authors',
  find: (slug) => getAuthor({ slug }),
  list: (author, page, locale) => listAuthorArticles({ authorId: author.id, page, locale }),
  header: (author, result, _slug, locale) => {
    const name = translated(author, 'name', locale);
    return (
      <div className="author-header">
        {author.photoUrl && (
          <Picture
            src={author.photoUrl}
            alt={translator(locale, 'listings')('authorPortrait', { name })}
            width={256}
            height={256}
            sizes="128px"
            kind="avatar"
            priority
          />
        )}
        <div>
          <p className="kicker">{translated(author, 'role', locale) || 'Ridgeline'}</p>
          <h1 className="page-title">{name}</h1>
          <div className="bio prose">
            {translated(author, 'bio', locale)
              .split(/\n\s*\n/)
              .map((paragraph) => (
                <p key={paragraph.slice(0, 24)}>{paragraph}</p>
              ))}
          </div>
          <StoryCount total={result.total} locale={locale} />
        </div>
      </div>
    );
  },
  metadata: (author, _slug, locale) => ({
    title: translated(author, 'name', locale),
    description: translated(author, 'bio', locale).slice(0, 160),
    openGraph: { type: 'profile', images: author.photoUrl ? [author.photoUrl] : undefined },
  }),
});
