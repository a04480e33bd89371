import { describe, expect, it } from 'vitest';
import { ACCESS_MATRIX, type ConsentPurpose, type FactRelation } from './access-matrix.ts';
import { CONSENT_TOPICS, consentScope, standingSees, TOPIC_OF, topicTypes } from './consent-scope.ts';
import { EVENT_TYPES } from './events.schema.ts';

const PURPOSES: (ConsentPurpose | null)[] = ['treatment', 'employment', null];
const RANK = { hidden: 0, withheld: 1, full: 2 } as const;

/** The matrix cell read straight from the table: the widest over relations and purposes (+ none). */
function cell(type: (typeof EVENT_TYPES)[number], relations: FactRelation[], purpose: ConsentPurpose | null) {
  const keys = purpose ? [purpose, 'none' as const] : ['none' as const];
  let best: 'full' | 'withheld' | 'hidden' = 'hidden';
  for (const r of relations)
    for (const k of keys) if (RANK[ACCESS_MATRIX[type][r][k]] > RANK[best]) best = ACCESS_MATRIX[type][r][k];
  return best;
}

describe('consentScope: what Min side says a recipient can see (CONSENT p.50, JOB-CONSENT p.43)', () => {
  it('CONSENT: every event type belongs to exactly one topic the citizen is told about', () => {
    expect(Object.keys(TOPIC_OF).sort()).toEqual([...EVENT_TYPES].sort());
    const covered = CONSENT_TOPICS.flatMap(topicTypes);
    for (const type of EVENT_TYPES) expect(covered).toContain(type);
  });

  for (const coordinator of [true, false]) {
    for (const purpose of PURPOSES) {
      it(`CONSENT: "can see" / "cannot see" agree with ACCESS_MATRIX cell by cell (coordinator ${coordinator}, purpose ${purpose})`, () => {
        const scope = consentScope(coordinator, purpose);
        const standing: FactRelation[] = coordinator ? ['participant', 'coordinator'] : ['participant'];
        const placed = (topic: (typeof CONSENT_TOPICS)[number]) =>
          (['full', 'withheld', 'hidden'] as const).filter((v) => scope[v].includes(topic));
        for (const type of EVENT_TYPES) {
          const topic = TOPIC_OF[type];
          if (topic === 'addressed') {
            expect(placed('sentToThem'), type).toEqual([cell(type, [...standing, 'addressee'], purpose)]);
            expect(placed('betweenOthers'), type).toEqual([cell(type, standing, purpose)]);
          } else {
            expect(placed(topic), type).toEqual([cell(type, standing, purpose)]);
          }
        }
      });
    }
  }

  it('CONSENT: the coordinating GP with a treatment consent sees the jobcentre’s case (issue 14 review)', () => {
    const scope = consentScope(true, 'treatment');
    expect(scope.full).toContain('work');
    expect(scope.hidden).toEqual([]);
  });

  it('JOB-CONSENT: the jobcentre sees what is sent to it and the work case, not the health information', () => {
    const scope = consentScope(false, 'employment');
    expect(scope.full).toEqual(expect.arrayContaining(['sentToThem', 'work', 'coordinator']));
    expect(scope.withheld).toEqual(['pathway']);
    expect(scope.hidden).toEqual(expect.arrayContaining(['health', 'betweenOthers', 'consents']));
  });

  it('CONSENT: another clinic under treatment consent does not see the work case nor what others send each other', () => {
    const scope = consentScope(false, 'treatment');
    expect(scope.full).toEqual(expect.arrayContaining(['pathway', 'health', 'sentToThem']));
    expect(scope.hidden).toEqual(expect.arrayContaining(['work', 'betweenOthers', 'consents']));
  });
});

describe('standingSees: whether a slice can ever hold a fact (issue 14 review)', () => {
  it('JOB-CONSENT: the jobcentre never sees the triage, with or without consent', () => {
    expect(standingSees('triaged', 'participant', ['employment'])).toBe(false);
    expect(standingSees('triaged', 'participant', [])).toBe(false);
    expect(standingSees('meetingScheduled', 'participant', ['employment'])).toBe(true);
  });
  it('CONSENT: the coordinating GP and a consented clinic see the triage', () => {
    expect(standingSees('triaged', 'coordinator', ['treatment'])).toBe(true);
    expect(standingSees('triaged', 'participant', ['treatment'])).toBe(true);
  });
});
