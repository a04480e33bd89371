import { z } from 'zod';
import type { Actor } from './actors.ts';

/**
 * Referral kinds of chapter 8 (spec §6, Table 3, p.50–56). A kind names the receiving actor and,
 * where an actor can be reached two ways (the jobcentre), the way.
 */
export const ReferralKindSchema = z.enum([
  'physio',
  'chiro',
  'specialist',
  'hospital',
  'pain-centre',
  'prevention-119',
  'rehab-140',
  'jobcentre-contact',
  'jobcentre-lae165',
  'psychologist',
  'occupational-medicine',
  'imaging',
  'acute',
]);
export type ReferralKind = z.infer<typeof ReferralKindSchema>;
export const REFERRAL_KINDS = ReferralKindSchema.options;

export const RECIPIENT_ACTOR: Record<ReferralKind, Actor> = {
  physio: 'physio',
  chiro: 'chiro',
  specialist: 'specialist',
  hospital: 'hospital',
  'pain-centre': 'pain-centre',
  'prevention-119': 'municipal-prevention',
  'rehab-140': 'municipal-rehab',
  'jobcentre-contact': 'jobcentre',
  'jobcentre-lae165': 'jobcentre',
  psychologist: 'psychologist',
  'occupational-medicine': 'occupational-medicine',
  imaging: 'imaging',
  acute: 'acute',
};

/** MedCom message or channel a kind travels by (spec §9). */
export const REFERRAL_MESSAGE: Record<ReferralKind, string> = {
  physio: 'DNHF',
  chiro: 'REF06',
  specialist: 'REF06',
  hospital: 'REF01',
  'pain-centre': 'REF01',
  'prevention-119': 'XREF15',
  'rehab-140': 'GENOPTRAENINGSPLAN',
  'jobcentre-contact': 'CONTACT',
  'jobcentre-lae165': 'LAE165',
  psychologist: 'REF06',
  'occupational-medicine': 'REF01',
  imaging: 'REF01',
  acute: 'ACUTE',
};

/**
 * The legitimate way forward when a route is closed, so the UI can show it instead of a bare "no".
 * - ask-gp: encourage the citizen to ask the GP (e.g. §119 from chiro/physio/specialist, p.54)
 * - correspondence-to-gp: for especially vulnerable citizens, write to the GP asking for a §119 referral (p.54)
 * - encourage-citizen-inform-gp: encourage the citizen to contact the jobcentre and inform the GP (p.55)
 * - via-gp: the GP, as coordinator, refers (e.g. pain centre: only the GP, p.56)
 * - hospital-only: only hospitals refer with a rehabilitation plan (p.55)
 */
export const ReferralRouteSchema = z.enum([
  'ask-gp',
  'correspondence-to-gp',
  'encourage-citizen-inform-gp',
  'via-gp',
  'hospital-only',
]);
export type ReferralRoute = z.infer<typeof ReferralRouteSchema>;

export type ReferralPermission =
  | { allowed: true; conditions: readonly ReferralCondition[] }
  | { allowed: false; routes: readonly ReferralRoute[] };

/** Conditions on an allowed route the UI shows beside it. */
export type ReferralCondition =
  | 'no-subsidy-without-gp-referral'
  | 'municipality-allows-self-referral'
  | 'other-departments'
  | 'tg-cauda'
  | 'only-gp';

const yes = (...conditions: ReferralCondition[]): ReferralPermission => ({ allowed: true, conditions });
const no = (...routes: ReferralRoute[]): ReferralPermission => ({ allowed: false, routes });

type Row = Partial<Record<ReferralKind, ReferralPermission>>;

const PRACTICE_TO_119 = no('ask-gp', 'correspondence-to-gp');
const ENCOURAGE_JOBCENTRE = no('encourage-citizen-inform-gp');

/** Table 3 (p.51) and the text of chapter 8 (p.50–56), which is authoritative. */
const MATRIX: Partial<Record<Actor, Row>> = {
  citizen: {
    physio: yes('no-subsidy-without-gp-referral'),
    chiro: yes(),
    'prevention-119': yes('municipality-allows-self-referral'),
    'jobcentre-contact': yes(),
  },
  gp: {
    physio: yes(),
    chiro: yes(),
    specialist: yes(),
    hospital: yes(),
    'pain-centre': yes('only-gp'),
    'prevention-119': yes(),
    'jobcentre-contact': yes(),
    'jobcentre-lae165': yes(),
    psychologist: yes(),
    'occupational-medicine': yes(),
    imaging: yes(),
  },
  chiro: {
    hospital: yes(),
    'occupational-medicine': yes(),
    imaging: yes(),
    'prevention-119': PRACTICE_TO_119,
    'jobcentre-contact': ENCOURAGE_JOBCENTRE,
    'jobcentre-lae165': ENCOURAGE_JOBCENTRE,
  },
  physio: {
    'prevention-119': PRACTICE_TO_119,
    'jobcentre-contact': ENCOURAGE_JOBCENTRE,
    'jobcentre-lae165': ENCOURAGE_JOBCENTRE,
  },
  specialist: {
    physio: yes(),
    chiro: yes(),
    hospital: yes(),
    imaging: yes(),
    'prevention-119': PRACTICE_TO_119,
    'jobcentre-contact': ENCOURAGE_JOBCENTRE,
    'jobcentre-lae165': ENCOURAGE_JOBCENTRE,
  },
  hospital: {
    physio: yes(),
    chiro: yes(),
    hospital: yes('other-departments'),
    'prevention-119': yes(),
    'rehab-140': yes(),
    imaging: yes(),
    'jobcentre-contact': ENCOURAGE_JOBCENTRE,
    'jobcentre-lae165': ENCOURAGE_JOBCENTRE,
  },
};

/** Actors who cannot refer acutely: only clinicians meet a citizen with cauda equina signs. */
const NOT_CLINICAL: readonly Actor[] = ['citizen', 'jobcentre'];

/** May `from` refer to `kind`? Closed routes carry the program's legitimate alternative. */
export function referralPermission(from: Actor, kind: ReferralKind): ReferralPermission {
  // TG-CAUDA (p.29): anyone who meets the citizen refers acutely to FAM, informing the GP.
  if (kind === 'acute') return NOT_CLINICAL.includes(from) ? no('via-gp') : yes('tg-cauda');
  const listed = MATRIX[from]?.[kind];
  if (listed) return listed;
  if (kind === 'rehab-140') return no('hospital-only');
  if (kind === 'jobcentre-contact' || kind === 'jobcentre-lae165') return ENCOURAGE_JOBCENTRE;
  return no('via-gp');
}

/** Every (from, kind) pair of the matrix, for the referral composer and the CLI. */
export function referralMatrix(): { from: Actor; kind: ReferralKind; permission: ReferralPermission }[] {
  const froms: Actor[] = ['citizen', 'gp', 'physio', 'chiro', 'specialist', 'hospital'];
  return froms.flatMap((from) =>
    REFERRAL_KINDS.map((kind) => ({ from, kind, permission: referralPermission(from, kind) })),
  );
}
