import { accept, end, followUp, grade, open, prescribe, refer, start, triage } from './commands.ts';
import { sickLeave } from './commands-employment.ts';
import { hospital, lae165, painCentre, prevention119, rehabPlan } from './content.ts';
import { on } from './story.ts';
import { goalPlan, type Mix, physioCourse, timeline } from './synthetic-kit.ts';

/** Mixes with referrals beyond the practice sector: hospital, jobcentre, municipality, pain centre. */
export const REFERRED_MIXES: readonly Mix[] = [
  {
    name: 'nerveroot-hospital',
    weight: 15,
    municipal: false,
    steps: (random, gp, home) => {
      const next = timeline(random, 70 + Math.floor(random() * 250));
      return [
        on(next(0, 0), '08:30', gp, open(gp)),
        on(next(0, 0), '08:35', gp, triage({ nerveRoot: true })),
        on(next(0, 0), '08:45', gp, goalPlan(random)),
        on(next(0, 0), '08:50', gp, prescribe('s-rx', 'Paracetamol 1 g x 3', 'Trappes ud efter 2 uger')),
        ...physioCourse(random, next, gp, home.physio),
        on(next(3, 5), '09:00', gp, followUp('s-rx', 'Nogen effekt')),
        on(
          next(20, 40),
          '09:30',
          gp,
          refer(
            's-ryg',
            'hospital',
            'rygcenter',
            hospital({
              suspectedCondition: 'Diskusprolaps med radikulopati',
              question: 'Operationsindikation?',
              onset: 'Gradvis',
              radiation: 'Til foden',
              function: 'Nedsat gangdistance',
              medication: 'Paracetamol',
              strength: 'Normal',
              sensory: 'Nedsat S1',
              heightCm: 175,
              weightKg: 80,
              imaging: 'Ingen',
              treatmentTried: 'Træning i 7 uger',
              weeks: 7,
              phone: '+45 70 10 20 30',
            }),
          ),
        ),
        on(next(2, 10), '13:00', 'rygcenter', accept('s-ryg')),
      ];
    },
  },
  {
    name: 'complicated-jobcentre',
    weight: 15,
    municipal: true,
    steps: (random, gp, home) => {
      const next = timeline(random, 20 + Math.floor(random() * 200));
      const startedDaysAgo = next(0, 0) + 7;
      return [
        on(next(0, 0), '08:30', gp, open(gp)),
        on(next(0, 0), '08:35', gp, triage({ complicating: { psychosocial: true } })),
        on(next(0, 0), '08:45', gp, goalPlan(random)),
        on(
          next(0, 0),
          '08:50',
          gp,
          refer(
            's-job',
            'jobcentre-lae165',
            home.jobcentre,
            lae165({
              proposal: 'Gradvis tilbagevenden',
              work: 'Fuldtidsansat',
              health: 'Kompliceret lænderygbesvær',
              sickLeaveDaysAgo: startedDaysAgo,
            }),
            'employment',
          ),
        ),
        on(next(1, 5), '09:00', home.jobcentre, accept('s-job')),
        on(next(0, 0), '09:10', home.jobcentre, sickLeave(startedDaysAgo, 4 + Math.floor(random() * 12))),
        on(
          next(0, 3),
          '10:00',
          gp,
          refer(
            's-119',
            'prevention-119',
            home.prevention,
            prevention119({
              diagnosis: 'DM54.5',
              clinical: 'Bevægelsesangst',
              purpose: 'Afklarende samtale',
              history: 'Smerter i 8 uger',
              practical: 'Ingen',
            }),
          ),
        ),
        on(next(1, 7), '11:00', home.prevention, accept('s-119')),
      ];
    },
  },
  {
    name: 'stenosis-surgery-140',
    weight: 10,
    municipal: true,
    steps: (random, gp, home) => {
      const next = timeline(random, 80 + Math.floor(random() * 250));
      return [
        on(next(0, 0), '08:30', gp, open(gp)),
        on(next(0, 0), '08:35', gp, triage({ stenosis: true })),
        on(next(0, 0), '08:45', gp, goalPlan(random)),
        ...physioCourse(random, next, gp, home.physio),
        on(
          next(30, 40),
          '09:30',
          gp,
          refer(
            's-ryg',
            'hospital',
            'rygcenter',
            hospital({
              suspectedCondition: 'Lumbal spinalstenose',
              question: 'Operationsindikation?',
              onset: 'Gradvis',
              radiation: 'Begge ben ved gang',
              function: 'Går 200 m',
              medication: 'Ingen',
              strength: 'Normal',
              sensory: 'Normal',
              heightCm: 170,
              weightKg: 75,
              imaging: 'MR: spinalstenose L4/L5',
              treatmentTried: 'Træning i 8 uger',
              weeks: 8,
              phone: '+45 70 10 20 30',
            }),
          ),
        ),
        on(next(3, 10), '13:00', 'rygcenter', accept('s-ryg')),
        on(next(5, 20), '07:30', 'rygcenter', start('s-kir', 'back-surgery')),
        on(next(1, 2), '10:00', 'rygcenter', end('s-kir', 'Dekompression uden komplikationer')),
        on(
          next(0, 0),
          '12:00',
          'rygcenter',
          refer(
            's-gtp',
            'rehab-140',
            home.rehab,
            rehabPlan({
              admittedDaysBefore: 2,
              diagnosis: 'Efter dekompression',
              summary: 'Selvhjulpen',
              loss: 'Nedsat gangdistance',
              goals: 'Gå ture igen',
              wishes: 'Ingen',
              level: 'basic',
            }),
          ),
        ),
        on(next(0, 2), '09:00', home.rehab, accept('s-gtp')),
        on(next(0, 0), '09:05', home.rehab, grade('s-gtp', 'basic')),
      ];
    },
  },
  {
    name: 'persistent-pain-centre',
    weight: 7,
    municipal: false,
    steps: (random, gp) => {
      const next = timeline(random, 30 + Math.floor(random() * 250));
      return [
        on(next(0, 0), '13:00', gp, open(gp)),
        on(next(0, 0), '13:05', gp, triage({ persistent: true })),
        on(next(0, 0), '13:15', gp, goalPlan(random)),
        on(
          next(0, 0),
          '13:20',
          gp,
          refer(
            's-smerte',
            'pain-centre',
            'smertecenter',
            painCentre({
              painForMonths: 8 + Math.floor(random() * 30),
              clinical: 'Langvarige smerter',
              medication: 'Paracetamol',
            }),
          ),
        ),
        on(next(10, 40), '10:00', 'smertecenter', accept('s-smerte')),
      ];
    },
  },
];
