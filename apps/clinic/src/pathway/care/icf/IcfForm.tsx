import {
  type IcfAssessment,
  type IcfSection,
  missingIcfComponents,
  riskFactorsFromIcf,
} from '@rygforlob/domain';
import type { PathwayHandle } from '@rygforlob/ui';
import { CommandFeedback, RuleNote, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Section } from '../fields.tsx';
import { ActivitiesFields, ParticipationFields } from './ActivityParticipationFields.tsx';
import { BodyFunctionsFields } from './BodyFunctionsFields.tsx';
import { compact } from './compact.ts';
import { EnvironmentFields, PersonalFields } from './EnvironmentPersonalFields.tsx';
import { SummaryFields } from './SummaryFields.tsx';
import type { Part, PartProps } from './types.ts';

/**
 * The ICF assessment (ICF-ASSESSMENT, spec §3.3): five components and a summary, prefilled from
 * the latest assessment, with the risk factors the domain derives shown as the clinician types.
 */
export function IcfForm({ pathway }: { pathway: PathwayHandle }) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const latest = pathway.state.assessments.at(-1);
  const [icf, setIcf] = useState<IcfAssessment>(() => structuredClone(latest?.icf ?? {}));
  const record = useMutation(
    trpc.assessment.recordIcf.mutationOptions({ onSuccess: pathway.applied, onError: pathway.failed }),
  );

  const part = <S extends IcfSection>(section: S): PartProps<S> => ({
    value: (icf[section] ?? {}) as Part<S>,
    onChange: (patch) => setIcf((current) => ({ ...current, [section]: { ...current[section], ...patch } })),
  });
  const missing = missingIcfComponents(icf);
  // A long form (issue 14: ~5,500 px): what was filled before folds away, what is missing stays
  // open. Decided once, so a section does not close under the clinician while they type in it.
  const [openAtStart] = useState(() => new Set<IcfSection>(missingIcfComponents(icf)));
  const derived = riskFactorsFromIcf({ ...icf, summary: { ...icf.summary, riskFactors: [] } });
  const risks = riskFactorsFromIcf(icf);
  const section = (key: IcfSection, body: ReactNode) => (
    <Section
      title={t(`clinic.care.icf.section.${key}`)}
      open={openAtStart.has(key)}
      badge={
        missing.includes(key) ? (
          <span className="ry-badge">{t('clinic.care.empty')}</span>
        ) : (
          <span className="ry-badge" data-tone="ok">
            {t('clinic.care.filled')}
          </span>
        )
      }
    >
      {body}
    </Section>
  );

  return (
    <Form
      aria-labelledby="icf-title"
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate({
          pathwayId: pathway.view?.pathwayId ?? '',
          expectedVersion: pathway.version,
          icf: compact(icf) ?? {},
        });
      }}
    >
      <h2 id="icf-title" className="ry-scroll-target" tabIndex={-1}>
        {t('clinic.care.icf.title')}
      </h2>
      <RuleNote code="ICF-ASSESSMENT">
        {latest && <div className="ry-help">{t('clinic.care.icf.prefilled', { date: date(latest.at) })}</div>}
      </RuleNote>
      {section('bodyFunctions', <BodyFunctionsFields {...part('bodyFunctions')} />)}
      {section('activities', <ActivitiesFields {...part('activities')} />)}
      {section('participation', <ParticipationFields {...part('participation')} />)}
      {section('environmentalFactors', <EnvironmentFields {...part('environmentalFactors')} />)}
      {section('personalFactors', <PersonalFields {...part('personalFactors')} />)}
      {section('summary', <SummaryFields {...part('summary')} derived={derived} />)}

      {/* The save action stays in view however far down the form the clinician is (issue 14). */}
      <div className="ry-card ry-sticky-save">
        <p aria-live="polite">
          <strong>
            {risks.length === 0
              ? t('clinic.care.risk.none')
              : t('clinic.care.risk.live', {
                  n: risks.length,
                  factors: risks.map((f) => t(`clinic.care.risk.${f}`)).join(', '),
                })}
          </strong>
        </p>
        {missing.length > 0 && (
          <p className="ry-help">
            {t('clinic.care.icf.missing', {
              sections: missing.map((s) => t(`clinic.care.icf.section.${s}`)).join(', '),
            })}
          </p>
        )}
        <CommandFeedback command={record} />
        <Button type="submit" className="ry-button" isDisabled={record.isPending}>
          {t('clinic.care.icf.save')}
        </Button>
      </div>
    </Form>
  );
}
