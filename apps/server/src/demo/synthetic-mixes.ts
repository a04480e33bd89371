import { accept, close, note, open, refer, session, start, triage } from './commands.ts';
import { general } from './content.ts';
import { on } from './story.ts';
import { goalPlan, type Mix, physioCourse, timeline } from './synthetic-kit.ts';
import { REFERRED_MIXES } from './synthetic-mixes-referred.ts';

export { AREA, HOMES, type Home, type Mix } from './synthetic-kit.ts';

/**
 * Pathway shapes for benchmarks, each a function of a random source: the same kinds of steps as
 * the demo stories, with generic text and random spacing. Every step still goes through `decide`.
 */
export const MIXES: readonly Mix[] = [
  {
    name: 'uncomplicated-physio',
    weight: 30,
    municipal: false,
    steps: (random, gp, home) => {
      const next = timeline(random, 10 + Math.floor(random() * 300));
      return [
        on(next(0, 0), '08:30', gp, open(gp)),
        on(next(0, 0), '08:35', gp, triage()),
        on(next(0, 0), '08:45', gp, goalPlan(random)),
        ...physioCourse(random, next, gp, home.physio),
      ];
    },
  },
  {
    name: 'cauda-acute',
    weight: 3,
    municipal: false,
    steps: (random, gp) => {
      const next = timeline(random, Math.floor(random() * 200));
      return [
        on(next(0, 0), '08:10', gp, open(gp)),
        on(next(0, 0), '08:15', gp, triage({ cauda: { saddleAnaesthesia: true } })),
        on(
          next(0, 0),
          '08:20',
          gp,
          refer(
            's-akut',
            'acute',
            'fam.ouh',
            general('Mistanke om cauda equina-syndrom', 'Ridebukseanæstesi'),
          ),
        ),
        on(next(0, 0), '09:00', 'fam.ouh', accept('s-akut')),
      ];
    },
  },
  {
    name: 'chiro-self-referral',
    weight: 15,
    municipal: false,
    steps: (random, gp) => {
      const next = timeline(random, 5 + Math.floor(random() * 200));
      return [
        on(next(0, 0), '16:00', 'kiro.kolding', open(gp)),
        on(
          next(0, 0),
          '16:05',
          'kiro.kolding',
          refer(
            's-kiro',
            'chiro',
            'kiro.kolding',
            general('Egen henvendelse', 'Akutte lændesmerter'),
            // SELF-REFERRAL, CONSENT-BY (issue 8): the chiropractor records no consent for itself.
            null,
            true,
          ),
        ),
        on(next(0, 0), '16:10', 'kiro.kolding', accept('s-kiro')),
        on(next(0, 0), '16:15', 'kiro.kolding', triage()),
        on(next(0, 0), '16:20', 'kiro.kolding', goalPlan(random)),
        on(next(0, 0), '16:30', 'kiro.kolding', start('s-man', 'manual', 's-kiro')),
        ...Array.from({ length: 1 + Math.floor(random() * 5) }, () =>
          on(
            next(3, 8),
            '08:30',
            'kiro.kolding',
            session('s-man', random() < 0.6 ? 'improved' : 'unchanged'),
          ),
        ),
      ];
    },
  },
  {
    name: 'closed-after-physio',
    weight: 5,
    municipal: false,
    steps: (random, gp, home) => {
      const next = timeline(random, 60 + Math.floor(random() * 300));
      return [
        on(next(0, 0), '08:30', gp, open(gp)),
        on(next(0, 0), '08:35', gp, triage()),
        on(next(0, 0), '08:45', gp, goalPlan(random)),
        ...physioCourse(random, next, gp, home.physio),
        on(
          next(1, 7),
          '15:00',
          home.physio,
          note(
            's-slut',
            'closing-note',
            [gp],
            { text: 'Forløbet er afsluttet', followUpBy: 'sender' },
            's-fys',
          ),
        ),
        on(next(1, 7), '09:00', gp, close('Målet er nået')),
      ];
    },
  },
  ...REFERRED_MIXES,
];

/** A mix by weight. */
export function pickMix(random: () => number): Mix {
  const total = MIXES.reduce((sum, mix) => sum + mix.weight, 0);
  let r = random() * total;
  for (const mix of MIXES) {
    r -= mix.weight;
    if (r < 0) return mix;
  }
  return MIXES[0] as Mix;
}
