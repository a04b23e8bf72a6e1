/** The small label over a headline: region, then section. */
export function Kicker({
  region,
  section,
  access,
  membersFirst = false,
  linked = true,
}: {
  region: { slug: string; name: string } | null;
  section?: { slug: string; name: string } | null;
  access?: 'public' | 'members';
  /** A members-only story that opens to everyone later. */
  membersFirst?: boolean;
  linked?: boolean;
}) {
  const parts: { href: string; name: string }[] = [];
  if (region) parts.push({ href: `/regions/${region.slug}`, name: region.name });
  if (section) parts.push({ href: `/sections/${section.slug}`, name: section.name });
  return (
    <p className="kicker">
      {parts.map((part, i) => (
        <span key={part.href}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          {linked ? <a href={part.href}>{part.name}</a> : part.name}
        </span>
      ))}
      {access === 'members' && <span className="kicker__members">{membersFirst ? 'Members first' : 'Members'}</span>}
    </p>
  );
}
