import { accept, assess, note, open, plan, refer, session, start, startBack, triage } from './commands.ts';
import { answerCertificate, certificate, sickLeave } from './commands-employment.ts';
import { general, lae165, prevention119 } from './content.ts';
import { on, type Story } from './story.ts';

/** Vejle: a young warehouse worker on sick leave, the jobcentre and the municipality (§ 119). */
export const IDA: Story = {
  citizen: 'test-citizen-03',
  coordinator: 'laege.vejle',
  summary: 'Lagermedarbejder, sygemeldt; fysioterapi, LÆ 165 til jobcentret, § 119-samtale',
  steps: [
    on(58, '08:40', 'laege.vejle', open('laege.vejle')),
    on(
      58,
      '08:45',
      'laege.vejle',
      triage({ complicating: { significantFunctionalLimitation: true, psychosocial: true } }),
    ),
    on(
      58,
      '08:55',
      'laege.vejle',
      assess({
        bodyFunctions: {
          durationWeeks: 3,
          painIntensity: 7,
          painLocation: 'Lænden, mest i højre side',
          radiation: { present: false },
          ownUnderstanding: 'Er bange for, at der er gået noget i stykker, da det knagede ved et løft',
          activityAtWork: 'Lagermedarbejder på fuld tid med mange løft og vrid',
          sleep: 'Vågner to-tre gange hver nat af smerter',
        },
        activities: {
          limitations: ['lifting', 'standing', 'housework'],
          description: 'Kan ikke løfte kasser eller stå ved pakkebordet',
        },
        participation: {
          work: 'Sygemeldt fra lageret',
          fearOfMovement: 'marked',
          fearOfMovementNotes: 'Undgår at bøje sig',
        },
        environmentalFactors: {
          labourMarketAttachment: 'employed',
          work: 'Lagermedarbejder, fuld tid, fysisk tungt',
          sickLeave: { weeks: 1, extent: 'full' },
          supportAtHome: 'Bor med kæreste',
        },
        personalFactors: { anxiety: true, coping: 'Bekymret og trækker sig fra venner' },
        summary: {
          treatmentOptions:
            'Superviseret træning, information om ufarlige smerter, tidlig kontakt til arbejdspladsen',
        },
      }),
    ),
    on(
      58,
      '09:00',
      'laege.vejle',
      startBack(
        ['disabilityWalking', 'disabilityDressing', 'fear', 'anxiety', 'catastrophising'],
        'very-much',
      ),
    ),
    on(
      58,
      '09:05',
      'laege.vejle',
      plan({
        goals: [
          {
            goal: 'Kunne gå på arbejde igen på fuld tid',
            subGoals: ['Løfte en kasse på 10 kg uden at blive bange', 'Sove en hel nat'],
          },
        ],
        interventions: ['self-management', 'education', 'exercise', 'work'],
        agreements:
          'Daglig gåtur på 20 minutter og øvelserne fra pjecen; bevægelse gør ikke skade, selv om det gør ondt',
        followUpInDays: 14,
        approach: 'stratified',
      }),
    ),
    on(
      58,
      '09:10',
      'laege.vejle',
      refer(
        'henv-fys-1',
        'physio',
        'fys.vejle',
        general(
          'Lænderygsmerter efter løft, høj STarT Back',
          'Ingen røde flag; bange for bevægelse; sygemeldt fra lagerarbejde',
        ),
      ),
    ),
    on(56, '10:00', 'fys.vejle', accept('henv-fys-1')),
    on(56, '10:30', 'fys.vejle', start('fys-traening', 'exercise', 'henv-fys-1')),
    on(
      52,
      '10:15',
      'laege.vejle',
      refer(
        'henv-job-1',
        'jobcentre-lae165',
        'jobcenter.vejle',
        lae165({
          proposal: 'Tidlig dialog med arbejdspladsen om lettere opgaver og gradvis tilbagevenden',
          work: 'Lagermedarbejder på fuld tid; arbejdsgiveren er positiv over for skånehensyn',
          health: 'Uspecifikke lænderygsmerter med betydelig funktionsbegrænsning og bevægelsesangst',
          sickLeaveDaysAgo: 52,
        }),
        'employment',
      ),
    ),
    on(50, '09:00', 'jobcenter.vejle', accept('henv-job-1')),
    on(50, '09:20', 'jobcenter.vejle', sickLeave(52, 12)),
    on(49, '14:00', 'fys.vejle', session('fys-traening', 'unchanged', 'Stadig forsigtig ved foroverbøj')),
    on(42, '14:00', 'fys.vejle', session('fys-traening', 'improved', 'Løfter 5 kg fra bord med god teknik')),
    on(
      40,
      '15:30',
      'fys.vejle',
      note(
        'fys-status-1',
        'feedback',
        ['laege.vejle'],
        {
          text: 'Ida træner to gange om ugen og løfter nu 5 kg. Bevægelsesangsten fylder mindre. Vi fortsætter seks uger mere.',
          followUpBy: 'sender',
        },
        'henv-fys-1',
      ),
    ),
    on(30, '11:00', 'jobcenter.vejle', certificate('att-1', 'LAE285', 'laege.vejle', 10)),
    on(
      26,
      '13:20',
      'laege.vejle',
      answerCertificate(
        'att-1',
        'Kan varetage lettere lageropgaver 4 timer dagligt uden løft over 10 kg',
        'Gradvis optrapning over 4–6 uger; genvurdering ved egen læge om 4 uger',
      ),
    ),
    on(
      21,
      '09:30',
      'laege.vejle',
      refer(
        'henv-119-1',
        'prevention-119',
        'forebyg.vejle',
        prevention119({
          diagnosis: 'Uspecifikke lænderygsmerter (DM54.5)',
          clinical: 'Betydelig funktionsbegrænsning og bevægelsesangst; træner hos fysioterapeut',
          purpose: 'Afklarende samtale om kommunens tilbud om fysisk aktivitet og mestring af smerter',
          history: 'Debut for 11 uger siden ved løft på arbejdet; sygemeldt siden',
          practical: 'Kan komme i dagtimerne; cykler ikke endnu',
        }),
      ),
    ),
    on(19, '10:40', 'forebyg.vejle', accept('henv-119-1')),
    on(14, '14:00', 'fys.vejle', session('fys-traening', 'improved', 'Løfter 10 kg fra gulv; sover bedre')),
  ],
};

