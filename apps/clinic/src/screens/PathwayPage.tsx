import {
  AdvicePanel,
  apiProblem,
  CitizenHeader,
  type Me,
  RuleNote,
  Timeline,
  useDirectory,
  useI18n,
  useRouter,
} from '@rygforlob/ui';
import { Suspense } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { TriageTab } from '../pathway/tabs/TriageTab.tsx';
import { usePathway } from '../pathway/use-pathway.ts';

export type TabKey =
  | 'overview'
  | 'triage'
  | 'assessment'
  | 'plan'
  | 'treatment'
  | 'referral'
  | 'notes'
  | 'consent';
/** The tabs written so far; the others (issue 4) join as they land. */
const TABS: readonly TabKey[] = ['overview', 'triage'];

/** The pathway workspace: who, what happened across sectors, what the program advises, and actions. */
export default function PathwayPage({ pathwayId, me }: { pathwayId: string; me: Me }) {
  const { t, term } = useI18n();
  const router = useRouter();
  const { orgName } = useDirectory();
  const pathway = usePathway(pathwayId);
  const { view, state } = pathway;
  const tab = (TABS as readonly string[]).includes(router.query.get('tab') ?? '')
    ? (router.query.get('tab') as TabKey)
    : 'overview';
  const goTo = (next: TabKey, extra = '') => router.navigate(`/pathway/${pathwayId}?tab=${next}${extra}`);

  if (pathway.query.isPending) return <p>{t('app.loading')}</p>;
  if (pathway.query.isError || !view) {
    return (
      <p className="ry-alert" data-tone="warn" role="alert">
        {apiProblem(pathway.query.error)?.code === 'NOT_FOUND' ? t('app.notFound') : t('app.error')}
      </p>
    );
  }
  const props = { pathway, me, goTo };
  const caudaOutstanding = view.advice.some((a) => a.rule === 'TG-CAUDA');

  return (
    <>
      <CitizenHeader
        citizen={view.citizen}
        targetGroup={state.triage?.result?.targetGroup ?? null}
        coordinatorName={orgName(view.coordinatorOrganisationId)}
        consents={Object.values(state.consents)}
        orgName={orgName}
        now={new Date().toISOString()}
      />
      {caudaOutstanding && <RuleNote code="TG-CAUDA" tone="danger"></RuleNote>}
      {view.status === 'closed' && <p className="ry-alert">{t('clinic.pathway.closed')}</p>}
      <div className="ry-grid">
        <div>
          <Tabs className="ry-tabs" selectedKey={tab} onSelectionChange={(key) => goTo(key as TabKey)}>
            <TabList aria-label={term('event', 'pathwayOpened')}>
              {TABS.map((key) => (
                <Tab key={key} id={key}>
                  {t(`clinic.tab.${key}`)}
                </Tab>
              ))}
            </TabList>
            <Suspense fallback={<p>{t('app.loading')}</p>}>
              <TabPanel id="overview">
                <Timeline entries={view.entries} orgName={orgName} />
              </TabPanel>
              <TabPanel id="triage">
                <TriageTab {...props} />
              </TabPanel>
            </Suspense>
          </Tabs>
        </div>
        <AdvicePanel advice={view.advice} />
      </div>
    </>
  );
}
