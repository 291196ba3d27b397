import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useSession } from '../session/session-context';
import { isNational } from '../session/viewer';
import { LanguageSwitch } from './language-switch';
import { UnreadLink } from '../notifications/unread-link';

/** Every page: skip link, header with the menu the viewer's role may use, main, footer. */
export function Frame() {
  const { t } = useTranslation();
  const { viewer, signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="top-bar">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        {viewer && (
          <nav aria-label={t('nav.label')}>
            <ul>
              <li>
                <NavLink to="/items">{t('nav.myItems')}</NavLink>
              </li>
              <li>
                <NavLink to="/meetings">{t('nav.meetings')}</NavLink>
              </li>
              <li>
                <NavLink to="/task-forces">{t('nav.taskForces')}</NavLink>
              </li>
              {isNational(viewer) && (
                <li>
                  <NavLink to="/overview">{t('nav.overview')}</NavLink>
                </li>
              )}
              <li>
                <UnreadLink />
              </li>
              <li>
                <NavLink to="/account">{t('nav.account')}</NavLink>
              </li>
            </ul>
          </nav>
        )}
        <div className="top-bar__tools">
          <LanguageSwitch />
          {viewer && (
            <button type="button" className="button--quiet" onClick={() => void signOut()}>
              {t('nav.signOut')}
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">
        <p>{t('app.footer')}</p>
        <Link to="/accessibility">{t('app.accessibility')}</Link>
      </footer>
    </>
  );
}
