import type { Bundle, Resource } from '@medplum/fhirtypes';
import { type Command, EventPayloads, isStorableText, type Party } from '@rygforlob/domain';
import { z } from 'zod';
import { CODE_SYSTEM, IDENTIFIER, PROFILE } from '../codes.ts';
import type { Problem } from '../outcome.ts';
import { r4Problems } from '../validate.ts';
import { newSegments, UUID } from './segments.ts';

/** Larger messages are refused before they are parsed: a note is at most 10 000 characters. */
export const MAX_MESSAGE_BYTES = 256 * 1024;

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const NOTE_KINDS = EventPayloads.noteSent.shape.kind.options;

interface Common {
  /** MessageHeader.id: what the acknowledgement answers and what duplicates are known by. */
  messageId: string;
  /** The SOR code of MessageHeader.sender: must be the authenticated client's organisation. */
  senderSor: string;
  cpr: string;
}

export type IncomingMessage =
  | (Common & {
      kind: 'care-communication';
      receiverSor: string;
      /** The Communication's identifier (a UUID): the same in every message of a MedCom thread. */
      communicationId: string;
      /**
       * The first text segment this message adds (its payload identifier, a UUID; else the
       * Communication's): the note's id is derived from it, so a reply in the same thread is a
       * new note and a re-sent segment is the same one.
       */
      segmentId: string;
      /**
       * The forløbsid the message names (the Encounter's episodeOfCare identifier in our naming
       * system), when it names one: the note goes to that pathway or is refused.
       */
      pathwayId?: string;
      noteKind: (typeof NOTE_KINDS)[number];
      text: string;
    })
  | (Common & { kind: 'hospital-notification'; event: 'admitted' | 'discharged'; occurredAt: string });

export type Parsed =
  | { ok: true; message: IncomingMessage }
  | { ok: false; messageId?: string; problems: Problem[] };

const fail = (problems: Problem[], messageId?: string): Parsed => ({
  ok: false,
  problems,
  ...(messageId ? { messageId } : {}),
});
const problem = (expression: string, diagnostics: string, code: Problem['code'] = 'invalid'): Problem => ({
  code,
  expression,
  diagnostics,
});

/** Resolves a reference inside the message: by fullUrl, or by `Type/id`. */
function resolver(bundle: Bundle) {
  const entries = bundle.entry ?? [];
  return (reference: unknown): Resource | undefined => {
    if (typeof reference !== 'string' || !reference) return undefined;
    const byUrl = entries.find((e) => e.fullUrl === reference)?.resource;
    if (byUrl) return byUrl;
    return entries.find(
      (e) => e.resource && reference.endsWith(`${e.resource.resourceType}/${e.resource.id}`),
    )?.resource;
  };
}

const sorOf = (resource: Resource | undefined): string | undefined =>
  resource?.resourceType === 'Organization'
    ? resource.identifier?.find((i) => i.system === IDENTIFIER.sor && /^[0-9]{11,}$/.test(i.value ?? ''))
        ?.value
    : undefined;

const Text = z.string().min(1).max(10_000).refine(isStorableText, 'unstorable-text');

/**
 * Parses a MedCom message as strictly as the tRPC inputs: the R4 base definitions first, then
 * the profile, then every element we read. Each problem names the element (a FHIRPath). Pure.
 */
export function parseIncomingMessage(body: unknown): Parsed {
  try {
    return parse(body);
  } catch {
    // A shape the R4 validator let through and our reading did not expect: still the input's fault.
    const id = (body as Bundle | null)?.entry?.[0]?.resource?.id;
    return fail(
      [problem('Bundle', 'INPUT-INVALID: not a MedCom message we can read', 'structure')],
      typeof id === 'string' && FHIR_ID.test(id) ? id : undefined,
    );
  }
}

