import { CITIZEN_MESSAGES } from '@rygforlob/ui/messages/citizen';
import { lazy, Suspense, useEffect, useState } from 'react';

/**
 * The first screen is small on purpose (phones on mobile data, issue 12): React and this file.
 * It asks the server whether the citizen is signed in (me.session, a plain GET) and shows the
 * sign-in; everything else (the API client, the catalogue, the domain) loads after sign-in.
 */
const SignedInApp = lazy(() => import('./SignedInApp.tsx'));

type Lang = 'da' | 'en';
type Key = keyof typeof CITIZEN_MESSAGES;
/** The same key as the shared I18nProvider, so the choice carries over after sign-in. */
const LANG_KEY = 'rygforlob.lang';

type Session = { signedIn: false } | { signedIn: true; name: string };

async function fetchSession(): Promise<Session> {
  const response = await fetch('/trpc/me.session', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`me.session: ${response.status}`);
  const body = (await response.json()) as { result?: { data?: Session } };
  return body.result?.data ?? { signedIn: false };
}

export function Boot() {
  const [session, setSession] = useState<Session | 'loading' | 'failed'>('loading');
  useEffect(() => {
    fetchSession().then(setSession, () => setSession('failed'));
  }, []);
  if (session === 'loading') return null;
  if (session !== 'failed' && session.signedIn) {
    return (
      <Suspense fallback={null}>
        <SignedInApp name={session.name} />
      </Suspense>
    );
  }
  return <SignIn failed={session === 'failed'} />;
}

const NOTICES = ['unknown', 'failed', 'cancelled', 'out'] as const;

function SignIn({ failed }: { failed: boolean }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'da'));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const t = (key: Key) => CITIZEN_MESSAGES[key][lang];
  const reason = new URLSearchParams(window.location.search).get('login');
  const notice = failed ? 'failed' : NOTICES.find((n) => n === reason);
  const other: Lang = lang === 'da' ? 'en' : 'da';
  return (
    <>
      <header className="ms-header">
        <span className="ms-header__title">{t('minside.name')}</span>
        <button
          type="button"
          className="ms-link-button"
          onClick={() => {
            localStorage.setItem(LANG_KEY, other);
            setLang(other);
          }}
        >
          <span lang={other}>{other === 'en' ? 'English' : 'Dansk'}</span>
        </button>
      </header>
      <main id="main" className="ms-main ms-signin">
        <h1>{t('minside.signIn.title')}</h1>
        <p className="ms-lead">{t('minside.tagline')}</p>
        {notice && (
          <p className="ry-alert" data-tone={notice === 'out' ? undefined : 'warn'} role="status">
            {t(`minside.signIn.${notice}`)}
          </p>
        )}
        <p>{t('minside.signIn.intro')}</p>
        {/* A full page navigation: the server starts the OpenID Connect sign-in. */}
        <a className="ry-button ms-big-button" href="/citizen-auth/login">
          {t('minside.signIn.button')}
        </a>
        <p className="ms-muted">{t('minside.signIn.short')}</p>
      </main>
    </>
  );
}
