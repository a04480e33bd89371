import type { Advice, ClockCode, Intervention, PathwayState, ReferralKind } from '@rygforlob/domain';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/context.ts';
import './myplan.css';

/**
 * "Min plan" in everyday words, shared by the clinic's printable page and the citizen's own app
 * (Min side). Organisation names come from the caller (staff directory, or the citizen's pathway).
 */

/** The clocks a citizen can act on, said in everyday words; the others are the professionals' own. */
const CITIZEN_CLOCKS = [
  'CLK-REASSESS-4-8W',
  'CLK-MED-DAYS',
  'CLK-MED-3-4W',
  'CLK-MANUAL-4-5',
  'CLK-R140-START',
  'CLK-FASTTRACK',
] as const satisfies readonly ClockCode[];
type CitizenClock = (typeof CITIZEN_CLOCKS)[number];
const isCitizenClock = (code: string): code is CitizenClock =>
  (CITIZEN_CLOCKS as readonly string[]).includes(code);

export function PlanSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="ry-myplan__section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** "Hvad er der galt?": the target group in everyday words. */
export function WhatIsWrong({ state }: { state: PathwayState }) {
  const { t } = useI18n();
  const group = state.triage?.result?.targetGroup;
  return (
    <PlanSection title={t('clinic.comm.myplan.what')}>
      <p>{group ? t(`clinic.comm.myplan.tg.${group}`) : t('clinic.comm.myplan.tg.none')}</p>
    </PlanSection>
  );
}

/**
 * "Dine mål" and the self-management agreements: goals are siblings in one list, each goal's
 * sub-goals nested under it with a lead-in that says they are steps on the way (issue 14 review).
 * The agreements are the clinician's own words (often infinitives: "Holde sig aktiv …"), so the
 * heading is a noun phrase that fits any form.
 */
