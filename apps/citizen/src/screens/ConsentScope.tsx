import { type ConsentPurpose, consentScope } from '@rygforlob/domain';
import { useI18n } from '@rygforlob/ui';

/**
 * What a consent lets its recipient see, read off ACCESS_MATRIX by `consentScope` (CONSENT
 * p.50, JOB-CONSENT p.43): the coordinating GP sees more than another clinic, so the card asks
 * who the recipient is, and never promises "they cannot see" what their timeline shows.
 */
export function ConsentScopeText({
  coordinator,
  purpose,
  closed = false,
}: {
  coordinator: boolean;
  purpose: ConsentPurpose;
  /** The pathway has ended: only then does it have a reason it ended (issue 14 wording). */
  closed?: boolean;
}) {
  const { t } = useI18n();
  const scope = consentScope(coordinator, purpose);
  return (
    <>
      {(['full', 'withheld', 'hidden'] as const).map((visibility) =>
        scope[visibility].length === 0 ? null : (
          <div key={visibility} className="ms-muted ms-scope" data-visibility={visibility}>
            <p>{t(`minside.consent.sees.${visibility}`)}</p>
            <ul>
              {scope[visibility].map((topic) => (
                <li key={topic}>
                  {t(
                    topic === 'pathway' && closed
                      ? 'minside.consent.topic.pathway.closed'
                      : `minside.consent.topic.${topic}`,
                  )}
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </>
  );
}
