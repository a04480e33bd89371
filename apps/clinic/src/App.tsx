import {
  AppShell,
  Link,
  match,
  preloadable,
  RequireSignIn,
  useI18n,
  usePathwayPreload,
  useRouter,
} from '@rygforlob/ui';
import { lazy, Suspense } from 'react';
import { CitizenSearch } from './screens/CitizenSearch.tsx';
import { Worklist } from './screens/Worklist.tsx';

// The pathway workspace and the printable plan are not in the first screen's code. The workspace's
// chunk is fetched right after the first screen and then renders in the click that opens it
// (issue 11: a plain `lazy` suspended there, and React held the page back ~300 ms).
const PathwayPage = preloadable(() => import('./screens/PathwayPage.tsx'));
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
  usePathwayPreload(match('/pathway/:id', path)?.id as string | undefined, PathwayPage.preload);
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
