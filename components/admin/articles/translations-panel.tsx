import Link from 'next/link';
import type { TranslationSibling } from '@/db/queries/admin-articles';
import { LOCALE_CODES, LOCALES, type Locale } from '@/domain/i18n/locales';
import { translateArticleAction } from '@/features/articles/actions';
import { renderBodyHtml } from '@/lib/render/body-html';

const STATUS_WORD = { draft: 'draft', scheduled: 'scheduled', published: 'published' } as const;

/**
 * The story's languages: what it is written in, its counterparts (linked by id, so renames keep
 * them), and "Translate into …" for each language it does not have yet, which starts a linked
 * draft with the same section, region, picture, byline and tags.
 */
export function TranslationsPanel({
  article,
  siblings,
}: {
  article: { id: number; language: Locale };
  siblings: TranslationSibling[];
}) {
  const missing = LOCALE_CODES.filter(
    (code) => code !== article.language && !siblings.some((sibling) => sibling.language === code),
  );
  return (
    <section className="translations-panel" aria-labelledby="translations-heading">
      <h2 id="translations-heading" className="translations-panel__heading">
        Languages
      </h2>
      <p className="translations-panel__own">
        Written in <strong>{LOCALES[article.language].name}</strong>
        {siblings.length === 0 && missing.length > 0 ? '; not translated yet.' : '.'}
      </p>
      {siblings.length > 0 && (
        <ul className="translations-panel__list">
          {siblings.map((sibling) => (
            <li key={sibling.id}>
              {LOCALES[sibling.language].name}:{' '}
              <Link href={`/admin/articles/${sibling.id}`} lang={sibling.language}>
                {sibling.headline || 'Untitled'}
              </Link>{' '}
              <span className="translations-panel__status">({STATUS_WORD[sibling.status]})</span>
            </li>
          ))}
        </ul>
      )}
      {missing.map((code) => (
        <form key={code} action={translateArticleAction} className="translations-panel__translate">
          <input type="hidden" name="articleId" value={article.id} />
          <input type="hidden" name="language" value={code} />
          <button type="submit" className="button button--small">
            Translate into {LOCALES[code].name}
          </button>
        </form>
      ))}
    </section>
  );
}

/** The story this one translates, to read while writing: beside the editor on a wide screen. */
export function TranslationOriginal({ original }: { original: TranslationSibling }) {
  return (
    <aside className="translation-original" aria-labelledby="translation-original-heading">
      <details open>
        <summary id="translation-original-heading">
          The {LOCALES[original.language].name} text
          <span className="translation-original__hint"> (to translate from)</span>
        </summary>
        <div className="translation-original__text" lang={original.language}>
          <p className="translation-original__headline">{original.headline || 'Untitled'}</p>
          {original.standfirst && <p className="translation-original__standfirst">{original.standfirst}</p>}
          <div className="prose" dangerouslySetInnerHTML={{ __html: renderBodyHtml(original.body) }} />
        </div>
      </details>
    </aside>
  );
}
