import { courseStartDay, type InterventionState, type PathwayState } from '../pathway/pathway.state.ts';
import type { Intervention } from '../program/interventions.ts';
import type { TargetGroup } from '../program/target-groups.ts';
import { addDays, addMonths, dayOf, daysBetween } from '../time.ts';
import type { ClockCode, ClockStatus } from './clock.schema.ts';

interface ClockSpec {
  code: ClockCode;
  subject: string;
  startedOn: string;
  dueFrom: string;
  dueBy: string;
  threshold?: boolean;
  metOn?: string;
  owner?: string;
}

function status(spec: ClockSpec, now: string): ClockStatus {
  const today = dayOf(now);
  const { metOn, threshold = false, ...rest } = spec;
  const base = { ...rest, threshold, daysLeft: daysBetween(today, spec.dueBy) };
  if (metOn) return { ...base, state: 'met', metOn, late: metOn > spec.dueBy };
  if (today < spec.dueFrom) return { ...base, state: 'pending' };
  if (threshold || today <= spec.dueBy) return { ...base, state: 'due' };
  return { ...base, state: 'overdue' };
}

const REASSESS_GROUPS: readonly TargetGroup[] = ['TG-NERVEROOT', 'TG-STENOSIS'];
const HOSP_GROUPS: readonly TargetGroup[] = ['TG-NERVEROOT', 'TG-STENOSIS', 'TG-COMPLICATED'];
const PAIN_GROUPS: readonly TargetGroup[] = ['TG-COMPLICATED', 'TG-PERSISTENT'];

/** Interventions of the hospital phase: a back-medical or surgical course, and §140 rehabilitation after it. */
const HOSPITAL_PHASE: readonly Intervention[] = ['back-medicine', 'back-surgery', 'rehab-140'];
const inHospitalPhase = (course: InterventionState) =>
  HOSPITAL_PHASE.includes(course.intervention) || course.by.actor === 'hospital';

/** The conservative phase since the latest triage: its first treatment, and the hospital course that ended it. */
export interface ConservativePhase {
  start?: InterventionState;
  hospitalFrom?: InterventionState;
}

/**
 * The first conservative treatment after triage starts the 4–8 week, 6–8 week and 6 month clocks
 * (p.29–30, p.39, p.52). Clocks belong to their phase: a hospital course or surgery never starts
 * them again, and once it starts it answers them.
 */
export function conservativePhase(state: PathwayState): ConservativePhase {
  const triagedAt = state.triage?.seq ?? 0;
  const courses = Object.values(state.interventions)
    .filter((course) => course.seq > triagedAt)
    .sort((a, b) => a.seq - b.seq);
  const hospitalFrom = courses.find(inHospitalPhase);
  const start = courses.find(
    (course) => !inHospitalPhase(course) && (!hospitalFrom || course.seq < hospitalFrom.seq),
  );
  return { ...(start ? { start } : {}), ...(start && hospitalFrom ? { hospitalFrom } : {}) };
}

const firstDayOf = (dates: string[]): string | undefined => dates.map(dayOf).sort()[0];

