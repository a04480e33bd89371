import type {
  Actor,
  EventType,
  Intervention,
  ReferralKind,
  ReferralRoute,
  TargetGroup,
} from '@rygforlob/domain';

/** Words of the program, Danish first. One entry per term, both languages side by side. */
type Terms<K extends string> = Record<K, { da: string; en: string }>;

export const ACTOR_TERMS: Terms<Actor> = {
  gp: { da: 'Egen læge', en: 'GP' },
  physio: { da: 'Fysioterapeut', en: 'Physiotherapist' },
  chiro: { da: 'Kiropraktor', en: 'Chiropractor' },
  specialist: { da: 'Speciallæge', en: 'Specialist' },
  psychologist: { da: 'Psykolog', en: 'Psychologist' },
  hospital: { da: 'Rygcenter / sygehus', en: 'Back centre / hospital' },
  acute: { da: 'Fælles Akutmodtagelse', en: 'Emergency department' },
  imaging: { da: 'Billeddiagnostik', en: 'Imaging' },
  'pain-centre': { da: 'Smertecenter', en: 'Pain centre' },
  'occupational-medicine': { da: 'Arbejdsmedicin', en: 'Occupational medicine' },
  'municipal-prevention': {
    da: 'Kommunal forebyggelse (§\u00a0119)',
    en: 'Municipal prevention (§\u00a0119)',
  },
  'municipal-rehab': {
    da: 'Kommunal genoptræning (§\u00a0140)',
    en: 'Municipal rehabilitation (§\u00a0140)',
  },
  jobcentre: { da: 'Jobcenter', en: 'Jobcentre' },
  citizen: { da: 'Borgeren', en: 'The citizen' },
};

export const TARGET_GROUP_TERMS: Terms<TargetGroup> = {
  'TG-NONMSK': {
    da: 'Mistanke om ikke-muskuloskeletal tilstand',
    en: 'Suspected non-musculoskeletal condition',
  },
  'TG-CAUDA': { da: 'Mistanke om cauda equina / akut parese', en: 'Suspected cauda equina / acute paresis' },
  'TG-NERVEROOT': { da: 'Mistanke om nerverodspåvirkning', en: 'Suspected nerve root involvement' },
  'TG-STENOSIS': { da: 'Mistanke om spinalstenose', en: 'Suspected spinal stenosis' },
  'TG-UNCOMPLICATED': { da: 'Ukompliceret uspecifikt', en: 'Uncomplicated non-specific' },
  'TG-COMPLICATED': { da: 'Kompliceret uspecifikt', en: 'Complicated non-specific' },
  'TG-PERSISTENT': {
    da: 'Vedvarende behov for støttet egenbehandling',
    en: 'Persistent need for supported self-management',
  },
};

export const INTERVENTION_TERMS: Terms<Intervention> = {
  'self-management': { da: 'Støttet egenbehandling', en: 'Supported self-management' },
  education: { da: 'Patientuddannelse / mestringskursus', en: 'Patient education / coping course' },
  exercise: { da: 'Superviseret træning', en: 'Supervised exercise' },
  manual: { da: 'Manuel behandling', en: 'Manual therapy' },
  medication: { da: 'Smertestillende medicin', en: 'Pain medication' },
  cft: { da: 'Cognitive Functional Therapy', en: 'Cognitive Functional Therapy' },
  'back-medicine': { da: 'Rygmedicinsk indsats', en: 'Back-medical care' },
  'back-surgery': { da: 'Rygkirurgisk indsats', en: 'Back surgery' },
  work: { da: 'Arbejdsmarkedstilknytning', en: 'Labour-market attachment' },
  'rehab-140': { da: 'Genoptræning (§\u00a0140)', en: 'Rehabilitation (§\u00a0140)' },
  'prevention-119': { da: 'Forebyggelsestilbud (§\u00a0119)', en: 'Prevention offer (§\u00a0119)' },
};

