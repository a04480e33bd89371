import {
  accept,
  assess,
  close,
  end,
  note,
  open,
  plan,
  refer,
  session,
  start,
  startBack,
  triage,
} from './commands.ts';
import { fastTrack, meeting, sickLeave } from './commands-employment.ts';
import { general, prevention119 } from './content.ts';
import { on, type Story } from './story.ts';

/** Odense: a young care-worker trainee; the jobcentre's fast-track meeting is overdue; § 119 course. */
export const FREJA: Story = {
  citizen: 'test-citizen-01',
  coordinator: 'laege.odense',
  summary: 'Elev på sygemelding; jobcenter (fast track overskredet) og § 119-forløb med slutnotat',
  steps: [
    on(40, '10:00', 'laege.odense', open('laege.odense')),
    on(
      40,
      '10:05',
      'laege.odense',
      triage({ complicating: { psychosocial: true, significantFunctionalLimitation: true } }),
    ),
    on(
      40,
      '10:10',
      'laege.odense',
      startBack(['comorbidPain', 'fear', 'anxiety', 'depression'], 'very-much'),
    ),
    on(
      40,
      '10:20',
      'laege.odense',
      assess({
        bodyFunctions: { durationWeeks: 2, painIntensity: 6, sleep: 'Svært ved at falde i søvn' },
        participation: { work: 'Elev som social- og sundhedshjælper; sygemeldt', fearOfMovement: 'some' },
        environmentalFactors: {
          labourMarketAttachment: 'student',
          work: 'Elev i hjemmeplejen, praktik',
          sickLeave: { weeks: 1, extent: 'full' },
        },
        personalFactors: { anxiety: true, coping: 'Bekymret for at miste elevpladsen' },
      }),
    ),
    on(
      40,
      '10:30',
      'laege.odense',
      plan({
        goals: [
          {
            goal: 'Gøre min uddannelse færdig',
            subGoals: ['Klare en hel praktikdag', 'Komme til håndbold igen'],
          },
        ],
        interventions: ['self-management', 'exercise', 'work', 'prevention-119'],
        agreements: 'Daglig aktivitet trods smerter; kontakt til praktikstedet om skånehensyn',
        approach: 'stratified',
      }),
    ),
    on(
      40,
      '10:35',
      'laege.odense',
      refer(
        'henv-job-1',
        'jobcentre-contact',
        'jobcenter.odense',
        general(
          'Sygemeldt elev; ønsker kontakt om fastholdelse af elevplads',
          'Uspecifikke lænderygsmerter med bekymring og søvnbesvær',
        ),
        'employment',
      ),
    ),
    on(
      40,
      '10:40',
      'laege.odense',
      refer(
        'henv-119-1',
        'prevention-119',
        'forebyg.odense',
        prevention119({
          diagnosis: 'Uspecifikke lænderygsmerter (DM54.5)',
          clinical: 'Moderat funktionsbegrænsning; bekymring og søvnbesvær',
          purpose: 'Afklarende samtale og holdtræning med fokus på mestring',
          history: 'Smerter efter forflytning i praktikken for 2 uger siden',
          practical: 'Cykler; kan komme efter kl. 14',
          otherOffers: ['Søvnskole'],
        }),
      ),
    ),
    on(37, '09:00', 'jobcenter.odense', accept('henv-job-1')),
    on(37, '09:30', 'jobcenter.odense', sickLeave(42, 10)),
    on(36, '11:00', 'forebyg.odense', accept('henv-119-1')),
    on(29, '11:00', 'forebyg.odense', start('forl-119', 'exercise', 'henv-119-1', 'activity')),
    on(20, '10:00', 'jobcenter.odense', fastTrack('employer')),
    on(20, '10:10', 'jobcenter.odense', meeting('mode-1', 'fast-track', 10)),
    on(
      3,
      '13:00',
      'forebyg.odense',
      end('forl-119', 'Gennemført 6 ugers holdtræning; træner nu selv i fitnesscenter'),
    ),
    on(
      3,
      '13:30',
      'forebyg.odense',
      note(
        'slut-119',
        'closing-note-119',
        ['laege.odense'],
        {
          text: 'Forløbet efter § 119 er afsluttet.',
          reason: 'Planlagt afslutning efter 6 uger',
          summary: 'Deltog i alle træningsgange; oplever mindre bekymring og sover bedre',
          agreements: 'Fortsætter selv træning to gange om ugen; kan henvende sig igen ved tilbagefald',
        },
        'henv-119-1',
      ),
    ),
  ],
};

