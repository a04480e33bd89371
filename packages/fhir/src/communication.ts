import type { Communication, CommunicationPayload } from '@medplum/fhirtypes';
import type { EventOf, PathwayState } from '@rygforlob/domain';
import { CODE_SYSTEM, IDENTIFIER } from './codes.ts';
import { type Directory, organisationReference } from './directory.ts';
import type { PathwaySlice } from './episode-of-care.ts';
import { factId } from './ids.ts';

export type NoteKind = EventOf<'noteSent'>['kind'];
export type Note = PathwayState['notes'][number];

/** How the kinds of note read in Danish: the topic a receiving system shows. */
export const NOTE_KIND_TEXT: Record<NoteKind, string> = {
  feedback: 'Tilbagemelding',
  epicrisis: 'Epikrise',
  'closing-note-119': 'Afslutningsnotat (§119)',
  'slutnotat-140': 'Slutnotat (§140)',
  'closing-note': 'Afslutningsnotat',
  correspondence: 'Korrespondance',
  information: 'Information',
};

/** A note's structured parts after its text, each a labelled text segment. */
export function notePayloads(note: Pick<Note, 'content'>): string[] {
  const { text, reason, summary, agreements, followUpBy } = note.content;
  return [
    text,
    ...(reason ? [`Årsag: ${reason}`] : []),
    ...(summary ? [`Resumé: ${summary}`] : []),
    ...(agreements ? [`Aftaler: ${agreements}`] : []),
    ...(followUpBy ? [`Opfølgning: ${followUpBy === 'gp' ? 'egen læge' : 'afsender'}`] : []),
  ];
}

/** Each note the viewer may see (feedback, epicrisis, closing notes, correspondence) as a Communication. */
export function toFhirCommunications(slice: PathwaySlice, directory: Directory): Communication[] {
  const referralSeq = new Map(Object.values(slice.state.referrals).map((r) => [r.referralId, r.seq]));
  return slice.state.notes.map((note) => {
    const referral = note.referralId ? referralSeq.get(note.referralId) : undefined;
    const payload: CommunicationPayload[] = notePayloads(note).map((contentString) => ({ contentString }));
    return {
      resourceType: 'Communication',
      id: factId(slice.pathwayId, note.seq),
      identifier: [{ system: IDENTIFIER.record, value: note.noteId }],
      status: 'completed',
      category: [
        { coding: [{ system: CODE_SYSTEM.noteKind, code: note.kind }], text: NOTE_KIND_TEXT[note.kind] },
      ],
      subject: { reference: `Patient/${slice.citizenId}` },
      sent: note.at,
      sender: organisationReference(directory, note.by.organisationId),
      recipient: note.to.map((party) => organisationReference(directory, party.organisationId)),
      payload,
      ...(referral === undefined
        ? {}
        : { basedOn: [{ reference: `ServiceRequest/${factId(slice.pathwayId, referral)}` }] }),
    };
  });
}
