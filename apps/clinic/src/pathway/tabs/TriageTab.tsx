import { ageOn, dayOf, RED_FLAGS, type TriageInput, triage } from '@rygforlob/domain';
import {
  apiProblem,
  Checkbox,
  NumberField,
  RadioGroup,
  RuleNote,
  TextField,
  useI18n,
  useTRPC,
  Violations,
} from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { TabProps } from './props.ts';

const CAUDA_SIGNS = [
  'saddleAnaesthesia',
  'newBladderDysfunction',
  'newBowelDysfunction',
  'bilateralLegSymptoms',
  'otherSuspicion',
] as const;
const COMPLICATING = [
  'longLasting',
  'significantFunctionalLimitation',
  'psychosocial',
  'comorbidity',
] as const;
const OTHER_SPECIFIC = ['inflammatory', 'fracture', 'structural'] as const;

function initial(age: number, previous?: TriageInput): TriageInput {
  return (
    previous ?? {
      caudaEquina: {
        saddleAnaesthesia: false,
        newBladderDysfunction: false,
        newBowelDysfunction: false,
        bilateralLegSymptoms: false,
        otherSuspicion: false,
      },
      paresis: null,
      redFlags: [],
      previousCancer: false,
      age,
      suspectedNonMsk: false,
      specificFindings: { nerveRoot: false, stenosis: false, other: [] },
      complicatingFactors: {
        longLasting: false,
        significantFunctionalLimitation: false,
        psychosocial: false,
        comorbidity: false,
      },
      persistentAfterSpecialisedCare: false,
    }
  );
}

/**
 * Diagnostic triage (spec §3). Cauda equina and acute paresis come first and cannot be missed;
 * red flags carry the program's caveat; the result is computed by the domain as the user answers.
 */
