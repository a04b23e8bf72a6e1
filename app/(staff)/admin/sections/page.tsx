import type { Metadata } from 'next';
import { listTaxonomyForAdmin } from '@/db/queries/taxonomy';
import { requirePermission } from '@/lib/auth/viewer';
import { NamesForm } from './names-form';
import '@/components/admin/taxonomy/taxonomy.css';

export const metadata: Metadata = { title: 'Sections, regions and tags' };

/** The names readers see in menus, kickers and listings, in each edition's language. */
export default async function TaxonomyPage() {
  await requirePermission('taxonomy:manage', '/admin/sections');
  const { sections, regions, tags } = await listTaxonomyForAdmin();
  return (
    <>
      <div className="admin-heading">
        <h1 className="page-title">Sections, regions and tags</h1>
      </div>
      <p className="lede">
        Their names in each edition. An address stays the same in every language; a name left empty in an edition shows
        the English one.
      </p>
      <NamesForm kind="sections" rows={sections} />
      <NamesForm kind="regions" rows={regions} />
      <NamesForm kind="tags" rows={tags} />
    </>
  );
}
