import type { Actor } from '@rygforlob/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { flushSync } from 'react-dom';
import { noBreakParagraph } from '../directory.tsx';
import { useI18n } from '../i18n/react.tsx';
import { apiProblem, leaveSignedOut, useTRPC } from '../trpc.tsx';
import { actorAndOrg, personName } from './actor-org.ts';
import { TextField } from './fields.tsx';

export interface Me {
  userId: string;
  displayName: string;
  actor: string;
  organisationId: string;
  organisationName: string;
}

/** Header with the app's name, its navigation, who is signed in, the language switch and sign-out. */
export function AppShell({
  appName,
  nav,
  me,
  children,
}: {
  appName: string;
  nav?: ReactNode;
  me: Me | null;
  children: ReactNode;
}) {
  const { t, lang, setLang, term } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [leaving, setLeaving] = useState(false);
  // On a phone the header is one row (issue 14): the app's name and a menu button holding who is
  // signed in, the language and sign-out; on a wide screen the menu's content sits in the header
  // and the button is not shown (CSS only, so both layouts are the same document).
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  // Escape closes the open menu and gives focus back to its button (the disclosure pattern).
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  // Whatever the server answers (even a network error), the screen is wiped and the app left.
  const leave = { onSettled: () => leaveSignedOut(queryClient) };
  const logout = useMutation(trpc.auth.logout.mutationOptions(leave));
  const logoutEverywhere = useMutation(trpc.auth.logoutEverywhere.mutationOptions(leave));
  const signOut = (everywhere: boolean) => {
    // Blank first, synchronously: nothing of the signed-in screens stays drawn while the request runs.
    flushSync(() => setLeaving(true));
    (everywhere ? logoutEverywhere : logout).mutate();
  };
  if (leaving) {
    return (
      <main id="main" className="ry-main" aria-live="polite">
        <p>{t('app.signedOut')}</p>
      </main>
    );
  }
  return (
    <>
      <a className="ry-skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="ry-header" data-menu-open={menuOpen || undefined}>
        <a className="ry-header__title" href="./">
          {t('app.title')} · {appName}
        </a>
        <nav className="ry-header__nav" aria-label={appName}>
          {nav}
        </nav>
        <button
          ref={menuButton}
          type="button"
          className="ry-button ry-header__menu"
          data-variant="secondary"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <span aria-hidden="true">☰</span> {t('app.menu')}
        </button>
        <div className="ry-header__panel" id={menuId}>
          {me && (
            <div className="ry-header__who">
              <div>{personName(me.displayName, lang)}</div>
              <div>
                {actorAndOrg(term('actor', me.actor as Actor), noBreakParagraph(me.organisationName))}
              </div>
            </div>
          )}
          <div className="ry-header__actions">
            <Button
              className="ry-button"
              data-variant="secondary"
              onPress={() => setLang(lang === 'da' ? 'en' : 'da')}
            >
              <span lang={lang === 'da' ? 'en' : 'da'}>{t('app.language')}</span>
            </Button>
            {me && (
              <Button className="ry-button" data-variant="secondary" onPress={() => signOut(false)}>
                {t('app.signOut')}
              </Button>
            )}
            {me && (
              <Button className="ry-button" data-variant="secondary" onPress={() => signOut(true)}>
                {t('app.signOutEverywhere')}
              </Button>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="ry-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

export function LoginScreen({ appName }: { appName: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    }),
  );
  const problem = apiProblem(login.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ username, password });
  };
  return (
    <div className="ry-card" style={{ maxWidth: '26rem', margin: '3rem auto' }}>
      <h1>
        {t('login.title')} · {appName}
      </h1>
      <Form onSubmit={submit}>
        <TextField
          label={t('login.username')}
          name="username"
          value={username}
          onChange={setUsername}
          autoComplete="username"
          isRequired
          autoFocus
        />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          isRequired
        />
        {problem && (
          <p className="ry-error" role="alert">
            {problem.code === 'TOO_MANY_REQUESTS' ? t('login.limited') : t('login.failed')}
          </p>
        )}
        <Button type="submit" className="ry-button" isDisabled={login.isPending}>
          {t('login.submit')}
        </Button>
      </Form>
    </div>
  );
}

/** Renders the app for a signed-in user of one of `actors`; otherwise the sign-in screen. */
export function RequireSignIn({
  appName,
  actors,
  children,
}: {
  appName: string;
  actors: readonly string[];
  children: (me: Me) => ReactNode;
}) {
  const { t, term } = useI18n();
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  if (me.isPending) return <p className="ry-main">{t('app.loading')}</p>;
  if (!me.data) {
    return (
      <AppShell appName={appName} me={null}>
        <LoginScreen appName={appName} />
      </AppShell>
    );
  }
  if (!actors.includes(me.data.actor)) {
    return (
      <AppShell appName={appName} me={me.data}>
        <div className="ry-alert" data-tone="warn" role="alert">
          {t('app.wrongApp', { actor: term('actor', me.data.actor as Actor) })}
        </div>
      </AppShell>
    );
  }
  return <>{children(me.data)}</>;
}
