import { accept, plan, refer, session, start } from './commands.ts';
import { general } from './content.ts';
import type { Username } from './organisations.ts';
import { on, type Step } from './story.ts';
import { pick } from './synthetic-citizens.ts';

/** Building blocks of the synthetic pathway shapes (synthetic-mixes.ts). */
export interface Mix {
  name: string;
  weight: number;
  /** The citizen must live in Vejle or Odense itself: the mix uses that municipality's services. */
  municipal: boolean;
  steps(random: () => number, gp: Username, home: Home): Step[];
}

/** The organisations on the citizen's side of the Little Belt. */
export interface Home {
  physio: Username;
  prevention: Username;
  rehab: Username;
  jobcentre: Username;
}

export const HOMES: Record<'laege.vejle' | 'laege.odense', Home> = {
  'laege.vejle': {
    physio: 'fys.vejle',
    prevention: 'forebyg.vejle',
    rehab: 'genoptraen.vejle',
    jobcentre: 'jobcenter.vejle',
  },
  'laege.odense': {
    physio: 'fys.odense',
    prevention: 'forebyg.odense',
    rehab: 'genoptraen.odense',
    jobcentre: 'jobcenter.odense',
  },
};

export const AREA = {
  'laege.vejle': ['Vejle', 'Kolding', 'Fredericia', 'Billund', 'Vejen', 'Middelfart', 'Haderslev'],
  'laege.odense': ['Odense', 'Assens', 'Faaborg-Midtfyn', 'Kerteminde', 'Nordfyns', 'Nyborg', 'Svendborg'],
} as const;

/** Days ago, counting down from `startDaysAgo` by random gaps, never below 0. */
export function timeline(random: () => number, startDaysAgo: number) {
  let day = startDaysAgo;
  return (minGap: number, maxGap: number) => {
    day = Math.max(0, day - minGap - Math.floor(random() * (maxGap - minGap + 1)));
    return day;
  };
}

const GOALS = [
  'Kunne cykle på arbejde igen',
  'Kunne løfte mit barnebarn',
  'Gå en tur i skoven',
  'Passe min have',
  'Spille padel igen',
];
export const goalPlan = (random: () => number) =>
  plan({
    goals: [{ goal: pick(random, GOALS) }],
    interventions: ['self-management', 'exercise'],
    agreements: 'Daglig aktivitet og øvelser fra pjecen',
  });
export const physioCourse = (
  random: () => number,
  next: (a: number, b: number) => number,
  gp: Username,
  physio: Username,
): Step[] => [
  on(
    next(0, 0),
    '09:10',
    gp,
    refer('s-fys', 'physio', physio, general('Lænderygsmerter', 'Ingen røde flag')),
  ),
  on(next(1, 4), '10:00', physio, accept('s-fys')),
  on(next(0, 0), '10:30', physio, start('s-fys-1', 'exercise', 's-fys')),
  ...Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
    on(next(5, 10), '10:30', physio, session('s-fys-1', random() < 0.7 ? 'improved' : 'unchanged')),
  ),
];
