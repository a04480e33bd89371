import {
  AdvicePanel,
  CitizenHeader,
  type Me,
  PathwayUnavailable,
  revealSection,
  Timeline,
  useDirectory,
  useI18n,
  usePaintedMark,
  usePathway,
  useReadOnOpen,
} from '@rygforlob/ui';
import { useEffect } from 'react';
import { AnswerReferral } from '../case/AnswerReferral.tsx';
import { rehabAdviceAction, rehabAdviceJoin, SECTION } from '../case/advice-actions.ts';
import { ClosingNote } from '../case/ClosingNote.tsx';
import { Conversation } from '../case/Conversation.tsx';
import { Courses } from '../case/Courses.tsx';
import { Fold } from '../case/Fold.tsx';
import { coursesFor, offerOf, referralsTo } from '../case/model.ts';
import { Offers } from '../case/Offers.tsx';
import { ReferralSummary } from '../case/ReferralSummary.tsx';
import { Rehab140 } from '../case/Rehab140.tsx';
import { SleepPsqi } from '../case/SleepPsqi.tsx';

/**
 * One citizen's case in the municipality: the referral or plan, the answer, then the
 * clarifying conversation and offers (§119) or grade, start clock and free choice (§140),
 * attendance and progress, and the closing note; the pathway's timeline as this viewer sees it.
 */
export default function CasePage({ pathwayId, me }: { pathwayId: string; me: Me }) {
  const { t } = useI18n();
  const { orgName } = useDirectory();
  const pathway = usePathway(pathwayId);
  const { view, state } = pathway;
  // Opening the case reads its inbox items (issue 14), once, here: the inbox's link does not also
  // mark them, and this works however the case was opened.
  useReadOnOpen(pathwayId, view !== undefined);
  // Issue 11: the moment the case is painted with its data (tests/e2e/case-load.test.ts).
  usePaintedMark('pathway-usable', view !== undefined, pathwayId);
  // A link to a section of the case (the inbox's late plans → #case-free-choice) opens it there.
  const loaded = view !== undefined;
  useEffect(() => {
    const section = window.location.hash.slice(1);
    if (loaded && section.startsWith('case-')) revealSection(section);
  }, [loaded]);
  if (!view) return <PathwayUnavailable pathway={pathway} />;
  const [referral, ...earlier] = referralsTo(state, me);
  const props = referral ? { pathway, me, referral } : null;
  const courses = referral ? coursesFor(state, me, referral.referralId) : [];
  const sleep = courses.some((c) => offerOf(c) === 'sleep');

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
      {view.status === 'closed' && <p className="ry-alert">{t('rehab.case.closed')}</p>}
      <div className="ry-grid">
        <div className="rh-stack">
          {/* The referral or plan reads in full until it is answered, then folds to its title
              (issue 14: long flat screens); the §140 start section repeats the citizen's goals. */}
          <Fold
            section={SECTION.referral}
            id="referral-title"
            title={t(referral?.kind === 'rehab-140' ? 'rehab.case.plan' : 'rehab.case.referral')}
            open={!referral || referral.status === 'sent'}
            status={
              referral && (
                <span className="ry-badge" data-tone={referral.status === 'declined' ? 'danger' : 'info'}>
                  {t(`rehab.status.${referral.status}`)}
                </span>
              )
            }
          >
            {referral ? <ReferralSummary referral={referral} /> : <p>{t('rehab.case.noReferral')}</p>}
            {referral?.declineReason && (
              <p>
                <strong>{t('rehab.answer.reason')}:</strong> {referral.declineReason}
              </p>
            )}
            {earlier.length > 0 && (
              <p className="ry-help">{t('rehab.case.earlier', { n: earlier.length })}</p>
            )}
          </Fold>
          {props && referral?.status === 'sent' && <AnswerReferral {...props} />}
          {props && referral?.status === 'accepted' && referral.kind === 'rehab-140' && (
            <Rehab140 {...props} />
          )}
          {props && referral?.status === 'accepted' && referral.kind !== 'rehab-140' && (
            <>
              <Conversation {...props} />
              <Offers {...props} />
              {sleep && <SleepPsqi pathway={pathway} />}
            </>
          )}
          {props && referral?.status === 'accepted' && (
            <>
              <Courses {...props} />
              {courses.length > 0 && <ClosingNote {...props} />}
            </>
          )}
          <Timeline entries={view.entries} orgName={orgName} />
        </div>
        {/* The server sends the municipality its own clocks and suggestions only (adviceFor).
            What to do next stays in view: first on a phone, beside the page as it scrolls on a
            wider screen (tokens.css). */}
        <div className="ry-next" data-lead={view.advice.length > 0 || undefined}>
          <AdvicePanel
            advice={view.advice}
            actionFor={(advice) => rehabAdviceAction(advice, { me, referral, courses }, t)}
            joinFor={(advice) => rehabAdviceJoin(advice, t)}
          />
        </div>
      </div>
    </>
  );
}
