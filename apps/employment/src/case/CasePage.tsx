import { standingSees } from '@rygforlob/domain';
import {
  AdvicePanel,
  CitizenHeader,
  type Me,
  PathwayUnavailable,
  Timeline,
  useDirectory,
  useI18n,
  usePaintedMark,
  useReadOnOpen,
  useRevealAdviceAnchor,
  useRouter,
} from '@rygforlob/ui';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { employmentAdviceAction, employmentAdviceJoin } from './advice-actions.ts';
import { CaseSummary } from './CaseSummary.tsx';
import { CertificatesTab } from './CertificatesTab.tsx';
import { ConsentTab } from './ConsentTab.tsx';
import { HealthPanel } from './HealthPanel.tsx';
import { Inbox } from './Inbox.tsx';
import { MeetingsTab } from './MeetingsTab.tsx';
import { SickLeaveTab } from './SickLeaveTab.tsx';
import { CASE_TABS, type CaseTab, useCase } from './use-case.ts';

/** One citizen's case: who, the sick leave and its follow-up, consent-gated health information. */
export default function CasePage({ pathwayId, me }: { pathwayId: string; me: Me }) {
  const { t } = useI18n();
  const router = useRouter();
  const { orgName } = useDirectory();
  const pathway = useCase(pathwayId);
  const { view, state } = pathway;
  const asked = router.query.get('tab') ?? '';
  const tab: CaseTab = (CASE_TABS as readonly string[]).includes(asked) ? (asked as CaseTab) : 'overview';
  const goTo = (next: CaseTab) => router.navigate(`/case/${pathwayId}?tab=${next}`);
  // Opening the case reads its inbox items (issue 14), once, here: the caseload's link does not
  // also mark them, and this works however the case was opened.
  useReadOnOpen(pathwayId, view !== undefined);
  // Issue 11: the moment the case is painted with its data (tests/e2e/case-load.test.ts).
  usePaintedMark('case-usable', view !== undefined, pathwayId);
  // The caseload banner's link to one deadline opens the case at its advice card (issue 14 review).
  useRevealAdviceAnchor(view !== undefined);

  if (!view) return <PathwayUnavailable pathway={pathway} />;
  const props = { pathway, me, goTo };
  const targetGroup = state.triage?.result?.targetGroup ?? null;

  return (
    <>
      <CitizenHeader
        citizen={view.citizen}
        targetGroup={targetGroup}
        coordinatorName={orgName(view.coordinatorOrganisationId)}
        consents={Object.values(state.consents)}
        orgName={orgName}
        now={new Date().toISOString()}
        // JOB-CONSENT (p.43): the jobcentre's slice never holds the triage, consent or not, so no
        // triage chip at all (was "Ikke triageret" for a triaged pathway; issue 14 review).
        triageVisible={standingSees('triaged', view.relation, view.purposes)}
      />
      {view.status === 'closed' && <p className="ry-alert">{t('employment.case.closed')}</p>}
      <div className="ry-grid">
        <div>
          <Tabs className="ry-tabs" selectedKey={tab} onSelectionChange={(key) => goTo(key as CaseTab)}>
            <TabList aria-label={t('employment.case.tabs')}>
              {CASE_TABS.map((key) => (
                <Tab key={key} id={key}>
                  {t(`employment.tab.${key}`)}
                </Tab>
              ))}
            </TabList>
            <TabPanel id="overview">
              <Inbox {...props} />
              <CaseSummary {...props} />
              <HealthPanel {...props} />
              <Timeline entries={view.entries} orgName={orgName} />
            </TabPanel>
            <TabPanel id="sickLeave">
              <SickLeaveTab {...props} />
            </TabPanel>
            <TabPanel id="meetings">
              <MeetingsTab {...props} />
            </TabPanel>
            <TabPanel id="certificates">
              <CertificatesTab {...props} />
            </TabPanel>
            <TabPanel id="consent">
              <ConsentTab {...props} />
            </TabPanel>
          </Tabs>
        </div>
        {/* The program's advice for the jobcentre: clinical advice is the clinicians' own. What to
            do next stays in view: beside the case as it scrolls, and on a phone first on the
            overview; on a tab the form comes first, as the advice's buttons lead there. */}
        <div className="ry-next" data-lead={(tab === 'overview' && view.advice.length > 0) || undefined}>
          <AdvicePanel
            advice={view.advice}
            actionFor={(advice) => employmentAdviceAction(advice, pathwayId, me.organisationId, t)}
            joinFor={(advice) => employmentAdviceJoin(advice, t)}
          />
        </div>
      </div>
    </>
  );
}
