import {
  accept,
  assess,
  end,
  grade,
  note,
  open,
  plan,
  prescribe,
  refer,
  session,
  start,
  triage,
} from './commands.ts';
import { general, hospital, imaging, rehabPlan } from './content.ts';
import { on, type Story } from './story.ts';

/** Vejle: an 83-year-old with spinal stenosis; MR, Rygcenter, surgery, then § 140 that has not started. */
export const ERIK: Story = {
  citizen: 'test-citizen-26',
  coordinator: 'laege.vejle',
  summary:
    'Spinalstenose; fysioterapi, MR, Rygcenter, operation; genoptræningsplan ikke startet (overskredet)',
  steps: [
    on(120, '09:20', 'laege.vejle', open('laege.vejle')),
    on(120, '09:25', 'laege.vejle', triage({ stenosis: true })),
    on(
      120,
      '09:35',
      'laege.vejle',
      assess({
        bodyFunctions: {
          durationWeeks: 20,
          painIntensity: 5,
          painLocation: 'Lænden og begge lægge ved gang',
          radiation: {
            present: true,
            side: 'both',
            belowKnee: true,
            description: 'Tunge, trætte ben efter 200 m',
          },
          comorbidity: { physical: 'Forhøjet blodtryk, velbehandlet' },
        },
        activities: {
          limitations: ['walking', 'standing'],
          description: 'Må sætte sig efter 200 meter; kan ikke stå og lave mad',
        },
        participation: { leisure: 'Har opgivet de daglige ture med konen langs fjorden' },
        environmentalFactors: {
          labourMarketAttachment: 'retired',
          supportAtHome: 'Bor med sin kone i hus med trapper',
        },
      }),
    ),
    on(
      120,
      '09:40',
      'laege.vejle',
      plan({
        goals: [
          {
            goal: 'Kunne gå en tur langs fjorden med min kone',
            subGoals: ['Gå til bageren og hjem uden pause'],
          },
        ],
        interventions: ['self-management', 'exercise'],
        agreements: 'Cykle på motionscykel 15 minutter dagligt; fremadbøjet hvile når benene bliver tunge',
      }),
    ),
    on(
      120,
      '09:45',
      'laege.vejle',
      refer(
        'henv-fys-1',
        'physio',
        'fys.vejle',
        general('Lumbal spinalstenose', 'Claudicatio-lignende gener efter 200 m; ingen pareser'),
      ),
    ),
    on(118, '10:00', 'fys.vejle', accept('henv-fys-1')),
    on(118, '10:30', 'fys.vejle', start('fys-gang', 'exercise', 'henv-fys-1')),
    on(111, '10:30', 'fys.vejle', session('fys-gang', 'unchanged')),
    on(97, '10:30', 'fys.vejle', session('fys-gang', 'unchanged', 'Gangdistance uændret omkring 200 m')),
    on(
      85,
      '11:00',
      'laege.vejle',
      refer(
        'henv-mr-1',
        'imaging',
        'radiologi.vejle',
        imaging('mr', ['stenosis-no-improvement'], 'Grad og niveau af spinalstenose? Operationsemne?'),
      ),
    ),
    on(80, '08:15', 'radiologi.vejle', accept('henv-mr-1')),
    on(
      76,
      '14:10',
      'radiologi.vejle',
      note(
        'mr-svar-1',
        'information',
        ['laege.vejle'],
        {
          text: 'MR af lændecolumna: udtalt central spinalstenose L4/L5 med degenerative forandringer; moderat L3/L4.',
        },
        'henv-mr-1',
      ),
    ),
    on(
      70,
      '09:00',
      'laege.vejle',
      refer(
        'henv-ryg-1',
        'hospital',
        'rygcenter',
        hospital({
          suspectedCondition: 'Lumbal spinalstenose L4/L5',
          question: 'Vurdering af operationsindikation',
          onset: 'Tiltagende gener gennem et halvt år',
          radiation: 'Lænden med tunge ben bilateralt ved gang',
          function: 'Pensionist; gangdistance 200 m',
          otherDiseases: 'Hypertension; ingen tidligere rygkirurgi',
          medication: 'Amlodipin 5 mg; paracetamol efter behov',
          strength: 'Normal kraft i underekstremiteterne',
          sensory: 'Normal sensibilitet',
          heightCm: 176,
          weightKg: 81,
          imaging: 'MR: udtalt central spinalstenose L4/L5',
          treatmentTried: 'Superviseret træning hos fysioterapeut i 7 uger uden effekt på gangdistancen',
          weeks: 7,
          phone: '+45 75 12 34 56',
        }),
      ),
    ),
    on(64, '13:00', 'rygcenter', accept('henv-ryg-1')),
    on(10, '07:30', 'rygcenter', start('kir-1', 'back-surgery')),
    on(
      9,
      '11:00',
      'rygcenter',
      end('kir-1', 'Dekompression L4/L5 uden komplikationer; mobiliseret dagen efter'),
    ),
    on(
      9,
      '13:00',
      'rygcenter',
      refer(
        'gtp-1',
        'rehab-140',
        'genoptraen.vejle',
        rehabPlan({
          admittedDaysBefore: 2,
          diagnosis: 'Tilstand efter dekompression L4/L5 for spinalstenose',
          summary: 'Går med rollator, selvhjulpen i personlig pleje',
          loss: 'Nedsat gangdistance og udholdenhed; usikker på trapper (d450, d4551)',
          goals: 'Kunne gå en tur langs fjorden med min kone',
          wishes: 'Ønsker træning om formiddagen; konen kører',
          level: 'basic',
        }),
      ),
    ),
    on(
      9,
      '14:00',
      'rygcenter',
      note(
        'epi-1',
        'epicrisis',
        ['laege.vejle'],
        {
          text: 'Opereret med dekompression L4/L5. Udskrevet med genoptræningsplan til Vejle Kommune. Kontrol telefonisk om 3 måneder.',
        },
        'henv-ryg-1',
      ),
    ),
    on(7, '09:15', 'genoptraen.vejle', accept('gtp-1')),
    on(7, '09:20', 'genoptraen.vejle', grade('gtp-1', 'basic')),
  ],
};

