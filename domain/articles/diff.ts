import { diffWords } from 'diff';
import { bodyToText } from '@/domain/articles/body-doc';
import { delayLabel } from './members-first';
import { formatNewsroomDate } from './newsroom-time';
import type { ArticleSnapshot } from './snapshot';

/** Names for the ids a snapshot holds, so that a diff reads in words. */
export type SnapshotNames = {
  authors: Map<number, string>;
  sections: Map<number, string>;
  regions: Map<number, string>;
  newsletters: Map<number, string>;
  /** The newsroom's zone, for times a snapshot holds (UTC when not given). */
  timeZone?: string;
};

export type DiffPart = { value: string; added?: boolean; removed?: boolean };
export type FieldChange = { field: keyof ArticleSnapshot; label: string; parts: DiffPart[] };

const LABELS: Record<keyof ArticleSnapshot, string> = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  slug: 'Address',
  body: 'Text',
  sectionId: 'Section',
  regionId: 'Region',
  access: 'Access',
  opensToAll: 'Opens to everyone',
  authorIds: 'Authors',
  tags: 'Tags',
  leadImageUrl: 'Lead image',
  leadImageAlt: 'Lead image alt text',
  leadImageCaption: 'Lead image caption',
  leadImageCredit: 'Lead image credit',
  editorsNote: 'Editor’s note',
  seoTitle: 'SEO title',
  seoDescription: 'SEO description',
  newsletterId: 'Email to',
  emailOnly: 'Email only',
};

function asText(s: ArticleSnapshot, field: keyof ArticleSnapshot, names: SnapshotNames): string {
  switch (field) {
    case 'body':
      return bodyToText(s.body);
    case 'sectionId':
      return s.sectionId === null ? '' : (names.sections.get(s.sectionId) ?? `#${s.sectionId}`);
    case 'regionId':
      return s.regionId === null ? '' : (names.regions.get(s.regionId) ?? `#${s.regionId}`);
    case 'authorIds':
      return s.authorIds.map((id) => names.authors.get(id) ?? `#${id}`).join(', ');
    case 'tags':
      return s.tags.join(', ');
    case 'newsletterId':
      return s.newsletterId === null ? '' : (names.newsletters.get(s.newsletterId) ?? `#${s.newsletterId}`);
    case 'emailOnly':
      return s.emailOnly ? 'Email only, not on the site' : '';
    case 'access':
      if (s.access === 'public') return 'Everyone';
      return s.opensToAll ? 'Members first' : 'Members only';
    case 'opensToAll':
      if (s.access !== 'members' || !s.opensToAll) return '';
      return 'at' in s.opensToAll
        ? `On ${formatNewsroomDate(s.opensToAll.at, names.timeZone ?? 'UTC')}`
        : `${delayLabel(s.opensToAll.afterHours)} after publication`;
    default: {
      const value = s[field];
      return typeof value === 'string' ? value : '';
    }
  }
}

/** What changed from `before` to `after`, field by field, as word-level insertions and deletions. */
export function diffSnapshots(before: ArticleSnapshot, after: ArticleSnapshot, names: SnapshotNames): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(LABELS) as (keyof ArticleSnapshot)[]) {
    const a = asText(before, field, names);
    const b = asText(after, field, names);
    if (a === b) continue;
    const parts = diffWords(a, b).map((p) => ({
      value: p.value,
      ...(p.added ? { added: true } : {}),
      ...(p.removed ? { removed: true } : {}),
    }));
    changes.push({ field, label: LABELS[field], parts });
  }
  return changes;
}
