import {
  AdvicePanel,
  CitizenHeader,
  type Me,
  PathwayUnavailable,
  preloadable,
  RuleNote,
  Timeline,
  useDirectory,
  useI18n,
  usePaintedMark,
  usePathway,
  useReadOnOpen,
  useRevealAdviceAnchor,
  useRouter,
} from '@rygforlob/ui';
import { Suspense, useEffect, useMemo } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { clinicAdviceAction } from '../pathway/advice-actions.ts';
import { TriageTab } from '../pathway/tabs/TriageTab.tsx';

// Only the chosen tab is rendered (react-aria's TabPanel); the other tabs' code is fetched once the
// page is on screen, so opening a tab later neither waits for a chunk nor flashes "Henter …".
const AssessmentTab = preloadable(() => import('../pathway/tabs/AssessmentTab.tsx'));
const PlanTab = preloadable(() => import('../pathway/tabs/PlanTab.tsx'));
const TreatmentTab = preloadable(() => import('../pathway/tabs/TreatmentTab.tsx'));
const ReferralTab = preloadable(() => import('../pathway/tabs/ReferralTab.tsx'));
const NotesTab = preloadable(() => import('../pathway/tabs/NotesTab.tsx'));
const ConsentTab = preloadable(() => import('../pathway/tabs/ConsentTab.tsx'));
const AccessLogTab = preloadable(() => import('../pathway/tabs/AccessLogTab.tsx'));
const LATER_TABS = [AssessmentTab, PlanTab, TreatmentTab, ReferralTab, NotesTab, ConsentTab, AccessLogTab];

const TABS = [
  'overview',
  'triage',
  'assessment',
  'plan',
  'treatment',
  'referral',
  'notes',
  'consent',
  'access',
] as const;
export type TabKey = (typeof TABS)[number];

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
  const shown = view !== undefined;
  // Issue 11: the moment the page is painted with its data, on the browser's timeline
  // (tests/e2e/pathway-load.test.ts measures a click in the worklist to it); then the other tabs.
  usePaintedMark('pathway-usable', shown, pathwayId);
  // A link to one deadline (the worklist banner's) opens the pathway at its advice card (issue 14).
  useRevealAdviceAnchor(shown);
  useEffect(() => {
    if (!shown) return;
    const later = setTimeout(() => {
      for (const tab of LATER_TABS) void tab.preload().catch(() => undefined);
    }, 200);
    return () => clearTimeout(later);
  }, [shown]);

  // The timeline is drawn again only when the slice or the organisations' names change, not on
  // every re-render of the page (its lines re-run triage and scoring, issue 11).
  const timeline = useMemo(
    () => view && <Timeline entries={view.entries} orgName={orgName} />,
    [view, orgName],
  );

  if (!view) return <PathwayUnavailable pathway={pathway} />;
  const props = { pathway, me, goTo };
  // The access log is the coordinating GP's to read (audit.forCitizen).
  const tabs = TABS.filter((key) => key !== 'access' || view.coordinatorOrganisationId === me.organisationId);
  const caudaOutstanding = view.advice.some((a) => a.rule === 'TG-CAUDA');
  const pressing = view.advice.some(
    (a) => a.kind === 'warning' || a.clock?.state === 'due' || a.clock?.state === 'overdue',
  );

  return (
    <>
      <ReadOnOpen pathwayId={pathwayId} />
      <CitizenHeader
        citizen={view.citizen}
        targetGroup={state.triage?.result?.targetGroup ?? null}
        coordinatorName={orgName(view.coordinatorOrganisationId)}
        consents={Object.values(state.consents)}
        orgName={orgName}
        now={new Date().toISOString()}
      />
      {caudaOutstanding && tab !== 'referral' && (
        <RuleNote code="TG-CAUDA" tone="danger">
          <button
            type="button"
            className="ry-button"
            data-variant="danger"
            onClick={() => goTo('referral', '&kind=acute')}
          >
            {t('clinic.triage.sendAcute')}
          </button>
        </RuleNote>
      )}
      {view.status === 'closed' && <p className="ry-alert">{t('clinic.pathway.closed')}</p>}
      <div className="ry-grid">
        <div>
          <Tabs className="ry-tabs" selectedKey={tab} onSelectionChange={(key) => goTo(key as TabKey)}>
            <TabList aria-label={t('clinic.pathway.tabs')}>
              {tabs.map((key) => (
                <Tab key={key} id={key}>
                  {t(`clinic.tab.${key}`)}
                </Tab>
              ))}
            </TabList>
            <Suspense fallback={<p>{t('app.loading')}</p>}>
              <TabPanel id="overview">
                <p className="ry-noprint">
                  <a href={router.href(`/pathway/${pathwayId}/min-plan`)}>{t('clinic.pathway.printPlan')}</a>
                </p>
                {timeline}
              </TabPanel>
              <TabPanel id="triage">
                <TriageTab {...props} />
              </TabPanel>
              <TabPanel id="assessment">
                <AssessmentTab {...props} />
              </TabPanel>
              <TabPanel id="plan">
                <PlanTab {...props} />
              </TabPanel>
              <TabPanel id="treatment">
                <TreatmentTab {...props} />
              </TabPanel>
              <TabPanel id="referral">
                <ReferralTab {...props} />
              </TabPanel>
              <TabPanel id="notes">
                <NotesTab {...props} />
              </TabPanel>
              <TabPanel id="consent">
                <ConsentTab {...props} />
              </TabPanel>
              <TabPanel id="access">
                <AccessLogTab {...props} />
              </TabPanel>
            </Suspense>
          </Tabs>
        </div>
        {/* What is due or late leads on a phone, above the tabs and the timeline, and stays beside
            the page as it scrolls on a wider screen (tokens.css .ry-next; issue 14 review: the
            overdue card sat ~2,600 px down at 390 px). */}
        <div className="ry-next" data-lead={pressing || undefined}>
          <AdvicePanel
            advice={view.advice}
            actionFor={(advice) => clinicAdviceAction(advice, pathwayId, me.organisationId, t, term)}
          />
        </div>
      </div>
    </>
  );
}

/**
 * Opening the pathway reads its inbox items (issue 14: the inbox that clears). A component of its
 * own, so the marks' mutation states re-render only it, not the page (issue 11).
 */
function ReadOnOpen({ pathwayId }: { pathwayId: string }) {
  useReadOnOpen(pathwayId, true);
  return null;
}
