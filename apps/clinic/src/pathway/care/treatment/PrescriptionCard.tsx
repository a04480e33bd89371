import type { PrescriptionState } from '@rygforlob/domain';
import type { PathwayHandle } from '@rygforlob/ui';
import { CommandFeedback, TextArea, TextField, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { medicationFollowUp } from '../../advice-actions.ts';
import { ClockNotes } from '../ClockNote.tsx';
import { followUpsOf, prescriptionOf } from './details.ts';

/** One prescription: its plan, its follow-up clocks (CLK-MED-DAYS, CLK-MED-3-4W) and follow-ups. */
export function PrescriptionCard({ rx, pathway }: { rx: PrescriptionState; pathway: PathwayHandle }) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const [effect, setEffect] = useState('');
  const [sideEffects, setSideEffects] = useState('');
  const followUp = useMutation(
    trpc.plan.followUpMedication.mutationOptions({
      onSuccess: (result) => {
        pathway.applied(result);
        setEffect('');
        setSideEffects('');
      },
      onError: pathway.failed,
    }),
  );
  const detail = prescriptionOf(pathway.state, rx.prescriptionId);
  const done = followUpsOf(pathway.state, rx.prescriptionId);
  const id = rx.prescriptionId;

  return (
    <article className="ry-card" aria-labelledby={`rx-${id}`}>
      <h4 id={`rx-${id}`}>{rx.drug}</h4>
      <p className="ry-help">
        {t('clinic.care.med.prescribedOn', {
          date: date(rx.at),
          course: t(`clinic.care.med.${rx.painCourse}`),
        })}
      </p>
      {detail && <p>{t('clinic.care.med.plan', { plan: detail.discontinuationPlan })}</p>}
      {detail?.specialCaseReason && (
        <p>{t('clinic.care.med.reason', { reason: detail.specialCaseReason })}</p>
      )}
      <ClockNotes advice={pathway.view?.advice ?? []} subject={id} />
      {done.length === 0 ? (
        <p className="ry-help">{t('clinic.care.med.noFollowUps')}</p>
      ) : (
        <table className="ry-table">
          <caption className="ry-visually-hidden">{t('clinic.care.med.followUps')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('clinic.care.date')}</th>
              <th scope="col">{t('clinic.care.med.effect')}</th>
              <th scope="col">{t('clinic.care.med.sideEffects')}</th>
            </tr>
          </thead>
          <tbody>
            {done.map((f) => (
              <tr key={f.seq}>
                <td>{date(f.at)}</td>
                <td>{f.effect}</td>
                <td>{f.sideEffects}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Form
        id={medicationFollowUp(id)}
        onSubmit={(e) => {
          e.preventDefault();
          followUp.mutate({
            pathwayId: pathway.view?.pathwayId ?? '',
            expectedVersion: pathway.version,
            prescriptionId: id,
            effect,
            sideEffects,
          });
        }}
      >
        <div className="ry-listrow">
          <TextArea
            rows={1}
            label={t('clinic.care.med.effectOf', { drug: rx.drug })}
            name="effect"
            isRequired
            value={effect}
            onChange={setEffect}
          />
          <TextField
            label={t('clinic.care.med.sideEffectsOf', { drug: rx.drug })}
            name="sideEffects"
            value={sideEffects}
            onChange={setSideEffects}
          />
        </div>
        <CommandFeedback command={followUp} />
        <Button type="submit" className="ry-button" data-variant="secondary" isDisabled={followUp.isPending}>
          {t('clinic.care.med.doFollowUp')}
        </Button>
      </Form>
    </article>
  );
}
