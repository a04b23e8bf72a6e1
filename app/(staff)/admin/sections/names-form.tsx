'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES } from '@/domain/i18n/locales';
import { saveTaxonomyNamesAction } from '@/features/taxonomy/actions';
import { NAME_MAX, nameField } from '@/features/taxonomy/names';
import type { TaxonomyKind, TaxonomyRow } from '@/db/queries/taxonomy';

/** The kind's heading; its addresses are /<kind>/<slug>. */
const TITLES: Record<TaxonomyKind, string> = { sections: 'Sections', regions: 'Regions', tags: 'Tags' };

/**
 * One kind's names, a column per edition: the default language's is required, the others fall
 * back to it when empty. The address (slug) is the same in every edition and does not change.
 */
export function NamesForm({ kind, rows }: { kind: TaxonomyKind; rows: TaxonomyRow[] }) {
  const [state, action] = useActionState(saveTaxonomyNamesAction, null);
  const title = TITLES[kind];
  const typed = (id: number, locale: (typeof LOCALE_CODES)[number], row: TaxonomyRow) =>
    state?.values?.[nameField(id, locale)] ??
    (locale === DEFAULT_LOCALE ? row.name : (row.translations[locale]?.name ?? ''));
  return (
    <section className="taxonomy-names" aria-labelledby={`${kind}-title`}>
      <h2 id={`${kind}-title`}>{title}</h2>
      <form action={action} className="form" noValidate aria-label={`${title}: names in each edition`}>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="ids" value={rows.map((row) => row.id).join(',')} />
        <table className="admin-table taxonomy-names__table" key={JSON.stringify(state?.values ?? null)}>
          <thead>
            <tr>
              <th scope="col">Address</th>
              {LOCALE_CODES.map((locale) => (
                <th key={locale} scope="col">
                  {LOCALES[locale].name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="taxonomy-names__slug">
                  /{kind}/{row.slug}
                </th>
                {LOCALE_CODES.map((locale) => {
                  const field = nameField(row.id, locale);
                  const errors = state?.fieldErrors?.[field as never];
                  return (
                    <td key={locale}>
                      <input
                        id={field}
                        name={field}
                        defaultValue={typed(row.id, locale, row)}
                        maxLength={NAME_MAX}
                        lang={LOCALES[locale].tag}
                        aria-label={`${row.slug} in ${LOCALES[locale].name}`}
                        aria-invalid={errors ? true : undefined}
                        aria-describedby={errors ? `${field}-error` : undefined}
                        placeholder={locale === DEFAULT_LOCALE ? undefined : row.name}
                        autoComplete="off"
                      />
                      <FieldError id={`${field}-error`} errors={errors} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="inline-actions">
          <SubmitButton pendingLabel="Saving…">Save {title.toLowerCase()}</SubmitButton>
          {state?.message && (
            <p className={state.ok ? 'form-status' : 'form-message'} role={state.ok ? 'status' : 'alert'}>
              {state.message}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