/** Faaborg-Midtfyn: an uncomplicated course that ended well; pathway closed by the GP. */
export const SOREN: Story = {
  citizen: 'test-citizen-12',
  coordinator: 'laege.odense',
  summary: 'Ukompliceret forløb hos fysioterapeut; afsluttet og lukket',
  steps: [
    on(90, '08:30', 'laege.odense', open('laege.odense')),
    on(90, '08:35', 'laege.odense', triage()),
    on(
      90,
      '08:45',
      'laege.odense',
      plan({
        goals: [{ goal: 'Kunne cykle på arbejde igen', subGoals: ['Gå 2 km uden pause'] }],
        interventions: ['self-management', 'exercise'],
        agreements: 'Daglige gåture og øvelser fra pjecen',
      }),
    ),
    on(
      90,
      '08:50',
      'laege.odense',
      refer(
        'henv-fys-1',
        'physio',
        'fys.odense',
        general('Akutte uspecifikke lændesmerter', 'Ingen røde flag; ønsker vejledning i træning'),
      ),
    ),
    on(88, '14:00', 'fys.odense', accept('henv-fys-1')),
    on(88, '14:30', 'fys.odense', start('fys-1', 'exercise', 'henv-fys-1')),
    on(81, '14:30', 'fys.odense', session('fys-1', 'improved')),
    on(67, '14:30', 'fys.odense', session('fys-1', 'improved', 'Cykler 10 km uden smerter')),
    on(60, '14:30', 'fys.odense', end('fys-1', 'Smertefri i hverdagen; træner selv')),
    on(
      60,
      '15:00',
      'fys.odense',
      note(
        'fys-slut-1',
        'closing-note',
        ['laege.odense'],
        {
          text: 'Forløbet er afsluttet efter 6 behandlinger. Søren cykler igen på arbejde og træner selv.',
          followUpBy: 'sender',
        },
        'henv-fys-1',
      ),
    ),
    on(58, '09:00', 'laege.odense', close('Målet er nået: cykler på arbejde og træner selv')),
  ],
};

/** Ærø: self-management with the GP only; the agreed follow-up has passed. */
export const JENS: Story = {
  citizen: 'test-citizen-16',
  coordinator: 'laege.odense',
  summary: 'Egenomsorg hos egen læge; aftalt opfølgning er passeret',
  steps: [
    on(35, '12:00', 'laege.odense', open('laege.odense')),
    on(35, '12:05', 'laege.odense', triage()),
    on(
      35,
      '12:15',
      'laege.odense',
      assess({
        bodyFunctions: {
          durationWeeks: 1,
          painIntensity: 4,
          ownUnderstanding: 'Har fået et hold i ryggen ved havearbejde',
        },
        environmentalFactors: { labourMarketAttachment: 'employed', work: 'Færgemand på Ærøfærgerne' },
      }),
    ),
    on(
      35,
      '12:20',
      'laege.odense',
      plan({
        goals: [{ goal: 'Kunne tage vagter på færgen uden smerter' }],
        interventions: ['self-management', 'education'],
        agreements: 'Fortsætte arbejdet; gåture og øvelser; ny tid hvis ikke bedre om 3 uger',
        followUpInDays: 21,
      }),
    ),
  ],
};
