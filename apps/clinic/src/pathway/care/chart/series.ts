import type { PathwayState } from '@rygforlob/domain';

export type SeriesKey = 'pain' | 'rmdq' | 'odi' | 'startback';

export interface Point {
  at: string;
  value: number;
}

export interface Series {
  key: SeriesKey;
  /** The top of the scale: 10, 24, 100 or 9. */
  max: number;
  unit: string;
  points: Point[];
}

const byTime = (a: Point, b: Point) => a.at.localeCompare(b.at);

/**
 * What the chart plots, from the folded pathway: pain intensity from ICF assessments, and the
 * RMDQ score, ODI index and STarT Back total from the questionnaires. Unscorable forms are left out.
 */
export function seriesOf(state: PathwayState): Series[] {
  const pain = state.assessments.flatMap((a) => {
    const value = a.icf.bodyFunctions?.painIntensity;
    return value === undefined ? [] : [{ at: a.at, value }];
  });
  const rmdq: Point[] = [];
  const odi: Point[] = [];
  const startback: Point[] = [];
  for (const q of state.questionnaires) {
    const scored = q.score;
    if (scored?.instrument === 'rmdq') rmdq.push({ at: q.at, value: scored.score.score });
    if (scored?.instrument === 'odi') odi.push({ at: q.at, value: scored.score.index });
    if (scored?.instrument === 'startback') startback.push({ at: q.at, value: scored.score.total });
  }
  const all: Series[] = [
    { key: 'pain', max: 10, unit: '', points: pain.sort(byTime) },
    { key: 'rmdq', max: 24, unit: '', points: rmdq.sort(byTime) },
    { key: 'odi', max: 100, unit: ' %', points: odi.sort(byTime) },
    { key: 'startback', max: 9, unit: '', points: startback.sort(byTime) },
  ];
  return all.filter((s) => s.points.length > 0);
}
