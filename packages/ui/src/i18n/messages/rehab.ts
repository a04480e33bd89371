/** The rehab app's words (issue 5): municipal prevention (§119) and rehabilitation (§140), Danish first. */
export const REHAB_MESSAGES = {
  'rehab.name': { da: 'Kommune', en: 'Municipality' },
  'rehab.nav.inbox': { da: 'Indbakke', en: 'Inbox' },
  'rehab.nav.citizen': { da: 'Egen henvendelse', en: 'Self-referral' },

  // Inbox
  'rehab.inbox.title119': {
    da: 'Henvisninger til forebyggelse (§\u00a0119)',
    en: 'Prevention referrals (§\u00a0119)',
  },
  'rehab.inbox.title140': { da: 'Genoptræningsplaner (§\u00a0140)', en: 'Rehabilitation plans (§\u00a0140)' },
  'rehab.inbox.help119': {
    da: 'Egen læge henviser elektronisk til en afklarende samtale, ikke til et bestemt tilbud.',
    en: 'The GP refers electronically to a clarifying conversation, not to a specific offer.',
  },
  'rehab.inbox.overdue': {
    da: '{n#borger|borgere}: genoptræningen er ikke startet inden fristen. Tilbyd frit valg af leverandør.',
    en: '{n#citizen|citizens}: rehabilitation not started in time. Offer free choice of provider.',
  },
  'rehab.inbox.search': { da: 'Søg på navn eller CPR', en: 'Search by name or CPR' },
  'rehab.inbox.searchHelp': { da: 'Fx "Hansen" eller "140580"', en: 'E.g. "Hansen" or "140580"' },
  'rehab.inbox.empty': { da: 'Ingen borgere matcher.', en: 'No citizens match.' },
  'rehab.inbox.citizen': { da: 'Borger', en: 'Citizen' },
  'rehab.inbox.status': { da: 'Status', en: 'Status' },
  'rehab.inbox.start': { da: 'Opstart senest', en: 'Start by' },
  'rehab.inbox.latest': { da: 'Seneste', en: 'Latest' },
  'rehab.inbox.new': { da: 'Ny', en: 'New' },
  'rehab.inbox.ongoing': { da: 'I gang', en: 'Ongoing' },
  'rehab.inbox.notStarted': { da: 'Accepteret, ikke startet', en: 'Accepted, not started' },
  'rehab.inbox.targetGroup': { da: 'Målgruppe', en: 'Target group' },
  'rehab.inbox.closed': { da: 'Forløbet er afsluttet', en: 'Pathway closed' },
  'rehab.clock.left': {
    da: '{days#dag|dage} tilbage · senest {dueBy}',
    en: '{days#day|days} left · by {dueBy}',
  },
  'rehab.clock.today': { da: 'Sidste frist i dag ({dueBy})', en: 'Due today ({dueBy})' },
  'rehab.clock.overdue': {
    da: 'Overskredet med {days#dag|dage} · frist {dueBy}',
    en: 'Overdue by {days#day|days} · due {dueBy}',
  },
  'rehab.clock.met': { da: 'Startet {metOn}', en: 'Started {metOn}' },

  // Case
  'rehab.case.referral': { da: 'Henvisning', en: 'Referral' },
  'rehab.case.plan': { da: 'Genoptræningsplan', en: 'Rehabilitation plan' },
  'rehab.case.noReferral': {
    da: 'Der er ingen henvisning til kommunen, som du kan se. Uden borgerens samtykke vises indholdet ikke.',
    en: 'There is no referral to you that you can see. Without the citizen’s consent its content is not shown.',
  },
  'rehab.case.earlier': {
    da: 'Tidligere henvisninger på tidslinjen: {n}.',
    en: 'Earlier referrals on the timeline: {n}.',
  },
  'rehab.case.closed': { da: 'Egen læge har afsluttet forløbet.', en: 'The GP has closed the pathway.' },
  'rehab.status.sent': { da: 'Ikke besvaret', en: 'Not answered' },
  'rehab.status.accepted': { da: 'Accepteret', en: 'Accepted' },
  'rehab.status.declined': { da: 'Afvist', en: 'Declined' },
  'rehab.referral.from': { da: 'fra {from}, {date}', en: 'from {from}, {date}' },
  'rehab.referral.self': { da: 'borgerens egen henvendelse', en: 'the citizen’s own contact' },
  'rehab.referral.interpreter': { da: 'Tolk', en: 'Interpreter' },
  'rehab.plan.stay': { da: 'Indlæggelse', en: 'Admission' },
  'rehab.level.basic': { da: 'Almen genoptræning', en: 'Basic rehabilitation' },
  'rehab.level.advanced': { da: 'Avanceret genoptræning', en: 'Advanced rehabilitation' },
  'rehab.level.specialised': { da: 'Specialiseret (på sygehus)', en: 'Specialised (at hospital)' },

  // Answer
  'rehab.answer.title': { da: 'Svar på henvisningen', en: 'Answer the referral' },
  'rehab.answer.help119': {
    da: 'Acceptér for at indkalde borgeren til en afklarende samtale, eller afvis med en begrundelse til egen læge.',
    en: 'Accept to invite the citizen to a clarifying conversation, or decline with a reason to the GP.',
  },
  'rehab.answer.accept119': {
    da: 'Acceptér og indkald til samtale',
    en: 'Accept and invite to a conversation',
  },
  'rehab.answer.accept140': { da: 'Modtag genoptræningsplanen', en: 'Receive the rehabilitation plan' },
  'rehab.answer.decline': { da: 'Afvis …', en: 'Decline …' },
  'rehab.answer.reason': { da: 'Begrundelse', en: 'Reason' },
  'rehab.answer.reasonHelp': {
    da: 'Egen læge ser begrundelsen, fx hvilket andet tilbud der passer bedre.',
    en: 'The GP sees the reason, e.g. which other offer fits better.',
  },
  'rehab.answer.declineSubmit': { da: 'Afvis henvisningen', en: 'Decline the referral' },

  // Clarifying conversation (ICF)
  'rehab.talk.title': { da: 'Afklarende samtale (ICF)', en: 'Clarifying conversation (ICF)' },
  'rehab.talk.help': {
    da: 'Skriv borgerens egne ord. Tomme felter gemmes ikke.',
    en: 'Write the citizen’s own words. Empty fields are not saved.',
  },
  'rehab.talk.prefilled': {
    da: 'Udfyldt fra jeres samtale {date}.',
    en: 'Filled in from your conversation on {date}.',
  },
  'rehab.talk.section.bodyFunctions': { da: 'Kroppen og smerterne', en: 'Body and pain' },
  'rehab.talk.section.activities': { da: 'Aktiviteter', en: 'Activities' },
  'rehab.talk.section.participation': { da: 'Deltagelse', en: 'Participation' },
  'rehab.talk.section.environmentalFactors': { da: 'Omgivelser', en: 'Environment' },
  'rehab.talk.section.personalFactors': { da: 'Personlige faktorer', en: 'Personal factors' },
  'rehab.talk.section.summary': { da: 'Sammenfatning', en: 'Summary' },
  'rehab.talk.pain': { da: 'Smerteintensitet (0–10)', en: 'Pain intensity (0–10)' },
  'rehab.talk.fear': { da: 'Bekymring for at skade ryggen', en: 'Worry about harming the back' },
  'rehab.talk.fear.none': { da: 'Ingen', en: 'None' },
  'rehab.talk.fear.some': { da: 'Nogen', en: 'Some' },
  'rehab.talk.fear.marked': { da: 'Udtalt', en: 'Marked' },
  'rehab.talk.q.bodyFunctions.ownUnderstanding': {
    da: 'Hvordan forstår du selv dine smerter?',
    en: 'How do you understand your pain?',
  },
  'rehab.talk.q.bodyFunctions.sleep': { da: 'Hvordan sover du?', en: 'How do you sleep?' },
  'rehab.talk.q.bodyFunctions.energy': { da: 'Hvordan er dit overskud?', en: 'How is your energy?' },
  'rehab.talk.q.bodyFunctions.expectations': {
    da: 'Hvad forventer du af et forløb hos os?',
    en: 'What do you expect from a course with us?',
  },
  'rehab.talk.q.activities.description': {
    da: 'Hvad er svært i hverdagen?',
    en: 'What is hard in daily life?',
  },
  'rehab.talk.q.participation.work': { da: 'Arbejde eller uddannelse', en: 'Work or education' },
  'rehab.talk.q.participation.leisure': { da: 'Fritid og motion', en: 'Leisure and exercise' },
  'rehab.talk.q.participation.social': { da: 'Familie og socialt liv', en: 'Family and social life' },
  'rehab.talk.q.environmentalFactors.supportAtHome': { da: 'Støtte derhjemme', en: 'Support at home' },
  'rehab.talk.q.environmentalFactors.otherMunicipalEfforts': {
    da: 'Andre kommunale indsatser (koordinering)',
    en: 'Other municipal efforts (coordination)',
  },
  'rehab.talk.q.personalFactors.coping': {
    da: 'Hvordan håndterer du smerterne?',
    en: 'How do you handle the pain?',
  },
  'rehab.talk.q.summary.resources': { da: 'Borgerens ressourcer', en: 'The citizen’s resources' },
  'rehab.talk.held': { da: 'Holdt {date}', en: 'Held {date}' },
  'rehab.talk.save': { da: 'Gem samtalen', en: 'Save the conversation' },
  'rehab.talk.saved': {
    da: 'Samtalen er gemt og kan læses af egen læge.',
    en: 'The conversation is saved and the GP can read it.',
  },

  // Offers (§119)
  'rehab.offers.title': { da: 'Tilbud aftalt med borgeren', en: 'Offers agreed with the citizen' },
  'rehab.offers.help': {
    da: 'Vælg de tilbud, du og borgeren aftalte i samtalen. Hvert tilbud bliver en indsats, hvor du registrerer fremmøde og fremskridt.',
    en: 'Choose the offers you and the citizen agreed in the conversation. Each becomes an intervention where you record attendance and progress.',
  },
  'rehab.offers.choose': { da: 'Kommunens tilbud', en: 'The municipality’s offers' },
  'rehab.offers.allStarted': { da: 'Alle tilbud er startet.', en: 'Every offer has started.' },
  'rehab.offers.start': { da: 'Start valgte tilbud ({n})', en: 'Start chosen offers ({n})' },
  'rehab.offers.started': { da: 'Tilbuddene er startet.', en: 'The offers have started.' },
  'rehab.offer.coping': { da: 'Mestring og patientuddannelse', en: 'Coping and patient education' },
  'rehab.offer.coping.help': {
    da: 'Viden om rygsmerter og om at holde sig i gang.',
    en: 'Knowledge about back pain and staying active.',
  },
  'rehab.offer.ltks': { da: 'Lær at tackle kroniske smerter', en: 'Learn to manage chronic pain' },
  'rehab.offer.ltks.help': {
    da: 'Gruppeforløb på 6 gange med frivillige instruktører.',
    en: 'Six group sessions with volunteer instructors.',
  },
  'rehab.offer.sleep': { da: 'Bedre søvn', en: 'Better sleep' },
  'rehab.offer.sleep.help': {
    da: 'Søvnkvaliteten måles med PSQI før og efter.',
    en: 'Sleep quality is measured with PSQI before and after.',
  },
  'rehab.offer.mental': { da: 'Mental sundhed og depression', en: 'Mental health and depression' },
  'rehab.offer.mental.help': {
    da: 'Kommunens depressionsforløb.',
    en: 'The municipality’s depression programme.',
  },
  'rehab.offer.activity': { da: 'Fysisk aktivitet', en: 'Physical activity' },
  'rehab.offer.activity.help': {
    da: 'Borgeren bør være undersøgt af læge, kiropraktor eller fysioterapeut.',
    en: 'The citizen should have been assessed by a GP, chiropractor or physiotherapist.',
  },
  'rehab.offer.rehab': { da: 'Genoptræning (§\u00a0140)', en: 'Rehabilitation (§\u00a0140)' },

  // PSQI
  'rehab.psqi.title': { da: 'Søvnkvalitet (PSQI)', en: 'Sleep quality (PSQI)' },
  'rehab.psqi.score': { da: 'PSQI {global}/21', en: 'PSQI {global}/21' },
  'rehab.psqi.incomplete': {
    da: 'Scoren beregnes, når alle spørgsmål er besvaret.',
    en: 'The score is computed when every question is answered.',
  },
  'rehab.psqi.save': { da: 'Gem PSQI', en: 'Save PSQI' },

  // Courses
  'rehab.courses.title': {
    da: 'Indsatser, fremmøde og fremskridt',
    en: 'Interventions, attendance and progress',
  },
  'rehab.courses.running': { da: 'I gang', en: 'Running' },
  'rehab.courses.ended': { da: 'Afsluttet {date}', en: 'Ended {date}' },
  'rehab.courses.started': {
    da: 'Startet {date} · registrerede gange: {n}',
    en: 'Started {date} · sessions recorded: {n}',
  },
  'rehab.courses.record': { da: 'Registrér fremmøde: {name}', en: 'Record attendance: {name}' },
  'rehab.courses.attendance': { da: 'Fremmøde', en: 'Attendance' },
  'rehab.courses.heldOn': { da: 'Dato for gangen', en: 'Date of the session' },
  'rehab.courses.attended': { da: 'Mødt', en: 'Attended' },
  'rehab.courses.absent': { da: 'Udeblevet', en: 'Did not attend' },
  'rehab.courses.response': { da: 'Fremskridt siden sidst', en: 'Progress since last time' },
  'rehab.courses.note': { da: 'Notat (valgfrit)', en: 'Note (optional)' },
  'rehab.courses.recordSubmit': { da: 'Registrér gangen', en: 'Record the session' },
  'rehab.courses.recorded': { da: 'Gangen er registreret.', en: 'The session is recorded.' },
  'rehab.courses.end': { da: 'Afslut {name}', en: 'End {name}' },
  'rehab.courses.outcome': { da: 'Resultat', en: 'Outcome' },
  'rehab.courses.outcomeHelp': {
    da: 'Hvad har borgeren nået? Det kommer med i notatets opsummering, som du kan rette, før det sendes.',
    en: 'What has the citizen achieved? It goes into the note’s summary, which you can change before it is sent.',
  },
  'rehab.courses.endSubmit': { da: 'Afslut indsatsen: {name}', en: 'End the intervention: {name}' },
  'rehab.courses.endConfirm': {
    da: 'Vil du afslutte {name}? En afsluttet indsats kan ikke genåbnes, og du kan ikke registrere flere gange.',
    en: 'End {name}? An ended intervention cannot be reopened, and no more sessions can be recorded.',
  },
  'rehab.courses.endYes': { da: 'Ja, afslut indsatsen', en: 'Yes, end the intervention' },
  'rehab.confirm.cancel': { da: 'Fortryd', en: 'Cancel' },
  'rehab.response.improved': { da: 'Bedre', en: 'Improved' },
  'rehab.response.unchanged': { da: 'Uændret', en: 'Unchanged' },
  'rehab.response.worse': { da: 'Værre', en: 'Worse' },

  // §140
  'rehab.r140.startTitle': { da: 'Opstart af genoptræningen', en: 'Starting the rehabilitation' },
  'rehab.r140.goals': {
    da: 'Borgerens mål fra genoptræningsplanen',
    en: 'The citizen’s goals from the plan',
  },
  'rehab.r140.start': { da: 'Start genoptræningen', en: 'Start the rehabilitation' },
  'rehab.r140.startedOn': { da: 'Genoptræningen startede den', en: 'The rehabilitation started on' },
  'rehab.r140.startConfirm': {
    da: 'Registrér, at genoptræningen startede {date}? Starten kan ikke fortrydes.',
    en: 'Record that the rehabilitation started on {date}? The start cannot be undone.',
  },
  'rehab.r140.startYes': { da: 'Ja, registrér starten', en: 'Yes, record the start' },
  'rehab.r140.started': {
    da: 'Genoptræningen er startet {date}.',
    en: 'The rehabilitation started on {date}.',
  },
  'rehab.r140.gradeTitle': { da: 'Visitation', en: 'Grading' },
  'rehab.r140.grade': { da: 'Niveau', en: 'Level' },
  'rehab.r140.grade.basic': {
    da: 'afgrænsede begrænsninger; almindelig genoptræning',
    en: 'limited restrictions; ordinary rehabilitation',
  },
  'rehab.r140.grade.advanced': {
    da: 'omfattende begrænsninger på flere livsområder; særligt uddannet fysioterapeut og mere koordinering',
    en: 'extensive limitations across life areas; specially trained physiotherapist and more coordination',
  },
  'rehab.r140.gradeSubmit': { da: 'Gem visitation', en: 'Save grading' },
  'rehab.r140.regrade': { da: 'Ret visitation', en: 'Change grading' },
  'rehab.r140.graded': { da: 'Visitationen er gemt.', en: 'The grading is saved.' },
  'rehab.r140.choiceTitle': { da: 'Frit valg af leverandør', en: 'Free choice of provider' },
  'rehab.r140.provider': {
    da: 'Borgerens valgte private leverandør',
    en: 'The citizen’s chosen private provider',
  },
  'rehab.r140.providerHelp': {
    da: 'Kun hvis kommunen ikke kan starte inden fristen (KL-aftalen).',
    en: 'Only if the municipality cannot start in time (KL agreement).',
  },
  'rehab.r140.choiceSubmit': { da: 'Registrér borgerens valg', en: 'Record the citizen’s choice' },
  'rehab.r140.elsewhere': {
    da: 'Borgeren har valgt at træne hos {provider}; kommunen starter ikke selv forløbet.',
    en: 'The citizen chose to train with {provider}; the municipality does not start the course itself.',
  },
  'rehab.r140.chosen': { da: 'Borgeren har valgt: {provider}', en: 'The citizen chose: {provider}' },

  // Closing note
  'rehab.close.reason': { da: 'Årsag til afslutning', en: 'Reason for closing' },
  'rehab.close.reasonDefault': { da: 'Planlagt afslutning', en: 'Planned end' },
  'rehab.close.summary': { da: 'Opsummering af forløbet', en: 'Summary of the course' },
  'rehab.close.agreements': { da: 'Aftaler fremover', en: 'Agreements going forward' },
  'rehab.close.to': { da: 'Sendes til {to}.', en: 'Sent to {to}.' },
  'rehab.close.gpTitle': { da: 'Egen læge ({gp})', en: 'The GP ({gp})' },
  'rehab.close.toGp': {
    da: 'Send også slutnotatet til egen læge',
    en: 'Also send the closing note to the GP',
  },
  'rehab.close.consentNow': {
    da: 'Borgeren giver nu samtykke til, at egen læge får slutnotatet',
    en: 'The citizen now consents to the GP receiving the closing note',
  },
  'rehab.close.running': {
    da: 'Afslut først de indsatser, der stadig er i gang: {names}.',
    en: 'First end the interventions still under way: {names}.',
  },
  'rehab.close.submit': { da: 'Send {kind}', en: 'Send {kind}' },
  'rehab.close.done': { da: 'Notatet er sendt.', en: 'The note is sent.' },
  'rehab.close.sent': { da: 'Sendt {date} til {to}', en: 'Sent {date} to {to}' },

  // Self-referral (§119)
  'rehab.find.title': {
    da: 'Borgerens egen henvendelse (§\u00a0119)',
    en: 'The citizen’s self-referral (§\u00a0119)',
  },
  'rehab.find.help': {
    da: 'Borgeren kan selv henvende sig, hvor kommunen tillader det. Find borgerens rygforløb på CPR-nummeret.',
    en: 'Citizens may contact you directly where the municipality allows it. Find the citizen’s pathway by CPR number.',
  },
  'rehab.find.cpr': { da: 'CPR-nummer', en: 'CPR number' },
  'rehab.find.submit': { da: 'Find', en: 'Find' },
  // Another municipality's citizen is told as nobody (issue 9): "in the municipality" says so truly.
  'rehab.find.none': {
    da: 'Ingen borger med dette CPR-nummer i kommunen.',
    en: 'No citizen with this CPR number in the municipality.',
  },
  'rehab.find.noPathway': {
    da: 'Borgeren har intet åbent rygforløb. Egen læge opretter forløbet.',
    en: 'The citizen has no open back pathway. The GP opens it.',
  },
  'rehab.find.goTo': { da: 'Gå til {name}s forløb', en: 'Go to {name}’s pathway' },
  'rehab.find.selfTitle': { da: 'Registrér egen henvendelse: {name}', en: 'Register own contact: {name}' },
  'rehab.find.asReferral': {
    da: 'Henvendelsen registreres med samme indhold som en kommunehenvisning til afklarende samtale.',
    en: 'The contact is recorded with the same content as a municipal referral to a clarifying conversation.',
  },
  'rehab.find.referralDiagnosis': { da: 'Hvad henvender borgeren sig om?', en: 'What is the contact about?' },
  'rehab.find.purpose': {
    da: 'Hvad ønsker borgeren hjælp til?',
    en: 'What does the citizen want help with?',
  },
  'rehab.find.clinicalInformation': {
    da: 'Borgerens oplysninger om helbred',
    en: 'The citizen’s health information',
  },
  'rehab.find.history': { da: 'Forløb indtil nu', en: 'History' },
  'rehab.find.practicalCircumstances': { da: 'Praktiske forhold', en: 'Practical circumstances' },
  'rehab.find.ownFactsOnly': {
    da: 'En egen henvendelse giver kommunen adgang til det, kommunen selv registrerer. Resten af forløbet ser du først, når borgeren giver samtykke på Min side, eller når egen læge registrerer det på borgerens vegne.',
    en: "A self-referral gives the municipality access to what it records itself. You see the rest of the pathway once the citizen consents on My page, or the GP records it on the citizen's behalf.",
  },
  'rehab.find.register': { da: 'Registrér henvendelsen', en: 'Register the contact' },
  // The button on an advice card that leads to the section of the case answering it (issue 14).
  'rehab.advice.action.receive': { da: 'Modtag planen', en: 'Receive the plan' },
  'rehab.advice.action.grade': { da: 'Visitér planen', en: 'Grade the plan' },
  'rehab.advice.action.start': { da: 'Gå til opstarten', en: 'Go to the start' },
  'rehab.advice.action.choice': {
    da: 'Registrér borgerens frie valg',
    en: 'Record the citizen’s free choice',
  },
  'rehab.advice.action.course': { da: 'Gå til indsatsen', en: 'Go to the intervention' },
  'rehab.advice.action.close119': { da: 'Skriv afslutningsnotatet', en: 'Write the closing note' },
  'rehab.advice.action.close140': { da: 'Skriv slutnotatet', en: 'Write the final note' },
  // R140-7-DAYS (p.55) inside the CLK-R140-START card: the 7 days are said once, by the clock.
  'rehab.advice.freeChoiceAdds': {
    da: 'Kan kommunen ikke nå det, har borgeren frit valg af privat leverandør (KL-aftalen).',
    en: 'If the municipality cannot make it, the citizen may choose a private provider (KL agreement).',
  },
} as const satisfies Record<string, { da: string; en: string }>;