/** Middelfart: sciatica with clocks run out: no reassessment, and no follow-up of the medicine. */
export const ANDERS: Story = {
  citizen: 'test-citizen-10',
  coordinator: 'laege.vejle',
  summary: 'Iskias; fysioterapi og speciallæge; revurdering og opfølgning på medicin er overskredet',
  steps: [
    on(64, '08:30', 'laege.vejle', open('laege.vejle')),
    on(64, '08:35', 'laege.vejle', triage({ nerveRoot: true })),
    on(
      64,
      '08:45',
      'laege.vejle',
      assess({
        bodyFunctions: {
          durationWeeks: 1,
          painIntensity: 8,
          radiation: { present: true, side: 'right', belowKnee: true },
          ownUnderstanding: 'Tror, at en diskus er gledet ud',
        },
        environmentalFactors: { labourMarketAttachment: 'self-employed', work: 'Selvstændig tømrer' },
      }),
    ),
    on(
      64,
      '08:50',
      'laege.vejle',
      plan({
        goals: [{ goal: 'Kunne klatre på stillads igen', subGoals: ['Køre bil i en time'] }],
        interventions: ['self-management', 'exercise'],
        agreements: 'Gåture flere gange dagligt; undgå sengeleje',
        followUpInDays: 28,
      }),
    ),
    on(
      64,
      '08:55',
      'laege.vejle',
      refer(
        'henv-fys-1',
        'physio',
        'fys.vejle',
        general('Lumbal radikulopati højre side', 'NRS 8, ingen pareser'),
      ),
    ),
    on(62, '12:00', 'fys.vejle', accept('henv-fys-1')),
    on(62, '12:30', 'fys.vejle', start('fys-1', 'exercise', 'henv-fys-1')),
    on(55, '12:30', 'fys.vejle', session('fys-1', 'unchanged')),
    on(41, '12:30', 'fys.vejle', session('fys-1', 'worse', 'Mere udstråling efter en uge med tunge løft')),
    on(
      30,
      '10:00',
      'laege.vejle',
      refer(
        'henv-spec-1',
        'specialist',
        'speciallaege.odense',
        general('Vedvarende radikulære smerter', 'Ønsker vurdering af behandlingsmuligheder'),
      ),
    ),
    on(25, '09:00', 'speciallaege.odense', accept('henv-spec-1')),
    on(
      12,
      '15:00',
      'speciallaege.odense',
      note(
        'spec-svar-1',
        'feedback',
        ['laege.vejle'],
        {
          text: 'Klinisk L5-rodpåvirkning højre uden pareser. Anbefaler fortsat træning og revurdering hos egen læge; henvisning til Rygcenter, hvis ingen bedring.',
        },
        'henv-spec-1',
      ),
    ),
    on(
      12,
      '16:00',
      'laege.vejle',
      prescribe(
        'rx-1',
        'Paracetamol 1 g fire gange dagligt',
        'Trappes ud over en uge, når smerterne aftager',
      ),
    ),
  ],
};
