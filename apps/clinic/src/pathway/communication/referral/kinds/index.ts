import type { ReferralKind } from '@rygforlob/domain';
import type { KindModule } from '../fields.tsx';
import { acute, general } from './general.tsx';
import { hospital } from './hospital.tsx';
import { imaging } from './imaging.tsx';
import { lae165 } from './lae165.tsx';
import { painCentre } from './painCentre.tsx';
import { prevention119 } from './prevention119.tsx';
import { psychologist } from './psychologist.tsx';
import { rehab140 } from './rehab140.tsx';

/** One form per referral kind, asking exactly what the kind's content schema requires. */
export const KIND_MODULES: Record<ReferralKind, KindModule> = {
  physio: general,
  chiro: general,
  specialist: general,
  hospital,
  'pain-centre': painCentre,
  'prevention-119': prevention119,
  'rehab-140': rehab140,
  'jobcentre-contact': general,
  'jobcentre-lae165': lae165,
  psychologist,
  'occupational-medicine': general,
  imaging,
  acute,
};