export function GoalsAndSelf({ state }: { state: PathwayState }) {
  const { t } = useI18n();
  const plan = state.plan;
  return (
    <>
      <PlanSection title={t('clinic.comm.myplan.goals')}>
        {plan ? (
          <ol>
            {plan.goals.map((goal) => (
              <li key={goal.goal}>
                {goal.goal}
                {goal.subGoals.length > 0 && (
                  <>
                    <span className="ry-myplan__sub">{t('clinic.comm.myplan.subGoals')}</span>
                    <ul>
                      {goal.subGoals.map((sub) => (
                        <li key={sub}>{sub}</li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('clinic.comm.myplan.goals.none')}</p>
        )}
      </PlanSection>
      <PlanSection title={t('clinic.comm.myplan.self')}>
        <p style={{ whiteSpace: 'pre-line' }}>
          {plan?.selfManagementAgreements ?? t('clinic.comm.myplan.self.none')}
        </p>
      </PlanSection>
    </>
  );
}

/** The planned interventions a referral of each kind delivers (the referral's line names them). */
const DELIVERS: Partial<Record<ReferralKind, readonly Intervention[]>> = {
  physio: ['exercise', 'manual'],
  chiro: ['manual', 'exercise'],
  'rehab-140': ['rehab-140'],
  'prevention-119': ['prevention-119'],
};

/** "Dem der hjælper mig": the coordinating GP, what has started and by whom, what is planned, referrals. */
export function Helpers({
  state,
  coordinator,
  orgName,
}: {
  state: PathwayState;
  coordinator: string;
  orgName: (organisationId: string) => string;
}) {
  const { t } = useI18n();
  const courses = Object.values(state.interventions);
  const running = courses.filter((i) => !i.ended);
  const started = new Set(running.map((i) => i.intervention));
  // Each helper once (issue 14 review): a referral answered by a course is the course's line; a
  // planned intervention that a listed referral will deliver is that referral's line.
  const answered = new Set(courses.flatMap((i) => (i.referralId ? [i.referralId] : [])));
  const referrals = Object.values(state.referrals).filter(
    (r) => r.status !== 'declined' && !r.selfReferral && !answered.has(r.referralId),
  );
  const referred = new Set(referrals.flatMap((r) => DELIVERS[r.kind] ?? []));
  const planned = (state.plan?.interventions ?? []).filter((i) => !started.has(i) && !referred.has(i));
  // Who answers for a planned item that needs no course: the plan's author for self-management,
  // the latest prescriber for medication; anything else is still to be arranged.
  const prescribed = state.events.findLast((e) => e.type === 'medicationPrescribed');
  const arrangedBy = (i: string): string | undefined => {
    if (i === 'self-management') return state.plan?.by.organisationId;
    if (i === 'medication') return prescribed?.by.organisationId;
    return undefined;
  };
  return (
    <PlanSection title={t('clinic.comm.myplan.helpers')}>
      <ul>
        <li>{t('clinic.comm.myplan.helpers.gp', { org: orgName(coordinator) })}</li>
        {running.map((i) => (
          <li key={i.interventionId}>
            {t(`clinic.comm.myplan.intervention.${i.intervention}`)} – {orgName(i.by.organisationId)}
          </li>
        ))}
        {planned.map((i) => {
          const by = arrangedBy(i);
          return (
            <li key={i}>
              {i === 'self-management' && by
                ? t('clinic.comm.myplan.helpers.selfManagement', { org: orgName(by) })
                : `${t(`clinic.comm.myplan.intervention.${i}`)} – ${by ? orgName(by) : t('clinic.comm.myplan.helpers.planned')}`}
            </li>
          );
        })}
        {referrals.map((r) => (
          <li key={r.referralId}>
            {t(`clinic.comm.myplan.referral.${r.kind}`, { org: orgName(r.to.organisationId) })}
          </li>
        ))}
      </ul>
    </PlanSection>
  );
}

/** "Hvornår følger vi op?": the agreed follow-up and the next due dates, in plain words. */
export function FollowUp({ state, advice }: { state: PathwayState; advice: Advice[] }) {
  const { t, date } = useI18n();
  const clocks = advice.flatMap((a) =>
    a.kind === 'clock' && a.clock && a.clock.state !== 'met' && isCitizenClock(a.clock.code) ? [a.clock] : [],
  );
  const followUpOn = state.plan?.followUpOn;
  return (
    <PlanSection title={t('clinic.comm.myplan.followUp')}>
      {!followUpOn && clocks.length === 0 && <p>{t('clinic.comm.myplan.followUp.none')}</p>}
      <ul>
        {followUpOn && (
          <li>
            <strong>{date(followUpOn)}</strong>: {t('clinic.comm.myplan.followUp.agreed')}
          </li>
        )}
        {clocks.map((clock) => (
          <li key={`${clock.code}-${clock.subject}`}>
            <strong>
              {clock.dueFrom === clock.dueBy
                ? date(clock.dueBy)
                : t('clinic.comm.myplan.between', { from: date(clock.dueFrom), to: date(clock.dueBy) })}
            </strong>
            : {t(`clinic.comm.myplan.clock.${clock.code as CitizenClock}`)}
          </li>
        ))}
      </ul>
    </PlanSection>
  );
}

/**
 * "Din medicin": what was prescribed, how to taper off, and when it is followed up; on Min side
 * and on the printed plan alike (issue 14: the plan names the medicine).
 */
export function Medicine({ state, advice }: { state: PathwayState; advice: Advice[] }) {
  const { t, date } = useI18n();
  const prescribed = state.events.flatMap((e) => (e.type === 'medicationPrescribed' ? [e] : []));
  return (
    <PlanSection title={t('minside.plan.medicine')}>
      {prescribed.length === 0 ? (
        <p>{t('minside.plan.medicine.none')}</p>
      ) : (
        <ul>
          {prescribed.map((p) => {
            const followUps = state.prescriptions[p.prescriptionId]?.followUps ?? [];
            const next = advice.find(
              (a) => a.clock && a.subject === p.prescriptionId && a.clock.state !== 'met',
            )?.clock;
            return (
              <li key={p.prescriptionId}>
                <strong>{t('minside.plan.medicine.item', { drug: p.drug, date: date(p.at) })}</strong>
                <br />
                {t('minside.plan.medicine.stop', { plan: p.discontinuationPlan })}
                {followUps.map((f) => (
                  <span key={f.at}>
                    <br />
                    {t('minside.plan.medicine.followedUp', { date: date(f.at) })}
                  </span>
                ))}
                {next && (
                  <>
                    <br />
                    {t('minside.plan.medicine.followUp', { date: date(next.dueBy) })}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </PlanSection>
  );
}

/** When to seek help at once (the cauda equina and red-flag signs), in everyday words. */
export function Urgent() {
  const { t } = useI18n();
  return (
    <PlanSection title={t('clinic.comm.myplan.urgent')}>
      <p>{t('clinic.comm.myplan.urgent.intro')}</p>
      <ul>
        <li>{t('clinic.comm.myplan.urgent.numb')}</li>
        <li>{t('clinic.comm.myplan.urgent.bladder')}</li>
        <li>{t('clinic.comm.myplan.urgent.weak')}</li>
        <li>{t('clinic.comm.myplan.urgent.ill')}</li>
      </ul>
      <p>
        <strong>{t('clinic.comm.myplan.urgent.call')}</strong>
      </p>
    </PlanSection>
  );
}
