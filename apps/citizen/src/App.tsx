import { Link, useI18n, useRouter } from '@rygforlob/ui';
import { lazy, Suspense } from 'react';

// Everything after sign-in loads when first shown: the first screen stays small on mobile data.
const PlanScreen = lazy(() => import('./screens/PlanScreen.tsx'));
const QuestionnairesScreen = lazy(() => import('./screens/QuestionnairesScreen.tsx'));
const ConsentsScreen = lazy(() => import('./screens/ConsentsScreen.tsx'));
const AccessLogScreen = lazy(() => import('./screens/AccessLogScreen.tsx'));
const MessagesScreen = lazy(() => import('./screens/MessagesScreen.tsx'));

const SCREENS = [
  { path: '/', key: 'minside.nav.plan', Screen: PlanScreen },
  { path: '/spoergeskemaer', key: 'minside.nav.questionnaires', Screen: QuestionnairesScreen },
  { path: '/samtykker', key: 'minside.nav.consents', Screen: ConsentsScreen },
  { path: '/log', key: 'minside.nav.log', Screen: AccessLogScreen },
  { path: '/beskeder', key: 'minside.nav.messages', Screen: MessagesScreen },
] as const;

function LanguageButton() {
  const { t, lang, setLang } = useI18n();
  return (
    <button type="button" className="ms-link-button" onClick={() => setLang(lang === 'da' ? 'en' : 'da')}>
      <span lang={lang === 'da' ? 'en' : 'da'}>{t('app.language')}</span>
    </button>
  );
}

/** Min side once signed in: the header, the navigation and the citizen's screens. */
export function SignedIn({ name }: { name: string }) {
  const { t } = useI18n();
  const { path } = useRouter();
  const current =
    SCREENS.find((s) => (s.path === '/' ? path === '/' : path.startsWith(s.path))) ?? SCREENS[0];
  return (
    <>
      <a className="ms-skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="ms-header ry-noprint">
        <span className="ms-header__title">{t('minside.name')}</span>
        <span className="ms-header__who">{t('minside.hello', { name })}</span>
        <LanguageButton />
        <form method="post" action="/citizen-auth/logout">
          <button type="submit" className="ms-link-button">
            {t('app.signOut')}
          </button>
        </form>
      </header>
      <nav className="ms-nav ry-noprint" aria-label={t('minside.nav')}>
        <ul>
          {SCREENS.map((s) => (
            <li key={s.path}>
              <Link to={s.path}>{t(s.key)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="ms-main" tabIndex={-1}>
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <current.Screen />
        </Suspense>
      </main>
    </>
  );
}
