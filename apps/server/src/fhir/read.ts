import { createCaller, readPathway } from '@rygforlob/api';
import { findCitizen, findUserName, pathwaysForCitizen } from '@rygforlob/db';
import { fold } from '@rygforlob/domain';
import type { Bundle } from '@rygforlob/fhir';
import {
  type CitizenRecord,
  FhirProblem,
  type PathwaySlice,
  toCareCommunication,
  toFhirAuditEvents,
  toFhirEpisodeOfCare,
  toFhirEverything,
  toFhirPatient,
} from '@rygforlob/fhir';
import type { FhirCaller } from './auth.ts';
import type { CachedDirectory } from './directory.ts';
import { fromTrpc } from './errors.ts';

type Ctx = FhirCaller['ctx'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = () => new FhirProblem(404, [{ code: 'not-found', diagnostics: 'NOT_FOUND' }]);

/** The viewer's slice of a pathway through the api's own read (access check, slice, audit row). */
export async function readSlice(ctx: Ctx, pathwayId: string, action: string) {
  if (!UUID.test(pathwayId)) throw notFound();
  const view = await readPathway(ctx, pathwayId, action).catch((error: unknown) => {
    throw fromTrpc(error);
  });
  const full = view.entries.flatMap((entry) => (entry.visibility === 'full' ? [entry.event] : []));
  // The register's listed GP (Patient.generalPractitioner): the same citizen the read just audited.
  const listedWith = (await findCitizen(ctx.database.db, view.citizen.id))?.listedWith ?? null;
  const citizen: CitizenRecord = { ...view.citizen, listedWith };
  const slice: PathwaySlice = {
    pathwayId: view.pathwayId,
    citizenId: view.citizen.id,
    coordinatorOrganisationId: view.coordinatorOrganisationId,
    state: fold(full),
    now: ctx.now().toISOString(),
  };
  return { view, slice, citizen };
}

export async function readPatient(ctx: Ctx, citizenId: string, directory: CachedDirectory) {
  if (!UUID.test(citizenId)) throw notFound();
  // The newest pathway the viewer is related to; each attempt is the api's audited read.
  const rows = [...(await pathwaysForCitizen(ctx.database.db, citizenId))].reverse();
  for (const row of rows) {
    try {
      const { view, citizen } = await readSlice(ctx, row.id, 'fhir.Patient.read');
      return toFhirPatient(citizen, view.coordinatorOrganisationId, await directory.directory());
    } catch (error) {
      if (!(error instanceof FhirProblem) || error.status !== 404) throw error;
    }
  }
  throw notFound();
}

export async function readEpisodeOfCare(ctx: Ctx, pathwayId: string, directory: CachedDirectory) {
  const { slice } = await readSlice(ctx, pathwayId, 'fhir.EpisodeOfCare.read');
  return toFhirEpisodeOfCare(slice, await directory.directory());
}

export async function readEverything(
  ctx: Ctx,
  pathwayId: string,
  directory: CachedDirectory,
  baseUrl: string,
) {
  const { slice, citizen } = await readSlice(ctx, pathwayId, 'fhir.EpisodeOfCare.everything');
  return toFhirEverything(slice, citizen, await directory.directory(), baseUrl);
}

/** The citizen's access log, with the same read rights as the api's audit.forCitizen (it is that call). */
export async function searchAuditEvents(
  ctx: Ctx,
  patient: string,
  directory: CachedDirectory,
  baseUrl: string,
): Promise<Bundle> {
  const citizenId = patient.replace(/^Patient\//, '');
  if (!UUID.test(citizenId)) {
    throw new FhirProblem(400, [{ code: 'invalid', expression: 'patient', diagnostics: 'INPUT-INVALID' }]);
  }
  const log = await createCaller(ctx)
    .audit.forCitizen({ citizenId })
    .catch((error: unknown) => {
      throw fromTrpc(error);
    });
  const events = toFhirAuditEvents(citizenId, log, await directory.directory());
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: events.length,
    entry: events.map((resource) => ({
      fullUrl: `${baseUrl}/AuditEvent/${resource.id}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

/**
 * A note of the viewer's slice as a MedCom CareCommunication message. The Communication's id is
 * `<pathwayId>-<seq>` as in `$everything`; the receiver is one of the note's addressees (the
 * coordinating GP when it is one, unless `receiver` names another).
 */
export async function readCareCommunication(
  ctx: Ctx,
  communicationId: string,
  receiver: string | undefined,
  directory: CachedDirectory,
) {
  const match = /^([0-9a-f-]{36})-([0-9]{1,9})$/i.exec(communicationId);
  if (!match?.[1] || !match[2]) throw notFound();
  const { view, slice } = await readSlice(ctx, match[1], 'fhir.Communication.care-communication');
  const note = slice.state.notes.find((n) => n.seq === Number(match[2]));
  if (!note) throw notFound();
  const to =
    receiver ??
    note.to.find((p) => p.organisationId === view.coordinatorOrganisationId)?.organisationId ??
    note.to[0]?.organisationId;
  if (!to) throw notFound();
  const authorName = (await findUserName(ctx.database.db, note.by.userId)) ?? note.by.organisationId;
  return toCareCommunication(
    { pathwayId: view.pathwayId, note, citizen: view.citizen, receiverOrganisationId: to, authorName },
    await directory.directory(),
  );
}
