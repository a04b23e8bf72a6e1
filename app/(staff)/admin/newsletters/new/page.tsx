import { DEFAULT_LOCALE } from '@/domain/i18n/locales';
import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/viewer';
import { getNewsroom } from '@/lib/newsroom';
import { NewsletterForm } from '../newsletter-form';

export const metadata: Metadata = { title: 'New newsletter' };

export default async function NewNewsletterPage() {
  await requirePermission('newsletters:manage', '/admin/newsletters/new');
  return (
    <>
      <p className="admin-back">
        <Link href="/admin/newsletters">← Newsletters</Link>
      </p>
      <h1 className="page-title">New newsletter</h1>
      <NewsletterForm
        timeZone={getNewsroom().timeZone}
        newsletter={{
          name: '',
          slug: '',
          description: '',
          sample: '',
          senderName: `${getNewsroom().name}'s editors`,
          language: DEFAULT_LOCALE,
          audience: 'everyone',
          autoSubscribeMembers: false,
          days: [],
          time: '',
        }}
      />
    </>
  );
}
