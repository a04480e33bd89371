import { AppShell, Link, match, RequireSignIn, useI18n, usePathwayPreload, useRouter } from '@rygforlob/ui';
import { lazy, Suspense } from 'react';
import { PathwayPage } from './pathway-page.ts';
import { CitizenSearch } from './screens/CitizenSearch.tsx';
import { Worklist } from './screens/Worklist.tsx';

// The printable plan loads on first use; the pathway workspace once the worklist is on screen.
const MyPlan = lazy(() => import('./screens/MyPlan.tsx'));

/** Clinicians who work in this app (issue 4); municipal staff and caseworkers have their own. */
export const CLINIC_ACTORS = [
  'gp',
  'physio',
  'chiro',
  'specialist',
  'hospital',
  'pain-centre',
  'psychologist',
  'acute',
] as const;

export function App() {
  const { t } = useI18n();
  const { path } = useRouter();
  const appName = t('clinic.name');
  // On a direct pathway URL its data and code load beside the sign-in check, not after it; from
  // the worklist, the code loads once the list is painted and the data on hover (issue 11).
  const opened = match('/pathway/:id', path)?.id as string | undefined;
  usePathwayPreload(opened, opened ? PathwayPage.preload : async () => undefined);
  return (
    <RequireSignIn appName={appName} actors={CLINIC_ACTORS}>
      {(me) => {
        const printPlan = match('/pathway/:id/min-plan', path);
        if (printPlan) {
          return (
            <Suspense fallback={<p>{t('app.loading')}</p>}>
              <MyPlan pathwayId={printPlan.id as string} />
            </Suspense>
          );
        }
        const pathway = match('/pathway/:id', path);
        return (
          <AppShell
            appName={appName}
            me={me}
            nav={
              <>
                <Link to="/">{t('clinic.nav.worklist')}</Link>
                <Link to="/citizen">{t('clinic.nav.citizen')}</Link>
              </>
            }
          >
            <Suspense fallback={<p>{t('app.loading')}</p>}>
              {pathway ? (
                <PathwayPage pathwayId={pathway.id as string} me={me} />
              ) : path === '/citizen' ? (
                <CitizenSearch me={me} />
              ) : (
                <Worklist />
              )}
            </Suspense>
          </AppShell>
        );
      }}
    </RequireSignIn>
  );
}
