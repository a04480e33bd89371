import type { ReferralKind } from '@rygforlob/domain';
import { MESSAGES } from '@rygforlob/ui';
import { useFieldLabel, useValueLabel } from '../shared.tsx';
import { KIND_MODULES } from './kinds/index.ts';

/**
 * Stored content comes back with its keys in the database's order (jsonb sorts them), so the
 * receiver would read "Andet" before the reason. The catalogue lists each kind's fields in the
 * composer's order: read them in that order, anything unknown last.
 */
const CATALOGUE_ORDER = new Map(Object.keys(MESSAGES).map((key, index) => [key, index]));
function position(kind: string, field: string): number {
  const path = field.replace(/^content\./, '');
  return (
    CATALOGUE_ORDER.get(`clinic.comm.field.${kind}.${path}`) ??
    CATALOGUE_ORDER.get(`clinic.comm.field.${path}`) ??
    Number.POSITIVE_INFINITY
  );
}

/** A referral's content as the receiver reads it: the composer's labels, values in words. */
export function ReferralContentView({ kind, content }: { kind: string; content: Record<string, unknown> }) {
  return <Entries kind={kind} value={content} path="content" />;
}

function Entries({ kind, value, path }: { kind: string; value: Record<string, unknown>; path: string }) {
  const label = useFieldLabel(kind);
  const words = useValueLabel();
  // A choice is shown back with its words ("Ikke tilstrækkelig"), not as yes/no (issue 14).
  const answers = KIND_MODULES[kind as ReferralKind]?.answers ?? {};
  const answer = (field: string, item: unknown) => {
    const choice = answers[field];
    return typeof item === 'boolean' && choice ? words(choice[item ? 0 : 1]) : words(item);
  };
  return (
    <dl className="ry-help">
      {Object.entries(value)
        .sort(([a], [b]) => position(kind, `${path}.${a}`) - position(kind, `${path}.${b}`))
        .map(([key, item]) => {
          const field = `${path}.${key}`;
          const nested = item !== null && typeof item === 'object' && !Array.isArray(item);
          return (
            <div key={key}>
              <dt className="ry-label">{label(field)}</dt>
              <dd style={{ whiteSpace: 'pre-wrap', marginLeft: '1rem' }}>
                {nested ? (
                  <Entries kind={kind} value={item as Record<string, unknown>} path={field} />
                ) : (
                  answer(field, item)
                )}
              </dd>
            </div>
          );
        })}
    </dl>
  );
}
