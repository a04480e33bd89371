import { accept, assess, end, grade, note, open, plan, refer, session, start, triage } from './commands.ts';
import { general, hospital, rehabPlan } from './content.ts';
import { on, type Story } from './story.ts';

/** Odense: disc herniation, surgery at Rygcenter, and a § 140 plan received two days ago. */
export const KAREN: Story = {
  citizen: 'test-citizen-23',
  coordinator: 'laege.odense',
  summary: 'Diskusprolaps; fysioterapi, Rygcenter, operation; genoptræningsplan modtaget for 2 dage siden',
  steps: [
    on(110, '09:00', 'laege.odense', open('laege.odense')),
    on(
      110,
      '09:05',
      'laege.odense',
      triage({ nerveRoot: true, paresis: { strengthGrade: 4, onsetHoursAgo: 336 } }),
    ),
    on(
      110,
      '09:15',
      'laege.odense',
      assess({
        bodyFunctions: {
          durationWeeks: 3,
          painIntensity: 8,
          radiation: { present: true, side: 'left', belowKnee: true, description: 'Til storetåen' },
          examination: {
            neurological: 'Kraft 4/5 ved dorsalfleksion af venstre storetå; nedsat føle på fodryggen',
          },
        },
        activities: { limitations: ['walking', 'sitting', 'housework'] },
        environmentalFactors: {
          labourMarketAttachment: 'retired',
          supportAtHome: 'Bor alene; datteren handler ind',
        },
      }),
    ),
    on(
      110,
      '09:20',
      'laege.odense',
      plan({
        goals: [
          { goal: 'Kunne gå i Kongens Have med mit barnebarn', subGoals: ['Sidde gennem en gudstjeneste'] },
        ],
        interventions: ['self-management', 'exercise'],
        agreements:
          'Holde sig i gang; kontakte lægen straks ved vandladningsbesvær eller tiltagende svaghed i benet',
      }),
    ),
    on(
      110,
      '09:25',
      'laege.odense',
      refer(
        'henv-fys-1',
        'physio',
        'fys.odense',
        general('Lumbal radikulopati venstre L5', 'Kraft 4/5, ingen tegn på cauda equina'),
      ),
    ),
    on(108, '11:00', 'fys.odense', accept('henv-fys-1')),
    on(108, '11:30', 'fys.odense', start('fys-1', 'exercise', 'henv-fys-1')),
    on(94, '11:30', 'fys.odense', session('fys-1', 'unchanged')),
    on(70, '11:30', 'fys.odense', session('fys-1', 'unchanged', 'Fortsat udstråling til foden')),
    on(
      60,
      '10:00',
      'laege.odense',
      refer(
        'henv-ryg-1',
        'hospital',
        'rygcenter',
        hospital({
          suspectedCondition: 'Diskusprolaps L4/L5 med radikulopati venstre',
          question: 'Vurdering af operationsindikation',
          onset: 'Debut for 4 måneder siden uden udløsende årsag',
          radiation: 'Lænden med udstråling til venstre storetå',
          function: 'Pensionist; går 300 m; kan ikke sidde over 20 minutter',
          medication: 'Paracetamol 1 g x 4',
          strength: 'Dorsalfleksion af venstre storetå 4/5',
          sensory: 'Nedsat sensibilitet på venstre fodryg (L5)',
          heightCm: 164,
          weightKg: 70,
          imaging: 'Ingen billeddiagnostik',
          treatmentTried: 'Superviseret træning hos fysioterapeut i 7 uger uden tilstrækkelig effekt',
          weeks: 7,
          phone: '+45 66 11 22 33',
        }),
      ),
    ),
    on(55, '13:00', 'rygcenter', accept('henv-ryg-1')),
    on(3, '07:30', 'rygcenter', start('kir-1', 'back-surgery')),
    on(2, '10:00', 'rygcenter', end('kir-1', 'Mikrodiskektomi L4/L5 venstre; kraften bedret postoperativt')),
    on(
      2,
      '12:30',
      'rygcenter',
      refer(
        'gtp-1',
        'rehab-140',
        'genoptraen.odense',
        rehabPlan({
          admittedDaysBefore: 1,
          diagnosis: 'Tilstand efter mikrodiskektomi L4/L5 venstre',
          summary: 'Selvhjulpen; går uden hjælpemidler på gangen',
          loss: 'Nedsat gangdistance og siddetolerance (d450, d4153)',
          goals: 'Kunne gå i Kongens Have med mit barnebarn',
          wishes: 'Kan ikke selv køre; ønsker træning tæt på bopælen',
          level: 'advanced',
        }),
      ),
    ),
    on(
      2,
      '13:00',
      'rygcenter',
      note(
        'epi-1',
        'epicrisis',
        ['laege.odense'],
        {
          text: 'Mikrodiskektomi L4/L5 venstre uden komplikationer. Genoptræningsplan sendt til Odense Kommune. Trådfjernes hos egen læge om 10 dage.',
        },
        'henv-ryg-1',
      ),
    ),
    on(1, '09:30', 'genoptraen.odense', accept('gtp-1')),
    on(1, '09:35', 'genoptraen.odense', grade('gtp-1', 'advanced')),
  ],
};

