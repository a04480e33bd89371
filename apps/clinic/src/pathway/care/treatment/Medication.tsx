import { providerRole } from '@rygforlob/domain';
import type { PathwayHandle } from '@rygforlob/ui';
import {
  CommandFeedback,
  type Me,
  RadioGroup,
  RuleNote,
  TextArea,
  TextField,
  useI18n,
  useTRPC,
} from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { actorOf } from '../actor.ts';
import { PrescriptionCard } from './PrescriptionCard.tsx';

type PainCourse = 'episodic' | 'persistent';

/**
 * Pain medication (MED-FOLLOWUP, p.37): prescribing with a discontinuation plan, a reason when the
 * pain is persistent, and follow-ups per prescription against the program's clocks.
 */
export function Medication({ pathway, me }: { pathway: PathwayHandle; me: Me }) {
  const { t } = useI18n();
  const actor = actorOf(me);
  const canPrescribe = actor !== null && providerRole(actor, 'medication') !== null;
  const prescriptions = Object.values(pathway.state.prescriptions).sort((a, b) => b.at.localeCompare(a.at));
  if (!canPrescribe && prescriptions.length === 0) return null;
  return (
    <section className="ry-card" aria-labelledby="med-title">
      <h2 id="med-title">{t('clinic.care.med.title')}</h2>
      {canPrescribe && <PrescribeForm pathway={pathway} isHospital={actor === 'hospital'} />}
      <h3 className="ry-after-form">{t('clinic.care.med.prescriptions')}</h3>
      {prescriptions.length === 0 && <p className="ry-help">{t('clinic.care.med.none')}</p>}
      {prescriptions.map((rx) => (
        <PrescriptionCard key={rx.prescriptionId} rx={rx} pathway={pathway} />
      ))}
    </section>
  );
}

function PrescribeForm({ pathway, isHospital }: { pathway: PathwayHandle; isHospital: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [drug, setDrug] = useState('');
  const [painCourse, setPainCourse] = useState<PainCourse | null>(null);
  const [plan, setPlan] = useState('');
  const [reason, setReason] = useState('');
  const prescribe = useMutation(
    trpc.plan.prescribe.mutationOptions({
      onSuccess: (result) => {
        pathway.applied(result);
        setDrug('');
        setPainCourse(null);
        setPlan('');
        setReason('');
      },
      onError: pathway.failed,
    }),
  );
  const persistent = painCourse === 'persistent';

  return (
    <Form
      aria-labelledby="rx-new"
      onSubmit={(e) => {
        e.preventDefault();
        if (!painCourse) return;
        prescribe.mutate({
          pathwayId: pathway.view?.pathwayId ?? '',
          expectedVersion: pathway.version,
          prescriptionId: crypto.randomUUID(),
          drug,
          painCourse,
          discontinuationPlan: plan,
          ...(persistent && reason.trim() ? { specialCaseReason: reason } : {}),
        });
      }}
    >
      <h3 id="rx-new">{t('clinic.care.med.prescribe')}</h3>
      {isHospital && <RuleNote code="HOSPITAL-MEDICATION" tone="warn" />}
      <div className="ry-row">
        <TextField label={t('clinic.care.med.drug')} name="drug" isRequired value={drug} onChange={setDrug} />
        <RadioGroup<PainCourse>
          label={t('clinic.care.med.painCourse')}
          name="painCourse"
          orientation="horizontal"
          isRequired
          value={painCourse}
          onChange={setPainCourse}
          options={[
            { value: 'episodic', label: t('clinic.care.med.episodic') },
            { value: 'persistent', label: t('clinic.care.med.persistent') },
          ]}
        />
      </div>
      <TextArea
        rows={2}
        label={t('clinic.care.med.discontinuation')}
        name="discontinuationPlan"
        isRequired
        value={plan}
        onChange={setPlan}
      />
      {persistent && (
        <TextArea
          rows={2}
          label={t('clinic.care.med.specialCase')}
          name="specialCaseReason"
          value={reason}
          onChange={setReason}
        />
      )}
      <RuleNote code="MED-FOLLOWUP" tone={persistent && !reason.trim() ? 'warn' : 'info'} />
      <CommandFeedback command={prescribe} />
      <Button type="submit" className="ry-button" isDisabled={prescribe.isPending}>
        {t('clinic.care.med.doPrescribe')}
      </Button>
    </Form>
  );
}
