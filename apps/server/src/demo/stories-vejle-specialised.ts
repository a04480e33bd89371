import {
  accept,
  assess,
  close,
  followUp,
  note,
  open,
  plan,
  prescribe,
  refer,
  session,
  start,
  triage,
} from './commands.ts';
import { general, imaging, painCentre } from './content.ts';
import { on, type Story } from './story.ts';

/** Billund: weight loss and night pain after prostate cancer; MR finds metastases; pathway closed. */
export const HENRIK: Story = {
  citizen: 'test-citizen-18',
  coordinator: 'laege.vejle',
  summary: 'Mistanke om ikke-muskuloskeletal årsag; akut MR; overgået til kræftpakke, forløbet lukket',
  steps: [
    on(16, '11:00', 'laege.vejle', open('laege.vejle')),
    on(
      16,
      '11:10',
      'laege.vejle',
      triage({
        nonMsk: 'Mistanke om knoglemetastaser (tidligere prostatacancer)',
        redFlags: ['unintended-weight-loss', 'night-pain'],
        previousCancer: true,
      }),
    ),
    on(
      16,
      '11:20',
      'laege.vejle',
      refer(
        'henv-mr-1',
        'imaging',
        'radiologi.vejle',
        imaging(
          'mr',
          ['suspected-non-msk'],
          'Knoglemetastaser i columna? Tidligere prostatacancer, vægttab 6 kg, natlige smerter',
        ),
      ),
    ),
    on(15, '08:00', 'radiologi.vejle', accept('henv-mr-1')),
    on(
      12,
      '13:30',
      'radiologi.vejle',
      note(
        'mr-svar-1',
        'information',
        ['laege.vejle'],
        {
          text: 'MR: multiple forandringer i corpora L2–L4 forenelige med metastaser. Ingen medullær kompression.',
        },
        'henv-mr-1',
      ),
    ),
    on(
      11,
      '09:00',
      'laege.vejle',
      close('Henvist i kræftpakkeforløb (urologisk afdeling); udredes uden for rygprogrammet'),
    ),
  ],
};

/** Kolding: an 80-year-old with stenosis symptoms; the chiropractor orders an X-ray and tells the GP. */
export const INGER: Story = {
  citizen: 'test-citizen-25',
  coordinator: 'laege.vejle',
  summary: 'Spinalstenose; kiropraktor på henvisning, røntgen bestilt af kiropraktor (egen læge orienteret)',
  steps: [
    on(45, '10:00', 'laege.vejle', open('laege.vejle')),
    on(45, '10:05', 'laege.vejle', triage({ stenosis: true })),
    on(
      45,
      '10:15',
      'laege.vejle',
      plan({
        goals: [{ goal: 'Passe mine blomster i haven igen', subGoals: ['Stå op i 15 minutter'] }],
        interventions: ['self-management', 'exercise', 'manual'],
        agreements: 'Korte gåture flere gange om dagen med pause på bænken; cykle på motionscykel',
      }),
    ),
    on(
      45,
      '10:20',
      'laege.vejle',
      refer(
        'henv-kiro-1',
        'chiro',
        'kiro.kolding',
        general('Lændesmerter med benklager ved gang', 'Mistanke om spinalstenose; ingen pareser'),
      ),
    ),
    on(44, '14:00', 'kiro.kolding', accept('henv-kiro-1')),
    on(44, '14:30', 'kiro.kolding', start('kiro-traening', 'exercise', 'henv-kiro-1')),
    on(37, '14:30', 'kiro.kolding', session('kiro-traening', 'unchanged')),
    on(
      30,
      '14:40',
      'kiro.kolding',
      refer(
        'henv-rtg-1',
        'imaging',
        'radiologi.vejle',
        imaging(
          'xray',
          ['stenosis-no-improvement', 'significant-scoliosis'],
          'Degenerativ skoliose? Listese?',
        ),
      ),
    ),
    on(
      30,
      '14:50',
      'kiro.kolding',
      note('kiro-info-1', 'information', ['laege.vejle'], {
        text: 'Til orientering: røntgen af lænden er bestilt pga. manglende bedring og mistanke om skoliose.',
      }),
    ),
    on(28, '08:30', 'radiologi.vejle', accept('henv-rtg-1')),
    on(
      16,
      '14:30',
      'kiro.kolding',
      session('kiro-traening', 'improved', 'Står 10 minutter ved køkkenbordet'),
    ),
  ],
};