/** Kolding: a young footballer who went straight to the chiropractor (self-referral). */
export const WILLIAM: Story = {
  citizen: 'test-citizen-04',
  coordinator: 'laege.vejle',
  summary: 'Egen henvendelse hos kiropraktor; fire manuelle behandlinger uden bedring',
  steps: [
    on(20, '16:10', 'kiro.kolding', open('laege.vejle')),
    on(
      20,
      '16:12',
      'kiro.kolding',
      refer(
        'selv-kiro-1',
        'chiro',
        'kiro.kolding',
        general(
          'Egen henvendelse: akutte lændesmerter efter fodboldkamp',
          'Ingen udstråling, ingen røde flag',
        ),
        // CONSENT-BY (issue 8): the chiropractor does not record consent for itself.
        null,
        true,
      ),
    ),
    on(20, '16:15', 'kiro.kolding', accept('selv-kiro-1')),
    on(20, '16:20', 'kiro.kolding', triage()),
    on(
      20,
      '16:30',
      'kiro.kolding',
      plan({
        goals: [{ goal: 'Spille fodbold igen med mit hold', subGoals: ['Løbe 5 km uden smerter'] }],
        interventions: ['self-management', 'manual', 'exercise'],
        agreements: 'Holde sig i gang; let løb og øvelser for ryg og hofter hver dag',
      }),
    ),
    on(20, '16:35', 'kiro.kolding', start('kiro-manuel', 'manual', 'selv-kiro-1')),
    on(20, '16:40', 'kiro.kolding', session('kiro-manuel', 'unchanged')),
    on(
      15,
      '08:30',
      'kiro.kolding',
      session('kiro-manuel', 'unchanged', 'Lidt mere bevægelig, men samme smerter'),
    ),
    on(10, '08:30', 'kiro.kolding', session('kiro-manuel', 'unchanged')),
    on(
      3,
      '08:30',
      'kiro.kolding',
      session('kiro-manuel', 'unchanged', 'Overvejer om manuel behandling skal fortsætte'),
    ),
    on(
      3,
      '08:45',
      'kiro.kolding',
      note('kiro-fb-1', 'feedback', ['laege.vejle'], {
        text: 'William har fået fire manuelle behandlinger uden bedring. Vi vurderer ved næste besøg, om forløbet skal ændres.',
      }),
    ),
  ],
};
