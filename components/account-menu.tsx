import { signOutAction } from '@/lib/auth/actions';
import { isStaff } from '@/domain/auth/permissions';
import { initialOf, type Viewer } from '@/domain/auth/viewer';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';

/** "Sign in", or the reader's initial opening a small menu. A <details> element: no JavaScript. */
export function AccountMenu({ viewer, locale = DEFAULT_LOCALE }: { viewer: Viewer; locale?: Locale }) {
  const t = translator(locale, 'accountMenu');
  if (viewer.kind === 'anonymous') {
    return (
      <a href={localePath(locale, '/signin')} className="site-header__signin">
        {t('signIn')}
      </a>
    );
  }
  return (
    <details className="account-menu">
      <summary aria-label={t('yourAccount', { email: viewer.email })}>
        <span className="account-menu__initial" aria-hidden="true">
          {initialOf(viewer)}
        </span>
      </summary>
      <div className="account-menu__panel">
        <p className="account-menu__who">{viewer.name || viewer.email}</p>
        <ul>
          <li>
            <a href={localePath(locale, '/account')}>{t('account')}</a>
          </li>
          {isStaff(viewer.role) && (
            <li>
              <a href="/admin">{t('admin')}</a>
            </li>
          )}
          <li>
            <form action={signOutAction}>
              <button type="submit" className="link-button">
                {t('signOut')}
              </button>
            </form>
          </li>
        </ul>
      </div>
    </details>
  );
}