/** Vejen: pain for almost two years after a hospital course; Smertecenter Syd. */
export const JORGEN: Story = {
  citizen: 'test-citizen-20',
  coordinator: 'laege.vejle',
  summary: 'Langvarige smerter efter rygcenterforløb; Smertecenter Syd med CFT og medicin',
  steps: [
    on(150, '13:00', 'laege.vejle', open('laege.vejle')),
    on(
      150,
      '13:05',
      'laege.vejle',
      triage({ persistent: true, complicating: { longLasting: true, psychosocial: true } }),
    ),
    on(
      150,
      '13:20',
      'laege.vejle',
      assess({
        bodyFunctions: {
          durationWeeks: 90,
          painIntensity: 7,
          painElsewhere: true,
          sleep: 'Sover 4–5 timer; vågner af smerter',
          earlierTreatments: [
            { treatment: 'Forløb på Rygcenter Syddanmark', effect: 'unchanged' },
            { treatment: 'Superviseret træning, 12 uger', effect: 'better', notes: 'Kortvarig effekt' },
          ],
        },
        participation: {
          social: 'Ser sjældent venner; har meldt sig ud af skytteforeningen',
          fearOfMovement: 'some',
        },
        environmentalFactors: { labourMarketAttachment: 'retired', finances: 'Efterløn; strammere økonomi' },
        personalFactors: { depression: true, lowPhysicalActivity: true },
      }),
    ),
    on(
      150,
      '13:30',
      'laege.vejle',
      plan({
        goals: [
          { goal: 'Kunne løfte mit barnebarn', subGoals: ['Sove 6 timer i træk', 'Gå til skydning igen'] },
        ],
        interventions: ['self-management', 'cft', 'medication'],
        agreements: 'Fast døgnrytme, daglig gåtur og bevægelse efter dagsform; medicin efter aftale',
      }),
    ),
    on(
      150,
      '13:40',
      'laege.vejle',
      refer(
        'henv-smerte-1',
        'pain-centre',
        'smertecenter',
        painCentre({
          painForMonths: 21,
          clinical:
            'Langvarige lænderygsmerter trods rygcenterforløb og superviseret træning; søvnbesvær og nedtrykthed',
          medication: 'Paracetamol 1 g x 3; tidligere tramadol, seponeret',
        }),
      ),
    ),
    on(120, '10:00', 'smertecenter', accept('henv-smerte-1')),
    on(100, '10:00', 'smertecenter', start('cft-1', 'cft', 'henv-smerte-1')),
    on(86, '10:00', 'smertecenter', session('cft-1', 'unchanged')),
    on(
      60,
      '10:30',
      'smertecenter',
      prescribe(
        'rx-smerte-1',
        'Amitriptylin 10 mg til natten',
        'Vurderes efter 3 måneder; trappes ud over 2 uger ved seponering',
        'persistent',
        'Søvnforstyrrelse og langvarige smerter; et tidsbegrænset forsøg aftalt med borgeren',
      ),
    ),
    on(55, '09:00', 'smertecenter', followUp('rx-smerte-1', 'Sover en time længere', 'Let mundtørhed')),
    on(
      35,
      '09:00',
      'smertecenter',
      followUp('rx-smerte-1', 'Fortsat bedre søvn; smerterne uændrede', 'Ingen'),
    ),
    on(
      30,
      '10:00',
      'smertecenter',
      session('cft-1', 'improved', 'Går 30 minutter dagligt; mindre bange for at bøje sig'),
    ),
  ],
};
