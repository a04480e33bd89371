import { Checkbox, CommandFeedback, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { SECTION } from './advice-actions.ts';
import { type CaseProps, coursesFor, newId, OFFERS, type OfferKey, offerOf } from './model.ts';

/**
 * The offers agreed in the clarifying conversation (§119, p.45–49, p.54): coping and patient
 * education, "Lær at tackle kroniske smerter", better sleep (PSQI), mental health, physical
 * activity. Each starts as a course for this referral; one at a time, as the domain rules each.
 */
export function Offers({ pathway, me, referral }: CaseProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const running = new Set(coursesFor(pathway.state, me, referral.referralId).map(offerOf));
  const [chosen, setChosen] = useState<OfferKey[]>([]);
  const start = useMutation(trpc.plan.startIntervention.mutationOptions());
  const [error, setError] = useState<unknown>(null);
  const [warnings, setWarnings] = useState<{ rule: string; field?: string }[]>([]);
  const [done, setDone] = useState(false);

  const submit = async () => {
    setError(null);
    setDone(false);
    const found: { rule: string; field?: string }[] = [];
    let version = pathway.version;
    let failed = false;
    for (const key of chosen) {
      const offer = OFFERS.find((o) => o.key === key);
      if (!offer) continue;
      try {
        const result = await start.mutateAsync({
          pathwayId: pathway.view?.pathwayId ?? '',
          expectedVersion: version,
          interventionId: newId(offer.key),
          intervention: offer.intervention,
          referralId: referral.referralId,
          offer: offer.key,
        });
        pathway.applied(result);
        version = result.view.version;
        found.push(...result.warnings);
      } catch (e) {
        pathway.failed(e);
        setError(e);
        failed = true;
        break;
      }
    }
    setWarnings(found);
    setDone(!failed);
    setChosen([]);
  };
  const available = OFFERS.filter((o) => !running.has(o.key));

  return (
    <Form
      id={SECTION.offers}
      className="ry-card"
      aria-labelledby="offers-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="offers-title">{t('rehab.offers.title')}</h2>
      <p className="ry-help">{t('rehab.offers.help')}</p>
      {available.length === 0 && <p>{t('rehab.offers.allStarted')}</p>}
      <fieldset className="rh-fieldset">
        <legend>{t('rehab.offers.choose')}</legend>
        {available.map((offer) => (
          <div key={offer.key}>
            <Checkbox
              name={`offer.${offer.key}`}
              isSelected={chosen.includes(offer.key)}
              onChange={(on) => setChosen((c) => (on ? [...c, offer.key] : c.filter((k) => k !== offer.key)))}
            >
              {t(`rehab.offer.${offer.key}`)}
            </Checkbox>
            <div className="ry-help rh-indent">{t(`rehab.offer.${offer.key}.help`)}</div>
          </div>
        ))}
      </fieldset>
      <CommandFeedback
        command={{ error, isSuccess: done && !error, data: { warnings } }}
        saved={t('rehab.offers.started')}
      />
      <Button type="submit" className="ry-button" isDisabled={chosen.length === 0 || start.isPending}>
        {t('rehab.offers.start', { n: chosen.length })}
      </Button>
    </Form>
  );
}