export function TriageTab({ pathway, goTo }: TabProps) {
  const { t, term } = useI18n();
  const trpc = useTRPC();
  const { view, state } = pathway;
  const age = view ? ageOn(view.citizen.birthDate, dayOf(new Date().toISOString())) : 0;
  const [input, setInput] = useState<TriageInput>(() => initial(age, state.triage?.input));
  const record = useMutation(
    trpc.triage.record.mutationOptions({ onSuccess: pathway.applied, onError: pathway.failed }),
  );
  const preview = triage(input);
  const set = (patch: Partial<TriageInput>) => setInput((current) => ({ ...current, ...patch }));
  const caudaNow = preview.ok && preview.value.targetGroup === 'TG-CAUDA';

  return (
    <Form
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate({
          pathwayId: view?.pathwayId ?? '',
          expectedVersion: pathway.version,
          input: { ...input, age },
        });
      }}
    >
      <fieldset className="ry-card ry-alert" data-tone="danger">
        <legend className="ry-alert__title">{t('clinic.triage.cauda.title')}</legend>
        {CAUDA_SIGNS.map((sign) => (
          <Checkbox
            key={sign}
            isSelected={input.caudaEquina[sign]}
            onChange={(on) => set({ caudaEquina: { ...input.caudaEquina, [sign]: on } })}
          >
            {t(`clinic.triage.cauda.${sign}`)}
          </Checkbox>
        ))}
        <RadioGroup<'none' | 'present'>
          label={t('clinic.triage.paresis')}
          name="input.paresis"
          orientation="horizontal"
          value={input.paresis ? 'present' : 'none'}
          onChange={(v) => set({ paresis: v === 'present' ? { strengthGrade: 4, onsetHoursAgo: 72 } : null })}
          options={[
            { value: 'none', label: t('clinic.triage.paresis.none') },
            { value: 'present', label: t('clinic.triage.paresis.present') },
          ]}
        />
        {input.paresis && (
          <div className="ry-row">
            <NumberField
              label={t('clinic.triage.paresis.grade')}
              name="input.paresis.strengthGrade"
              minValue={0}
              maxValue={5}
              value={input.paresis.strengthGrade}
              onChange={(v) => input.paresis && set({ paresis: { ...input.paresis, strengthGrade: v ?? 0 } })}
            />
            <NumberField
              label={t('clinic.triage.paresis.hours')}
              name="input.paresis.onsetHoursAgo"
              minValue={0}
              value={input.paresis.onsetHoursAgo}
              onChange={(v) => input.paresis && set({ paresis: { ...input.paresis, onsetHoursAgo: v ?? 0 } })}
            />
          </div>
        )}
        {caudaNow && <RuleNote code="TG-CAUDA" tone="danger" />}
      </fieldset>

      <fieldset className="ry-card">
        <legend className="ry-alert__title">{t('clinic.triage.redFlags')}</legend>
        <RuleNote code="TRIAGE-RED-FLAGS" />
        {/* Previous cancer is asked once, below, where its raised risk is shown (TRIAGE-CANCER-HISTORY). */}
        {RED_FLAGS.filter((flag) => flag.code !== 'previous-cancer').map((flag) => (
          <Checkbox
            key={flag.code}
            isSelected={input.redFlags.includes(flag.code)}
            onChange={(on) =>
              set({
                redFlags: on ? [...input.redFlags, flag.code] : input.redFlags.filter((f) => f !== flag.code),
              })
            }
          >
            {term('redFlag', flag.code)}
          </Checkbox>
        ))}
        <Checkbox
          isSelected={input.previousCancer || input.redFlags.includes('previous-cancer')}
          onChange={(on) =>
            set({ previousCancer: on, redFlags: input.redFlags.filter((f) => f !== 'previous-cancer') })
          }
        >
          {t('clinic.triage.previousCancer')}
        </Checkbox>
        <p>{t('clinic.triage.age', { age })}</p>
        {preview.ok &&
          preview.value.raisedRisk.map((risk) => (
            <RuleNote key={risk.rule} code={risk.rule} params={{ age }} tone="warn" />
          ))}
      </fieldset>

      <fieldset className="ry-card">
        <legend className="ry-alert__title">{t('clinic.triage.judgement')}</legend>
        <Checkbox isSelected={input.suspectedNonMsk} onChange={(on) => set({ suspectedNonMsk: on })}>
          {t('clinic.triage.suspectedNonMsk')}
        </Checkbox>
        {input.suspectedNonMsk && (
          <TextField
            label={t('clinic.triage.suspectedCondition')}
            name="input.suspectedCondition"
            value={input.suspectedCondition ?? ''}
            onChange={(v) => set({ suspectedCondition: v })}
          />
        )}
        <h3>{t('clinic.triage.specific')}</h3>
        <Checkbox
          isSelected={input.specificFindings.nerveRoot}
          onChange={(on) => set({ specificFindings: { ...input.specificFindings, nerveRoot: on } })}
        >
          {t('clinic.triage.nerveRoot')}
        </Checkbox>
        <Checkbox
          isSelected={input.specificFindings.stenosis}
          onChange={(on) => set({ specificFindings: { ...input.specificFindings, stenosis: on } })}
        >
          {t('clinic.triage.stenosis')}
        </Checkbox>
        {OTHER_SPECIFIC.map((other) => (
          <Checkbox
            key={other}
            isSelected={input.specificFindings.other.includes(other)}
            onChange={(on) =>
              set({
                specificFindings: {
                  ...input.specificFindings,
                  other: on
                    ? [...input.specificFindings.other, other]
                    : input.specificFindings.other.filter((o) => o !== other),
                },
              })
            }
          >
            {t(`clinic.triage.other.${other}`)}
          </Checkbox>
        ))}
        <h3>{t('clinic.triage.complicating')}</h3>
        {COMPLICATING.map((factor) => (
          <Checkbox
            key={factor}
            isSelected={input.complicatingFactors[factor]}
            onChange={(on) => set({ complicatingFactors: { ...input.complicatingFactors, [factor]: on } })}
          >
            {t(`clinic.triage.${factor}`)}
          </Checkbox>
        ))}
        <Checkbox
          isSelected={input.persistentAfterSpecialisedCare}
          onChange={(on) => set({ persistentAfterSpecialisedCare: on })}
        >
          {t('clinic.triage.persistent')}
        </Checkbox>
      </fieldset>

      <section className="ry-card" aria-live="polite" aria-labelledby="triage-result">
        <h3 id="triage-result">{t('clinic.triage.result')}</h3>
        {preview.ok && (
          // The rule's own title names the target group: no second line repeating it.
          <RuleNote code={preview.value.targetGroup} tone={caudaNow ? 'danger' : 'info'} />
        )}
        <Violations violations={apiProblem(record.error)?.violations ?? []} />
        {record.isSuccess && caudaNow ? (
          <Button className="ry-button" data-variant="danger" onPress={() => goTo('referral', '&kind=acute')}>
            {t('clinic.triage.sendAcute')}
          </Button>
        ) : (
          <Button type="submit" className="ry-button" isDisabled={record.isPending}>
            {t('clinic.triage.save')}
          </Button>
        )}
        {record.isSuccess && <p role="status">{t('clinic.saved')}</p>}
      </section>
    </Form>
  );
}
