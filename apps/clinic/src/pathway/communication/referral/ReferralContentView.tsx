import { useFieldLabel, useValueLabel } from '../shared.tsx';

/** A referral's content as the receiver reads it: the composer's labels, values in words. */
export function ReferralContentView({ kind, content }: { kind: string; content: Record<string, unknown> }) {
  return <Entries kind={kind} value={content} path="content" />;
}

function Entries({ kind, value, path }: { kind: string; value: Record<string, unknown>; path: string }) {
  const label = useFieldLabel(kind);
  const words = useValueLabel();
  return (
    <dl className="ry-help">
      {Object.entries(value).map(([key, item]) => {
        const field = `${path}.${key}`;
        const nested = item !== null && typeof item === 'object' && !Array.isArray(item);
        return (
          <div key={key}>
            <dt className="ry-label">{label(field)}</dt>
            <dd style={{ whiteSpace: 'pre-wrap', marginLeft: '1rem' }}>
              {nested ? (
                <Entries kind={kind} value={item as Record<string, unknown>} path={field} />
              ) : (
                words(item)
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
