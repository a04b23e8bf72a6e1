import { signOutAction } from '@/lib/auth/actions';
import { isStaff } from '@/domain/auth/permissions';
import { initialOf, type Viewer } from '@/domain/auth/viewer';

/** "Sign in", or the reader's initial opening a small menu. A <details> element: no JavaScript. */
export function AccountMenu({ viewer }: { viewer: Viewer }) {
  if (viewer.kind === 'anonymous') {
    return (
      <a href="/signin" className="site-header__signin">
        Sign in
      </a>
    );
  }
  return (
    <details className="account-menu">
      <summary aria-label={`Your account (${viewer.email})`}>
        <span className="account-menu__initial" aria-hidden="true">
          {initialOf(viewer)}
        </span>
      </summary>
      <div className="account-menu__panel">
        <p className="account-menu__who">{viewer.name || viewer.email}</p>
        <ul>
          <li>
            <a href="/account">Account</a>
          </li>
          {isStaff(viewer.role) && (
            <li>
              <a href="/admin">Admin</a>
            </li>
          )}
          <li>
            <form action={signOutAction}>
              <button type="submit" className="link-button">
                Sign out
              </button>
            </form>
          </li>
        </ul>
      </div>
    </details>
  );
}
