import { MYPLAN_MESSAGES } from './myplan.ts';

/** Clinic: referral composer, notes, consent and the printable plan. Danish first. */
export const CLINIC_COMMUNICATION_MESSAGES = {
  'clinic.comm.choose': { da: 'Vælg …', en: 'Choose …' },
  'clinic.comm.cancel': { da: 'Fortryd', en: 'Cancel' },
  'clinic.comm.yes': { da: 'Ja', en: 'Yes' },
  'clinic.comm.no': { da: 'Nej', en: 'No' },

  // Actions that lead along the program's way forward
  'clinic.comm.action.writeGp': { da: 'Skriv til egen læge', en: 'Write to the GP' },
  'clinic.comm.action.informGp': { da: 'Orientér egen læge', en: 'Inform the GP' },
  'clinic.comm.action.recordConsent': { da: 'Registrér samtykke', en: 'Record consent' },
  'clinic.comm.action.recordGpConsent': {
    da: 'Registrér samtykke til egen læge',
    en: 'Record consent to the GP',
  },

  // The referral composer
  'clinic.comm.referral.title': { da: 'Ny henvisning', en: 'New referral' },
  'clinic.comm.referral.kind': { da: 'Henvisning til', en: 'Refer to' },
  'clinic.comm.referral.kindHelp': {
    da: 'Vælger du en henvisning, du ikke selv kan sende, viser programmet den rette vej.',
    en: 'If you choose a referral you cannot send yourself, the programme shows the right way.',
  },
  'clinic.comm.referral.allowedKinds': { da: 'Du kan henvise til', en: 'You can refer to' },
  'clinic.comm.referral.otherRoutes': { da: 'Går ad en anden vej', en: 'Goes another way' },
  'clinic.comm.referral.recipient': { da: 'Modtager ({actor})', en: 'Recipient ({actor})' },
  'clinic.comm.referral.noRecipients': {
    da: 'Der er ingen modtagere af typen "{actor}" i adressebogen.',
    en: 'There are no recipients of type "{actor}" in the directory.',
  },
  'clinic.comm.referral.consent': {
    da: 'Borgeren samtykker til, at henvisningen og relevante oplysninger sendes til {recipient}',
    en: 'The citizen consents to the referral and relevant information being sent to {recipient}',
  },
  'clinic.comm.referral.hasConsent': {
    da: 'Borgeren har givet samtykke til deling med {recipient}.',
    en: 'The citizen has consented to sharing with {recipient}.',
  },
  'clinic.comm.referral.send': { da: 'Send henvisning: {kind}', en: 'Send referral: {kind}' },
  'clinic.comm.referral.sent': {
    da: '{kind}: henvisningen er sendt til {recipient}.',
    en: '{kind}: the referral was sent to {recipient}.',
  },
  'clinic.comm.condition.no-subsidy-without-gp-referral': {
    da: 'Uden henvisning fra egen læge er der ikke tilskud.',
    en: 'No subsidy without a GP referral.',
  },
  'clinic.comm.condition.municipality-allows-self-referral': {
    da: 'Kun hvor kommunen tillader egen henvendelse.',
    en: 'Only where the municipality allows self-referral.',
  },
  'clinic.comm.condition.other-departments': {
    da: 'Sygehuset henviser til andre afdelinger.',
    en: 'The hospital refers to other departments.',
  },
  'clinic.comm.condition.tg-cauda': {
    da: 'Kun ved mistanke om cauda equina eller akut parese. Er du ikke borgerens egen læge, får lægen besked.',
    en: "Only on suspected cauda equina or acute paresis. If you are not the citizen's GP, the GP is told.",
  },
  'clinic.comm.condition.only-gp': {
    da: 'Kun egen læge henviser til smertecenter.',
    en: 'Only the GP refers to a pain centre.',
  },

  // REFERRAL-ROUTE: the way forward in plain Danish
  'clinic.comm.route.intro': {
    da: 'Som {actor} kan du ikke selv sende en henvisning til {kind}. Programmets vej er:',
    en: 'As {actor} you cannot send a referral to {kind} yourself. The programme’s way is:',
  },
  'clinic.comm.route.help.ask-gp': {
    da: 'Borgeren kan bede egen læge om en henvisning. Lægen er tovholder for forløbet.',
    en: 'The citizen can ask the GP for a referral. The GP coordinates the pathway.',
  },
  'clinic.comm.route.help.correspondence-to-gp': {
    da: 'Kun for særligt sårbare borgere: skriv til egen læge med din vurdering, og bed om en henvisning.',
    en: 'Only for especially vulnerable citizens: write to the GP with your assessment and ask for a referral.',
  },
  'clinic.comm.route.help.encourage-citizen-inform-gp': {
    da: 'Borgeren kan selv kontakte jobcentret. Orientér egen læge, når borgeren har givet samtykke.',
    en: 'The citizen can contact the jobcentre. Inform the GP once the citizen has consented.',
  },
  'clinic.comm.route.help.via-gp': {
    da: 'Skriv til egen læge med dine fund og din vurdering; lægen henviser.',
    en: 'Write to the GP with your findings and assessment; the GP refers.',
  },
  'clinic.comm.route.help.hospital-only': {
    da: 'Genoptræningsplaner sendes af sygehuset på udskrivelsesdagen.',
    en: 'Rehabilitation plans are sent by the hospital on the day of discharge.',
  },

  // The live check beside the form
  'clinic.comm.check.title': { da: 'Programmets tjek', en: 'Programme check' },
  'clinic.comm.check.chooseRecipient': {
    da: 'Vælg en modtager, så tjekker programmet henvisningen, mens du skriver.',
    en: 'Choose a recipient, and the programme checks the referral as you type.',
  },
  'clinic.comm.check.checking': { da: 'Tjekker …', en: 'Checking …' },
  'clinic.comm.check.unavailable': {
    da: 'Tjekket kan ikke køre lige nu. Du kan stadig sende; svaret viser eventuelle mangler.',
    en: 'The check cannot run right now. You can still send; the answer shows anything missing.',
  },
  'clinic.comm.check.ready': { da: 'Klar til at sende.', en: 'Ready to send.' },
  'clinic.comm.check.readyWarnings': {
    da: 'Klar til at sende. Læs advarslerne nedenfor først.',
    en: 'Ready to send. Read the warnings below first.',
  },
  'clinic.comm.check.blocked': {
    da: 'Der mangler {n} ting, før henvisningen kan sendes.',
    en: '{n} things are missing before the referral can be sent.',
  },
  'clinic.comm.check.blockedOne': {
    da: 'Der mangler én ting, før henvisningen kan sendes.',
    en: 'One thing is missing before the referral can be sent.',
  },
  'clinic.comm.check.sent': {
    da: 'Henvisningen er sendt. Tjekket starter forfra, når du skriver en ny.',
    en: 'The referral was sent. The check starts again when you write a new one.',
  },
  'clinic.comm.check.fields': { da: 'Felter', en: 'Fields' },

  // Values the pathway filled in (issue 14), and where they came from
  'clinic.comm.prefill.from': {
    da: 'Hentet fra {what} {date}, {org}.',
    en: 'Taken from {what} {date}, {org}.',
  },
  'clinic.comm.prefill.changed': {
    da: 'Rettet af dig (hentet fra {what} {date}).',
    en: 'Changed by you (taken from {what} {date}).',
  },
  'clinic.comm.prefill.course': { da: '{intervention} siden {date}', en: '{intervention} since {date}' },
  'clinic.comm.prefill.courseEnded': {
    da: '{intervention} fra {date}, afsluttet',
    en: '{intervention} from {date}, ended',
  },
  'clinic.comm.prefill.earlier': { da: 'Tidligere: {list}', en: 'Earlier: {list}' },

  // Reasons a field is not right (zod's issue codes and the domain's own)
  'clinic.comm.reason.invalid_type': { da: 'skal udfyldes', en: 'is required' },
  'clinic.comm.reason.too_small': { da: 'skal udfyldes eller er for lav', en: 'is required or too low' },
  'clinic.comm.reason.too_small.empty': { da: 'skal udfyldes', en: 'is required' },
  'clinic.comm.reason.too_small.number': { da: 'er for lav', en: 'is too low' },
  'clinic.comm.reason.too_big': { da: 'er for høj eller for lang', en: 'is too high or too long' },
  'clinic.comm.reason.invalid_format': { da: 'har forkert format', en: 'has the wrong format' },
  'clinic.comm.reason.invalid_value': {
    da: 'skal vælges eller bekræftes',
    en: 'must be chosen or confirmed',
  },
  'clinic.comm.reason.invalid_union': { da: 'skal vælges', en: 'must be chosen' },
  'clinic.comm.reason.unrecognized_keys': { da: 'kendes ikke', en: 'is not known' },
  'clinic.comm.reason.before admission': { da: 'ligger før indlæggelsen', en: 'is before admission' },
  'clinic.comm.reason.duplicate': { da: 'findes allerede', en: 'already exists' },
  'clinic.comm.reason.unknown': {
    da: 'findes ikke eller er ikke din',
    en: 'does not exist, or is not yours',
  },
  'clinic.comm.reason.already-accepted': { da: 'er allerede accepteret', en: 'is already accepted' },
  'clinic.comm.reason.already-declined': { da: 'er allerede afvist', en: 'is already declined' },
  'clinic.comm.reason.already-withdrawn': { da: 'er allerede trukket tilbage', en: 'is already withdrawn' },
  'clinic.comm.reason.already-answered': { da: 'er allerede besvaret', en: 'is already answered' },

  // Field labels: `clinic.comm.field.<path>`, a kind's own as `clinic.comm.field.<kind>.<path>`
  'clinic.comm.field.to': { da: 'Modtager', en: 'Recipient' },
  'clinic.comm.field.consent': { da: 'Borgerens samtykke', en: "The citizen's consent" },
  'clinic.comm.field.referralId': { da: 'Henvisning', en: 'Referral' },
  'clinic.comm.field.reason': { da: 'Årsag til henvisning', en: 'Reason for referral' },
  'clinic.comm.field.clinicalInformation': { da: 'Kliniske oplysninger', en: 'Clinical information' },
  'clinic.comm.field.acute.reason': { da: 'Mistanke / årsag', en: 'Suspicion / reason' },
  'clinic.comm.field.acute.clinicalInformation': { da: 'Fund', en: 'Findings' },
  'clinic.comm.acute.findingsHelp': {
    da: 'Kraftgrad, føleforstyrrelser, vandladning og afføring, debut.',
    en: 'Strength grade, sensory disturbance, bladder and bowel, onset.',
  },
  'clinic.comm.acute.reasonCauda': {
    da: 'Mistanke om cauda equina / akut parese',
    en: 'Suspected cauda equina / acute paresis',
  },
  'clinic.comm.acute.paresis': {
    da: 'Parese kraftgrad {grade}, debut for {hours#time|timer} siden',
    en: 'Paresis strength grade {grade}, onset {hours#hour|hours} ago',
  },

  // Hospital (joint triage): HOSP-CONTENT, HOSP-PRECONDITION, HOSP-WORDING, HOSP-REREFERRAL
  'clinic.comm.hospital.precondition': { da: 'Hvorfor henvise nu?', en: 'Why refer now?' },
  'clinic.comm.hospital.rereferral': { da: 'Genhenvisning', en: 'Re-referral' },
  'clinic.comm.hospital.reason': { da: 'Henvisningsårsag', en: 'Reason' },
  'clinic.comm.hospital.history': { da: 'Anamnese', en: 'History' },
  'clinic.comm.hospital.findings': { da: 'Objektive fund', en: 'Objective findings' },
  'clinic.comm.hospital.treatment': { da: 'Afprøvet behandling', en: 'Treatment tried' },
  'clinic.comm.hospital.other': { da: 'Andet', en: 'Other' },
  'clinic.comm.hospital.wording': { da: 'Det siger du til borgeren', en: 'What you tell the citizen' },
  'clinic.comm.hospital.phrase': {
    da: '"Jeg henviser dig til et rygforløb på regionens sygehuse."',
    en: '"I am referring you to a back course at the region\'s hospitals."',
  },
  'clinic.comm.hospital.toldDefault': {
    da: 'Borgeren er informeret om henvisning til et rygforløb på regionens sygehuse.',
    en: "The citizen was told of a referral to a back course at the region's hospitals.",
  },
  'clinic.comm.hospital.otherDiseasesHelp': {
    da: 'Herunder tidligere rygoperationer.',
    en: 'Including earlier back surgery.',
  },
  'clinic.comm.hospital.bmi': { da: 'BMI: {bmi}', en: 'BMI: {bmi}' },
  'clinic.comm.field.precondition': { da: 'Forudsætning for henvisning', en: 'Precondition for referral' },
  'clinic.comm.field.precondition.conservativeTreatmentWeeks': {
    da: 'Uger med relevant konservativ behandling',
    en: 'Weeks of relevant conservative treatment',
  },
  'clinic.comm.field.precondition.sufficientEffect': {
    da: 'Effekt på smerter, funktion og arbejdsevne',
    en: 'Effect on pain, function and work ability',
  },
  'clinic.comm.field.precondition.worryingSymptoms': {
    da: 'Bekymrende symptomer (fx nyopstået lammelse)',
    en: 'Worrying symptoms (e.g. new paralysis)',
  },
  'clinic.comm.field.rereferral': { da: 'Genhenvisning', en: 'Re-referral' },
  'clinic.comm.field.rereferral.significantChange': {
    da: 'Der er sket en betydende ændring i tilstanden',
    en: 'There is a significant change in the condition',
  },
  'clinic.comm.field.rereferral.untriedTreatment': {
    da: 'Relevant behandling, der ikke er afprøvet',
    en: 'Relevant treatment not yet tried',
  },
  'clinic.comm.field.hospital.reason': { da: 'Henvisningsårsag', en: 'Reason' },
  'clinic.comm.field.reason.suspectedCondition': { da: 'Mistænkt tilstand', en: 'Suspected condition' },
  'clinic.comm.field.reason.question': { da: 'Hvad ønskes undersøgt?', en: 'What should be examined?' },
  'clinic.comm.field.hospital.history': { da: 'Anamnese', en: 'History' },
  'clinic.comm.field.history.symptomOnset': { da: 'Symptomdebut', en: 'Symptom onset' },
  'clinic.comm.field.history.painLocationAndRadiation': {
    da: 'Smertelokalisation og udstråling',
    en: 'Pain location and radiation',
  },
  'clinic.comm.field.history.sickLeaveAndFunction': {
    da: 'Sygemelding og funktionsniveau',
    en: 'Sick leave and function level',
  },
  'clinic.comm.field.history.otherDiseases': {
    da: 'Andre betydende sygdomme',
    en: 'Other significant diseases',
  },
  'clinic.comm.field.history.currentMedication': { da: 'Aktuel medicin', en: 'Current medication' },
  'clinic.comm.field.history.fmkUpdated': {
    da: 'FMK er opdateret',
    en: 'The shared medication record (FMK) is updated',
  },
  'clinic.comm.field.objectiveFindings': { da: 'Objektive fund', en: 'Objective findings' },
  'clinic.comm.field.objectiveFindings.strengthGrade': { da: 'Kraftgrad', en: 'Strength grade' },
  'clinic.comm.field.objectiveFindings.sensoryDisturbance': {
    da: 'Føleforstyrrelser',
    en: 'Sensory disturbance',
  },
  'clinic.comm.field.objectiveFindings.heightCm': { da: 'Højde (cm)', en: 'Height (cm)' },
  'clinic.comm.field.objectiveFindings.weightKg': { da: 'Vægt (kg)', en: 'Weight (kg)' },
  'clinic.comm.field.objectiveFindings.imagingFindings': {
    da: 'Billeddiagnostiske fund',
    en: 'Imaging findings',
  },
  'clinic.comm.field.objectiveFindings.otherParaclinical': {
    da: 'Andre parakliniske fund',
    en: 'Other paraclinical findings',
  },
  'clinic.comm.field.treatmentTried': { da: 'Afprøvet behandling', en: 'Treatment tried' },
  'clinic.comm.field.other': { da: 'Andet', en: 'Other' },
  'clinic.comm.field.other.interpreterNeeded': {
    da: 'Der er behov for tolk',
    en: 'An interpreter is needed',
  },
  'clinic.comm.field.other.interpreterLanguage': { da: 'Tolkesprog', en: 'Interpreter language' },
  'clinic.comm.field.other.phone': { da: 'Borgerens telefonnummer', en: "The citizen's phone number" },
  'clinic.comm.field.other.transport': { da: 'Transport', en: 'Transport' },
  'clinic.comm.field.other.citizenToldWhat': {
    da: 'Hvad borgeren har fået at vide',
    en: 'What the citizen has been told',
  },
  'clinic.comm.field.wordingConfirmed': {
    da: 'Jeg har sagt "et rygforløb på regionens sygehuse", ikke hvilket speciale',
    en: 'I said "a back course at the region\'s hospitals", not which specialty',
  },

  // §119 (XREF15)
  'clinic.comm.p119.clarifying': {
    da: 'Henvisningen er til en afklarende samtale i kommunen, ikke til et bestemt tilbud.',
    en: 'The referral is to a clarifying conversation in the municipality, not to a specific offer.',
  },
  'clinic.comm.p119.criteria': { da: 'Anbefalede kriterier', en: 'Recommended criteria' },
  'clinic.comm.p119.offersHelp': {
    da: 'Ét tilbud pr. linje, så kommunen kan koordinere.',
    en: 'One offer per line, so the municipality can coordinate.',
  },
  'clinic.comm.field.referralDiagnosis': { da: 'Henvisningsdiagnose', en: 'Referral diagnosis' },
  'clinic.comm.field.purpose': { da: 'Formål', en: 'Purpose' },
  'clinic.comm.field.history': { da: 'Forløb indtil nu', en: 'Course so far' },
  'clinic.comm.field.practicalCircumstances': { da: 'Praktiske forhold', en: 'Practical circumstances' },
  'clinic.comm.field.otherMunicipalOffers': {
    da: 'Andre kommunale tilbud, borgeren er henvist til',
    en: 'Other municipal offers the citizen is referred to',
  },
  'clinic.comm.field.interpreterNeeded': { da: 'Der er behov for tolk', en: 'An interpreter is needed' },
  'clinic.comm.field.criteria': { da: 'Kriterier', en: 'Criteria' },
  'clinic.comm.field.criteria.practiceCourseTried': {
    da: 'Et forløb i praksissektoren er afprøvet',
    en: 'A practice-sector course has been tried',
  },
  'clinic.comm.field.criteria.aimPreventWorsening': {
    da: 'Formålet er at forebygge forværring',
    en: 'The aim is to prevent worsening',
  },
  'clinic.comm.field.criteria.courseJudgedHelpful': {
    da: 'Et livsstils- og smertemestringsforløb vurderes at kunne hjælpe',
    en: 'A lifestyle and pain-coping course is judged helpful',
  },

  // §140 rehabilitation plan
  'clinic.comm.r140.stay': { da: 'Indlæggelse', en: 'Admission' },
  'clinic.comm.r140.plan': { da: 'Genoptræningsbehov', en: 'Rehabilitation need' },
  'clinic.comm.r140.citizen': { da: 'Borgeren og opfølgning', en: 'The citizen and follow-up' },
  'clinic.comm.r140.start': { da: 'Opstart', en: 'Start' },
  'clinic.comm.field.admissionDate': { da: 'Indlagt', en: 'Admitted' },
  'clinic.comm.field.dischargeDate': { da: 'Udskrevet', en: 'Discharged' },
  'clinic.comm.field.diagnosis': { da: 'Diagnose', en: 'Diagnosis' },
  'clinic.comm.field.afterSurgery': { da: 'Efter operation', en: 'After surgery' },
  'clinic.comm.field.healthAndFunctionSummary': {
    da: 'Resumé af helbreds- og funktionsniveau',
    en: 'Summary of health and functional level',
  },
  'clinic.comm.field.functionalLossIcf': { da: 'Funktionstab (ICF)', en: 'Functional loss (ICF)' },
  'clinic.comm.field.suggestions': { da: 'Forslag til genoptræningen', en: 'Suggestions for rehabilitation' },
  'clinic.comm.field.citizenGoals': { da: 'Borgerens funktionsmål', en: "The citizen's functional goals" },
  'clinic.comm.field.prognosis': {
    da: 'Prognose (drøftet med borgeren)',
    en: 'Prognosis (discussed with the citizen)',
  },
  'clinic.comm.field.citizenInformed': {
    da: 'Hvad borgeren er informeret om',
    en: 'What the citizen was told',
  },
  'clinic.comm.field.rehabilitationNeed': { da: 'Genoptræningsbehov', en: 'Rehabilitation need' },
  'clinic.comm.field.followUpAtHospital': {
    da: 'Aftalt opfølgning på sygehuset',
    en: 'Follow-up agreed at the hospital',
  },
  'clinic.comm.field.contact': { da: 'Kontaktoplysninger', en: 'Contact details' },
  'clinic.comm.field.citizenWishesAndWorkConstraints': {
    da: 'Borgerens ønsker og hensyn til arbejde',
    en: "The citizen's wishes and work constraints",
  },
  'clinic.comm.field.level': { da: 'Niveau', en: 'Level' },
  'clinic.comm.field.laterStart': {
    da: 'Opstart senere end 7 dage (klinisk begrundet)',
    en: 'Start later than 7 days (clinical reason)',
  },
  'clinic.comm.field.laterStart.date': { da: 'Opstart tidligst', en: 'Start no earlier than' },
  'clinic.comm.field.laterStart.clinicalReason': { da: 'Klinisk begrundelse', en: 'Clinical reason' },

  // LÆ 165
  'clinic.comm.field.proposal': { da: 'Forslag til indsats', en: 'Proposal' },
  'clinic.comm.field.workSituation': { da: 'Arbejdssituation', en: 'Work situation' },
  'clinic.comm.field.healthInformation': { da: 'Helbredsoplysninger', en: 'Health information' },
  'clinic.comm.field.sickLeave': { da: 'Borgeren er sygemeldt', en: 'The citizen is on sick leave' },
  'clinic.comm.field.sickLeave.since': { da: 'Sygemeldt siden', en: 'On sick leave since' },
  'clinic.comm.field.sickLeave.extent': { da: 'Omfang', en: 'Extent' },

  // Pain centre
  'clinic.comm.pain.criteria': { da: 'Kriterier (alle fire)', en: 'Criteria (all four)' },
  'clinic.comm.pain.sixMonths': {
    da: '6 måneder efter smertedebut: {date}.',
    en: '6 months after the onset of pain: {date}.',
  },
  'clinic.comm.field.painOnsetDate': { da: 'Smertedebut', en: 'Pain onset' },
  'clinic.comm.field.criteria.primaryTreatmentNoEffect': {
    da: 'Monofaglig behandling i primærsektoren har ikke haft effekt',
    en: 'Monodisciplinary primary-sector treatment has had no effect',
  },
  'clinic.comm.field.criteria.diagnosticallyClarified': {
    da: 'Borgeren er diagnostisk afklaret og færdigbehandlet i relevante specialer',
    en: 'Diagnostically clarified and fully treated in the relevant specialties',
  },
  'clinic.comm.field.criteria.seriousConsequences': {
    da: 'Alvorlige konsekvenser for arbejds- og/eller dagligliv',
    en: 'Serious consequences for working and/or daily life',
  },
  'clinic.comm.field.criteria.socialOrPsychologicalProblems': {
    da: 'Smerterne har givet sociale og/eller psykiske problemer, der kræver en tværfaglig indsats',
    en: 'The pain has caused social and/or psychological problems needing a multidisciplinary effort',
  },
  'clinic.comm.field.currentMedication': { da: 'Aktuel medicin', en: 'Current medication' },

  // Psychologist and imaging
  'clinic.comm.field.indications': { da: 'Indikationer', en: 'Indications' },
  'clinic.comm.field.modality': { da: 'Undersøgelse', en: 'Modality' },
  'clinic.comm.field.question': { da: 'Klinisk spørgsmål', en: 'Clinical question' },
  'clinic.comm.imaging.leaflet': {
    da: 'Uden indikation: brug pjecen "Forstå dine smerter i lænden" i samtalen med borgeren.',
    en: 'Without an indication: use the leaflet "Forstå dine smerter i lænden" (Understand your low back pain) in the conversation.',
  },

  // Values
  'clinic.comm.value.conservative': {
    da: '6–8 ugers konservativ behandling uden tilstrækkelig effekt',
    en: '6–8 weeks of conservative treatment without sufficient effect',
  },
  'clinic.comm.value.worrying': {
    da: 'Bekymrende symptomer: kirurgisk vurdering relevant',
    en: 'Worrying symptoms: surgical assessment relevant',
  },
  'clinic.comm.value.insufficient': { da: 'Ikke tilstrækkelig', en: 'Not sufficient' },
  'clinic.comm.value.sufficient': { da: 'Tilstrækkelig', en: 'Sufficient' },
  'clinic.comm.value.basic': { da: 'Almen', en: 'Basic' },
  'clinic.comm.value.advanced': { da: 'Avanceret', en: 'Advanced' },
  'clinic.comm.value.specialised': { da: 'Specialiseret (på sygehus)', en: 'Specialised (at hospital)' },
  'clinic.comm.value.full': { da: 'Fuld', en: 'Full' },
  'clinic.comm.value.partial': { da: 'Delvis', en: 'Partial' },
  'clinic.comm.value.xray': { da: 'Røntgen', en: 'X-ray' },
  'clinic.comm.value.mr': { da: 'MR', en: 'MRI' },
  'clinic.comm.value.ct': { da: 'CT', en: 'CT' },
  'clinic.comm.value.suspected-non-msk': {
    da: 'Mistanke om underliggende ikke-muskuloskeletal lidelse',
    en: 'Suspected underlying non-musculoskeletal condition',
  },
  'clinic.comm.value.nerve-root-no-improvement-4-8-weeks': {
    da: 'Nerverodspåvirkning uden bedring efter 4–8 ugers relevant behandling',
    en: 'Nerve root involvement without improvement after 4–8 weeks',
  },
  'clinic.comm.value.progressive-neurological-deficit': {
    da: 'Progredierende neurologiske udfald',
    en: 'Progressive neurological deficit',
  },
  'clinic.comm.value.new-paresis-48h': {
    da: 'Nyopstået (inden for 48 timer) kraftnedsættelse grad 3 eller derunder',
    en: 'New (within 48 hours) paresis grade 3 or less',
  },
  'clinic.comm.value.stenosis-no-improvement': {
    da: 'Spinalstenose uden tilfredsstillende bedring',
    en: 'Spinal stenosis without satisfactory improvement',
  },
  'clinic.comm.value.suspected-inflammatory-arthritis': {
    da: 'Mistanke om inflammatorisk gigtsygdom',
    en: 'Suspected inflammatory arthritis',
  },
  'clinic.comm.value.significant-scoliosis': { da: 'Betydelig skoliose', en: 'Significant scoliosis' },
  'clinic.comm.value.suspected-new-vertebral-collapse': {
    da: 'Mistanke om nytilkommet sammenfald af ryghvirvler',
    en: 'Suspected new vertebral collapse',
  },
  'clinic.comm.value.trauma': { da: 'Traume', en: 'Trauma' },
  'clinic.comm.value.depression': { da: 'Depression', en: 'Depression' },
  'clinic.comm.value.fear-of-movement': { da: 'Udtalt bevægelsesangst', en: 'Marked fear of movement' },
  'clinic.comm.value.emotional-barriers': { da: 'Følelsesmæssige barrierer', en: 'Emotional barriers' },
  'clinic.comm.value.treatment': { da: 'Behandling', en: 'Treatment' },
  'clinic.comm.value.employment': { da: 'Beskæftigelse (jobcenter)', en: 'Employment (jobcentre)' },

  // The pathway's referrals
  'clinic.comm.referrals.title': { da: 'Henvisninger i forløbet', en: 'Referrals in the pathway' },
  'clinic.comm.referrals.none': { da: 'Ingen henvisninger endnu.', en: 'No referrals yet.' },
  'clinic.comm.referrals.meta': { da: '{date} · fra {from} til {to}', en: '{date} · from {from} to {to}' },
  'clinic.comm.referrals.answered': { da: 'besvaret {date}', en: 'answered {date}' },
  'clinic.comm.referrals.toYou': { da: 'Til dig', en: 'To you' },
  'clinic.comm.referrals.self': { da: 'Egen henvendelse', en: 'Self-referral' },
  'clinic.comm.referrals.content': { da: 'Henvisningens indhold', en: 'Referral content' },
  'clinic.comm.referrals.declinedBecause': { da: 'Afvist: {reason}', en: 'Declined: {reason}' },
  'clinic.comm.referrals.grade': { da: 'Visiteret: {grade}', en: 'Graded: {grade}' },
  'clinic.comm.referrals.freeChoice': {
    da: 'Borgeren har valgt privat leverandør: {provider}',
    en: 'The citizen chose a private provider: {provider}',
  },
  'clinic.comm.referrals.accept': { da: 'Acceptér henvisningen', en: 'Accept the referral' },
  'clinic.comm.referrals.decline': { da: 'Afvis henvisningen', en: 'Decline the referral' },
  'clinic.comm.referrals.declineReason': {
    da: 'Begrundelse for afvisningen (sendes til henviseren)',
    en: 'Reason for declining (sent to the referrer)',
  },
  'clinic.comm.status.sent': { da: 'Afventer svar', en: 'Awaiting answer' },
  'clinic.comm.status.accepted': { da: 'Accepteret', en: 'Accepted' },
  'clinic.comm.status.declined': { da: 'Afvist', en: 'Declined' },

  // Notes
  'clinic.comm.notes.title': { da: 'Nyt notat', en: 'New note' },
  'clinic.comm.notes.listTitle': { da: 'Notater', en: 'Notes' },
  'clinic.comm.notes.none': { da: 'Ingen notater endnu.', en: 'No notes yet.' },
  'clinic.comm.notes.sent': { da: 'Sendt', en: 'Sent' },
  'clinic.comm.notes.received': { da: 'Modtaget', en: 'Received' },
  'clinic.comm.notes.meta': { da: '{date} · fra {from} til {to}', en: '{date} · from {from} to {to}' },
  'clinic.comm.notes.noParties': {
    da: 'Forløbet har ingen andre organisationer endnu.',
    en: 'The pathway has no other organisations yet.',
  },
  'clinic.comm.notes.noConsent': { da: 'mangler samtykke', en: 'no consent' },
  'clinic.comm.notes.noReferral': { da: 'Ingen bestemt henvisning', en: 'No particular referral' },
  'clinic.comm.notes.conclusion': { da: 'Konklusion', en: 'Conclusion' },
  'clinic.comm.notes.send': { da: 'Send notat', en: 'Send note' },
  'clinic.comm.notes.done': { da: 'Notatet er sendt.', en: 'The note was sent.' },
  'clinic.comm.notes.copyTo': {
    da: 'Send en kopi til {org}, som henviste borgeren.',
    en: 'Send a copy to {org}, who referred the citizen.',
  },
  'clinic.comm.notes.followUpBy.sender': {
    da: 'Jeg kan håndtere forløbet og følger selv op',
    en: 'I can handle the course and follow up myself',
  },
  'clinic.comm.notes.followUpBy.gp': { da: 'Egen læge bør følge op', en: 'The GP should follow up' },
  'clinic.comm.notes.prefill.via-gp': {
    da: 'Jeg vurderer, at borgeren kan have gavn af henvisning til {kind}, og beder dig som tovholder vurdere det. Mine fund og min vurdering:\n',
    en: 'I think the citizen may benefit from a referral to {kind} and ask you, as coordinator, to consider it. My findings and assessment:\n',
  },
  'clinic.comm.notes.prefill.correspondence-to-gp': {
    da: 'Borgeren er særligt sårbar, og jeg beder dig overveje en henvisning til {kind}. Baggrund:\n',
    en: 'The citizen is especially vulnerable, and I ask you to consider a referral to {kind}. Background:\n',
  },
  'clinic.comm.notes.prefill.encourage-citizen-inform-gp': {
    da: 'Til orientering: jeg har opfordret borgeren til selv at kontakte jobcentret.\n',
    en: 'For your information: I have encouraged the citizen to contact the jobcentre.\n',
  },
  'clinic.comm.notes.prefill.imaging': {
    da: 'Til orientering: jeg har henvist borgeren til billeddiagnostik. Indikation og spørgsmål:\n',
    en: 'For your information: I have referred the citizen for imaging. Indication and question:\n',
  },
  'clinic.comm.field.note.kind': { da: 'Slags notat', en: 'Kind of note' },
  'clinic.comm.field.note.to': { da: 'Modtagere', en: 'Recipients' },
  'clinic.comm.field.note.text': { da: 'Tekst', en: 'Text' },
  'clinic.comm.field.note.agreements': {
    da: 'Plan og aftaler fremover',
    en: 'Plan and agreements going forward',
  },
  'clinic.comm.field.note.followUpBy': { da: 'Hvem følger op?', en: 'Who follows up?' },
  'clinic.comm.field.note.referralId': { da: 'Svar på henvisning', en: 'In answer to referral' },
  'clinic.comm.field.note.reason': { da: 'Årsag', en: 'Reason' },
  'clinic.comm.field.note.summary': { da: 'Opsummering', en: 'Summary' },

  // LÆ 285 and mulighedserklæring
  'clinic.comm.cert.title': { da: 'Attester til besvarelse', en: 'Certificates to answer' },
  'clinic.comm.cert.due': { da: 'Senest {date}', en: 'By {date}' },
  'clinic.comm.cert.overdue': { da: 'Overskredet siden {date}', en: 'Overdue since {date}' },
  'clinic.comm.cert.from': { da: 'Bestilt af {from} den {date}', en: 'Requested by {from} on {date}' },
  'clinic.comm.field.certificate.abilityToWork': { da: 'Arbejdsevne', en: 'Ability to work' },
  'clinic.comm.field.certificate.considerations': { da: 'Skånehensyn', en: 'Considerations' },
  'clinic.comm.cert.considerationsHelp': {
    da: 'Hvad borgeren skal tage hensyn til, og hvor længe.',
    en: 'What the citizen must take into account, and for how long.',
  },
  'clinic.comm.cert.send': { da: 'Send svar til jobcentret', en: 'Send the answer to the jobcentre' },

  // Consent
  'clinic.comm.consent.listTitle': { da: 'Borgerens samtykker', en: "The citizen's consents" },
  'clinic.comm.consent.none': {
    da: 'Ingen samtykker, som du kan se.',
    en: 'No consents that you can see.',
  },
  'clinic.comm.consent.recipient': { da: 'Modtager', en: 'Recipient' },
  'clinic.comm.consent.purpose': { da: 'Formål', en: 'Purpose' },
  'clinic.comm.consent.purposeHelp': {
    da: 'Beskæftigelse: deling af helbredsoplysninger med jobcentret.',
    en: 'Employment: sharing health information with the jobcentre.',
  },
  'clinic.comm.consent.given': { da: 'Givet', en: 'Given' },
  'clinic.comm.consent.by': { da: 'registreret af {by}', en: 'recorded by {by}' },
  'clinic.comm.consent.byCitizen': { da: 'givet af borgeren selv', en: 'given by the citizen' },
  'clinic.comm.consent.onBehalf': {
    da: 'Du registrerer samtykket på borgerens vegne. Det kan kun tovholderen og den, der henviser, gøre, og kun til modtageren af henvisningen. Du kan aldrig registrere samtykke til din egen praksis.',
    en: "You record the consent on the citizen's behalf. Only the coordinator and a referral's sender can do so, and only for the referral's recipient. You can never record consent for your own practice.",
  },
  'clinic.comm.consent.notYours': {
    da: 'Du kan ikke registrere samtykke på borgerens vegne i dette forløb. Borgeren kan selv give samtykke på Min side, eller egen læge kan registrere det.',
    en: "You cannot record consent on the citizen's behalf on this pathway. The citizen can give it on My page, or the GP can record it.",
  },
  'clinic.comm.consent.notYoursToWithdraw': {
    da: 'Kan trækkes tilbage af borgeren, af den, der registrerede det, af tovholderen eller af modtageren',
    en: 'Can be withdrawn by the citizen, whoever recorded it, the coordinator or the recipient',
  },
  'clinic.comm.consent.status': { da: 'Status', en: 'Status' },
  'clinic.comm.consent.actions': { da: 'Handlinger', en: 'Actions' },
  'clinic.comm.consent.active': { da: 'Aktivt', en: 'Active' },
  'clinic.comm.consent.withdrawnOn': { da: 'Trukket tilbage {date}', en: 'Withdrawn {date}' },
  'clinic.comm.consent.withdraw': { da: 'Træk samtykket tilbage', en: 'Withdraw the consent' },
  'clinic.comm.consent.confirm': {
    da: 'Borgeren trækker samtykket til {recipient} tilbage. Herefter deles intet nyt med dem. Er du sikker?',
    en: 'The citizen withdraws the consent to {recipient}. Nothing new is shared with them afterwards. Are you sure?',
  },
  'clinic.comm.consent.confirmYes': { da: 'Ja, træk tilbage', en: 'Yes, withdraw' },
  'clinic.comm.consent.newTitle': { da: 'Registrér samtykke', en: 'Record consent' },
  'clinic.comm.consent.record': { da: 'Registrér samtykke', en: 'Record consent' },
  'clinic.comm.consent.recorded': {
    da: 'Samtykket til {recipient} er registreret.',
    en: 'The consent to {recipient} was recorded.',
  },
  'clinic.comm.consent.already': {
    da: 'Der er allerede et aktivt samtykke til {recipient} med dette formål.',
    en: 'There is already an active consent to {recipient} for this purpose.',
  },
  'clinic.comm.consent.youLack': {
    da: 'Borgeren har ikke givet samtykke til deling med din organisation, så nogle oplysninger vises ikke.',
    en: 'The citizen has not consented to sharing with your organisation, so some information is not shown.',
  },

  // "Min plan": the citizen's printable page (messages/myplan.ts, shared with Min side)
  ...MYPLAN_MESSAGES,
} as const satisfies Record<string, { da: string; en: string }>;
