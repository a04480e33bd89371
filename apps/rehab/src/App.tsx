import { AppShell, Link, match, RequireSignIn, useI18n, usePathwayPreload, useRouter } from '@rygforlob/ui';
import { lazy, Suspense } from 'react';
import { CasePage } from './case-page.ts';
import { Inbox } from './screens/Inbox.tsx';

// The citizen search loads on first use; the case workspace once the inbox is on screen.
const FindCitizen = lazy(() => import('./screens/FindCitizen.tsx'));

/** Municipal staff who work in this app (issue 5): prevention (§119) and rehabilitation (§140). */
export const REHAB_ACTORS = ['municipal-prevention', 'municipal-rehab'] as const;

export function App() {
  const { t } = useI18n();
  const { path } = useRouter();
  const appName = t('rehab.name');
  // On a direct case URL its data and code load beside the sign-in check, not after it; from the
  // inbox, the code loads once the list is painted and the data on hover (issue 11).
  const opened = match('/pathway/:id', path)?.id as string | undefined;
  usePathwayPreload(opened, opened ? CasePage.preload : async () => undefined);
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
