import {
  BothersomenessSchema,
  ODI_SECTIONS,
  type OdiAnswers,
  type PsqiAnswers as PsqiDraft,
  type QuestionnaireInput,
  type QuestionnaireRequestState,
  RMDQ_ITEM_COUNT,
  type StartBackAnswers,
  StartBackAnswersSchema,
  scoreQuestionnaire,
} from '@rygforlob/domain';
import { apiProblem, Link, useI18n, useRouter, useTRPC } from '@rygforlob/ui';
import { addCitizenMessages } from '@rygforlob/ui/citizen-i18n';
import { CLINIC_CARE_MESSAGES } from '@rygforlob/ui/messages/clinic-care';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { PsqiAnswers } from './PsqiAnswers.tsx';

// The questionnaires' items are worded as in the clinic; their words load with this screen only.
addCitizenMessages(CLINIC_CARE_MESSAGES);

/** STarT Back's statements 1–8: the domain's schema keeps Keele's order (the 9th is bothersomeness). */
type Statement = Exclude<keyof StartBackAnswers, 'bothersomeness'>;
const STATEMENTS = Object.keys(StartBackAnswersSchema.shape).filter(
  (key): key is Statement => key !== 'bothersomeness',
);
const ODI_POINTS = [0, 1, 2, 3, 4, 5] as const;

interface Drafts {
  startback: Partial<StartBackAnswers>;
  rmdq: number[];
  odi: OdiAnswers;
  psqi: PsqiDraft;
}
const EMPTY: Drafts = { startback: {}, rmdq: [], odi: {}, psqi: {} };

/** Drafts survive a reload: kept in this browser per request until sent (never on the server). */
function useDraft(key: string): [Drafts, (next: Drafts) => void, () => void] {
  const [draft, setDraft] = useState<Drafts>(() => {
    try {
      return { ...EMPTY, ...(JSON.parse(localStorage.getItem(key) ?? '{}') as Partial<Drafts>) };
    } catch {
      return EMPTY;
    }
  });
  const save = (next: Drafts) => {
    setDraft(next);
    localStorage.setItem(key, JSON.stringify(next));
  };
  return [draft, save, () => localStorage.removeItem(key)];
}

function toInput(instrument: QuestionnaireRequestState['instrument'], d: Drafts): QuestionnaireInput {
  switch (instrument) {
    case 'startback':
      return { instrument, answers: d.startback as StartBackAnswers };
    case 'rmdq':
      // The original 24 statements, as the clinic's form (Q-RMDQ records the version).
      return { instrument, version: '24', answers: [...d.rmdq].sort((a, b) => a - b) };
    case 'odi':
      return { instrument, answers: d.odi };
    case 'psqi':
      return { instrument, answers: d.psqi };
  }
}

/** The item a violation's field names, as the citizen counts: "fear" is STarT Back's question 5. */
function itemOf(field: string | undefined): string | null {
  const key = field?.replace(/^questionnaire\./, '').replace(/^answers\.?/, '') ?? '';
  const statement = STATEMENTS.indexOf(key as Statement);
  if (statement >= 0) return String(statement + 1);
  if (key === 'bothersomeness') return '9';
  const section = ODI_SECTIONS.indexOf(key as (typeof ODI_SECTIONS)[number]);
  if (section >= 0) return String(section + 1);
  // PSQI: questions 1–4 are the times; q5a … q9 are numbered as printed.
  const psqiTimes = ['bedtime', 'minutesToFallAsleep', 'wakeTime', 'hoursOfSleep'].indexOf(key);
  if (psqiTimes >= 0) return String(psqiTimes + 1);
  if (/^q\d/.test(key)) return key.slice(1);
  return key || null;
}

