import { z } from 'zod';

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

/** Who is acting: a signed-in user of an organisation, in the role of one actor. */
export const ViewerSchema = z.object({
  userId: z.string().min(1),
  actor: ActorSchema,
  organisationId: z.string().min(1),
});
export type Viewer = z.infer<typeof ViewerSchema>;
