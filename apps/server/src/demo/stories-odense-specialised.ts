import {
  accept,
  assess,
  decline,
  followUp,
  note,
  odi,
  open,
  plan,
  prescribe,
  refer,
  session,
  start,
  triage,
} from './commands.ts';
import { general, painCentre, psychologist } from './content.ts';
import { on, type Story } from './story.ts';

/** Assens: complicated pain with fear of movement; psychologist and CFT at the physiotherapist. */
export const METTE: Story = {
  citizen: 'test-citizen-11',
  coordinator: 'laege.odense',
  summary: 'Kompliceret forløb med bevægelsesangst; psykolog, fysioterapeut (CFT), opfølgning på medicin',
  steps: [
    on(50, '09:00', 'laege.odense', open('laege.odense')),
    on(50, '09:05', 'laege.odense', triage({ complicating: { longLasting: true, psychosocial: true } })),
    on(
      50,
      '09:15',
      'laege.odense',
      assess({
        bodyFunctions: {
          durationWeeks: 14,
          painIntensity: 6,
          sleep: 'Vågner tidligt og kan ikke falde i søvn igen',
        },
        activities: { limitations: ['lifting', 'housework'], description: 'Tør ikke bære indkøbsposer' },
        participation: {
          fearOfMovement: 'marked',
          fearOfMovementNotes: 'Er overbevist om, at ryggen går i stykker ved løft',
        },
        environmentalFactors: { labourMarketAttachment: 'employed', work: 'Pædagog i børnehave' },
        personalFactors: { depression: true, coping: 'Undgår aktiviteter; meget bekymret' },
      }),
    ),
    on(50, '09:20', 'laege.odense', odi([3, 1, 4, 2, 2, 3, 3, null, 3, 2])),
    on(
      50,
      '09:30',
      'laege.odense',
      plan({
        goals: [
          {
            goal: 'Kunne løfte børnene i børnehaven uden at være bange',
            subGoals: ['Bære indkøbsposerne hjem'],
          },
        ],
        interventions: ['self-management', 'cft', 'medication'],
        agreements: 'Gradvis mere aktivitet efter aftalt plan; samtaler om smerteforståelse',
        approach: 'stratified',
      }),
    ),
    on(
      50,
      '09:35',
      'laege.odense',
      refer(
        'henv-psyk-1',
        'psychologist',
        'psykolog.odense',
        psychologist(
          ['fear-of-movement', 'depression'],
          'Udtalt bevægelsesangst og lettere depression i forbindelse med langvarige lændesmerter',
        ),
      ),
    ),
    on(
      50,
      '09:40',
      'laege.odense',
      refer(
        'henv-fys-1',
        'physio',
        'fys.odense',
        general('Kompliceret lænderygbesvær', 'Ønsker kognitiv funktionel terapi (CFT)'),
      ),
    ),
    on(47, '12:00', 'psykolog.odense', accept('henv-psyk-1')),
    on(46, '13:00', 'fys.odense', accept('henv-fys-1')),
    on(46, '13:30', 'fys.odense', start('fys-cft', 'cft', 'henv-fys-1')),
    on(32, '13:30', 'fys.odense', session('fys-cft', 'improved', 'Bærer en let pose; mindre undgåelse')),
    on(
      28,
      '15:00',
      'psykolog.odense',
      note(
        'psyk-status-1',
        'feedback',
        ['laege.odense'],
        {
          text: 'Fire samtaler gennemført. Arbejder med tanker om skade og gradvis eksponering; bedre stemningsleje.',
        },
        'henv-psyk-1',
      ),
    ),
    on(
      25,
      '16:00',
      'laege.odense',
      prescribe('rx-1', 'Paracetamol 1 g tre gange dagligt', 'Revurderes efter 4 uger; ingen fast brug'),
    ),
    on(20, '08:40', 'laege.odense', followUp('rx-1', 'Tager den til morgen og aften; nogen effekt')),
  ],
};

