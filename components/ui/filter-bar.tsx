import type { ReactNode, SelectHTMLAttributes } from 'react';
import { SelectField } from '@/components/ui/field';

/**
 * A list's filter: a search form that sends its fields as the page's query string (read back by
 * the list's parser in features/<feature>/filter.ts), so a filtered list has an address.
 * The fields are the children (Field for the search box, FilterSelect for each choice).
 */
export function FilterBar({
  label,
  action,
  submitLabel,
  primary = false,
  className,
  after,
  children,
}: {
  /** The search landmark's name. */
  label: string;
  /** The list's path; without it the form sends to the page it is on. */
  action?: string;
  submitLabel: string;
  primary?: boolean;
  className: string;
  /** What follows the button, such as a hint one of the fields points at. */
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form className={className} method="get" action={action} role="search" aria-label={label}>
      {children}
      <button type="submit" className={primary ? 'button button--primary' : 'button'}>
        {submitLabel}
      </button>
      {after}
    </form>
  );
}

export type FilterOption = { value: string | number; label: string };

/** One choice in a FilterBar; `anyLabel` is the first option, the one that does not filter. */
export function FilterSelect({
  id,
  label,
  options,
  anyLabel,
  describedBy,
  ...select
}: {
  id: string;
  label: string;
  options: readonly FilterOption[];
  anyLabel?: string;
  describedBy?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'>) {
  return (
    <SelectField id={id} label={label} describedBy={describedBy} {...select}>
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}
