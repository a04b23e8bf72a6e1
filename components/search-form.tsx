/** A plain GET form: works without JavaScript. */
export function SearchForm({
  defaultValue = '',
  id = 'search',
  compact = false,
}: {
  defaultValue?: string;
  id?: string;
  compact?: boolean;
}) {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      className={compact ? 'search-form search-form--compact' : 'search-form'}
    >
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'search-form__label'}>
        Search Ridgeline
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search stories"
        maxLength={200}
        autoComplete="off"
      />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
