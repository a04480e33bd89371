import { AppShell, Link, match, RequireSignIn, useI18n, usePathwayPreload, useRouter } from '@rygforlob/ui';
import { lazy, Suspense } from 'react';
import { CasePage } from './case-page.ts';
import { Caseload } from './screens/Caseload.tsx';

// The citizen search loads on first use; the case workspace once the caseload is on screen.
const FindCitizen = lazy(() => import('./screens/FindCitizen.tsx'));

/** Jobcentre caseworkers work in this app (issue 5); clinicians and municipal staff have their own. */
export const EMPLOYMENT_ACTORS = ['jobcentre'] as const;

export function App() {
  const { t } = useI18n();
  const { path } = useRouter();
  const appName = t('employment.name');
  // On a direct case URL its data and code load beside the sign-in check, not after it; from the
  // caseload, the code loads once the list is painted and the data on hover (issue 11).
  const opened = match('/case/:id', path)?.id as string | undefined;
  usePathwayPreload(opened, opened ? CasePage.preload : async () => undefined);
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
