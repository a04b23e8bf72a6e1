// The answer to the last save, with links to each field a refusal names (the side panel is far below on a phone).
import type { ArticleFieldErrors } from '@/features/articles/actions';

const FIELD_INPUTS: Partial<Record<keyof ArticleFieldErrors, { label: string; inputId: string }>> = {
  headline: { label: 'Headline', inputId: 'headline' },
  body: { label: 'Text', inputId: 'body' },
  slug: { label: 'Address', inputId: 'slug' },
  sectionId: { label: 'Section', inputId: 'section' },
  authorIds: { label: 'Authors', inputId: 'authors-add' },
  leadImageAlt: { label: 'Lead image alt text', inputId: 'lead-alt' },
  scheduleAt: { label: 'Publish at', inputId: 'schedule-at' },
  newsletterId: { label: 'Email to', inputId: 'newsletter' },
  opensToAll: { label: 'Opens to everyone', inputId: 'opens-after' },
};

export function SaveNotice({
  message,
  alert,
  fieldErrors,
}: {
  message: string;
  alert: boolean;
  fieldErrors: ArticleFieldErrors;
}) {
  const fieldLinks = (Object.keys(fieldErrors) as (keyof ArticleFieldErrors)[]).flatMap((field) =>
    fieldErrors[field]?.length && FIELD_INPUTS[field] ? [FIELD_INPUTS[field]] : [],
  );
  return (
    <div className={`notice ${alert ? 'notice--error' : ''}`} role={alert ? 'alert' : undefined}>
      <p>{message}</p>
      {fieldLinks.length > 0 && (
        <div className="notice__fields">
          <span id="fields-to-fix">Go to</span>
          <ul aria-labelledby="fields-to-fix">
            {fieldLinks.map(({ label, inputId }) => (
              <li key={inputId}>
                <a
                  href={`#${inputId}`}
                  onClick={(event) => {
                    const input = document.getElementById(inputId);
                    if (!input) return;
                    event.preventDefault();
                    input.scrollIntoView({ block: 'center' });
                    input.focus({ preventScroll: true });
                  }}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
