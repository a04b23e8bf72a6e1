import type { Metadata } from 'next';
import { listAppealsForAdmin } from '@/db/queries/appeals';
import { listBenefitsForAdmin, listFaq } from '@/db/queries/benefits';
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, localeOr } from '@/domain/i18n/locales';
import Link from 'next/link';
import { FaqForm } from './faq-form';
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

type Props = { searchParams: Promise<{ language?: string | string[] }> };

export default async function AppealsPage({ searchParams }: Props) {
  await requirePermission('appeals:manage', '/admin/appeals');
  const locale = localeOr((await searchParams).language);
  const [rows, listed, faq] = await Promise.all([
    listAppealsForAdmin({ locale }),
    listBenefitsForAdmin({ locale }),
    listFaq({ locale }),
  ]);
  const today = todayIn(getNewsroom().timeZone);
  return (
    <>
      <h1 className="page-title">Appeals</h1>
      <p className="lede">What we ask of readers who are not members, and where. Members never see these.</p>
      <nav className="edition-tabs" aria-label="Edition">
        {LOCALE_CODES.map((code) => (
          <Link
            key={code}
            href={code === DEFAULT_LOCALE ? '/admin/appeals' : `/admin/appeals?language=${code}`}
            aria-current={code === locale ? 'page' : undefined}
            className="edition-tabs__tab"
            lang={code}
          >
            {LOCALES[code].name}
          </Link>
        ))}
      </nav>
      {APPEAL_PLACEMENTS.map((placement) => {
        const row = rows.find((r) => r.placement === placement);
        const appeal: AppealCopy = row ?? { placement, ...EMPTY };
        const lastChange = row?.updatedBy
          ? `Last changed by ${row.updatedBy}, ${formatDateTime(row.updatedAt)}.`
          : null;
        return (
          <AppealForm
            key={`${locale}-${placement}`}
            locale={locale}
            appeal={appeal}
            today={today}
            lastChange={lastChange}
            {...PLACEMENTS[placement]}
          />
        );
      })}
      <BenefitsForm
        key={`${locale}-benefits`}
        locale={locale}
        benefits={listed.benefits}
        lastChange={
          listed.lastChange
            ? `Last changed by ${listed.lastChange.updatedBy}, ${formatDateTime(listed.lastChange.updatedAt)}.`
            : null
        }
      />
      <FaqForm key={`${locale}-faq`} locale={locale} entries={faq} />
    </>
  );
}