/** Svendborg: this morning, saddle anaesthesia and new bladder trouble: straight to FAM. */
export const EMMA: Story = {
  citizen: 'test-citizen-05',
  coordinator: 'laege.odense',
  summary: 'Mistanke om cauda equina-syndrom i morges; akut henvist til FAM OUH',
  steps: [
    on(0, '08:10', 'laege.odense', open('laege.odense')),
    on(
      0,
      '08:15',
      'laege.odense',
      triage({ cauda: { saddleAnaesthesia: true, newBladderDysfunction: true }, nerveRoot: true }),
    ),
    on(
      0,
      '08:20',
      'laege.odense',
      refer(
        'akut-1',
        'acute',
        'fam.ouh',
        general(
          'Mistanke om cauda equina-syndrom',
          'Ridebukseanæstesi og nyopstået vandladningsbesvær siden i nat; kendt diskusprolaps L5/S1. Sendt direkte i FAM.',
        ),
      ),
    ),
    on(0, '08:50', 'fam.ouh', accept('akut-1')),
  ],
};

/** Langeland: sudden back pain with a pulsating abdomen: suspected aortic aneurysm, acute. */
export const HANNE: Story = {
  citizen: 'test-citizen-17',
  coordinator: 'laege.odense',
  summary: 'Mistanke om abdominalt aortaaneurisme; akut henvist til FAM, udredes i karkirurgi',
  steps: [
    on(1, '15:00', 'laege.odense', open('laege.odense')),
    on(
      1,
      '15:05',
      'laege.odense',
      triage({
        nonMsk: 'Mistanke om abdominalt aortaaneurisme',
        redFlags: ['abdominal-symptoms', 'systemically-unwell'],
      }),
    ),
    on(
      1,
      '15:10',
      'laege.odense',
      refer(
        'akut-1',
        'acute',
        'fam.ouh',
        general(
          'Mistanke om symptomgivende abdominalt aortaaneurisme',
          'Pludselige lændesmerter, pulserende udfyldning i abdomen, BT 150/90',
        ),
      ),
    ),
    on(1, '16:00', 'fam.ouh', accept('akut-1')),
    on(
      1,
      '21:30',
      'fam.ouh',
      note(
        'fam-svar-1',
        'information',
        ['laege.odense'],
        {
          text: 'CT-angiografi: abdominalt aortaaneurisme 5,8 cm uden tegn på ruptur. Overflyttet til karkirurgisk afdeling.',
        },
        'akut-1',
      ),
    ),
  ],
};

/** Nordfyn: triaged today with sciatica; the referral to the physiotherapist waits in their inbox. */
export const THOMAS: Story = {
  citizen: 'test-citizen-14',
  coordinator: 'laege.odense',
  summary: 'Iskias, triageret i dag; henvisning til fysioterapeut venter i indbakken',
  steps: [
    on(0, '07:45', 'laege.odense', open('laege.odense')),
    on(
      0,
      '07:50',
      'laege.odense',
      triage({ nerveRoot: true, paresis: { strengthGrade: 4, onsetHoursAgo: 72 } }),
    ),
    on(
      0,
      '07:55',
      'laege.odense',
      plan({
        goals: [
          { goal: 'Kunne passe mit arbejde som buschauffør', subGoals: ['Sidde bag rattet en hel vagt'] },
        ],
        interventions: ['self-management', 'exercise'],
        agreements: 'Gåture, skifte stilling ofte; ringe straks ved føleforstyrrelser i skridtet',
      }),
    ),
    on(
      0,
      '08:00',
      'laege.odense',
      refer(
        'henv-fys-1',
        'physio',
        'fys.odense',
        general('Lumbal radikulopati højre S1', 'Kraft 4/5 ved plantarfleksion; debut for 3 dage siden'),
      ),
    ),
  ],
};
