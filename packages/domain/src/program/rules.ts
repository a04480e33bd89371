/**
 * Every rule code of the RSD 2023 program (docs/program/rsd-2023.md) with the program's page
 * and a one-line English description. The code is the vocabulary shared by the domain, the API's
 * errors, the tests and the UI's i18n catalogue.
 */
export interface RuleInfo {
  code: string;
  /** The program's own page(s), as printed. */
  page: string;
  /** Spec section. */
  section: string;
  /** HARD rules block; the others inform, warn or suggest (spec preamble). */
  hard: boolean;
  description: string;
}

const rule = <C extends string>(code: C, page: string, section: string, description: string, hard = false) =>
  ({ code, page, section, hard, description }) as const;

export const RULES = [
  rule('SCOPE-ADULT', '8', '1', 'The program covers citizens aged 18 or over.', true),
  rule(
    'SCOPE-REGION',
    '6',
    '1',
    'The program covers citizens of the 22 municipalities of the Region of Southern Denmark.',
    true,
  ),
  rule(
    'SCOPE-LUMBAR',
    '8-10',
    '1',
    'Pain, discomfort or fatigue in the lower back, with or without leg radiation, affecting daily life.',
    true,
  ),
  rule('SCOPE-NOT-NECK', '8-10', '1', 'Neck and thoracic spine problems are out of scope.', true),
  rule(
    'GP-INFORMED',
    '14, 50',
    '2',
    'The GP (coordinator) is informed of start, plan and end of every course by every other actor.',
  ),
  rule(
    'TRIAGE-CANCER-HISTORY',
    '19',
    '3.1',
    'A previous cancer diagnosis considerably raises the risk of a non-musculoskeletal cause: shown prominently.',
  ),
  rule(
    'TRIAGE-AGE',
    '19',
    '3.1',
    'The risk of a non-musculoskeletal cause rises with age: shown prominently.',
  ),
  rule(
    'TRIAGE-RED-FLAGS',
    '19',
    '3.1',
    'Red flags inform the clinical judgement but never by themselves classify a citizen as non-musculoskeletal.',
  ),
  rule(
    'TG-NONMSK',
    '29',
    '3.2',
    'Suspected non-musculoskeletal condition: refer to relevant work-up and stay alert to such signs.',
  ),
  rule(
    'TG-CAUDA',
    '29',
    '3.2',
    'Suspected cauda equina or paresis grade 3 or less within 48 hours: acute referral to FAM, informing the GP.',
    true,
  ),
  rule(
    'TG-NERVEROOT',
    '29-30',
    '3.2',
    'Suspected nerve root involvement: as non-specific, monitor; without improvement after 4-8 weeks, hospital or MRI.',
  ),
  rule(
    'TG-STENOSIS',
    '30',
    '3.2',
    'Suspected lumbar spinal stenosis: as non-specific; without improvement after 4-8 weeks, MRI or hospital.',
  ),
  rule(
    'TG-UNCOMPLICATED',
    '30',
    '3.2',
    'Uncomplicated non-specific: handled in the practice sector, actors keep each other informed.',
  ),
  rule(
    'TG-COMPLICATED',
    '30',
    '3.2',
    'Complicated non-specific: may need interdisciplinary and cross-sector effort incl. jobcentre.',
  ),
  rule(
    'TG-PERSISTENT',
    '30',
    '3.2',
    'Persistent need for supported self-management after hospital, rehabilitation or pain centre.',
  ),
  rule(
    'HOSP-REREFERRAL',
    '30',
    '3.2',
    'Re-referral to hospital after a finished hospital course only with a significant change in condition and an untried relevant treatment ("bør": a warning).',
  ),
  rule(
    'ICF-ASSESSMENT',
    '19-21',
    '3.3',
    'Every actor assesses functioning along the five ICF components and a summary.',
  ),
  rule(
    'RISK-FACTORS',
    '17',
    '3.3',
    'Risk factors for long-lasting disabling pain: physical, psychological, social, lifestyle.',
  ),
  rule(
    'Q-STARTBACK',
    '27',
    '3.4',
    'STarT Back Screening Tool: total 0-9, psychosocial subscale 0-5, low/medium/high risk; a form that cannot be scored as published is refused.',
    true,
  ),
  rule(
    'Q-RMDQ',
    '20',
    '3.4',
    'Roland-Morris Disability Questionnaire, recorded with its version: the Danish validated 23 items (score 0-23) or the original 24 (0-24).',
    true,
  ),
  rule(
    'Q-ODI',
    '20',
    '3.4',
    'Oswestry Disability Index: 10 sections 0-5, index percent over the sections answered, to one decimal as published.',
    true,
  ),
  rule(
    'Q-PSQI',
    '47',
    '3.4',
    'Pittsburgh Sleep Quality Index: seven components 0-3, global 0-21, over 5 is a poor sleeper.',
    true,
  ),
  rule(
    'IMG-INDICATION',
    '22-25',
    '3.5',
    'Imaging only where it may change diagnosis or treatment; without an indication, warn and offer the leaflet.',
  ),
  rule(
    'IMG-REFERRER',
    '22, Table 1',
    '3.5',
    'Only the GP, chiropractor, specialist and hospital refer to imaging.',
    true,
  ),
  rule('IMG-CHIRO-INFORMS-GP', '52', '3.5', 'A chiropractor who refers to imaging informs the GP.'),
  rule(
    'PLAN-REVIEW',
    '26-28',
    '4',
    'Results are evaluated continually; with no or unsatisfactory progress the approach changes.',
  ),
  rule('PLAN-APPROACH', '27', '4', "Stepped or stratified planning is the clinician's choice, never forced."),
  rule(
    'SELF-MANAGEMENT-HUB',
    '31',
    '5',
    'Supported self-management is the hub: every other intervention is an addition and cannot stand alone.',
    true,
  ),
  rule(
    'INTERVENTION-PROVIDER',
    '31-32, Table 2',
    '5',
    'Which actors offer an intervention (Table 2): an actor that offers it neither as standard nor with a special interest cannot start it; a special-interest provider is warned.',
    true,
  ),
  rule(
    'MANUAL-4-5',
    '36',
    '5',
    'No improvement after 4-5 manual treatments: further manual therapy is unlikely to help.',
  ),
  rule(
    'MED-FOLLOWUP',
    '37',
    '5',
    'A new pain prescription is followed up after a few days and within 3-4 weeks, with a plan for discontinuation.',
  ),
  rule('SURG-NONSPECIFIC', '39', '5', 'Surgery is not used for non-specific low back pain.'),
  rule(
    'SURG-RADICULAR',
    '39',
    '5',
    'Nerve involvement without effect of conservative treatment after 4-8 weeks: consider imaging or hospital.',
  ),
  rule(
    'SURG-STRUCTURAL',
    '39',
    '5',
    'Structural change: after 6 months without improvement and daily medication or significant limitation, consider imaging or hospital.',
  ),
  rule(
    'WORK-EARLY',
    '43',
    '5',
    'Every professional assesses early whether labour-market efforts are needed; working-age citizens hear how the jobcentre can help.',
  ),
  rule(
    'HOSPITAL-MEDICATION',
    '39',
    '5',
    'The back centre prescribes only in longer courses there; otherwise it suggests medication to discuss with the GP.',
  ),
  rule('CONSENT', '50', '6', "All communication between actors requires the citizen's consent.", true),
  rule(
    'CONSENT-BY',
    '50',
    '6',
    "Consent is the citizen's act: given by the citizen, or recorded on their behalf by the coordinating GP or a referral's sender for its addressee; never by the recipient for itself; withdrawn by the citizen, the recorder or the coordinator.",
    true,
  ),
  rule(
    'CONSENT-PURPOSE',
    '43, 50',
    '6, 6.5',
    'A consent for treatment lets a health organisation see clinical facts; one for employment lets the jobcentre see only what was addressed to it and the sick-leave facts.',
    true,
  ),
  rule(
    'RECIPIENT-ACTOR',
    '50',
    '6',
    "A party's actor is the directory's actor of that organisation, never the request's.",
    true,
  ),
  rule(
    'SELF-REFERRAL',
    '51, Table 3',
    '6',
    'A citizen refers themselves only to a physiotherapist, a chiropractor or §119 prevention; the receiving organisation gains a relation and its own facts only.',
    true,
  ),
  rule(
    'AUDIT-ACCESS',
    '50',
    '6',
    "A citizen's access log is readable by the citizen and, for their pathway only, by the coordinating GP.",
    true,
  ),
  rule(
    'COORDINATOR-LISTING',
    '14',
    '2',
    'The coordinator is the GP practice the citizen is listed with; a change of GP is its own fact and moves coordination.',
    true,
  ),
  rule(
    'REGISTER-ACTOR',
    '14',
    '2',
    "A citizen is registered by the practice or regional actor that takes them in; the municipality's prevention (§119), rehabilitation (§140) and jobcentre find citizens through a pathway and register none.",
    true,
  ),
  rule(
    'REFERRAL-ROUTE',
    '50-56, Table 3',
    '6',
    "Who may refer to whom; where a route is not allowed, the program's legitimate route is shown.",
    true,
  ),
  rule(
    'HOME-MUNICIPALITY',
    '44, 55',
    '6.3-6.5',
    "Prevention (§119), rehabilitation (§140) and the jobcentre are the citizen's home municipality's: nothing is sent to, or done by, another municipality's staff.",
    true,
  ),
  rule(
    'PSYCHOLOGIST-CRITERIA',
    '41, 54',
    '6',
    'GP referral to a psychologist: low back pain with depression, marked fear of movement and/or emotional barriers.',
    true,
  ),
  rule(
    'HOSP-PRECONDITION',
    '52',
    '6.1',
    '6-8 weeks of relevant conservative treatment without sufficient effect, or worrying symptoms.',
    true,
  ),
  rule(
    'HOSP-CONTENT',
    '52-53',
    '6.1',
    'A hospital referral states reason, history, objective findings, treatment tried and practical information.',
    true,
  ),
  rule(
    'HOSP-WORDING',
    '53',
    '6.1',
    'Tell the citizen "a back course at the region\'s hospitals", never which specialty ("bør": a warning).',
  ),
  rule(
    'HOSP-EPICRISIS',
    '53',
    '6.1',
    'On discharge the hospital sends an epicrisis to the GP, with a copy to a referring specialist or chiropractor (the copy a warning).',
    true,
  ),
  rule(
    'FEEDBACK-GP',
    '51-52',
    '6.2',
    'Physio and chiro give feedback to the GP after starting and a closing note at the end.',
  ),
  rule(
    'P119-CONTENT',
    '54',
    '6.3',
    'A §119 referral (XREF15) states diagnosis, clinical information, purpose, history, practical circumstances and other municipal offers.',
    true,
  ),
  rule(
    'P119-CRITERIA',
    '45-49, 54',
    '6.3',
    'A practice course tried, the aim is to prevent worsening, a lifestyle and coping course judged helpful.',
  ),
  rule(
    'P119-CLOSE',
    '54',
    '6.3',
    'The municipality closes with an XDIS15 closing note to the GP with reason, summary and agreements; other addressees only if the referral named them as copy recipients.',
    true,
  ),
  rule(
    'R140-PLAN-CONTENT',
    '44, 55',
    '6.4',
    'A rehabilitation plan states functional loss by ICF, goals, prognosis, discharge date and level.',
    true,
  ),
  rule(
    'R140-SAME-DAY',
    '55',
    '6.4',
    'The rehabilitation plan is sent the same day the citizen leaves hospital.',
  ),
  rule(
    'R140-7-DAYS',
    '55',
    '6.4',
    "Municipal rehabilitation starts within 7 calendar days, or at the hospital's stated later date; else free choice.",
  ),
  rule(
    'R140-BINDING',
    '55',
    '6.4',
    'A rehabilitation plan is a medical referral the municipality cannot set aside.',
    true,
  ),
  rule('R140-GRADE', '44', '6.4', 'The municipality grades a rehabilitation plan basic or advanced.'),
  rule(
    'R140-CLOSE',
    '55',
    '6.4',
    'Rehabilitation closes with a slutnotat to the hospital department and, with consent, the GP.',
    true,
  ),
  rule(
    'LAE165-CONTENT',
    '55',
    '6.5',
    "The GP's LÆ 165 states the proposal for social-medical case handling, work situation and consent.",
    true,
  ),
  rule(
    'FAST-TRACK',
    '42',
    '6.5',
    'Sick leave expected over 8 weeks: fast track may be requested; a meeting within 2 weeks of the request.',
  ),
  rule(
    'PARTIAL-LEAVE',
    '42',
    '6.5',
    'Partial sick leave requires an absence of at least 4 hours a week.',
    true,
  ),
  rule(
    'OPPORTUNITY-STATEMENT',
    '42',
    '6.5',
    'A mulighedserklæring for citizens with repeated sick leave whose attachment is threatened; made by the GP.',
    true,
  ),
  rule('S56', '42', '6.5', 'Employer and employee may apply for a §56 arrangement.'),
  rule(
    'BENEFIT-REVIEW',
    '42',
    '6.5',
    'When sickness benefit runs out, the jobcentre reassesses an extension.',
  ),
  rule(
    'JOB-CONSENT',
    '43',
    '6.5',
    "Health information reaches the jobcentre only with the citizen's consent.",
    true,
  ),
  rule(
    'LAE285',
    '55',
    '6.5',
    'The municipality requests LÆ 285 from the GP for the sick-leave follow-up by week 8 (the week a warning).',
    true,
  ),
  rule(
    'PAIN-CRITERIA',
    '48-49, 56',
    '6.6',
    'Pain centre: all four criteria hold and pain has lasted over 6 months; only the GP refers.',
    true,
  ),
  rule(
    'CLK-REASSESS-4-8W',
    '29-30',
    '7',
    'Reassess a nerve root or stenosis course 4 to 8 weeks after treatment start.',
  ),
  rule('CLK-HOSP-6-8W', '52', '7', 'Conservative treatment for 6 to 8 weeks before a hospital referral.'),
  rule(
    'CLK-MED-DAYS',
    '37',
    '7',
    'First medication follow-up a few days after the prescription (shown at 3 days).',
  ),
  rule(
    'CLK-MED-3-4W',
    '37',
    '7',
    'Second medication follow-up at the latest 4 weeks after the prescription.',
  ),
  rule('CLK-MANUAL-4-5', '36', '7', 'Check the response to manual therapy at the 5th treatment.'),
  rule('CLK-R140-SEND', '55', '7', 'The rehabilitation plan is sent on the day of discharge.'),
  rule(
    'CLK-R140-START',
    '55',
    '7',
    'Municipal rehabilitation starts within 7 calendar days of receiving the plan, or the stated later date.',
  ),
  rule('CLK-FASTTRACK', '42', '7', 'The fast-track meeting is held within 14 days of the request.'),
  rule('CLK-SICK-8W', '42', '7', 'Sick leave expected over 8 weeks prompts fast track.'),
  rule('CLK-PAIN-6M', '48', '7', 'Pain duration of 6 months for the pain-centre criteria.'),
  rule(
    'CLK-STRUCT-6M',
    '39',
    '7',
    '6 months of conservative treatment before structural surgery is considered.',
  ),
  rule('CPR-FORMAT', '-', '9', 'A CPR number has 10 digits (DDMMYY-SSSS).', true),
  rule(
    'CPR-DATE',
    '-',
    '9',
    "A CPR number's first six digits and 7th digit give a real date of birth.",
    true,
  ),
  rule(
    'PATHWAY-STATE',
    '-',
    '-',
    "The command does not fit the pathway's current state (e.g. unknown referral, already closed).",
    true,
  ),
  rule('ACTOR-PERMISSION', '-', '-', 'This actor may not perform this command.', true),
  rule(
    'INPUT-INVALID',
    '-',
    '-',
    'The input does not have the required shape; the field and reason are named.',
    true,
  ),
] as const satisfies readonly RuleInfo[];

export type RuleCode = (typeof RULES)[number]['code'];

const RULE_INDEX = new Map<string, RuleInfo>(RULES.map((r) => [r.code, r]));

export function ruleInfo(code: RuleCode): RuleInfo {
  const info = RULE_INDEX.get(code);
  if (!info) throw new Error(`unknown rule code ${code}`);
  return info;
}

export const isRuleCode = (code: string): code is RuleCode => RULE_INDEX.has(code);
