/**
 * Min side, the citizen's app (issue 12): plain words, Danish first, no rule codes and no
 * professional jargon. The plan's own wording is the clinic's "Min plan" (clinic.comm.myplan.*).
 */
export const CITIZEN_MESSAGES = {
  'minside.name': { da: 'Min side', en: 'My page' },
  'minside.tagline': { da: 'Dit forløb for ondt i ryggen', en: 'Your care for back pain' },
  'minside.signIn.title': { da: 'Log ind på Min side', en: 'Sign in to My page' },
  'minside.signIn.intro': {
    da: 'Her kan du se din plan, svare på spørgeskemaer fra din behandler, styre hvem der må se dine oplysninger, og se hvem der har set dem.',
    en: 'Here you can see your plan, answer questionnaires from your clinician, decide who may see your information, and see who has looked at it.',
  },
  'minside.signIn.button': { da: 'Log ind med MitID', en: 'Sign in with MitID' },
  'minside.signIn.unknown': {
    da: 'Vi kan ikke finde et forløb for ondt i ryggen med dit CPR-nummer. Spørg din læge.',
    en: 'We cannot find a back pain pathway for your CPR number. Ask your GP.',
  },
  'minside.signIn.failed': {
    da: 'Du blev ikke logget ind. Prøv igen.',
    en: 'Signing in did not work. Please try again.',
  },
  'minside.signIn.cancelled': { da: 'Du afbrød log ind.', en: 'You cancelled signing in.' },
  'minside.signIn.out': {
    da: 'Du er logget ud. Luk browseren, hvis du har lånt telefonen.',
    en: 'You are signed out. Close the browser if you borrowed the phone.',
  },
  'minside.signIn.short': {
    da: 'Af hensyn til dine oplysninger logger vi dig ud efter 15 minutter uden aktivitet.',
    en: 'To protect your information we sign you out after 15 minutes without activity.',
  },
  'minside.hello': { da: 'Hej {name}', en: 'Hello {name}' },
  'minside.nav': { da: 'Min side', en: 'My page' },
  'minside.nav.plan': { da: 'Min plan', en: 'My plan' },
  'minside.nav.questionnaires': { da: 'Spørgeskemaer', en: 'Questionnaires' },
  'minside.nav.consents': { da: 'Samtykker', en: 'Consents' },
  'minside.nav.log': { da: 'Hvem har set dine oplysninger', en: 'Who has seen your information' },
  'minside.nav.messages': { da: 'Beskeder', en: 'Messages' },
  'minside.noPathway': {
    da: 'Du har ikke noget forløb for ondt i ryggen lige nu.',
    en: 'You have no back pain pathway right now.',
  },
  'minside.pathway.choose': { da: 'Vælg forløb', en: 'Choose pathway' },
  'minside.pathway.option': { da: 'Forløb startet {date}', en: 'Pathway started {date}' },
  'minside.pathway.closed': { da: '(afsluttet)', en: '(closed)' },

  // Min plan (the clinic's wording, clinic.comm.myplan.*, for the parts they share)
  'minside.plan.print': { da: 'Udskriv planen', en: 'Print the plan' },
  'minside.plan.medicine': { da: 'Din medicin', en: 'Your medicine' },
  'minside.plan.medicine.none': {
    da: 'Du har ikke fået medicin for ryggen i dette forløb.',
    en: 'You have not been prescribed medicine for your back in this pathway.',
  },
  'minside.plan.medicine.item': {
    da: '{drug}, ordineret {date}',
    en: '{drug}, prescribed {date}',
  },
  'minside.plan.medicine.stop': { da: 'Sådan trapper du ud: {plan}', en: 'How to taper off: {plan}' },
  'minside.plan.medicine.followUp': {
    da: 'Samtale om virkningen: {date}',
    en: 'A talk about how it works: {date}',
  },
  'minside.plan.medicine.followedUp': { da: 'Fulgt op {date}', en: 'Followed up {date}' },
  'minside.plan.contact': { da: 'Hvis du har brug for hjælp', en: 'If you need help' },
  'minside.plan.contact.practice': { da: 'Din læge: {org}', en: 'Your GP: {org}' },
  'minside.plan.contact.phone': { da: 'telefon', en: 'phone' },
  'minside.plan.contact.noPhone': { da: 'telefonnummer mangler', en: 'no phone number on record' },
  'minside.plan.contact.outOfHours': {
    da: 'Lægevagten uden for åbningstid: 70 11 07 07',
    en: 'Out-of-hours doctor: +45 70 11 07 07',
  },
  'minside.plan.contact.emergency': { da: 'Ved livsfare: ring 112', en: 'If life is at risk: call 112' },

  // The clinic's side of it: ask the citizen to answer at home
  'minside.request.title': { da: 'Svar hjemme på Min side', en: 'Answer at home on My page' },
  'minside.request.button': {
    da: 'Bed borgeren om at udfylde {instrument} på Min side',
    en: 'Ask the citizen to fill in {instrument} on My page',
  },
  'minside.request.sent': {
    da: 'Borgeren kan nu svare på Min side.',
    en: 'The citizen can now answer on My page.',
  },
  'minside.request.open': {
    da: '{instrument} bestilt {date}: afventer svar',
    en: '{instrument} requested {date}: awaiting answer',
  },
  'minside.request.answered': {
    da: '{instrument} bestilt {date}: besvaret {answered}',
    en: '{instrument} requested {date}: answered {answered}',
  },

  // Questionnaires
  'minside.q.title': { da: 'Spørgeskemaer til dig', en: 'Questionnaires for you' },
  'minside.q.none': {
    da: 'Du har ingen spørgeskemaer at svare på lige nu.',
    en: 'You have no questionnaires to answer right now.',
  },
  'minside.q.requested': {
    da: '{org} har bedt dig svare {date}',
    en: '{org} asked you to answer on {date}',
  },
  'minside.q.answer': { da: 'Svar nu', en: 'Answer now' },
  'minside.q.send': { da: 'Send dine svar', en: 'Send your answers' },
  'minside.q.draftSaved': {
    da: 'Dine svar gemmes på telefonen, til du sender dem.',
    en: 'Your answers are kept on this phone until you send them.',
  },
  'minside.q.missing': {
    da: 'Du mangler at svare på spørgsmål {item}.',
    en: 'Please answer question {item}.',
  },
  'minside.q.sent': {
    da: 'Tak. Dine svar er sendt til {org}.',
    en: 'Thank you. Your answers were sent to {org}.',
  },
  'minside.q.answered': { da: 'Besvaret {date}', en: 'Answered {date}' },
  'minside.q.back': { da: '← Tilbage til spørgeskemaer', en: '← Back to questionnaires' },
  'minside.q.intro.startback': {
    da: 'Tænk på de sidste 2 uger. Svar ved hvert udsagn, om du er enig eller uenig.',
    en: 'Think about the last 2 weeks. For each statement, answer whether you agree or disagree.',
  },
  'minside.q.intro.rmdq': {
    da: 'Sæt kryds ved de udsagn, der passer på dig i dag. Lad dem stå tomme, der ikke passer.',
    en: 'Tick the statements that describe you today. Leave the others empty.',
  },
  'minside.q.intro.odi': {
    da: 'Vælg i hvert afsnit det udsagn, der passer bedst på dig i dag. Et afsnit, der ikke passer på dig, kan du lade stå tomt.',
    en: 'In each section, choose the statement that fits you best today. You can leave a section empty if it does not apply to you.',
  },
  'minside.q.intro.psqi': {
    da: 'Spørgsmålene handler om, hvordan du plejer at sove. Tænk på den seneste måned.',
    en: 'The questions are about how you usually sleep. Think about the past month.',
  },
  'minside.q.instrument.startback': {
    da: 'Spørgeskema om din ryg (STarT Back)',
    en: 'About your back (STarT Back)',
  },
  'minside.q.instrument.rmdq': {
    da: 'Hvad ryggen forhindrer dig i (Roland-Morris)',
    en: 'What your back stops you doing (Roland-Morris)',
  },
  'minside.q.instrument.odi': {
    da: 'Hvordan ryggen påvirker din hverdag (Oswestry)',
    en: 'How your back affects daily life (Oswestry)',
  },
  'minside.q.instrument.psqi': { da: 'Din søvn (PSQI)', en: 'Your sleep (PSQI)' },

  // Consents
  'minside.consent.title': { da: 'Hvem må se dine oplysninger', en: 'Who may see your information' },
  'minside.consent.intro': {
    da: 'Din læge og dem, du giver samtykke til, kan se dine oplysninger om ryggen. Du kan altid trække et samtykke tilbage. Det virker med det samme.',
    en: 'Your GP and those you give consent to can see your back pain information. You can always withdraw a consent. It takes effect at once.',
  },
  'minside.consent.active': { da: 'Aktive samtykker', en: 'Active consents' },
  'minside.consent.withdrawn': { da: 'Tidligere samtykker', en: 'Earlier consents' },
  'minside.consent.none': { da: 'Ingen.', en: 'None.' },
  'minside.consent.to': { da: '{org}', en: '{org}' },
  'minside.consent.since': { da: 'Siden {date}', en: 'Since {date}' },
  'minside.consent.withdrawnOn': { da: 'Trukket tilbage {date}', en: 'Withdrawn {date}' },
  'minside.consent.byYou': { da: 'Givet af dig', en: 'Given by you' },
  'minside.consent.recordedBy': { da: 'Skrevet ned af {org}', en: 'Recorded by {org}' },
  'minside.consent.purpose.treatment': { da: 'Til din behandling', en: 'For your treatment' },
  'minside.consent.purpose.employment': { da: 'Til hjælp med dit arbejde', en: 'For help with your work' },
  // What a consent lets the recipient see: the topics come from ACCESS_MATRIX (consentScope), the
  // sentences only lead them in (CONSENT p.50, JOB-CONSENT p.43; issue 14 review).
  'minside.consent.sees.full': { da: 'De kan se:', en: 'They can see:' },
  'minside.consent.sees.withheld': {
    da: 'De kan se, at det findes, men ikke indholdet:',
    en: 'They can see that it exists, but not what it says:',
  },
  'minside.consent.sees.hidden': { da: 'De kan ikke se:', en: 'They cannot see:' },
  'minside.consent.topic.pathway': {
    da: 'Dit rygforløb: hvor du har ondt',
    en: 'Your back pain pathway: where it hurts',
  },
  // "why it ended" only once it has (issue 14 wording).
  'minside.consent.topic.pathway.closed': {
    da: 'Dit rygforløb: hvor du har ondt, og hvorfor det sluttede',
    en: 'Your back pain pathway: where it hurts and why it ended',
  },
  'minside.consent.topic.coordinator': {
    da: 'Hvem der koordinerer dit forløb',
    en: 'Who coordinates your pathway',
  },
  'minside.consent.topic.health': {
    da: 'Dine oplysninger om ryggen: hvad der er galt, din plan og dine mål, undersøgelser, spørgeskemaer, medicin og behandlinger',
    en: 'Your back pain information: what is wrong, your plan and goals, examinations, questionnaires, medicine and treatments',
  },
  'minside.consent.topic.sentToThem': {
    da: 'Det, der er sendt til dem, fx henvisninger, notater og attester',
    en: 'What was sent to them, e.g. referrals, notes and certificates',
  },
  'minside.consent.topic.betweenOthers': {
    da: 'Henvisninger, notater og attester mellem de andre, der hjælper dig',
    en: 'Referrals, notes and certificates between the others who help you',
  },
  'minside.consent.topic.consents': { da: 'Dine samtykker', en: 'Your consents' },
  'minside.consent.topic.work': {
    da: 'Jobcentrets sag om dit arbejde og din sygemelding',
    en: 'The jobcentre’s case about your work and sick leave',
  },
  'minside.consent.withdraw': { da: 'Træk samtykke tilbage', en: 'Withdraw consent' },
  'minside.consent.withdraw.confirm': {
    da: 'Vil du trække samtykket til {org} tilbage? De kan så ikke længere se dine oplysninger, kun det, de selv har skrevet.',
    en: 'Withdraw your consent to {org}? They will no longer see your information, only what they wrote themselves.',
  },
  'minside.consent.withdraw.yes': { da: 'Ja, træk tilbage', en: 'Yes, withdraw' },
  'minside.consent.cancel': { da: 'Fortryd', en: 'Cancel' },
  'minside.consent.withdrawnNow': {
    da: 'Samtykket til {org} er trukket tilbage.',
    en: 'Your consent to {org} was withdrawn.',
  },
  'minside.consent.give': { da: 'Giv samtykke', en: 'Give consent' },
  'minside.consent.give.help': {
    da: 'Du kan give samtykke til et sted, der allerede er med i dit forløb, fx en kiropraktor, du selv er gået til.',
    en: 'You can give consent to a place that is already part of your pathway, e.g. a chiropractor you went to yourself.',
  },
  'minside.consent.give.org': { da: 'Hvem?', en: 'Who?' },
  'minside.consent.give.none': {
    da: 'Alle steder i dit forløb har allerede dit samtykke.',
    en: 'Every place in your pathway already has your consent.',
  },
  'minside.consent.given': { da: '{org} har nu dit samtykke.', en: '{org} now has your consent.' },
  'minside.consent.refused': {
    da: 'Det kunne ikke lade sig gøre. Prøv igen, eller spørg din læge.',
    en: 'That was not possible. Try again, or ask your GP.',
  },

  // Access log
  'minside.log.title': { da: 'Hvem har set dine oplysninger', en: 'Who has seen your information' },
  'minside.log.intro': {
    da: 'Her står hver gang, nogen har læst eller skrevet i dine oplysninger om ryggen, også når du selv har kigget. Nyeste først.',
    en: 'Every time someone read or wrote your back pain information is listed here, also when you looked yourself. Newest first.',
  },
  'minside.log.filter.who': { da: 'Hvem', en: 'Who' },
  'minside.log.filter.who.all': { da: 'Alle', en: 'Everyone' },
  'minside.log.filter.who.others': { da: 'Andre end dig', en: 'Others than you' },
  'minside.log.filter.who.self': { da: 'Kun dig', en: 'Only you' },
  'minside.log.filter.kind': { da: 'Hvad', en: 'What' },
  'minside.log.filter.kind.all': { da: 'Alt', en: 'Everything' },
  'minside.log.filter.kind.read': { da: 'Læst', en: 'Read' },
  'minside.log.filter.kind.write': { da: 'Skrevet', en: 'Written' },
  'minside.log.filter.kind.list': { da: 'Vist på en liste', en: 'Shown in a list' },
  'minside.log.filter.kind.sign-in': { da: 'Log ind', en: 'Sign-in' },
  'minside.log.empty': { da: 'Ingen at vise.', en: 'Nothing to show.' },
  'minside.log.older': { da: 'Vis ældre', en: 'Show older' },
  // The subject of the log line ("Du læste dine oplysninger"), never the object form "Dig" (issue 14 review).
  'minside.log.you': { da: 'Du', en: 'You' },
  'minside.log.unknown': { da: 'Ukendt', en: 'Unknown' },
  'minside.log.when': { da: 'Hvornår', en: 'When' },
  'minside.log.who': { da: 'Hvem', en: 'Who' },
  'minside.log.what': { da: 'Hvad', en: 'What' },
  'minside.log.why': { da: 'Hvorfor måtte de', en: 'Why they could' },
  'minside.log.kind.read': { da: 'læste dine oplysninger', en: 'read your information' },
  'minside.log.kind.write': { da: 'skrev i dit forløb', en: 'wrote in your pathway' },
  'minside.log.kind.list': { da: 'så dit navn på en liste', en: 'saw your name in a list' },
  'minside.log.kind.sign-in': { da: 'loggede ind på Min side', en: 'signed in to My page' },
  'minside.log.times': { da: '({n} gange)', en: '({n} times)' },
  'minside.log.denied': { da: '(blev afvist)', en: '(was refused)' },
  'minside.log.reason.coordinator': { da: 'Din læge og tovholder', en: 'Your GP and coordinator' },
  'minside.log.reason.consent': { da: 'Du havde givet samtykke', en: 'You had given consent' },
  'minside.log.reason.referral': { da: 'Du var henvist dertil', en: 'You were referred there' },
  'minside.log.reason.author': { da: 'Det var deres egne notater', en: 'Their own notes' },
  'minside.log.reason.none': { da: 'Ingen adgang', en: 'No access' },

  // Messages
  'minside.msg.title': { da: 'Beskeder om dit forløb', en: 'Messages about your pathway' },
  'minside.msg.intro': {
    da: 'Her er de afslutninger og planer, dine behandlere har sendt til hinanden om dig. Du kan ikke svare her; kontakt din læge.',
    en: 'These are the closing notes and plans your clinicians sent each other about you. You cannot reply here; contact your GP.',
  },
  'minside.msg.none': { da: 'Ingen beskeder endnu.', en: 'No messages yet.' },
  'minside.msg.from': { da: 'Fra {from} til {to}, {date}', en: 'From {from} to {to}, {date}' },
  'minside.msg.kind.feedback': { da: 'Status fra din behandler', en: 'Update from your clinician' },
  'minside.msg.kind.epicrisis': { da: 'Afslutning fra sygehuset', en: 'Discharge summary from the hospital' },
  'minside.msg.kind.closing-note-119': {
    da: 'Afslutning fra kommunen',
    en: 'Closing note from the municipality',
  },
  'minside.msg.kind.slutnotat-140': { da: 'Afslutning af genoptræning', en: 'End of rehabilitation' },
  'minside.msg.kind.closing-note': { da: 'Afslutning', en: 'Closing note' },
  'minside.msg.kind.information': { da: 'Orientering', en: 'Information' },
  'minside.msg.kind.correspondence': { da: 'Brev', en: 'Letter' },
  'minside.msg.kind.rehab-plan': { da: 'Din genoptræningsplan', en: 'Your rehabilitation plan' },
  'minside.msg.summary': { da: 'Forløbet', en: 'The course' },
  'minside.msg.agreements': { da: 'Aftaler fremover', en: 'Agreements going forward' },
  'minside.msg.reason': { da: 'Årsag', en: 'Reason' },
  'minside.msg.followUp.gp': { da: 'Din læge følger op.', en: 'Your GP follows up.' },
  'minside.msg.followUp.sender': { da: 'Forløbet fortsætter her.', en: 'The course continues here.' },
  'minside.msg.plan.diagnosis': { da: 'Hvad du fejler', en: 'What is wrong' },
  'minside.msg.plan.citizenGoals': { da: 'Dine mål', en: 'Your goals' },
  'minside.msg.plan.rehabilitationNeed': { da: 'Hvad du skal træne', en: 'What you will train' },
  'minside.msg.plan.prognosis': { da: 'Hvad vi forventer', en: 'What we expect' },
  'minside.msg.plan.followUpAtHospital': { da: 'Opfølgning på sygehuset', en: 'Follow-up at the hospital' },
  'minside.msg.plan.contact': { da: 'Kontakt', en: 'Contact' },
} as const satisfies Record<string, { da: string; en: string }>;
