import type { RuleCode } from '@rygforlob/domain';

/**
 * What each rule says to a Danish clinician or caseworker: a short title, and a sentence that
 * says what to do. `{param}` placeholders are filled from the violation's or advice's params.
 */
export const RULES_DA: Record<RuleCode, { title: string; text: string }> = {
  'SCOPE-ADULT': {
    title: 'Kun voksne',
    text: 'Forløbsprogrammet gælder borgere på 18 år og derover. Borgeren er {age} år.',
  },
  'SCOPE-REGION': {
    title: 'Kun Region Syddanmark',
    text: 'Programmet gælder borgere i regionens 22 kommuner; {municipality} er ikke en af dem.',
  },
  'SCOPE-LUMBAR': {
    title: 'Lænderygbesvær',
    text: 'Programmet gælder smerter, ubehag eller træthed i lænden, som i nogen grad påvirker hverdagen.',
  },
  'SCOPE-NOT-NECK': {
    title: 'Ikke nakke og brystryg',
    text: 'Nakke- og brystrygsbesvær hører ikke under dette program.',
  },
  'GP-INFORMED': {
    title: 'Egen læge informeres',
    text: 'Egen læge (tovholder) skal informeres om opstart, plan og afslutning, og det kræver borgerens samtykke til deling med lægen.',
  },
  'TRIAGE-CANCER-HISTORY': {
    title: 'Tidligere kræft',
    text: 'Tidligere kræftsygdom øger risikoen for en bagvedliggende ikke-muskuloskeletal årsag betydeligt.',
  },
  'TRIAGE-AGE': {
    title: 'Alder',
    text: 'Risikoen for en ikke-muskuloskeletal årsag stiger med alderen (borgeren er {age} år).',
  },
  'TRIAGE-RED-FLAGS': {
    title: 'Røde flag',
    text: 'Røde flag understøtter den kliniske vurdering, men klassificerer aldrig alene: 8 ud af 10 har mindst ét uden bagvedliggende sygdom.',
  },
  'TG-NONMSK': {
    title: 'Mistanke om ikke-muskuloskeletal tilstand',
    text: 'Henvis til relevant udredning for den mistænkte tilstand, og vær opmærksom på sådanne tegn senere i forløbet.',
  },
  'TG-CAUDA': {
    title: 'Mistanke om cauda equina / akut parese',
    text: 'Henvis straks akut til Fælles Akutmodtagelse (FAM). Er du ikke selv borgerens egen læge, får lægen besked.',
  },
  'TG-NERVEROOT': {
    title: 'Mistanke om nerverodspåvirkning',
    text: 'Samme tilgang som uspecifikt besvær med grundig information; følg op for cauda equina og progredierende udfald. Uden bedring efter 4–8 uger: rygcenter eller MR.',
  },
  'TG-STENOSIS': {
    title: 'Mistanke om spinalstenose',
    text: 'Samme tilgang som uspecifikt besvær. Uden bedring efter 4–8 uger: MR eller rygcenter.',
  },
  'TG-UNCOMPLICATED': {
    title: 'Ukompliceret uspecifikt lænderygbesvær',
    text: 'Håndteres i praksissektoren; aktørerne orienterer hinanden, så planen er gennemsigtig.',
  },
  'TG-COMPLICATED': {
    title: 'Kompliceret uspecifikt lænderygbesvær',
    text: 'Kan kræve tværfaglig og tværsektoriel indsats: praksissektor, sygehus og smertecenter, kommunale tilbud og jobcenter ved sygemelding.',
  },
  'TG-PERSISTENT': {
    title: 'Vedvarende behov for støttet egenbehandling',
    text: 'Periodisk støttet egenbehandling i praksissektoren, evt. kommunens "Lær at tackle"-kurser.',
  },
  'HOSP-REREFERRAL': {
    title: 'Genhenvisning til rygcenter',
    text: 'Efter et afsluttet sygehusforløb bør genhenvisning kun ske ved betydende ændring i tilstanden og en relevant behandling, der ikke er afprøvet.',
  },
  'ICF-ASSESSMENT': {
    title: 'ICF-vurdering',
    text: 'Vurder kroppens funktioner, aktivitet, deltagelse, omgivelses- og personlige faktorer, og saml op.',
  },
  'RISK-FACTORS': {
    title: 'Risikofaktorer',
    text: 'Fysiske, psykologiske, sociale og livsstilsfaktorer for langvarige, invaliderende smerter.',
  },
  'Q-STARTBACK': { title: 'STarT Back', text: 'Et svar er ugyldigt: {reason}.' },
  'Q-RMDQ': { title: 'Roland-Morris (RMDQ)', text: 'Et svar er ugyldigt: {reason}.' },
  'Q-ODI': { title: 'Oswestry (ODI)', text: 'Et svar er ugyldigt: {reason}.' },
  'Q-PSQI': { title: 'Pittsburgh søvnindeks (PSQI)', text: 'Et svar er ugyldigt: {reason}.' },
  'IMG-INDICATION': {
    title: 'Indikation for billeddiagnostik',
    text: 'Billeddiagnostik kun hvor det kan ændre diagnose eller behandling. Brug evt. pjecen "Forstå dine smerter i lænden" i samtalen.',
  },
  'IMG-REFERRER': {
    title: 'Hvem henviser til billeddiagnostik',
    text: 'Kun egen læge, kiropraktor, speciallæge og sygehus henviser til billeddiagnostik.',
  },
  'IMG-CHIRO-INFORMS-GP': {
    title: 'Kiropraktor informerer egen læge',
    text: 'Husk at informere egen læge om henvisningen til billeddiagnostik.',
  },
  'PLAN-REVIEW': {
    title: 'Evaluér planen',
    // Given when the agreed follow-up date has passed, or after sessions without progress: each fills its own parenthesis.
    text: 'Ved ingen eller utilstrækkelig fremgang skal tilgangen ændres (den aftalte opfølgning {followUpOn} er passeret) ({sessions} behandlinger i træk uden bedring).',
  },
  'PLAN-APPROACH': {
    title: 'Trinvis eller stratificeret',
    text: 'Valget mellem trinvis og stratificeret tilgang er klinikerens; ingen af dem er vist bedre.',
  },
  'SELF-MANAGEMENT-HUB': {
    title: 'Støttet egenbehandling er omdrejningspunktet',
    text: 'Alle andre indsatser er tilføjelser og kan ikke stå alene: planen skal rumme støttet egenbehandling.',
  },
  'INTERVENTION-PROVIDER': {
    title: 'Hvem tilbyder indsatsen',
    text: 'Indsatsen hører ikke til denne faggruppes tilbud i forløbsprogrammet, eller kun ved særlig interesse.',
  },
  'MANUAL-4-5': {
    title: 'Manuel behandling uden effekt',
    text: 'Ingen bedring efter {sessions} manuelle behandlinger: yderligere manuel behandling giver næppe klinisk relevant bedring.',
  },
  'MED-FOLLOWUP': {
    title: 'Opfølgning på smertestillende',
    text: 'Følg op på effekt og bivirkninger efter få dage og senest efter 3–4 uger, med plan for udtrapning. Ved vedvarende smerter kun i særlige tilfælde: angiv begrundelsen.',
  },
  'SURG-NONSPECIFIC': {
    title: 'Ikke kirurgi ved uspecifikke smerter',
    text: 'Kirurgi anvendes ikke ved uspecifikke lændesmerter.',
  },
  'SURG-RADICULAR': {
    title: 'Nerverodspåvirkning uden effekt',
    text: 'Uden tilfredsstillende effekt efter 4–8 uger: overvej billeddiagnostik eller vurdering på rygcenter. Effekten af kirurgi falder med ventetiden.',
  },
  'SURG-STRUCTURAL': {
    title: 'Strukturelle forandringer',
    text: 'Efter 6 måneders konservativ behandling uden bedring og med daglig medicin eller betydende begrænsning: overvej billeddiagnostik eller rygcenter.',
  },
  'WORK-EARLY': {
    title: 'Tidlig vurdering af arbejdet',
    text: 'Vurder tidligt, om der er behov for beskæftigelsesrettet indsats, og fortæl borgeren om jobcentrets muligheder.',
  },
  'HOSPITAL-MEDICATION': {
    title: 'Medicin fra rygcentret',
    text: 'Rygcentret ordinerer kun i længere forløb der; ellers foreslås medicin, som borgeren drøfter med egen læge.',
  },
  CONSENT: {
    title: 'Borgerens samtykke',
    text: 'Al kommunikation mellem aktører kræver borgerens samtykke. Indhent og registrér samtykke til modtageren først.',
  },
  'REFERRAL-ROUTE': {
    title: 'Henvisningsvej',
    text: 'Programmet giver ikke denne henvisningsvej. Brug i stedet den vej, der er vist her.',
  },
  'HOME-MUNICIPALITY': {
    title: 'Borgerens bopælskommune',
    text: 'Forebyggelse (§\u00a0119), genoptræning (§\u00a0140) og jobcenter hører til borgerens bopælskommune, {home}. Vælg en modtager i {home}.',
  },
  'PSYCHOLOGIST-CRITERIA': {
    title: 'Henvisning til psykolog',
    text: 'Angiv mindst én indikation: depression, udtalt bevægelsesangst eller følelsesmæssige barrierer.',
  },
  'HOSP-PRECONDITION': {
    title: 'Forudsætning for henvisning til rygcenter',
    text: 'Relevant konservativ behandling i 6–8 uger uden tilstrækkelig effekt, eller bekymrende symptomer (fx nyopstået lammelse).',
  },
  'HOSP-CONTENT': {
    title: 'Henvisningens indhold',
    text: 'Henvisningen til fællesvisitationen er ikke færdig (mangler {missing#påkrævet felt|påkrævede felter}).',
  },
  'HOSP-WORDING': {
    title: 'Sig "et rygforløb på regionens sygehuse"',
    text: 'Fortæl borgeren, at der henvises til et rygforløb på regionens sygehuse, ikke om det bliver medicinsk eller kirurgisk: det afgør fællesvisitationen.',
  },
  'HOSP-EPICRISIS': {
    title: 'Epikrise',
    text: 'Epikrisen sendes til egen læge, med kopi til en henvisende speciallæge eller kiropraktor.',
  },
  'FEEDBACK-GP': {
    title: 'Tilbagemelding til egen læge',
    text: 'Giv egen læge besked, når du starter, og send en afslutning, der siger, om du eller lægen følger op.',
  },
  'P119-CONTENT': {
    title: 'Henvisning til afklarende samtale',
    text: 'Henvisningen til afklarende samtale er ikke færdig (mangler {missing#påkrævet felt|påkrævede felter}).',
  },
  'P119-CRITERIA': {
    title: 'Anbefalede kriterier for §\u00a0119',
    text: 'Et anbefalet kriterium er ikke opfyldt; henvisningen kan stadig sendes.',
  },
  'P119-CLOSE': {
    title: 'Afslutningsnotat til egen læge',
    text: 'Afslutningsnotatet sendes til egen læge med årsag, opsummering og aftaler fremover; til andre kun, hvis henvisningen nævnte dem som kopimodtagere.',
  },
  'R140-PLAN-CONTENT': {
    title: 'Genoptræningsplanens indhold',
    text: 'Genoptræningsplanen er ikke færdig (mangler {missing#påkrævet felt|påkrævede felter}).',
  },
  'R140-SAME-DAY': {
    title: 'Samme dag som udskrivelse',
    text: 'Genoptræningsplanen sendes samme dag, som borgeren udskrives ({dischargeDate}); den er sendt {sentOn}.',
  },
  'R140-7-DAYS': {
    title: 'Opstart inden 7 dage',
    text: 'Genoptræningen starter inden 7 kalenderdage eller på sygehusets angivne dato; ellers har borgeren frit valg af privat leverandør.',
  },
  'R140-BINDING': {
    title: 'Genoptræningsplanen kan ikke afvises',
    text: 'En genoptræningsplan er en lægefaglig henvisning, som kommunen ikke kan tilsidesætte.',
  },
  'R140-GRADE': { title: 'Visitér niveau', text: 'Visitér genoptræningen som almen eller avanceret.' },
  'R140-CLOSE': {
    title: 'Slutnotat',
    text: 'Slutnotatet sendes til den henvisende sygehusafdeling og, med samtykke, til egen læge.',
  },
  'LAE165-CONTENT': {
    title: 'LÆ 165',
    text: 'Forslaget om socialmedicinsk sagsbehandling er ikke færdigt (mangler {missing#påkrævet felt|påkrævede felter}).',
  },
  'FAST-TRACK': {
    title: 'Fast track',
    text: 'Ved forventet sygefravær over 8 uger kan der anmodes om fast track; samtalen holdes senest 2 uger efter anmodningen (senest {latest}).',
  },
  'PARTIAL-LEAVE': {
    title: 'Delvis sygemelding',
    text: 'Delvis sygemelding kræver fravær på mindst 4 timer om ugen.',
  },
  'OPPORTUNITY-STATEMENT': {
    title: 'Mulighedserklæring',
    text: 'Mulighedserklæringen udfærdiges af borgerens egen læge.',
  },
  S56: { title: '§\u00a056-ordning', text: 'Arbejdsgiver og lønmodtager kan søge om en §\u00a056-ordning.' },
  'BENEFIT-REVIEW': {
    title: 'Revurdering af sygedagpenge',
    text: 'Sygedagpengene skal revurderes {reviewOn}.',
  },
  'JOB-CONSENT': {
    title: 'Samtykke til jobcentret',
    text: 'Helbredsoplysninger deles med jobcentret kun med borgerens samtykke.',
  },
  LAE285: {
    title: 'LÆ 285',
    text: 'Indhent LÆ 285 fra egen læge til opfølgningen senest i uge 8 ({week8}).',
  },
  'PAIN-CRITERIA': {
    title: 'Kriterier for smertecenter',
    text: 'Alle fire kriterier skal være opfyldt, og smerterne skal have varet over 6 måneder. Kun egen læge henviser.',
  },
  'CLK-REASSESS-4-8W': {
    title: 'Revurdering 4–8 uger',
    text: 'Revurder forløbet ved nerverodspåvirkning eller stenose 4–8 uger efter behandlingsstart.',
  },
  'CLK-HOSP-6-8W': {
    title: '6–8 ugers konservativ behandling',
    text: 'Fra 6 ugers behandling uden effekt kan der henvises til rygcentret.',
  },
  'CLK-MED-DAYS': {
    title: 'Første medicinopfølgning',
    text: 'Opfølgning på effekt og bivirkninger efter få dage.',
  },
  'CLK-MED-3-4W': { title: 'Anden medicinopfølgning', text: 'Opfølgning senest 4 uger efter ordinationen.' },
  'CLK-MANUAL-4-5': {
    title: 'Effekt af manuel behandling',
    text: 'Vurder effekten ved den 5. manuelle behandling.',
  },
  'CLK-R140-SEND': { title: 'Genoptræningsplan sendt', text: 'Planen sendes på udskrivelsesdagen.' },
  'CLK-R140-START': {
    title: 'Genoptræning starter',
    text: 'Genoptræningen starter senest 7 dage efter modtagelsen eller på den angivne dato.',
  },
  'CLK-FASTTRACK': { title: 'Fast track-samtale', text: 'Samtalen holdes senest 14 dage efter anmodningen.' },
  'CLK-SICK-8W': {
    title: 'Sygemelding over 8 uger',
    text: 'Forventet sygefravær over 8 uger: overvej fast track inden uge 8.',
  },
  'CLK-PAIN-6M': { title: '6 måneders smerter', text: 'Smertevarighed for smertecenter-kriterierne.' },
  'CLK-STRUCT-6M': {
    title: '6 måneders konservativ behandling',
    text: 'Strukturelle forandringer: 6 måneders konservativ behandling før kirurgisk vurdering.',
  },
  'CPR-FORMAT': { title: 'CPR-nummer', text: 'Et CPR-nummer har 10 cifre (DDMMÅÅ-XXXX).' },
  'CPR-DATE': {
    title: 'CPR-nummerets dato',
    text: 'CPR-nummerets første seks cifre giver ikke en gyldig fødselsdato.',
  },
  'PATHWAY-STATE': {
    title: 'Forløbets tilstand',
    text: 'Handlingen passer ikke til forløbets tilstand ({reason}).',
  },
  'ACTOR-PERMISSION': { title: 'Ikke din handling', text: 'Din rolle kan ikke udføre denne handling.' },
  'INPUT-INVALID': { title: 'Ugyldigt felt', text: 'Feltet er ikke udfyldt korrekt ({reason}).' },
  'CONSENT-BY': {
    title: 'Hvem registrerer samtykke',
    text: 'Samtykket er borgerens: borgeren giver det selv, eller egen læge eller den henvisende registrerer det på borgerens vegne. Modtageren registrerer aldrig samtykke til sig selv.',
  },
  'CONSENT-PURPOSE': {
    title: 'Samtykkets formål',
    text: 'Samtykke til behandling gives til sundhedsfaglige; samtykke til beskæftigelse kun til jobcentret, som så alene ser det, der er sendt til det, og sygefraværet.',
  },
  'RECIPIENT-ACTOR': {
    title: 'Den rigtige modtager',
    text: 'Modtagerens rolle er den, organisationen har i registret ({expected}).',
  },
  'SELF-REFERRAL': {
    title: 'Egen henvendelse',
    text: 'Borgeren kan selv henvende sig hos fysioterapeut, kiropraktor og kommunal forebyggelse (§\u00a0119), aldrig hos jobcentret eller sygehuset.',
  },
  'COORDINATOR-LISTING': {
    title: 'Tilmeldt egen læge',
    text: 'Tovholderen er den lægepraksis, borgeren er tilmeldt; skifter borgeren læge, flyttes tovholderskabet med en egen registrering.',
  },
  'REGISTER-ACTOR': {
    title: 'Hvem opretter borgere',
    text: 'Borgere oprettes af den praksis eller regionale enhed, der tager imod dem. Kommunens forebyggelse, genoptræning og jobcenter finder borgeren gennem et forløb: en henvisning, en udskrivning, et samtykke eller borgerens egen henvendelse.',
  },
  'AUDIT-ACCESS': {
    title: 'Adgangsloggen',
    text: 'Borgerens adgangslog kan kun ses af borgeren og, for sit forløb, af tovholderen.',
  },
};
