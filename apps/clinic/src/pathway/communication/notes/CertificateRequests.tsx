import { type CertificateState, dayOf } from '@rygforlob/domain';
import type { PathwayHandle } from '@rygforlob/ui';
import { apiProblem, RuleNote, TextArea, useDirectory, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { TabProps } from '../../tabs/props.ts';
import { RuleList, useValidationErrors } from '../RuleList.tsx';
import { Badge, useFieldLabel } from '../shared.tsx';

/** LÆ 285 and the mulighedserklæring the jobcentre asked this GP for, not yet answered (p.41–43). */
export function CertificateRequests({ pathway, me }: Pick<TabProps, 'pathway' | 'me'>) {
  const { t } = useI18n();
  const open = Object.values(pathway.state.certificates)
    .filter((c) => c.to.organisationId === me.organisationId && !c.answered)
    .sort((a, b) => a.dueBy.localeCompare(b.dueBy));
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="certificates-title">
      <h2 id="certificates-title">{t('clinic.comm.cert.title')}</h2>
      {open.map((certificate) => (
        <CertificateAnswer key={certificate.certificateId} certificate={certificate} pathway={pathway} />
      ))}
    </section>
  );
}

function CertificateAnswer({
  certificate,
  pathway,
}: {
  certificate: CertificateState;
  pathway: PathwayHandle;
}) {
  const { t, term, date } = useI18n();
  const trpc = useTRPC();
  const { orgName } = useDirectory();
  const label = useFieldLabel('certificate');
  const [abilityToWork, setAbility] = useState('');
  const [considerations, setConsiderations] = useState('');
  const answer = useMutation(
    trpc.jobcentre.answerCertificate.mutationOptions({ onSuccess: pathway.applied, onError: pathway.failed }),
  );
  const problem = apiProblem(answer.error);
  const errors = useValidationErrors()(problem?.violations ?? []);
  const overdue = certificate.dueBy < dayOf(new Date().toISOString());
  const rule = certificate.certificate === 'LAE285' ? 'LAE285' : 'OPPORTUNITY-STATEMENT';
  return (
    <Form
      className="ry-card"
      validationErrors={errors}
      onSubmit={(e) => {
        e.preventDefault();
        answer.mutate({
          pathwayId: pathway.view?.pathwayId ?? '',
          expectedVersion: pathway.version,
          certificateId: certificate.certificateId,
          abilityToWork,
          considerations,
        });
      }}
    >
      <h3>
        {term('noteKind', certificate.certificate)}{' '}
        <Badge tone={overdue ? 'danger' : 'warn'}>
          {t(overdue ? 'clinic.comm.cert.overdue' : 'clinic.comm.cert.due', {
            date: date(certificate.dueBy),
          })}
        </Badge>
      </h3>
      <p className="ry-help">
        {t('clinic.comm.cert.from', {
          from: orgName(certificate.by.organisationId),
          date: date(certificate.at),
        })}
      </p>
      <RuleNote code={rule} params={{ week8: date(certificate.dueBy) }} />
      <TextArea
        label={label('abilityToWork')}
        name="abilityToWork"
        value={abilityToWork}
        onChange={setAbility}
        isRequired
        rows={3}
      />
      <TextArea
        label={label('considerations')}
        name="considerations"
        value={considerations}
        onChange={setConsiderations}
        isRequired
        rows={3}
        description={t('clinic.comm.cert.considerationsHelp')}
      />
      {problem?.code === 'CONFLICT' && (
        <p className="ry-alert" data-tone="warn" role="alert">
          {t('app.conflict')}
        </p>
      )}
      <RuleList findings={problem?.violations ?? []} tone="danger" fieldLabel={label} announce />
      <Button type="submit" className="ry-button" isDisabled={answer.isPending}>
        {t('clinic.comm.cert.send')}
      </Button>
    </Form>
  );
}