export function AnswerForm({
  request,
  pathwayId,
  version,
  asker,
}: {
  request: QuestionnaireRequestState;
  pathwayId: string;
  version: number;
  asker: string;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { navigate } = useRouter();
  const [draft, setDraft, clearDraft] = useDraft(`minside.draft.${pathwayId}.${request.requestId}`);
  const [missing, setMissing] = useState<string[]>([]);
  const problemRef = useRef<HTMLParagraphElement>(null);
  const answer = useMutation(
    trpc.me.answerQuestionnaire.mutationOptions({
      onSuccess: (view) => {
        clearDraft();
        queryClient.setQueryData(trpc.me.pathway.queryKey({ pathwayId }), view);
        navigate(`/spoergeskemaer?sendt=${encodeURIComponent(asker)}`);
      },
    }),
  );
  useEffect(() => {
    if (missing.length > 0) problemRef.current?.focus();
  }, [missing]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = toInput(request.instrument, draft);
    const scored = scoreQuestionnaire(input);
    if (!scored.ok) {
      setMissing([...new Set(scored.violations.map((v) => itemOf(v.field) ?? '?'))]);
      return;
    }
    setMissing([]);
    answer.mutate({
      pathwayId,
      expectedVersion: version,
      requestId: request.requestId,
      questionnaire: input,
    });
  };
  const serverItems = (apiProblem(answer.error)?.violations ?? []).map((v) => itemOf(v.field) ?? '?');
  const problems = missing.length > 0 ? missing : serverItems;
  const invalid = (item: string) => problems.includes(item);

  return (
    <form className="ms-q" onSubmit={submit} noValidate>
      <p className="ms-muted">{t('minside.q.draftSaved')}</p>
      {request.instrument === 'startback' && (
        <>
          <p>{t('minside.q.intro.startback')}</p>
          {STATEMENTS.map((item, i) => (
            <fieldset key={item} aria-invalid={invalid(String(i + 1))}>
              {/* The catalogue's statements carry their numbers (1–9), as printed. */}
              <legend>{t(`clinic.care.sb.${item}`)}</legend>
              {(['agree', 'disagree'] as const).map((choice) => (
                <label key={choice}>
                  <input
                    type="radio"
                    name={item}
                    checked={draft.startback[item] === (choice === 'agree')}
                    onChange={() =>
                      setDraft({ ...draft, startback: { ...draft.startback, [item]: choice === 'agree' } })
                    }
                  />
                  {t(`clinic.care.sb.${choice}`)}
                </label>
              ))}
            </fieldset>
          ))}
          <fieldset aria-invalid={invalid('9')}>
            <legend>{t('clinic.care.sb.bothersomeness')}</legend>
            {BothersomenessSchema.options.map((b) => (
              <label key={b}>
                <input
                  type="radio"
                  name="bothersomeness"
                  checked={draft.startback.bothersomeness === b}
                  onChange={() =>
                    setDraft({ ...draft, startback: { ...draft.startback, bothersomeness: b } })
                  }
                />
                {t(`clinic.care.sb.bother.${b}`)}
              </label>
            ))}
          </fieldset>
        </>
      )}
      {request.instrument === 'rmdq' && (
        <fieldset>
          <legend>{t('minside.q.intro.rmdq')}</legend>
          {Array.from({ length: RMDQ_ITEM_COUNT }, (_, i) => i + 1).map((item) => (
            <label key={item}>
              <input
                type="checkbox"
                checked={draft.rmdq.includes(item)}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    rmdq: e.target.checked ? [...draft.rmdq, item] : draft.rmdq.filter((n) => n !== item),
                  })
                }
              />
              {item}. {t(`clinic.care.rmdq.${String(item) as '1'}`)}
            </label>
          ))}
        </fieldset>
      )}
      {request.instrument === 'odi' && (
        <>
          <p>{t('minside.q.intro.odi')}</p>
          {ODI_SECTIONS.map((section, i) => (
            <fieldset key={section} aria-invalid={invalid(String(i + 1))}>
              <legend>{t(`clinic.care.odi.${section}`)}</legend>
              {ODI_POINTS.map((p) => (
                <label key={p}>
                  <input
                    type="radio"
                    name={section}
                    checked={draft.odi[section] === p}
                    onChange={() => setDraft({ ...draft, odi: { ...draft.odi, [section]: p } })}
                  />
                  {t(`clinic.care.odi.${section}.${String(p) as '0'}`)}
                </label>
              ))}
            </fieldset>
          ))}
        </>
      )}
      {request.instrument === 'psqi' && (
        <PsqiAnswers value={draft.psqi} onChange={(psqi) => setDraft({ ...draft, psqi })} invalid={invalid} />
      )}
      {problems.length > 0 && (
        <p className="ry-alert" data-tone="danger" role="alert" tabIndex={-1} ref={problemRef}>
          {t('minside.q.missing', { item: problems.join(', ') })}
        </p>
      )}
      {answer.isError && problems.length === 0 && (
        <p className="ry-alert" data-tone="danger" role="alert">
          {apiProblem(answer.error)?.code === 'CONFLICT' ? t('app.conflict') : t('app.error')}
        </p>
      )}
      <div className="ms-actions">
        <button type="submit" className="ry-button" disabled={answer.isPending}>
          {t('minside.q.send')}
        </button>{' '}
        <Link to="/spoergeskemaer">{t('minside.q.back')}</Link>
      </div>
    </form>
  );
}
