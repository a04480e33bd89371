import type { QuestionnaireInstrument } from '@rygforlob/domain';
import type { PathwayHandle } from '@rygforlob/ui';
import { CommandFeedback, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { Button } from 'react-aria-components';

/**
 * Min side (issue 12): the clinician asks the citizen to answer the chosen questionnaire at home;
 * the answer comes back scored, as new in the worklist. Lists what was asked and whether answered.
 */
export function RequestAtHome({
  pathway,
  instrument,
}: {
  pathway: PathwayHandle;
  instrument: QuestionnaireInstrument;
}) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const request = useMutation(
    trpc.assessment.requestQuestionnaire.mutationOptions({
      onSuccess: pathway.applied,
      onError: pathway.failed,
    }),
  );
  const requests = Object.values(pathway.state.questionnaireRequests).sort((a, b) => b.seq - a.seq);
  const name = (i: QuestionnaireInstrument) => t(`clinic.care.q.${i}`);
  return (
    <section className="ry-card" aria-labelledby="q-home">
      <h3 id="q-home">{t('minside.request.title')}</h3>
      {requests.length > 0 && (
        <ul>
          {requests.map((r) => (
            <li key={r.requestId}>
              {r.answered
                ? t('minside.request.answered', {
                    instrument: name(r.instrument),
                    date: date(r.at),
                    answered: date(r.answered.at),
                  })
                : t('minside.request.open', { instrument: name(r.instrument), date: date(r.at) })}
            </li>
          ))}
        </ul>
      )}
      <CommandFeedback command={request} saved={t('minside.request.sent')} />
      <Button
        type="button"
        className="ry-button"
        data-variant="secondary"
        isDisabled={request.isPending || !pathway.view}
        onPress={() =>
          request.mutate({
            pathwayId: pathway.view?.pathwayId ?? '',
            expectedVersion: pathway.version,
            // Unique per pathway: the request's seq-to-be cannot collide with an earlier one.
            requestId: `home-${instrument}-${pathway.version + 1}`,
            instrument,
          })
        }
      >
        {t('minside.request.button', { instrument: name(instrument) })}
      </Button>
    </section>
  );
}
