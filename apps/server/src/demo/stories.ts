import { EMMA, HANNE, KAREN, THOMAS } from './stories-odense-hospital.ts';
import { FREJA, JENS, SOREN } from './stories-odense-municipal.ts';
import { LOUISE, METTE, PIA } from './stories-odense-specialised.ts';
import { ANDERS, ERIK } from './stories-vejle-hospital.ts';
import { CAMILLA, RASMUS } from './stories-vejle-primary.ts';
import { HENRIK, INGER, JORGEN } from './stories-vejle-specialised.ts';
import { IDA, WILLIAM } from './stories-vejle-work.ts';
import type { Story } from './story.ts';

/** Every demo pathway: ten with the GP in Vejle, nine with the GP in Odense. */
export const DEMO_STORIES: readonly Story[] = [
  IDA,
  WILLIAM,
  CAMILLA,
  ERIK,
  ANDERS,
  RASMUS,
  HENRIK,
  INGER,
  JORGEN,
  KAREN,
  EMMA,
  HANNE,
  THOMAS,
  FREJA,
  SOREN,
  JENS,
  METTE,
  LOUISE,
  PIA,
];
