import {
  type PathwayState,
  type Prefilled,
  type PrefillSource,
  prefillReferral,
  type ReferralKind,
} from '@rygforlob/domain';
import { useDirectory, useI18n } from '@rygforlob/ui';
import { today } from '../shared.tsx';
import type { Draft } from './fields.tsx';

/** Where a prefilled draft value came from, and the value it had, to tell whether it was changed. */
export interface DraftSource {
  source: PrefillSource;
  value: unknown;
}

/** Draft keys a prefilled field also implies: a precondition's weeks mean the conservative route. */
const IMPLIED: Record<string, Draft> = {
  'precondition.conservativeTreatmentWeeks': { precondition: 'conservative' },
  'sickLeave.since': { sickLeave: true },
};

const isEmpty = (value: unknown) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * The composer's starting draft: the kind's own defaults, and what the pathway already knows
 * (the domain's prefillReferral) where the defaults leave a field empty, each with its source.
 * Values that need words (a target group, courses) are worded here, in the reader's language.
 */
export function usePrefill() {
  const { t, term, date } = useI18n();
  const words = (p: Prefilled): unknown => {
    const v = p.value;
    switch (v.type) {
      case 'text':
        return v.text;
      case 'number':
        return v.value;
      case 'date':
        return v.day;
      case 'choice':
        return v.value;
      case 'choices':
        return v.values;
      case 'targetGroup':
        return term('targetGroup', v.targetGroup);
      case 'courses':
        return [
          ...v.courses.map((c) =>
            t(c.ended ? 'clinic.comm.prefill.courseEnded' : 'clinic.comm.prefill.course', {
              intervention: term('intervention', c.intervention),
              date: date(c.since),
            }),
          ),
          ...(v.earlier.length ? [t('clinic.comm.prefill.earlier', { list: v.earlier.join(', ') })] : []),
        ].join('\n');
    }
  };
  return (kind: ReferralKind, state: PathwayState, initial: Draft) => {
    const draft: Draft = { ...initial };
    const sources: Record<string, DraftSource> = {};
    for (const prefilled of prefillReferral(state, kind, today())) {
      const key = prefilled.field.split('.').at(-1) as string;
      if (!isEmpty(draft[key])) continue;
      const value = words(prefilled);
      draft[key] = value;
      Object.assign(draft, IMPLIED[prefilled.field]);
      sources[key] = { source: prefilled.source, value };
    }
    return { draft, sources };
  };
}

/** "Hentet fra ICF-vurdering 02.09.2026, Lægerne Kirkegade" while the value is as it was fetched. */
export function useSourceNote() {
  const { t, term, date } = useI18n();
  const { orgName } = useDirectory();
  return (source: DraftSource | undefined, current: unknown): string | undefined => {
    if (!source) return undefined;
    const changed = JSON.stringify(current) !== JSON.stringify(source.value);
    return t(changed ? 'clinic.comm.prefill.changed' : 'clinic.comm.prefill.from', {
      what: term('event', source.source.event),
      date: date(source.source.at),
      org: orgName(source.source.organisationId),
    });
  };
}