/** Kerteminde: spondylolisthesis with complicating factors: six months of conservative care reached. */
export const LOUISE: Story = {
  citizen: 'test-citizen-13',
  coordinator: 'laege.odense',
  summary:
    'Spondylolistese med komplicerende faktorer; fysioterapi og speciallæge; 6 måneders konservativ behandling nået',
  steps: [
    on(195, '10:00', 'laege.odense', open('laege.odense')),
    on(
      195,
      '10:05',
      'laege.odense',
      triage({
        other: ['structural'],
        complicating: { significantFunctionalLimitation: true, comorbidity: true },
      }),
    ),
    on(
      195,
      '10:15',
      'laege.odense',
      plan({
        goals: [{ goal: 'Kunne gå på arbejde i butikken en hel dag', subGoals: ['Stå 2 timer ved kassen'] }],
        interventions: ['self-management', 'exercise'],
        agreements: 'Stabilitetsøvelser hver dag; pauser fra stående arbejde',
      }),
    ),
    on(
      195,
      '10:20',
      'laege.odense',
      refer(
        'henv-fys-1',
        'physio',
        'fys.odense',
        general('Spondylolistese L5/S1 grad 1', 'Ønsker stabiliserende træning'),
      ),
    ),
    on(192, '09:00', 'fys.odense', accept('henv-fys-1')),
    on(192, '09:30', 'fys.odense', start('fys-1', 'exercise', 'henv-fys-1')),
    on(150, '09:30', 'fys.odense', session('fys-1', 'improved')),
    on(
      90,
      '09:30',
      'fys.odense',
      session('fys-1', 'unchanged', 'Plateau; smerter ved længere tids stående arbejde'),
    ),
    on(
      40,
      '11:00',
      'laege.odense',
      refer(
        'henv-spec-1',
        'specialist',
        'speciallaege.odense',
        general('Spondylolistese L5/S1 med vedvarende gener', 'Vurdering af videre behandling'),
      ),
    ),
    on(33, '09:00', 'speciallaege.odense', accept('henv-spec-1')),
  ],
};

/** Nyborg: persistent pain after a hospital course; the pain centre declines; psychologist instead. */
export const PIA: Story = {
  citizen: 'test-citizen-15',
  coordinator: 'laege.odense',
  summary: 'Langvarige smerter efter rygcenterforløb; smertecentret afviser, psykolog i stedet',
  steps: [
    on(80, '13:00', 'laege.odense', open('laege.odense')),
    on(80, '13:05', 'laege.odense', triage({ persistent: true, complicating: { longLasting: true } })),
    on(
      80,
      '13:20',
      'laege.odense',
      assess({
        bodyFunctions: {
          durationWeeks: 40,
          painIntensity: 6,
          earlierTreatments: [{ treatment: 'Forløb på Rygcenter Syddanmark', effect: 'unchanged' }],
        },
        environmentalFactors: { labourMarketAttachment: 'flexjob', work: 'Fleksjob 15 timer som sekretær' },
      }),
    ),
    on(
      80,
      '13:30',
      'laege.odense',
      plan({
        goals: [{ goal: 'Kunne holde mit fleksjob og gå med i kor igen' }],
        interventions: ['self-management', 'exercise'],
        agreements: 'Daglig gåtur; pacing af aktiviteter gennem ugen',
      }),
    ),
    on(
      80,
      '13:40',
      'laege.odense',
      refer(
        'henv-smerte-1',
        'pain-centre',
        'smertecenter',
        painCentre({
          painForMonths: 10,
          clinical: 'Langvarige smerter trods rygcenterforløb; belastet af smerterne i fleksjobbet',
          medication: 'Ingen fast medicin',
        }),
      ),
    ),
    on(
      66,
      '10:00',
      'smertecenter',
      decline(
        'henv-smerte-1',
        'Kriterierne er opfyldt, men vi vurderer, at kommunale og psykologiske tilbud bør afprøves først. Velkommen til at genhenvise.',
      ),
    ),
    on(
      64,
      '09:00',
      'laege.odense',
      refer(
        'henv-psyk-1',
        'psychologist',
        'psykolog.odense',
        psychologist(
          ['emotional-barriers'],
          'Langvarige smerter med følelsesmæssige barrierer for aktivitet',
        ),
      ),
    ),
    on(60, '12:00', 'psykolog.odense', accept('henv-psyk-1')),
  ],
};
