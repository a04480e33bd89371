import { AppShell, Link, match, RequireSignIn, useI18n, useRouter } from '@rygforlob/ui';
import { lazy, Suspense } from 'react';
import { Caseload } from './screens/Caseload.tsx';

// The case workspace and the citizen search load on first use, keeping the first screen small.
const CasePage = lazy(() => import('./case/CasePage.tsx'));
const FindCitizen = lazy(() => import('./screens/FindCitizen.tsx'));

/** Jobcentre caseworkers work in this app (issue 5); clinicians and municipal staff have their own. */
export const EMPLOYMENT_ACTORS = ['jobcentre'] as const;

export function App() {
  const { t } = useI18n();
  const { path } = useRouter();
  const appName = t('employment.name');
  return (
    <RequireSignIn appName={appName} actors={EMPLOYMENT_ACTORS}>
      {(me) => {
        const open = match('/case/:id', path);
        return (
          <AppShell
            appName={appName}
            me={me}
            nav={
              <>
                <Link to="/">{t('employment.nav.caseload')}</Link>
                <Link to="/citizen">{t('employment.nav.citizen')}</Link>
              </>
            }
          >
            <Suspense fallback={<p>{t('app.loading')}</p>}>
              {open ? (
                <CasePage pathwayId={open.id as string} me={me} />
              ) : path === '/citizen' ? (
                <FindCitizen me={me} />
              ) : (
                <Caseload />
              )}
            </Suspense>
          </AppShell>
        );
      }}
    </RequireSignIn>
  );
}