function parse(body: unknown): Parsed {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return fail([problem('Bundle', 'INPUT-INVALID: a FHIR Bundle of type message', 'structure')]);
  }
  const bundle = body as Bundle;
  if (bundle.resourceType !== 'Bundle')
    return fail([problem('Bundle.resourceType', 'INPUT-INVALID: Bundle', 'structure')]);
  if (bundle.type !== 'message') return fail([problem('Bundle.type', 'INPUT-INVALID: message', 'value')]);
  const first = Array.isArray(bundle.entry) ? bundle.entry[0]?.resource : undefined;
  const headerId =
    first?.resourceType === 'MessageHeader' && typeof first.id === 'string' ? first.id : undefined;
  if (!headerId || !FHIR_ID.test(headerId)) {
    return fail([
      problem(
        'Bundle.entry[0].resource.id',
        'INPUT-INVALID: the first entry is a MessageHeader with an id',
        'required',
      ),
    ]);
  }
  const messageId = headerId;
  const structural = r4Problems(bundle);
  if (structural.length > 0) return fail(structural, messageId);
  const header = first as Extract<Resource, { resourceType: 'MessageHeader' }>;
  const resolve = resolver(bundle);
  const profiles = bundle.meta?.profile ?? [];
  const event =
    header.eventCoding?.system === CODE_SYSTEM.medcomMessageEvent ? header.eventCoding.code : undefined;
  const isCareCommunication =
    profiles.includes(PROFILE.careCommunicationMessage) && event === 'care-communication-message';
  const isHospitalNotification =
    profiles.includes(PROFILE.hospitalNotificationMessage) && event === 'hospital-notification-message';
  if (!isCareCommunication && !isHospitalNotification) {
    return fail(
      [
        problem(
          'Bundle.meta.profile',
          'INPUT-INVALID: a MedCom CareCommunication or HospitalNotification message',
          'not-supported',
        ),
      ],
      messageId,
    );
  }
  const problems: Problem[] = [];
  const patients = (bundle.entry ?? []).filter((e) => e.resource?.resourceType === 'Patient');
  const patient = patients[0]?.resource;
  const cpr =
    patient?.resourceType === 'Patient'
      ? patient.identifier?.find((i) => i.system === IDENTIFIER.cpr)?.value
      : undefined;
  if (patients.length !== 1)
    problems.push(problem('Bundle.entry.resource.ofType(Patient)', 'INPUT-INVALID: exactly one Patient'));
  else if (!cpr || !/^[0-9]{10}$/.test(cpr)) {
    problems.push(
      problem('Patient.identifier', 'INPUT-INVALID: the CPR number (urn:oid:1.2.208.176.1.2), 10 digits'),
    );
  }
  const senderSor = sorOf(resolve(header.sender?.reference));
  if (!senderSor)
    problems.push(problem('MessageHeader.sender', 'INPUT-INVALID: an Organization with its SOR identifier'));
  const focus = resolve(header.focus?.[0]?.reference);
  if (isCareCommunication) {
    const receiverSor = sorOf(resolve(header.destination?.[0]?.receiver?.reference));
    if (!receiverSor) {
      problems.push(
        problem(
          'MessageHeader.destination.receiver',
          'INPUT-INVALID: an Organization with its SOR identifier',
        ),
      );
    }
    if (focus?.resourceType !== 'Communication') {
      problems.push(problem('MessageHeader.focus', 'INPUT-INVALID: the Communication'));
      return fail(problems, messageId);
    }
    const communicationId = focus.identifier?.[0]?.value?.replace(/^urn:uuid:/, '');
    if (!communicationId || !/^[0-9a-f-]{36}$/.test(communicationId)) {
      problems.push(problem('Communication.identifier', 'INPUT-INVALID: a UUID (medcom-uuidv4)'));
    }
    const encounter = resolve(focus.encounter?.reference);
    const pathwayId =
      encounter?.resourceType === 'Encounter'
        ? encounter.episodeOfCare?.find((e) => e.identifier?.system === IDENTIFIER.pathway)?.identifier?.value
        : undefined;
    if (pathwayId !== undefined && !UUID.test(pathwayId)) {
      problems.push(problem('Encounter.episodeOfCare.identifier', 'INPUT-INVALID: a forløbsid (UUID)'));
    }
    const segments = newSegments(bundle, focus.payload ?? []);
    const text = Text.safeParse(segments.map((segment) => segment.text).join('\n\n'));
    if (!text.success)
      problems.push(
        problem('Communication.payload.contentString', 'INPUT-INVALID: 1–10 000 characters of text'),
      );
    // Our note kind travels as a topic coding; a reply or forward keeps the thread's topic, so
    // only a new message is of that kind (a GP's answer to an epicrisis is correspondence).
    const isNew = (bundle.entry ?? []).some(
      (e) =>
        e.resource?.resourceType === 'Provenance' &&
        e.resource.activity?.coding?.some(
          (c) => c.system === CODE_SYSTEM.medcomActivity && c.code === 'new-message',
        ),
    );
    const kindCode = isNew
      ? focus.topic?.coding?.find((c) => c.system === CODE_SYSTEM.noteKind)?.code
      : undefined;
    const noteKind = NOTE_KINDS.find((k) => k === kindCode) ?? 'correspondence';
    if (problems.length > 0 || !cpr || !senderSor || !receiverSor || !communicationId || !text.success) {
      return fail(problems, messageId);
    }
    return {
      ok: true,
      message: {
        kind: 'care-communication',
        messageId,
        senderSor,
        cpr,
        receiverSor,
        communicationId,
        segmentId: segments[0]?.id ?? communicationId,
        ...(pathwayId ? { pathwayId } : {}),
        noteKind,
        text: text.data,
      },
    };
  }
  // HospitalNotification: the Encounter's period says when; the Provenance's activity says what.
  if (focus?.resourceType !== 'Encounter') {
    problems.push(problem('MessageHeader.focus', 'INPUT-INVALID: the Encounter'));
    return fail(problems, messageId);
  }
  const provenance = (bundle.entry ?? [])
    .map((e) => e.resource)
    .find((r) => r?.resourceType === 'Provenance');
  const activity =
    provenance?.resourceType === 'Provenance'
      ? provenance.activity?.coding?.find((c) => c.system === CODE_SYSTEM.medcomActivity)?.code
      : undefined;
  const hospitalEvent = activity?.startsWith('admit-')
    ? 'admitted'
    : activity?.startsWith('discharge-')
      ? 'discharged'
      : undefined;
  if (!hospitalEvent) {
    problems.push(
      problem(
        'Provenance.activity',
        'INPUT-INVALID: admission (admit-*) or discharge (discharge-*)',
        'not-supported',
      ),
    );
  }
  const occurredAt = hospitalEvent === 'discharged' ? focus.period?.end : focus.period?.start;
  const parsedAt = z.iso.datetime({ offset: true }).safeParse(occurredAt);
  if (!parsedAt.success) {
    problems.push(
      problem(
        hospitalEvent === 'discharged' ? 'Encounter.period.end' : 'Encounter.period.start',
        'INPUT-INVALID: a date-time with offset',
      ),
    );
  }
  if (problems.length > 0 || !cpr || !senderSor || !hospitalEvent || !parsedAt.success)
    return fail(problems, messageId);
  return {
    ok: true,
    message: {
      kind: 'hospital-notification',
      messageId,
      senderSor,
      cpr,
      event: hospitalEvent,
      occurredAt: parsedAt.data,
    },
  };
}

/**
 * The domain command a message proposes; `decide` judges it (the FHIR layer never appends on its
 * own). A CareCommunication is a note from the sender, with the same rules as `note.send`.
 */
export function toCommand(message: IncomingMessage, receiver?: Party): Command {
  if (message.kind === 'hospital-notification') {
    return {
      type: 'hospitalNotified',
      notificationId: message.messageId,
      event: message.event,
      occurredAt: message.occurredAt,
    };
  }
  if (!receiver) throw new Error('a CareCommunication needs its receiver');
  return {
    type: 'noteSent',
    noteId: `medcom-${message.segmentId}`,
    kind: message.noteKind,
    to: [receiver],
    content: { text: message.text },
  };
}
