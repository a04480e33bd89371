import {
  accept,
  assess,
  consent,
  followUp,
  open,
  plan,
  prescribe,
  refer,
  session,
  start,
  triage,
  withdraw,
} from './commands.ts';
import { general } from './content.ts';
import { on, type Story } from './story.ts';

/** Fredericia: a social and health care worker with sciatica; occupational medicine. */
export const CAMILLA: Story = {
  citizen: 'test-citizen-09',
  coordinator: 'laege.vejle',
  summary: 'Iskias hos social- og sundhedsassistent; fysioterapi, arbejdsmedicin, NSAID',
  steps: [
    on(36, '10:00', 'laege.vejle', open('laege.vejle')),
    on(
      36,
      '10:05',
      'laege.vejle',
      triage({ nerveRoot: true, paresis: { strengthGrade: 4, onsetHoursAgo: 240 } }),
    ),
    on(
      36,
      '10:15',
      'laege.vejle',
      assess({
        bodyFunctions: {
          durationWeeks: 2,
          painIntensity: 6,
          painLocation: 'Lænden med udstråling til venstre ben',
          radiation: { present: true, side: 'left', belowKnee: true, description: 'Til ydersiden af foden' },
          examination: {
            neurological:
              'Let nedsat kraft ved dorsalfleksion af venstre storetå (4/5), Lasègue positiv ved 40°',
          },
        },
        environmentalFactors: {
          labourMarketAttachment: 'employed',
          work: 'Social- og sundhedsassistent i hjemmeplejen, mange forflytninger',
        },
      }),
    ),
    on(
      36,
      '10:20',
      'laege.vejle',
      plan({
        goals: [
          {
            goal: 'Kunne tage på arbejde og lave forflytninger uden smerter i benet',
            subGoals: ['Sidde en hel film'],
          },
        ],
        interventions: ['self-management', 'exercise', 'medication'],
        agreements:
          'Holde sig aktiv inden for smertegrænsen; ringe straks ved vandladningsbesvær eller føleforstyrrelser i skridtet',
      }),
    ),
    on(
      36,
      '10:25',
      'laege.vejle',
      refer(
        'henv-fys-1',
        'physio',
        'fys.vejle',
        general('Lumbal radikulopati venstre side', 'Kraft 4/5, ingen tegn på cauda equina'),
      ),
    ),
    on(35, '13:00', 'fys.vejle', accept('henv-fys-1')),
    on(35, '13:30', 'fys.vejle', start('fys-1', 'exercise', 'henv-fys-1')),
    on(28, '13:30', 'fys.vejle', session('fys-1', 'improved')),
    on(
      20,
      '11:10',
      'laege.vejle',
      refer(
        'henv-amk-1',
        'occupational-medicine',
        'arbejdsmedicin.kolding',
        general(
          'Vurdering af arbejdsbetinget lænderygbesvær',
          'Mange tunge forflytninger; arbejdspladsvurdering ønskes',
        ),
      ),
    ),
    on(15, '09:00', 'arbejdsmedicin.kolding', accept('henv-amk-1')),
    on(14, '13:30', 'fys.vejle', session('fys-1', 'improved', 'Udstrålingen går nu kun til knæet')),
    on(
      4,
      '15:40',
      'laege.vejle',
      prescribe(
        'rx-1',
        'Ibuprofen 400 mg tre gange dagligt i højst 10 dage',
        'Stoppes efter 10 dage; opfølgning efter få dage',
      ),
    ),
  ],
};

/** Haderslev: the citizen withdrew consent to the physiotherapist; the medicine follow-up is late. */
export const RASMUS: Story = {
  citizen: 'test-citizen-08',
  coordinator: 'laege.vejle',
  summary:
    'Ukompliceret; samtykke til fysioterapeuten trukket tilbage; anden opfølgning på medicin overskredet',
  steps: [
    on(40, '14:00', 'laege.vejle', open('laege.vejle')),
    on(40, '14:05', 'laege.vejle', triage()),
    on(
      40,
      '14:15',
      'laege.vejle',
      plan({
        goals: [{ goal: 'Kunne spille badminton om torsdagen', subGoals: ['Bære min datter på skuldrene'] }],
        interventions: ['self-management', 'exercise', 'medication'],
        agreements: 'Holde sig i gang; øvelser fra pjecen morgen og aften',
      }),
    ),
    on(
      40,
      '14:20',
      'laege.vejle',
      prescribe('rx-1', 'Ibuprofen 400 mg tre gange dagligt i 7 dage', 'Stoppes efter 7 dage'),
    ),
    on(40, '14:25', 'laege.vejle', consent('samtykke-fys', 'fys.vejle')),
    on(
      40,
      '14:30',
      'laege.vejle',
      refer('henv-fys-1', 'physio', 'fys.vejle', general('Akutte lændesmerter', 'Ingen røde flag'), null),
    ),
    on(37, '09:00', 'laege.vejle', followUp('rx-1', 'God effekt; smerterne halveret')),
    on(36, '10:00', 'fys.vejle', accept('henv-fys-1')),
    on(36, '10:30', 'fys.vejle', start('fys-1', 'exercise', 'henv-fys-1')),
    on(22, '10:30', 'fys.vejle', session('fys-1', 'improved')),
    on(20, '11:00', 'laege.vejle', withdraw('samtykke-fys')),
  ],
};
