import { z } from 'zod';
import type { Violation } from '../violation.ts';

/** Actors of the program (spec §2, p.13, Tables 1–3). */
export const ActorSchema = z.enum([
  'gp',
  'physio',
  'chiro',
  'specialist',
  'psychologist',
  'hospital',
  'acute',
  'imaging',
  'pain-centre',
  'occupational-medicine',
  'municipal-prevention',
  'municipal-rehab',
  'jobcentre',
  'citizen',
]);
export type Actor = z.infer<typeof ActorSchema>;
export const ACTORS = ActorSchema.options;

export const SectorSchema = z.enum(['practice', 'region', 'municipality', 'citizen']);
export type Sector = z.infer<typeof SectorSchema>;

export const SECTOR_OF: Record<Actor, Sector> = {
  gp: 'practice',
  physio: 'practice',
  chiro: 'practice',
  specialist: 'practice',
  psychologist: 'practice',
  hospital: 'region',
  acute: 'region',
  imaging: 'region',
  'pain-centre': 'region',
  'occupational-medicine': 'region',
  'municipal-prevention': 'municipality',
  'municipal-rehab': 'municipality',
  jobcentre: 'municipality',
  citizen: 'citizen',
};

/**
 * Who is acting: a signed-in user of an organisation, in the role of one actor; or the citizen
 * (actor `citizen`), signed in as themselves, whose "organisation" is `citizen:<citizenId>`, an id
 * no directory organisation has (see `citizenViewer`). Events record it as their `by`.
 */
export const ViewerSchema = z.object({
  userId: z.string().min(1),
  actor: ActorSchema,
  organisationId: z.string().min(1),
});
export type Viewer = z.infer<typeof ViewerSchema>;

/** A staff member: a user of a directory organisation in the role of any actor but the citizen. */
export type StaffViewer = Viewer & { actor: Exclude<Actor, 'citizen'> };

/**
 * The citizen, signed in as themselves (the citizen app, OpenID Connect). Their consent facts are
 * `givenBy: 'citizen'` (CONSENT-BY). Which pathway is theirs is the register's to say: `decide`
 * takes the pathway's citizen id (`DecideOptions.citizenId`) and compares it with `citizenId`.
 */
export type CitizenViewer = Viewer & { actor: 'citizen'; citizenId: string };

export const CITIZEN_ORGANISATION_PREFIX = 'citizen:';

/** The viewer of a citizen signed in as themselves. */
export const citizenViewer = (userId: string, citizenId: string): CitizenViewer => ({
  userId,
  actor: 'citizen',
  organisationId: `${CITIZEN_ORGANISATION_PREFIX}${citizenId}`,
  citizenId,
});

export const isCitizenViewer = (viewer: Viewer): viewer is CitizenViewer =>
  viewer.actor === 'citizen' &&
  'citizenId' in viewer &&
  typeof viewer.citizenId === 'string' &&
  viewer.organisationId === `${CITIZEN_ORGANISATION_PREFIX}${viewer.citizenId}`;

/**
 * REGISTER-ACTOR (p.14; spec §2): a citizen is registered by the practice or regional actor that
 * takes them in (the GP lists them, COORDINATOR-LISTING). The municipalities' prevention (§119),
 * rehabilitation (§140) and jobcentre find their citizens through a pathway (referral, hospital
 * notification, consent, self-referral) and register none; nor does a citizen. Judged on the actor
 * alone, before any CPR number is looked up, so the refusal is one answer for every number.
 */
export function registerRefusal(actor: Actor): Violation | null {
  const sector = SECTOR_OF[actor];
  if (sector === 'practice' || sector === 'region') return null;
  return { rule: 'REGISTER-ACTOR', params: { actor } };
}
