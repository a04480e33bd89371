import { type Command, decide, fold, type PathwayEvent, type Viewer } from '@rygforlob/domain';
// The domain keeps the repository's one set of fictitious citizens and organisations in
// src/testing, which its package.json does not export; reach it by path until it does.
import { openCommand, TEST_CITIZENS, triageInput, VIEWERS } from '../../../domain/src/testing/index.ts';
import type { Db } from '../client.ts';
import { registerCitizen } from '../repo/citizens.repo.ts';
import { appendEvents, createPathway, loadPathway } from '../repo/events.repo.ts';

export {
  consentTo,
  hospitalContent,
  party,
  rehabPlan,
  rehabPlanReferral,
  Scenario,
} from '../../../domain/src/testing/index.ts';
export { TEST_CITIZENS, triageInput, VIEWERS };

export const T0 = '2026-09-01T09:00:00+02:00';

/** Decides a command against the stored pathway, as the api will, and appends the result. */
export async function run(
  db: Db,
  pathwayId: string,
  by: Viewer,
  command: Command,
  now: string,
): Promise<{ version: number; events: PathwayEvent[] }> {
  const loaded = await loadPathway(db, pathwayId);
  if (!loaded) throw new Error(`no pathway ${pathwayId}`);
  const decision = decide(fold(loaded.events), command, by, now);
  if (!decision.ok) throw new Error(`${command.type} refused: ${JSON.stringify(decision.violations)}`);
  const { version } = await appendEvents(db, pathwayId, loaded.pathway.version, decision.events);
  return { version, events: decision.events };
}

/** A registered test citizen with a pathway opened (and consented) by the GP. */
export async function openedPathway(db: Db, citizenIndex = 2, at = T0) {
  const person = TEST_CITIZENS[citizenIndex];
  if (!person) throw new Error(`no test citizen ${citizenIndex}`);
  const { citizen } = await registerCitizen(db, person);
  const decision = decide(
    fold([]),
    openCommand({ birthDate: citizen.birthDate, municipality: citizen.municipality }),
    VIEWERS.gp,
    at,
  );
  if (!decision.ok) throw new Error(JSON.stringify(decision.violations));
  const pathway = await createPathway(db, {
    citizenId: citizen.id,
    coordinatorOrgId: VIEWERS.gp.organisationId,
    events: decision.events,
  });
  return { citizen, pathway };
}

/** Opened, triaged and planned, like the domain's Scenario.planned(). */
export async function plannedPathway(db: Db, citizenIndex = 2, at = T0) {
  const opened = await openedPathway(db, citizenIndex, at);
  const id = opened.pathway.id;
  await run(db, id, VIEWERS.gp, { type: 'triaged', input: triageInput() }, at);
  await run(
    db,
    id,
    VIEWERS.gp,
    {
      type: 'planUpdated',
      approach: 'stepped',
      goals: [{ goal: 'At kunne cykle på arbejde igen', subGoals: ['Gå 2 km uden pause'] }],
      interventions: ['self-management', 'exercise'],
      selfManagementAgreements: 'Daglige gåture og øvelser fra pjecen',
    },
    at,
  );
  return opened;
}
