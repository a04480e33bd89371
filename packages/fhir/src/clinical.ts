import type { CarePlan, CarePlanActivity, Condition, Goal, MedicationRequest } from '@medplum/fhirtypes';
import { CODE_SYSTEM, IDENTIFIER } from './codes.ts';
import { type Directory, organisationReference } from './directory.ts';
import type { PathwaySlice } from './episode-of-care.ts';
import { factId } from './ids.ts';

const patientOf = (slice: PathwaySlice) => ({ reference: `Patient/${slice.citizenId}` });
const episodeOf = (slice: PathwaySlice) => ({ reference: `EpisodeOfCare/${slice.pathwayId}` });

/** The triage's target group (spec §3) as a Condition coded in the program's code system. */
export function toFhirConditions(slice: PathwaySlice, directory: Directory): Condition[] {
  const triage = slice.state.triage;
  const group = triage?.result?.targetGroup;
  if (!triage || !group) return [];
  return [
    {
      resourceType: 'Condition',
      id: factId(slice.pathwayId, triage.seq),
      clinicalStatus: {
        coding: [
          {
            system: CODE_SYSTEM.conditionClinical,
            code: slice.state.status === 'closed' ? 'resolved' : 'active',
          },
        ],
      },
      category: [{ coding: [{ system: CODE_SYSTEM.conditionCategory, code: 'encounter-diagnosis' }] }],
      code: {
        coding: [{ system: CODE_SYSTEM.targetGroup, code: group }],
        text: triage.result?.suspectedCondition ?? group,
      },
      subject: patientOf(slice),
      recordedDate: triage.at,
      recorder: organisationAsRecorder(directory, triage.by.organisationId),
    },
  ];
}

// Condition.recorder takes a Practitioner, PractitionerRole, Patient or RelatedPerson: the
// organisation is named by display and identifier, the Provenance names it by reference.
const organisationAsRecorder = (directory: Directory, organisationId: string) => ({
  identifier: { system: IDENTIFIER.organisation, value: organisationId },
  display: directory.organisation(organisationId)?.name ?? organisationId,
});

/**
 * The plan (SELF-MANAGEMENT-HUB p.31) as a CarePlan with its Goals: each intervention of the plan
 * is an activity, the self-management agreements are an activity of their own, and every course
 * that started is an activity with its status.
 */
export function toFhirCarePlan(
  slice: PathwaySlice,
  directory: Directory,
): { carePlan?: CarePlan; goals: Goal[] } {
  const plan = slice.state.plan;
  if (!plan) return { goals: [] };
  const goals: Goal[] = plan.goals.map((goal, n) => ({
    resourceType: 'Goal',
    id: factId(slice.pathwayId, plan.seq, n + 1),
    lifecycleStatus: slice.state.status === 'closed' ? 'completed' : 'active',
    description: { text: goal.goal },
    subject: patientOf(slice),
    ...(goal.subGoals.length ? { note: goal.subGoals.map((text) => ({ text })) } : {}),
  }));
  const started = Object.values(slice.state.interventions);
  const activities: CarePlanActivity[] = [
    {
      detail: {
        kind: 'Task',
        code: { coding: [{ system: CODE_SYSTEM.intervention, code: 'self-management' }], text: 'Egenomsorg' },
        status: 'in-progress',
        description: plan.selfManagementAgreements,
      },
    },
    ...plan.interventions
      .filter((intervention) => intervention !== 'self-management')
      .map(
        (intervention): CarePlanActivity => ({
          detail: {
            code: { coding: [{ system: CODE_SYSTEM.intervention, code: intervention }] },
            status: started.some((course) => course.intervention === intervention)
              ? 'in-progress'
              : 'not-started',
          },
        }),
      ),
    ...started.map(
      (course): CarePlanActivity => ({
        detail: {
          code: { coding: [{ system: CODE_SYSTEM.intervention, code: course.intervention }] },
          status: course.ended ? 'completed' : 'in-progress',
          performer: [organisationReference(directory, course.by.organisationId)],
          scheduledPeriod: { start: course.at, ...(course.ended ? { end: course.ended.at } : {}) },
          description: `${course.sessions.length} behandlinger, ${course.missed.length} udeblevet`,
        },
      }),
    ),
  ];
  return {
    goals,
    carePlan: {
      resourceType: 'CarePlan',
      id: factId(slice.pathwayId, plan.seq),
      status: slice.state.status === 'closed' ? 'completed' : 'active',
      intent: 'plan',
      title: plan.approach === 'stepped' ? 'Trinvis plan' : 'Stratificeret plan',
      subject: patientOf(slice),
      created: plan.at,
      author: organisationReference(directory, plan.by.organisationId),
      goal: goals.map((goal) => ({ reference: `Goal/${goal.id}` })),
      activity: activities,
      ...(plan.followUpOn ? { period: { end: plan.followUpOn } } : {}),
      supportingInfo: [episodeOf(slice)],
    },
  };
}

/** Each prescription (MED-FOLLOWUP p.37) as a MedicationRequest, with its discontinuation plan. */
export function toFhirMedicationRequests(slice: PathwaySlice, directory: Directory): MedicationRequest[] {
  const plans = new Map<string, string>();
  for (const event of slice.state.events) {
    if (event.type === 'medicationPrescribed') plans.set(event.prescriptionId, event.discontinuationPlan);
  }
  return Object.values(slice.state.prescriptions).map((rx) => ({
    resourceType: 'MedicationRequest',
    id: factId(slice.pathwayId, rx.seq),
    identifier: [{ system: IDENTIFIER.record, value: rx.prescriptionId }],
    status: slice.state.status === 'closed' ? 'completed' : 'active',
    intent: 'order',
    medicationCodeableConcept: { text: rx.drug },
    subject: patientOf(slice),
    authoredOn: rx.at,
    requester: organisationReference(directory, rx.by.organisationId),
    note: [{ text: rx.painCourse === 'persistent' ? 'Vedvarende smerter' : 'Episodiske smerter' }],
    dosageInstruction: [{ text: `Udtrapning: ${plans.get(rx.prescriptionId) ?? ''}`.trim() }],
  }));
}