export const REFERRAL_KIND_TERMS: Terms<ReferralKind> = {
  physio: { da: 'Fysioterapi', en: 'Physiotherapy' },
  chiro: { da: 'Kiropraktik', en: 'Chiropractic' },
  specialist: { da: 'Speciallæge', en: 'Specialist' },
  hospital: { da: 'Rygcenter (fællesvisitation)', en: 'Back centre (joint triage)' },
  'pain-centre': { da: 'Smertecenter', en: 'Pain centre' },
  'prevention-119': { da: 'Kommunal forebyggelse (§\u00a0119)', en: 'Municipal prevention (§\u00a0119)' },
  'rehab-140': { da: 'Genoptræningsplan (§\u00a0140)', en: 'Rehabilitation plan (§\u00a0140)' },
  'jobcentre-contact': { da: 'Kontakt til jobcenter', en: 'Jobcentre contact' },
  'jobcentre-lae165': { da: 'LÆ 165 til jobcenter', en: 'LÆ 165 to the jobcentre' },
  psychologist: { da: 'Psykolog', en: 'Psychologist' },
  'occupational-medicine': { da: 'Arbejdsmedicinsk klinik', en: 'Occupational medicine' },
  imaging: { da: 'Billeddiagnostik', en: 'Imaging' },
  acute: { da: 'Akut henvisning til FAM', en: 'Acute referral to the emergency department' },
};

export const ROUTE_TERMS: Terms<ReferralRoute> = {
  'ask-gp': { da: 'Opfordr borgeren til at spørge egen læge', en: 'Encourage the citizen to ask the GP' },
  'correspondence-to-gp': {
    da: 'Særligt sårbar borger: skriv til egen læge om en henvisning til §\u00a0119',
    en: 'Especially vulnerable citizen: write to the GP asking for a §\u00a0119 referral',
  },
  'encourage-citizen-inform-gp': {
    da: 'Opfordr borgeren til at kontakte jobcentret, og orientér egen læge',
    en: 'Encourage the citizen to contact the jobcentre, and inform the GP',
  },
  'via-gp': {
    da: 'Egen læge henviser som tovholder: skriv til lægen',
    en: 'The GP refers as coordinator: send a note to the GP',
  },
  'hospital-only': {
    da: 'Kun sygehuset sender genoptræningsplaner',
    en: 'Only hospitals send rehabilitation plans',
  },
};

export const EVENT_TERMS: Terms<EventType> = {
  pathwayOpened: { da: 'Forløb oprettet', en: 'Pathway opened' },
  triaged: { da: 'Triage', en: 'Triage' },
  assessed: { da: 'ICF-vurdering', en: 'ICF assessment' },
  questionnaireCompleted: { da: 'Spørgeskema', en: 'Questionnaire' },
  questionnaireRequested: {
    da: 'Spørgeskema bestilt til borgeren',
    en: 'Questionnaire requested from the citizen',
  },
  planUpdated: { da: 'Plan', en: 'Plan' },
  interventionStarted: { da: 'Indsats startet', en: 'Intervention started' },
  sessionRecorded: { da: 'Behandling', en: 'Session' },
  interventionEnded: { da: 'Indsats afsluttet', en: 'Intervention ended' },
  medicationPrescribed: { da: 'Medicin ordineret', en: 'Medication prescribed' },
  medicationFollowedUp: { da: 'Medicinopfølgning', en: 'Medication follow-up' },
  referralSent: { da: 'Henvisning sendt', en: 'Referral sent' },
  referralAccepted: { da: 'Henvisning accepteret', en: 'Referral accepted' },
  referralDeclined: { da: 'Henvisning afvist', en: 'Referral declined' },
  noteSent: { da: 'Notat', en: 'Note' },
  consentGiven: { da: 'Samtykke givet', en: 'Consent given' },
  consentWithdrawn: { da: 'Samtykke trukket tilbage', en: 'Consent withdrawn' },
  sickLeaveRegistered: { da: 'Sygemelding', en: 'Sick leave' },
  fastTrackRequested: { da: 'Anmodning om fast track', en: 'Fast track requested' },
  meetingScheduled: { da: 'Samtale planlagt', en: 'Meeting scheduled' },
  meetingHeld: { da: 'Samtale holdt', en: 'Meeting held' },
  meetingCancelled: { da: 'Samtale aflyst', en: 'Meeting cancelled' },
  certificateRequested: { da: 'Attest bestilt', en: 'Certificate requested' },
  certificateAnswered: { da: 'Attest besvaret', en: 'Certificate answered' },
  s56Applied: { da: '§\u00a056-ordning', en: '§\u00a056 arrangement' },
  benefitReviewScheduled: { da: 'Revurdering af sygedagpenge', en: 'Sickness benefit review' },
  hospitalNotified: { da: 'Sygehusadvis', en: 'Hospital notification' },
  rehabGraded: { da: 'Genoptræning visiteret', en: 'Rehabilitation graded' },
  freeChoiceRecorded: { da: 'Frit valg registreret', en: 'Free choice recorded' },
  pathwayClosed: { da: 'Forløb afsluttet', en: 'Pathway closed' },
  coordinatorChanged: { da: 'Ny tovholder (skift af læge)', en: 'New coordinator (change of GP)' },
};