/** Every clock of spec §7 that the pathway's events have started, as of `now`. */
export function clocksOf(state: PathwayState, now: string): ClockStatus[] {
  const specs: ClockSpec[] = [];
  const targetGroup = state.triage?.result?.targetGroup;
  const { start, hospitalFrom } = conservativePhase(state);
  const hospitalOn = hospitalFrom ? dayOf(hospitalFrom.at) : undefined;
  const referrals = Object.values(state.referrals);

  if (start && targetGroup) {
    const startedOn = dayOf(start.at);
    const later = (kinds: string[]) =>
      firstDayOf(referrals.filter((r) => r.seq > start.seq && kinds.includes(r.kind)).map((r) => r.at));
    // CLK-REASSESS-4-8W (p.29–30): reassess a nerve root or stenosis course 4–8 weeks after start.
    if (REASSESS_GROUPS.includes(targetGroup)) {
      const dueFrom = addDays(startedOn, 28);
      const reassessed = firstDayOf(
        [...state.assessments, ...(state.triage && state.triage.seq > start.seq ? [state.triage] : [])]
          .filter((a) => dayOf(a.at) >= dueFrom)
          .map((a) => a.at),
      );
      const metOn = [reassessed, later(['hospital', 'imaging']), hospitalOn]
        .filter((d): d is string => !!d)
        .sort()[0];
      specs.push({
        code: 'CLK-REASSESS-4-8W',
        subject: 'pathway',
        startedOn,
        dueFrom,
        dueBy: addDays(startedOn, 56),
        ...(metOn ? { metOn } : {}),
      });
    }
    // CLK-HOSP-6-8W (p.52): from 6 weeks of conservative treatment a hospital referral may be made.
    if (HOSP_GROUPS.includes(targetGroup)) {
      const metOn = [later(['hospital']), hospitalOn].filter((d): d is string => !!d).sort()[0];
      specs.push({
        code: 'CLK-HOSP-6-8W',
        subject: 'pathway',
        startedOn,
        dueFrom: addDays(startedOn, 42),
        dueBy: addDays(startedOn, 56),
        threshold: true,
        ...(metOn ? { metOn } : {}),
      });
    }
    // CLK-STRUCT-6M (p.39): structural change, 6 months of conservative treatment first.
    if (state.triage?.input.specificFindings.other.includes('structural')) {
      const sixMonths = addMonths(startedOn, 6);
      specs.push({
        code: 'CLK-STRUCT-6M',
        subject: 'pathway',
        startedOn,
        dueFrom: sixMonths,
        dueBy: sixMonths,
        threshold: true,
      });
    }
  }

  // CLK-PAIN-6M (p.48): pain duration for the pain-centre criteria, from the latest ICF duration.
  const withDuration = [...state.assessments]
    .reverse()
    .find((a) => a.icf.bodyFunctions?.durationWeeks !== undefined);
  if (withDuration && targetGroup && PAIN_GROUPS.includes(targetGroup)) {
    const onset = addDays(withDuration.at, -7 * (withDuration.icf.bodyFunctions?.durationWeeks ?? 0));
    const sixMonths = addMonths(onset, 6);
    specs.push({
      code: 'CLK-PAIN-6M',
      subject: 'pathway',
      startedOn: onset,
      dueFrom: sixMonths,
      dueBy: sixMonths,
      threshold: true,
    });
  }

  for (const rx of Object.values(state.prescriptions)) {
    const startedOn = dayOf(rx.at);
    const followUps = rx.followUps.map((f) => dayOf(f.at)).sort();
    // CLK-MED-DAYS (p.37): "after a few days": shown from day 3, overdue after a week.
    specs.push({
      code: 'CLK-MED-DAYS',
      subject: rx.prescriptionId,
      startedOn,
      dueFrom: addDays(startedOn, 3),
      dueBy: addDays(startedOn, 7),
      owner: rx.by.organisationId,
      ...(followUps[0] ? { metOn: followUps[0] } : {}),
    });
    // CLK-MED-3-4W (p.37): a second follow-up at the latest 4 weeks after the prescription.
    const second = followUps[1];
    specs.push({
      code: 'CLK-MED-3-4W',
      subject: rx.prescriptionId,
      startedOn,
      dueFrom: addDays(startedOn, 21),
      dueBy: addDays(startedOn, 28),
      owner: rx.by.organisationId,
      ...(second ? { metOn: second } : {}),
    });
  }

  for (const course of Object.values(state.interventions)) {
    // CLK-MANUAL-4-5 (p.36): after the 4th manual treatment, the response is checked at the 5th.
    const fourth = course.sessions[3];
    if (course.intervention !== 'manual' || !fourth) continue;
    const fourthOn = dayOf(fourth.at);
    const checked = course.sessions[4]?.at ?? course.ended?.at;
    specs.push({
      code: 'CLK-MANUAL-4-5',
      subject: course.interventionId,
      startedOn: fourthOn,
      dueFrom: fourthOn,
      dueBy: fourthOn,
      threshold: true,
      owner: course.by.organisationId,
      ...(checked ? { metOn: dayOf(checked) } : {}),
    });
  }

  // CLK-R140-SEND (p.55): a hospital's discharge notification (MedCom HospitalNotification) starts
  // the clock; the same hospital's next §140 plan meets it, and that plan starts no second one.
  const answeredDischarge = new Set<string>();
  for (const event of state.events) {
    if (event.type !== 'hospitalNotified' || event.event !== 'discharged') continue;
    const dischargedOn = dayOf(event.occurredAt);
    const plan = referrals.find(
      (r) =>
        r.kind === 'rehab-140' &&
        r.seq > event.seq &&
        r.by.organisationId === event.by.organisationId &&
        !answeredDischarge.has(r.referralId),
    );
    if (plan) answeredDischarge.add(plan.referralId);
    specs.push({
      code: 'CLK-R140-SEND',
      subject: event.notificationId,
      startedOn: dischargedOn,
      dueFrom: dischargedOn,
      dueBy: dischargedOn,
      owner: event.by.organisationId,
      ...(plan ? { metOn: dayOf(plan.at) } : {}),
    });
  }

  for (const referral of referrals) {
    if (referral.kind !== 'rehab-140') continue;
    const plan = referral.content as { dischargeDate?: string; laterStart?: { date: string } };
    const sentOn = dayOf(referral.at);
    // CLK-R140-SEND (p.55): the plan is sent on the day of discharge.
    if (plan.dischargeDate && !answeredDischarge.has(referral.referralId)) {
      specs.push({
        code: 'CLK-R140-SEND',
        subject: referral.referralId,
        startedOn: plan.dischargeDate,
        dueFrom: plan.dischargeDate,
        dueBy: plan.dischargeDate,
        metOn: sentOn,
        owner: referral.by.organisationId,
      });
    }
    // CLK-R140-START (p.55): start within 7 calendar days of receipt, or the hospital's later date.
    const sevenDays = addDays(sentOn, 7);
    const dueBy = plan.laterStart && plan.laterStart.date > sevenDays ? plan.laterStart.date : sevenDays;
    const started = Object.values(state.interventions).find(
      (course) =>
        course.referralId === referral.referralId ||
        (course.intervention === 'rehab-140' && course.by.organisationId === referral.to.organisationId),
    );
    specs.push({
      code: 'CLK-R140-START',
      subject: referral.referralId,
      startedOn: sentOn,
      dueFrom: sentOn,
      dueBy,
      owner: referral.to.organisationId,
      // R140-7-DAYS: the citizen's free choice of a private provider answers the clock too.
      ...(started || referral.freeChoiceAt
        ? { metOn: started ? courseStartDay(started) : dayOf(referral.freeChoiceAt ?? '') }
        : {}),
    });
  }

  if (state.sickLeave && state.sickLeave.expectedWeeks > 8) {
    // CLK-SICK-8W (p.42): sick leave expected over 8 weeks prompts fast track before week 8.
    const startedOn = state.sickLeave.start;
    const requested = state.fastTrack?.requestedOn;
    specs.push({
      code: 'CLK-SICK-8W',
      subject: 'sick-leave',
      startedOn,
      dueFrom: dayOf(state.sickLeave.at),
      dueBy: addDays(startedOn, 56),
      owner: state.sickLeave.by.organisationId,
      ...(requested ? { metOn: requested } : {}),
    });
  }
  if (state.fastTrack) {
    // CLK-FASTTRACK (p.42): the meeting at the latest 14 days after the request.
    const startedOn = state.fastTrack.requestedOn;
    const held = Object.values(state.meetings).find((m) => m.purpose === 'fast-track' && m.held);
    specs.push({
      code: 'CLK-FASTTRACK',
      subject: 'fast-track',
      startedOn,
      dueFrom: startedOn,
      dueBy: addDays(startedOn, 14),
      owner: state.fastTrack.by.organisationId,
      ...(held?.held ? { metOn: held.on } : {}),
    });
  }

  return specs.map((spec) => status(spec, now));
}
