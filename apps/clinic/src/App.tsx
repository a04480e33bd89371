import { AppShell, Link, match, RequireSignIn, useI18n, usePathwayPreload, useRouter } from '@rygforlob/ui';
import { lazy, Suspense } from 'react';
import { CitizenSearch } from './screens/CitizenSearch.tsx';
import { Worklist } from './screens/Worklist.tsx';

// The pathway workspace and the printable plan load on first use, keeping the first screen small.
const loadPathwayPage = () => import('./screens/PathwayPage.tsx');
const PathwayPage = lazy(loadPathwayPage);
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
  // The pathway's data and code load beside the sign-in check, not after it (issue 11).
  usePathwayPreload(match('/pathway/:id', path)?.id as string | undefined, loadPathwayPage);
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
