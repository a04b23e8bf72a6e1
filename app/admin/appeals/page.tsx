import type { Metadata } from 'next';
import { listAppealsForAdmin } from '@/db/queries/appeals';
import { listBenefitsForAdmin } from '@/db/queries/benefits';
import { APPEAL_PLACEMENTS, todayIn, type AppealCopy } from '@/lib/appeals/appeals';
import { requirePermission } from '@/lib/auth/viewer';
import { formatDateTime } from '@/lib/format';
import { getNewsroom } from '@/lib/newsroom';
import { AppealForm } from './appeal-form';
import { BenefitsForm } from './benefits-form';
import '@/components/admin/appeals/appeals.css';

export const metadata: Metadata = { title: 'Appeals' };

const PLACEMENTS = {
  'in-article': {
    title: 'In-article appeal',
    description: 'The short ask between paragraphs of every article, for readers who are not members.',
  },
  'end-of-article': {
    title: 'End-of-article appeal',
    description: 'The longer ask after the last paragraph. Its text also opens the membership page.',
  },
  banner: { title: 'Site banner', description: 'The strip above the header on every page, with the campaign goal.' },
} as const;

const EMPTY: Omit<AppealCopy, 'placement'> = {
  heading: '',
  body: '',
  buttonLabel: 'Become a member',
  enabled: false,
  goalMembers: null,
  goalEndsOn: null,
};

export default async function AppealsPage() {
  await requirePermission('appeals:manage', '/admin/appeals');
  const [rows, listed] = await Promise.all([listAppealsForAdmin(), listBenefitsForAdmin()]);
  const today = todayIn(getNewsroom().timeZone);
  return (
    <>
      <h1 className="page-title">Appeals</h1>
      <p className="lede">What we ask of readers who are not members, and where. Members never see these.</p>
      {APPEAL_PLACEMENTS.map((placement) => {
        const row = rows.find((r) => r.placement === placement);
        const appeal: AppealCopy = row ?? { placement, ...EMPTY };
        const lastChange = row?.updatedBy
          ? `Last changed by ${row.updatedBy}, ${formatDateTime(row.updatedAt)}.`
          : null;
        return (
          <AppealForm
            key={placement}
            appeal={appeal}
            today={today}
            lastChange={lastChange}
            {...PLACEMENTS[placement]}
          />
        );
      })}
      <BenefitsForm
        benefits={listed.benefits}
        lastChange={
          listed.lastChange
            ? `Last changed by ${listed.lastChange.updatedBy}, ${formatDateTime(listed.lastChange.updatedAt)}.`
            : null
        }
      />
    </>
  );
}
