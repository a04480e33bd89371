import { addDays } from '@rygforlob/domain';
import {
  Checkbox,
  CommandFeedback,
  RadioGroup,
  RuleNote,
  RuleRef,
  TextField,
  useDirectory,
  useI18n,
  useTRPC,
} from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { today } from '../words.ts';
import { type CaseProps, on } from './use-case.ts';

type Kind = 'LAE285' | 'opportunity-statement';

/**
 * LÆ 285 from the citizen's GP before the week-8 follow-up (LAE285 p.55), or the GP's
 * mulighedserklæring (OPPORTUNITY-STATEMENT p.42); the GP answers in the clinic app.
 */
export function CertificatesTab({ pathway }: CaseProps) {
  const { t, term, date } = useI18n();
  const { orgName } = useDirectory();
  const certificates = Object.values(pathway.state.certificates).sort((a, b) => b.seq - a.seq);
  const withheld = (pathway.view?.entries ?? []).filter(
    (e) => e.visibility === 'withheld' && e.type === 'certificateAnswered',
  ).length;
  return (
    <>
      {pathway.view?.status === 'open' && <RequestForm pathway={pathway} />}
      <section className="ry-card" aria-labelledby="certs-title">
        <h2 id="certs-title">{t('employment.cert.listTitle')}</h2>
        {withheld > 0 && (
          <p className="ry-alert" data-tone="warn">
            {t('employment.cert.answersWithheld', { n: withheld })} <RuleRef code="JOB-CONSENT" />
          </p>
        )}
        {certificates.length === 0 && <p>{t('employment.cert.none')}</p>}
        {certificates.length > 0 && (
          <table className="ry-table">
            <thead>
              <tr>
                <th scope="col">{t('employment.cert.kind')}</th>
                <th scope="col">{t('employment.caseload.status')}</th>
              </tr>
            </thead>
            <tbody>
              {certificates.map((c) => (
                <tr key={c.certificateId}>
                  <td>
                    {term('noteKind', c.certificate)}
                    <div className="ry-help">
                      {t('employment.cert.requestedOn', {
                        date: date(c.at),
                        gp: orgName(c.to.organisationId),
                      })}
                    </div>
                  </td>
                  <td>
                    {c.answered ? (
                      <span className="ry-badge" data-tone="ok">
                        {t('employment.cert.answered', { date: date(c.answered.at) })}
                      </span>
                    ) : (
                      <span className="ry-badge" data-tone={c.dueBy < today() ? 'danger' : 'warn'}>
                        {t(c.dueBy < today() ? 'employment.cert.overdue' : 'employment.cert.waiting', {
                          date: date(c.dueBy),
                        })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function RequestForm({ pathway }: Pick<CaseProps, 'pathway'>) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const { orgName } = useDirectory();
  const gp = pathway.view?.coordinatorOrganisationId ?? '';
  const leave = pathway.state.sickLeave;
  const week8 = leave ? addDays(leave.start, 56) : null;
  const [kind, setKind] = useState<Kind>('LAE285');
  // JOB-CONSENT, CONSENT-BY: the citizen's signed consent travels with the request.
  const [signed, setSigned] = useState(false);
  // Before the week-8 follow-up when there is still time; otherwise within a week.
  const [dueBy, setDueBy] = useState(week8 && week8 > today() ? week8 : addDays(today(), 7));
  const request = useMutation(
    trpc.jobcentre.requestCertificate.mutationOptions({
      onSuccess: pathway.applied,
      onError: pathway.failed,
    }),
  );
  return (
    <Form
      className="ry-card"
      aria-labelledby="request-title"
      onSubmit={(e) => {
        e.preventDefault();
        request.mutate({
          ...on(pathway),
          certificateId: crypto.randomUUID(),
          certificate: kind,
          to: { actor: 'gp', organisationId: gp },
          dueBy,
          ...(signed && kind === 'LAE285' ? { recordConsent: 'employment' as const } : {}),
        });
      }}
    >
      <h2 id="request-title">{t('employment.cert.requestTitle')}</h2>
      <RuleNote
        code={kind === 'LAE285' ? 'LAE285' : 'OPPORTUNITY-STATEMENT'}
        params={{ week8: week8 ? date(week8) : '' }}
      />
      <p>{t('employment.cert.to', { gp: orgName(gp) })}</p>
      <div className="ry-row">
        <RadioGroup<Kind>
          label={t('employment.cert.kind')}
          name="certificate"
          orientation="horizontal"
          value={kind}
          onChange={setKind}
          options={[
            { value: 'LAE285', label: 'LÆ 285' },
            { value: 'opportunity-statement', label: t('employment.cert.opportunity') },
          ]}
        />
        <TextField
          label={t('employment.cert.dueBy')}
          name="dueBy"
          type="date"
          value={dueBy}
          onChange={setDueBy}
          isRequired
          {...(week8 ? { description: t('employment.cert.dueHelp', { week8: date(week8) }) } : {})}
        />
      </div>
      {kind === 'LAE285' && !pathway.view?.consented && (
        <Checkbox name="recordConsent" isSelected={signed} onChange={setSigned}>
          {t('employment.cert.signedConsent')}
        </Checkbox>
      )}
      <Button type="submit" className="ry-button" isDisabled={request.isPending || !gp}>
        {t('employment.cert.request')}
      </Button>
      <CommandFeedback command={request} saved={t('employment.saved')} />
    </Form>
  );
}
