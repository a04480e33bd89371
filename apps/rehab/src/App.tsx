import { AppShell, Link, match, RequireSignIn, useI18n, usePathwayPreload, useRouter } from '@rygforlob/ui';
import { lazy, Suspense } from 'react';
import { Inbox } from './screens/Inbox.tsx';

// The case workspace and the citizen search load on first use, keeping the first screen small.
const loadCasePage = () => import('./screens/CasePage.tsx');
const CasePage = lazy(loadCasePage);
const FindCitizen = lazy(() => import('./screens/FindCitizen.tsx'));

/** Municipal staff who work in this app (issue 5): prevention (§119) and rehabilitation (§140). */
export const REHAB_ACTORS = ['municipal-prevention', 'municipal-rehab'] as const;

export function App() {
  const { t } = useI18n();
  const { path } = useRouter();
  const appName = t('rehab.name');
  // The case's data and code load beside the sign-in check, not after it (issue 11).
  usePathwayPreload(match('/pathway/:id', path)?.id as string | undefined, loadCasePage);
  return (
    <RequireSignIn appName={appName} actors={REHAB_ACTORS}>
      {(me) => {
        const pathway = match('/pathway/:id', path);
        // Table 3 (p.51): citizens may come to §119 on their own; §140 comes only from hospitals.
        const prevention = me.actor === 'municipal-prevention';
        return (
          <AppShell
            appName={appName}
            me={me}
            nav={
              <>
                <Link to="/">{t('rehab.nav.inbox')}</Link>
                {prevention && <Link to="/citizen">{t('rehab.nav.citizen')}</Link>}
              </>
            }
          >
            <Suspense fallback={<p>{t('app.loading')}</p>}>
              {pathway ? (
                <CasePage pathwayId={pathway.id as string} me={me} />
              ) : path === '/citizen' && prevention ? (
                <FindCitizen me={me} />
              ) : (
                <Inbox me={me} />
              )}
            </Suspense>
          </AppShell>
        );
      }}
    </RequireSignIn>
  );
}