export type NoteKind =
  | 'feedback'
  | 'epicrisis'
  | 'closing-note-119'
  | 'slutnotat-140'
  | 'closing-note'
  | 'correspondence'
  | 'information'
  | 'LAE285'
  | 'opportunity-statement';

export const NOTE_KIND_TERMS: Terms<NoteKind> = {
  // The GP reads it in the worklist: no "til egen læge" in its title (issue 14); FEEDBACK-GP names the GP.
  feedback: { da: 'Tilbagemelding', en: 'Feedback' },
  epicrisis: { da: 'Epikrise', en: 'Discharge summary' },
  'closing-note-119': { da: 'Afslutningsnotat (§\u00a0119)', en: 'Closing note (§\u00a0119)' },
  'slutnotat-140': { da: 'Slutnotat (§\u00a0140)', en: 'Final note (§\u00a0140)' },
  'closing-note': { da: 'Afslutningsnotat', en: 'Closing note' },
  correspondence: { da: 'Korrespondance', en: 'Correspondence' },
  information: { da: 'Orientering', en: 'Information' },
  LAE285: { da: 'LÆ 285 (statusattest)', en: 'LÆ 285 certificate' },
  'opportunity-statement': { da: 'Mulighedserklæring', en: 'Fit note (mulighedserklæring)' },
};

export type RedFlagCode =
  | 'trauma'
  | 'steroid-use'
  | 'previous-cancer'
  | 'unintended-weight-loss'
  | 'night-pain'
  | 'fever'
  | 'systemically-unwell'
  | 'abdominal-symptoms'
  | 'progressive-neurological-deficit';

export const RED_FLAG_TERMS: Terms<RedFlagCode> = {
  trauma: { da: 'Traume', en: 'Trauma' },
  'steroid-use': { da: 'Brug af steroider', en: 'Steroid use' },
  'previous-cancer': { da: 'Tidligere kræft', en: 'Previous cancer' },
  'unintended-weight-loss': { da: 'Utilsigtet vægttab', en: 'Unintended weight loss' },
  'night-pain': { da: 'Natlige smerter', en: 'Night pain' },
  fever: { da: 'Feber (mistanke om infektion)', en: 'Fever (suspected infection)' },
  'systemically-unwell': { da: 'Almen sygdomsfølelse', en: 'Systemically unwell' },
  'abdominal-symptoms': {
    da: 'Abdominale symptomer (fx pulserende udfyldning)',
    en: 'Abdominal symptoms (e.g. pulsatile mass)',
  },
  'progressive-neurological-deficit': {
    da: 'Progredierende neurologiske udfald',
    en: 'Progressive neurological deficit',
  },
};

/** The program's terms by group, for `term(group, key)`. */
export const TERMS = {
  actor: ACTOR_TERMS,
  targetGroup: TARGET_GROUP_TERMS,
  intervention: INTERVENTION_TERMS,
  referralKind: REFERRAL_KIND_TERMS,
  route: ROUTE_TERMS,
  noteKind: NOTE_KIND_TERMS,
  redFlag: RED_FLAG_TERMS,
  event: EVENT_TERMS,
} as const;

/** A program term in a language; the key itself when the vocabulary has no word for it. */
export const termIn = (lang: 'da' | 'en', group: keyof typeof TERMS, key: string): string =>
  (TERMS[group] as Record<string, { da: string; en: string }>)[key]?.[lang] ?? key;
