import type { RuleCode } from '../program/rules.ts';
import { baseTriageInput } from '../testing/triage-inputs.ts';
import { adviceCases } from './reach.advice.cases.ts';
import { accessCases, communicationCases } from './reach.communication.cases.ts';
import { decideCases } from './reach.decide.cases.ts';
import { FICTITIOUS_BIRTH_DATE, nerveRoot, type ReachCase } from './reach.helpers.ts';

export type { ReachCase } from './reach.helpers.ts';

function scopeCases(): ReachCase[] {
  const scope = (
    name: string,
    input: unknown,
    shows: RuleCode[],
    note: string,
    blocks?: RuleCode[],
    now = '2026-09-01',
  ) => ({
    name,
    argv: ['scope', '--now', now],
    input,
    shows,
    ...(blocks ? { blocks } : {}),
    note,
  });
  return [
    scope(
      'scope-out',
      {
        citizen: { cpr: '150606-4170', municipality: 'Flensburg' },
        complaint: { painRegions: ['neck'], legRadiation: false, affectsDailyLife: true },
      },
      ['SCOPE-ADULT', 'SCOPE-REGION', 'SCOPE-NOT-NECK'],
      'a 17-year-old from outside the region with neck pain: three reasons, each explained',
      undefined,
      '2024-03-01',
    ),
    scope(
      'scope-lumbar',
      {
        citizen: { birthDate: FICTITIOUS_BIRTH_DATE, municipality: 'Vejle' },
        complaint: { painRegions: ['lumbar'], legRadiation: true, affectsDailyLife: false },
      },
      ['SCOPE-LUMBAR'],
      'low back pain with leg radiation that does not affect daily life',
    ),
    scope(
      'cpr-format',
      {
        citizen: { cpr: '1405-80', municipality: 'Vejle' },
        complaint: { painRegions: ['lumbar'], affectsDailyLife: true },
      },
      ['CPR-FORMAT'],
      'a CPR number of the wrong shape is refused (exit 2)',
      ['CPR-FORMAT'],
    ),
    scope(
      'cpr-date',
      {
        citizen: { cpr: '310280-1234', municipality: 'Vejle' },
        complaint: { painRegions: ['lumbar'], affectsDailyLife: true },
      },
      ['CPR-DATE'],
      'a CPR number naming 31 February is refused (exit 2)',
      ['CPR-DATE'],
    ),
  ];
}

function triageCases(): ReachCase[] {
  const base = baseTriageInput();
  const triage = (name: string, patch: object, shows: RuleCode[], note: string): ReachCase => ({
    name,
    argv: ['triage'],
    input: { ...base, ...patch },
    shows,
    note,
  });
  const complicated = {
    longLasting: true,
    significantFunctionalLimitation: true,
    psychosocial: false,
    comorbidity: false,
  };
  return [
    triage(
      'triage-cauda',
      { caudaEquina: { ...base.caudaEquina, saddleAnaesthesia: true } },
      ['TG-CAUDA'],
      'saddle anaesthesia: acute referral to FAM, informing the GP',
    ),
    triage(
      'triage-risk',
      { previousCancer: true, age: 61, redFlags: ['night-pain'], suspectedNonMsk: true },
      ['TG-NONMSK', 'TRIAGE-CANCER-HISTORY', 'TRIAGE-AGE', 'TRIAGE-RED-FLAGS'],
      'previous cancer, age 61, night pain and a suspected non-MSK cause',
    ),
    triage('triage-nerveroot', nerveRoot, ['TG-NERVEROOT'], 'suspected nerve root involvement'),
    triage(
      'triage-stenosis',
      { specificFindings: { nerveRoot: false, stenosis: true, other: [] } },
      ['TG-STENOSIS'],
      'suspected lumbar spinal stenosis',
    ),
    triage('triage-uncomplicated', {}, ['TG-UNCOMPLICATED'], 'uncomplicated non-specific pain'),
    triage(
      'triage-complicated',
      { complicatingFactors: complicated },
      ['TG-COMPLICATED'],
      'long-lasting with significant limitation',
    ),
    triage(
      'triage-persistent',
      { persistentAfterSpecialisedCare: true },
      ['TG-PERSISTENT'],
      'persistent need for self-management after specialised care',
    ),
  ];
}

function scoreCases(): ReachCase[] {
  const score = (name: string, argv: string[], input: unknown, rule: RuleCode, note: string): ReachCase => ({
    name,
    argv: ['score', ...argv],
    input,
    shows: [rule],
    blocks: [rule],
    note,
  });
  const { bothersomeness: _b, ...startback } = {
    referredLegPain: true,
    comorbidPain: false,
    disabilityWalking: true,
    disabilityDressing: false,
    fear: true,
    anxiety: true,
    catastrophising: false,
    depression: false,
    bothersomeness: 'very-much',
  };
  return [
    score('q-startback', ['--instrument', 'startback'], startback, 'Q-STARTBACK', 'item 9 missing'),
    score(
      'q-rmdq',
      ['--instrument', 'rmdq', '--version', 'da-23'],
      [2, 24],
      'Q-RMDQ',
      'the Danish 23-item form has no statement 24',
    ),
    score('q-odi', ['--instrument', 'odi'], { painIntensity: 3, lifting: 6 }, 'Q-ODI', 'a section scored 6'),
    score('q-psqi', ['--instrument', 'psqi'], { q6: 4 }, 'Q-PSQI', 'a component answer out of range'),
  ];
}

/** Rules no CLI output names, and why (the catalogue documents them). */
export const NOT_SHOWN: Partial<Record<RuleCode, string>> = {
  'PLAN-APPROACH': 'a permission, not a check: both approaches are accepted (decide-plan-approach)',
  'REGISTER-ACTOR':
    "citizen.register's check (the API), not a pathway command: the command line registers no citizens",
};

export function reachCases(): ReachCase[] {
  return [
    ...scopeCases(),
    ...triageCases(),
    ...scoreCases(),
    ...decideCases(),
    ...communicationCases(),
    ...accessCases(),
    ...adviceCases(),
  ];
}
