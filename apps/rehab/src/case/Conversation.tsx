import type { IcfAssessment } from '@rygforlob/domain';
import {
  CommandFeedback,
  type MessageKey,
  NumberField,
  RadioGroup,
  RuleNote,
  TextArea,
  useI18n,
  useTRPC,
} from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { SECTION } from './advice-actions.ts';
import { Fold } from './Fold.tsx';
import { type CaseProps, commandOptions, onPathway } from './model.ts';

/** The questions of the clarifying conversation, each the ICF field that keeps the citizen's words. */
const QUESTIONS = [
  ['bodyFunctions', 'ownUnderstanding'],
  ['bodyFunctions', 'sleep'],
  ['bodyFunctions', 'energy'],
  ['activities', 'description'],
  ['participation', 'work'],
  ['participation', 'leisure'],
  ['participation', 'social'],
  ['environmentalFactors', 'supportAtHome'],
  ['environmentalFactors', 'otherMunicipalEfforts'],
  ['personalFactors', 'coping'],
  ['bodyFunctions', 'expectations'],
  ['summary', 'resources'],
] as const;
type Section = (typeof QUESTIONS)[number][0];
type Key = `${Section}.${string}`;
type Fear = 'none' | 'some' | 'marked';

const SECTIONS: Section[] = [
  'bodyFunctions',
  'activities',
  'participation',
  'environmentalFactors',
  'personalFactors',
  'summary',
];

/** Only what was said: empty answers are left out of the record. */
function toIcf(answers: Record<Key, string>, pain: number | undefined, fear: Fear | null): IcfAssessment {
  const icf: Record<string, Record<string, unknown>> = {};
  for (const [section, field] of QUESTIONS) {
    const value = answers[`${section}.${field}`]?.trim();
    if (value) icf[section] = { ...icf[section], [field]: value };
  }
  if (pain !== undefined) icf.bodyFunctions = { ...icf.bodyFunctions, painIntensity: pain };
  if (fear) icf.participation = { ...icf.participation, fearOfMovement: fear };
  return icf as IcfAssessment;
}

/**
 * The clarifying conversation ("afklarende samtale", §119, p.54) as an ICF dialogue
 * (ICF-ASSESSMENT, p.19–21): the citizen's own words, component by component, recorded as an
 * assessment the GP can read. Prefilled from this organisation's last conversation.
 */
export function Conversation({ pathway, me }: CaseProps) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const own = pathway.state.assessments.filter((a) => a.by.organisationId === me.organisationId).at(-1);
  const [answers, setAnswers] = useState<Record<Key, string>>(() => {
    const initial: Record<string, string> = {};
    for (const [section, field] of QUESTIONS) {
      const value = (own?.icf[section] as Record<string, unknown> | undefined)?.[field];
      if (typeof value === 'string') initial[`${section}.${field}`] = value;
    }
    return initial;
  });
  const [pain, setPain] = useState<number | undefined>(own?.icf.bodyFunctions?.painIntensity);
  const [fear, setFear] = useState<Fear | null>(own?.icf.participation?.fearOfMovement ?? null);
  const record = useMutation(trpc.assessment.recordIcf.mutationOptions(commandOptions(pathway)));
  // Folded when the page opens on a conversation already held; open while it is being written.
  const [open] = useState(!own);

  return (
    <Fold
      section={SECTION.conversation}
      id="conversation-title"
      title={t('rehab.talk.title')}
      open={open}
      status={
        own && (
          <span className="ry-badge" data-tone="ok">
            {t('rehab.talk.held', { date: date(own.at) })}
          </span>
        )
      }
    >
      <Form
        aria-labelledby="conversation-title"
        onSubmit={(e) => {
          e.preventDefault();
          record.mutate({ ...onPathway(pathway), icf: toIcf(answers, pain, fear) });
        }}
      >
        {/* ICF-ASSESSMENT, p.19–21 */}
        <RuleNote code="ICF-ASSESSMENT">
          <div className="ry-help">
            {own ? t('rehab.talk.prefilled', { date: date(own.at) }) : t('rehab.talk.help')}
          </div>
        </RuleNote>
        {SECTIONS.map((section) => (
          <fieldset key={section} className="rh-fieldset">
            <legend>{t(`rehab.talk.section.${section}`)}</legend>
            {section === 'bodyFunctions' && (
              <div className="rh-narrow">
                <NumberField
                  label={t('rehab.talk.pain')}
                  name="icf.bodyFunctions.painIntensity"
                  minValue={0}
                  maxValue={10}
                  value={pain}
                  onChange={setPain}
                />
              </div>
            )}
            {section === 'participation' && (
              <RadioGroup<Fear>
                label={t('rehab.talk.fear')}
                name="icf.participation.fearOfMovement"
                orientation="horizontal"
                value={fear}
                onChange={setFear}
                options={(['none', 'some', 'marked'] as const).map((value) => ({
                  value,
                  label: t(`rehab.talk.fear.${value}`),
                }))}
              />
            )}
            <div className="rh-grid-auto">
              {QUESTIONS.filter(([s]) => s === section).map(([s, field]) => (
                <TextArea
                  key={field}
                  rows={2}
                  label={t(`rehab.talk.q.${s}.${field}` as MessageKey)}
                  name={`icf.${s}.${field}`}
                  value={answers[`${s}.${field}`] ?? ''}
                  onChange={(v) => setAnswers((current) => ({ ...current, [`${s}.${field}`]: v }))}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <div className="rh-sticky-save">
          <CommandFeedback command={record} saved={t('rehab.talk.saved')} />
          <Button type="submit" className="ry-button" isDisabled={record.isPending}>
            {t('rehab.talk.save')}
          </Button>
        </div>
      </Form>
    </Fold>
  );
}
