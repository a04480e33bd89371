import { ageOn } from '@rygforlob/domain';
import {
  accept,
  end,
  open,
  plan,
  refer,
  session,
  start,
  triage,
} from '../../apps/server/src/demo/commands.ts';
import { hospital, prevention119 } from '../../apps/server/src/demo/content.ts';
import { on, type Step } from '../../apps/server/src/demo/story.ts';
import { syntheticCitizen } from '../../apps/server/src/demo/synthetic-citizens.ts';

/** A fictitious adult of Vejle (not in the demo) aged at least `minAge` on `today`. */
export function adultOfVejle(seed: number, today: string, minAge = 40) {
  const citizen = Array.from({ length: 50 }, (_, i) => syntheticCitizen(seed + i, 'Vejle')).find(
    (c) => ageOn(c.birthDate, today) >= minAge,
  );
  if (!citizen) throw new Error('no adult synthetic citizen');
  return citizen;
}

/**
 * The browser tests' §140 prelude: sciatica triaged and planned by the GP of Lægerne Kirkegade,
 * referred to Rygcenter Syddanmark, operated yesterday and ready for discharge today. The
 * Rygcenter may then send the rehabilitation plan (from the clinic app, or as a further step).
 */
export function operatedAtBackCentre(ids: { referral: string; surgery: string }): Step[] {
  return [
    on(70, '09:00', 'laege.vejle', open('laege.vejle')),
    on(70, '09:05', 'laege.vejle', triage({ nerveRoot: true })),
    on(
      70,
      '09:15',
      'laege.vejle',
      plan({
        goals: [{ goal: 'Kunne gå på arbejde som postbud igen' }],
        interventions: ['self-management', 'exercise'],
        agreements: 'Holde sig i gang inden for smertegrænsen',
      }),
    ),
    on(
      20,
      '10:00',
      'laege.vejle',
      refer(
        ids.referral,
        'hospital',
        'rygcenter',
        hospital({
          suspectedCondition: 'Diskusprolaps L5/S1 med radikulopati højre',
          question: 'Vurdering af operationsindikation',
          onset: 'Debut for 10 uger siden ved løft',
          radiation: 'Lænden med udstråling til højre fod',
          function: 'Postbud, sygemeldt; går 500 m',
          medication: 'Paracetamol 1 g x 3',
          strength: 'Plantarfleksion højre 4/5',
          sensory: 'Nedsat sensibilitet S1 højre',
          heightCm: 182,
          weightKg: 86,
          imaging: 'MR: diskusprolaps L5/S1 med rodpåvirkning',
          treatmentTried: 'Superviseret træning i 8 uger uden tilstrækkelig effekt',
          weeks: 8,
          phone: '+45 75 80 90 10',
        }),
      ),
    ),
    on(18, '13:00', 'rygcenter', accept(ids.referral)),
    on(1, '07:30', 'rygcenter', start(ids.surgery, 'back-surgery')),
    on(0, '07:00', 'rygcenter', end(ids.surgery, 'Mikrodiskektomi L5/S1 højre uden komplikationer')),
  ];
}

/**
 * §119 at Vejle's prevention team: referred by the GP, accepted, physical activity running with
 * three sessions without progress (PLAN-REVIEW), coping ended without a closing note (P119-CLOSE).
 */
export function preventionWithCourses(): Step[] {
  return [
    on(40, '09:00', 'laege.vejle', open('laege.vejle')),
    on(40, '09:05', 'laege.vejle', triage({ complicating: { psychosocial: true } })),
    on(
      40,
      '09:15',
      'laege.vejle',
      plan({
        goals: [{ goal: 'Sove en hel nat' }],
        interventions: ['self-management', 'prevention-119'],
        agreements: 'Gåture',
      }),
    ),
    on(
      39,
      '10:00',
      'laege.vejle',
      refer(
        'henv-119-adv',
        'prevention-119',
        'forebyg.vejle',
        prevention119({
          diagnosis: 'Uspecifikke lænderygsmerter (DM54.5)',
          clinical: 'Bekymring og søvnbesvær',
          purpose: 'Afklarende samtale',
          history: 'Smerter i 3 måneder',
          practical: 'Kan komme om eftermiddagen',
        }),
      ),
    ),
    on(35, '11:00', 'forebyg.vejle', accept('henv-119-adv')),
    on(30, '11:00', 'forebyg.vejle', start('forl-activity', 'exercise', 'henv-119-adv', 'activity')),
    on(30, '11:05', 'forebyg.vejle', start('forl-coping', 'education', 'henv-119-adv', 'coping')),
    on(20, '11:00', 'forebyg.vejle', session('forl-activity', 'unchanged')),
    on(13, '11:00', 'forebyg.vejle', session('forl-activity', 'worse')),
    on(6, '11:00', 'forebyg.vejle', session('forl-activity', 'unchanged')),
    on(5, '11:00', 'forebyg.vejle', end('forl-coping', 'Gennemført; bruger vejrtrækningsøvelser')),
  ];
}
