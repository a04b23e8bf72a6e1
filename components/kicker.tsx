import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';

/** The small label over a headline: region, then section. */
export function Kicker({
  region,
  section,
  access,
  membersFirst = false,
  linked = true,
  locale = DEFAULT_LOCALE,
}: {
  region: { slug: string; name: string } | null;
  section?: { slug: string; name: string } | null;
  access?: 'public' | 'members';
  /** A members-only story that opens to everyone later. */
  membersFirst?: boolean;
  linked?: boolean;
  locale?: Locale;
}) {
  const t = translator(locale, 'kicker');
  const parts: { href: string; name: string }[] = [];
  if (region) parts.push({ href: localePath(locale, `/regions/${region.slug}`), name: region.name });
  if (section) parts.push({ href: localePath(locale, `/sections/${section.slug}`), name: section.name });
  return (
    <p className="kicker">
      {parts.map((part, i) => (
        <span key={part.href}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          {linked ? <a href={part.href}>{part.name}</a> : part.name}
        </span>
      ))}
      {access === 'members' && (
        <span className="kicker__members">{membersFirst ? t('membersFirst') : t('members')}</span>
      )}
    </p>
  );
}
