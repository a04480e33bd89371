/**
 * "Min plan": the citizen's printable page, everyday Danish, no codes. Shared by the clinic's
 * printable plan and Min side (whose own small catalogue includes it, issue 12).
 */
export const MYPLAN_MESSAGES = {
  'clinic.comm.myplan.title': { da: 'Min plan', en: 'My plan' },
  'clinic.comm.myplan.back': { da: '← Tilbage', en: '← Back' },
  'clinic.comm.myplan.print': { da: 'Udskriv', en: 'Print' },
  'clinic.comm.myplan.printed': { da: 'printet {date}', en: 'printed {date}' },
  'clinic.comm.myplan.what': { da: 'Hvad er der galt?', en: 'What is wrong?' },
  'clinic.comm.myplan.tg.none': {
    da: 'Vi har ikke været hele vejen rundt om din ryg endnu. Det gør vi sammen ved næste besøg.',
    en: 'We have not yet looked at your back fully. We will do that together at the next visit.',
  },
  'clinic.comm.myplan.tg.TG-UNCOMPLICATED': {
    da: 'Du har ondt i lænden. Det er meget almindeligt og som regel ikke farligt. De fleste får det bedre i løbet af nogle uger, især når de holder sig i gang.',
    en: 'You have low back pain. It is very common and usually not dangerous. Most people get better within a few weeks, especially when they keep moving.',
  },
  'clinic.comm.myplan.tg.TG-COMPLICATED': {
    da: 'Du har ondt i lænden, og det påvirker flere dele af dit liv, fx søvn, humør, arbejde eller fritid. Det betyder ikke, at ryggen er i stykker. Vi arbejder med flere ting på én gang, så du kommer godt videre.',
    en: 'You have low back pain, and it affects several parts of your life, such as sleep, mood, work or leisure. It does not mean your back is broken. We work on several things at once so you can move on.',
  },
  'clinic.comm.myplan.tg.TG-NERVEROOT': {
    da: 'Du har ondt i lænden, og en nerve i ryggen er sandsynligvis irriteret. Det kan give smerter, prikken eller følelsesløshed ned i benet. Det går som regel over af sig selv, men det kan tage nogle uger eller måneder.',
    en: 'You have low back pain, and a nerve in your back is probably irritated. It can cause pain, tingling or numbness down the leg. It usually settles by itself, but it can take weeks or months.',
  },
  'clinic.comm.myplan.tg.TG-STENOSIS': {
    da: 'Du har ondt i lænden og i benene, når du går. Det kan skyldes, at der er blevet trangt om nerverne nederst i ryggen. Det er almindeligt, når man bliver ældre, og der er meget, du selv kan gøre.',
    en: 'You have pain in your lower back and legs when you walk. It may be because the nerves low in your back have less room. It is common as we get older, and there is a lot you can do yourself.',
  },
  'clinic.comm.myplan.tg.TG-PERSISTENT': {
    da: 'Du har haft ondt i ryggen længe og har fået hjælp flere steder. Nu handler det om, at du selv kan styre smerterne i hverdagen, med støtte, når du har brug for det.',
    en: 'You have had back pain for a long time and have had help in several places. Now it is about managing the pain yourself in everyday life, with support when you need it.',
  },
  'clinic.comm.myplan.tg.TG-NONMSK': {
    da: 'Dine smerter i ryggen kan skyldes noget andet end ryggen selv. Derfor skal du undersøges nærmere, så vi finder årsagen.',
    en: 'Your back pain may come from something other than the back itself. So you need further tests to find the cause.',
  },
  'clinic.comm.myplan.tg.TG-CAUDA': {
    da: 'Dine symptomer skal undersøges med det samme på sygehuset. Tag af sted nu, som aftalt.',
    en: 'Your symptoms must be examined at the hospital straight away. Go now, as agreed.',
  },
  'clinic.comm.myplan.goals': { da: 'Dine mål', en: 'Your goals' },
  'clinic.comm.myplan.goals.none': {
    da: 'Vi aftaler dine mål sammen ved næste besøg.',
    en: 'We will agree on your goals together at the next visit.',
  },
  // A noun phrase: the agreements below are the clinician's words, often infinitives (issue 14 review).
  'clinic.comm.myplan.self': { da: 'Aftaler om det, du selv gør', en: 'Agreements on what you do yourself' },
  'clinic.comm.myplan.subGoals': { da: 'Delmål på vejen:', en: 'Steps on the way:' },
  'clinic.comm.myplan.self.none': {
    da: 'Hold dig i gang med det, du kan. Bevægelse hjælper de fleste med ondt i ryggen.',
    en: 'Keep doing what you can. Movement helps most people with back pain.',
  },
  'clinic.comm.myplan.helpers': { da: 'Dem, der hjælper dig', en: 'Who helps you' },
  'clinic.comm.myplan.helpers.gp': {
    da: 'Din læge, {org}, holder sammen på dit forløb.',
    en: 'Your GP, {org}, keeps your care together.',
  },
  'clinic.comm.myplan.helpers.planned': { da: 'det aftaler vi nærmere', en: 'we will arrange this' },
  'clinic.comm.myplan.intervention.self-management': {
    da: 'Det, du selv gør for din ryg hver dag',
    en: 'What you do for your back every day',
  },
  'clinic.comm.myplan.helpers.selfManagement': {
    da: 'Det, du selv gør for din ryg hver dag, med støtte fra {org}',
    en: 'What you do for your back every day, with support from {org}',
  },
  'clinic.comm.myplan.intervention.education': {
    da: 'Viden om ryggen, og om hvordan du kan håndtere smerterne',
    en: 'Learning about your back and how to handle the pain',
  },
  'clinic.comm.myplan.intervention.exercise': { da: 'Træning med vejledning', en: 'Exercise with guidance' },
  'clinic.comm.myplan.intervention.manual': {
    da: 'Behandling, hvor behandleren bruger hænderne på din ryg',
    en: 'Hands-on treatment of your back',
  },
  'clinic.comm.myplan.intervention.medication': {
    da: 'Smertestillende medicin, med en plan for at trappe ned igen',
    en: 'Pain medicine, with a plan to cut down again',
  },
  'clinic.comm.myplan.intervention.cft': {
    da: 'Et forløb, hvor du lærer at bevæge dig og bruge kroppen trygt igen',
    en: 'A course where you learn to move and use your body with confidence again',
  },
  'clinic.comm.myplan.intervention.back-medicine': {
    da: 'Et rygforløb på sygehuset',
    en: 'A back course at the hospital',
  },
  'clinic.comm.myplan.intervention.back-surgery': {
    da: 'En operation på sygehuset, som aftalt med lægerne der',
    en: 'An operation at the hospital, as agreed with the doctors there',
  },
  'clinic.comm.myplan.intervention.work': {
    da: 'Hjælp til at blive i eller komme tilbage til dit arbejde',
    en: 'Help to stay in or return to your work',
  },
  'clinic.comm.myplan.intervention.rehab-140': {
    da: 'Genoptræning i din kommune',
    en: 'Rehabilitation in your municipality',
  },
  'clinic.comm.myplan.intervention.prevention-119': {
    da: 'Et tilbud i din kommune, fx et kursus eller træning',
    en: 'An offer in your municipality, such as a course or exercise',
  },
  'clinic.comm.myplan.referral.physio': { da: 'Fysioterapi hos {org}', en: 'Physiotherapy at {org}' },
  'clinic.comm.myplan.referral.chiro': { da: 'Kiropraktor hos {org}', en: 'Chiropractor at {org}' },
  'clinic.comm.myplan.referral.specialist': { da: 'Speciallæge: {org}', en: 'Specialist: {org}' },
  'clinic.comm.myplan.referral.hospital': {
    da: 'Et rygforløb på regionens sygehuse: {org}',
    en: "A back course at the region's hospitals: {org}",
  },
  'clinic.comm.myplan.referral.pain-centre': {
    da: 'Et forløb på et smertecenter: {org}',
    en: 'A course at a pain centre: {org}',
  },
  'clinic.comm.myplan.referral.prevention-119': {
    da: 'En snak med din kommune om, hvad de kan tilbyde dig: {org}',
    en: 'A talk with your municipality about what they can offer you: {org}',
  },
  'clinic.comm.myplan.referral.rehab-140': {
    da: 'Genoptræning i din kommune: {org}',
    en: 'Rehabilitation in your municipality: {org}',
  },
  'clinic.comm.myplan.referral.jobcentre-contact': {
    da: 'Jobcentret hjælper med dit arbejde: {org}',
    en: 'The jobcentre helps with your work: {org}',
  },
  'clinic.comm.myplan.referral.jobcentre-lae165': {
    da: 'Jobcentret hjælper med dit arbejde og din sygemelding: {org}',
    en: 'The jobcentre helps with your work and sick leave: {org}',
  },
  'clinic.comm.myplan.referral.psychologist': {
    da: 'Samtaler med en psykolog: {org}',
    en: 'Talks with a psychologist: {org}',
  },
  'clinic.comm.myplan.referral.occupational-medicine': {
    da: 'Arbejdsmedicinsk klinik ser på dit arbejde og din ryg: {org}',
    en: 'An occupational medicine clinic looks at your work and your back: {org}',
  },
  'clinic.comm.myplan.referral.imaging': {
    da: 'Billeder af ryggen (røntgen eller scanning): {org}',
    en: 'Pictures of your back (X-ray or scan): {org}',
  },
  'clinic.comm.myplan.referral.acute': {
    da: 'Undersøgelse med det samme på sygehusets akutmodtagelse: {org}',
    en: 'Examination straight away at the hospital emergency department: {org}',
  },
  'clinic.comm.myplan.followUp': { da: 'Hvornår følger vi op?', en: 'When do we follow up?' },
  'clinic.comm.myplan.followUp.none': {
    da: 'Vi aftaler sammen, hvornår vi ses igen.',
    en: 'We will agree together when we meet again.',
  },
  'clinic.comm.myplan.followUp.agreed': {
    da: 'Aftalt samtale om, hvordan det går',
    en: 'Agreed talk about how it is going',
  },
  'clinic.comm.myplan.between': { da: 'Mellem {from} og {to}', en: 'Between {from} and {to}' },
  'clinic.comm.myplan.clock.CLK-REASSESS-4-8W': {
    da: 'Fælles opfølgning på, hvordan det går med ryggen og benet',
    en: 'Follow-up together on how your back and leg are doing',
  },
  'clinic.comm.myplan.clock.CLK-MED-DAYS': {
    da: 'Samtale om, hvordan medicinen virker',
    en: 'A talk about how the medicine works',
  },
  'clinic.comm.myplan.clock.CLK-MED-3-4W': {
    da: 'Ny samtale om medicinen, og om hvordan du kan trappe ned',
    en: 'Another talk about the medicine, and how to cut down',
  },
  'clinic.comm.myplan.clock.CLK-MANUAL-4-5': {
    da: 'Fælles vurdering af, om behandlingen med hænderne hjælper dig',
    en: 'A check together on whether the hands-on treatment helps you',
  },
  'clinic.comm.myplan.clock.CLK-R140-START': {
    da: 'Start på din genoptræning i kommunen',
    en: 'The start of your rehabilitation in the municipality',
  },
  'clinic.comm.myplan.clock.CLK-FASTTRACK': {
    da: 'Samtale med dig i jobcentret',
    en: 'A meeting with you at the jobcentre',
  },
  'clinic.comm.myplan.urgent': {
    da: 'Hvornår skal du have hjælp med det samme?',
    en: 'When do you need help straight away?',
  },
  'clinic.comm.myplan.urgent.intro': {
    da: 'Hvis du får et eller flere af disse tegn:',
    en: 'If you get one or more of these signs:',
  },
  'clinic.comm.myplan.urgent.numb': {
    da: 'Du mister følelsen i skridtet, omkring endetarmen eller på indersiden af lårene',
    en: 'You lose feeling in the groin, around the back passage or on the inside of the thighs',
  },
  'clinic.comm.myplan.urgent.bladder': {
    da: 'Du har svært ved at holde på eller komme af med urin eller afføring',
    en: 'You have trouble holding or passing urine or stools',
  },
  'clinic.comm.myplan.urgent.weak': {
    da: 'Dine ben bliver pludselig svage, eller det bliver hurtigt værre',
    en: 'Your legs suddenly become weak, or it quickly gets worse',
  },
  'clinic.comm.myplan.urgent.ill': {
    da: 'Du får feber og føler dig meget syg',
    en: 'You get a fever and feel very ill',
  },
  'clinic.comm.myplan.urgent.call': {
    da: 'Ring straks til din læge eller til lægevagten. Vent ikke til næste aftale.',
    en: 'Call your GP or the out-of-hours service at once. Do not wait for the next appointment.',
  },
  'clinic.comm.myplan.questions': {
    da: 'Har du spørgsmål til din plan, så kontakt din læge: {org} (telefon {phone}).',
    en: 'If you have questions about your plan, contact your GP: {org} (phone {phone}).',
  },
} as const satisfies Record<string, { da: string; en: string }>;
