import { TextField, useI18n } from '@rygforlob/ui';
import { useState } from 'react';
import { SmallButton } from '../fields.tsx';

/** A goal as the form holds it: row keys so React keeps focus right when rows are removed. */
export interface GoalDraft {
  key: string;
  goal: string;
  subGoals: { key: string; text: string }[];
}

const newGoal = (goal = '', subGoals: string[] = []): GoalDraft => ({
  key: crypto.randomUUID(),
  goal,
  subGoals: subGoals.map((text) => ({ key: crypto.randomUUID(), text })),
});

export const toGoalDrafts = (goals: readonly { goal: string; subGoals: string[] }[]): GoalDraft[] =>
  goals.length > 0 ? goals.map((g) => newGoal(g.goal, g.subGoals)) : [newGoal()];

/** The goals as the plan stores them; blank sub-goals and wholly blank goals are left out. */
export const fromGoalDrafts = (drafts: readonly GoalDraft[]) =>
  drafts
    .map((g) => ({ goal: g.goal.trim(), subGoals: g.subGoals.map((s) => s.text.trim()).filter(Boolean) }))
    .filter((g) => g.goal !== '' || g.subGoals.length > 0);

/** Goals and sub-goals in the citizen's own words (spec §4): rows to add and remove. */
export function GoalsEditor({ value, onChange }: { value: GoalDraft[]; onChange(next: GoalDraft[]): void }) {
  const { t } = useI18n();
  // The row just added takes focus, so the keyboard user can type at once.
  const [added, setAdded] = useState<string | null>(null);
  const setGoal = (key: string, patch: Partial<GoalDraft>) =>
    onChange(value.map((g) => (g.key === key ? { ...g, ...patch } : g)));
  const addGoal = () => {
    const goal = newGoal();
    setAdded(goal.key);
    onChange([...value, goal]);
  };

  return (
    <fieldset className="ry-field">
      <legend className="ry-label">{t('clinic.care.plan.goals')}</legend>
      {value.map((g, i) => {
        const n = i + 1;
        return (
          <div key={g.key}>
            <div className="ry-listrow">
              <TextField
                label={t('clinic.care.plan.goal', { n })}
                name={`goals.${i}.goal`}
                isRequired={i === 0}
                autoFocus={added === g.key}
                value={g.goal}
                onChange={(goal) => setGoal(g.key, { goal })}
              />
              {value.length > 1 && (
                <SmallButton
                  context={t('clinic.care.plan.goal', { n })}
                  onPress={() => onChange(value.filter((other) => other.key !== g.key))}
                >
                  {t('clinic.care.remove')}
                </SmallButton>
              )}
            </div>
            <div className="ry-indent">
              {g.subGoals.map((s, j) => (
                <div key={s.key} className="ry-listrow">
                  <TextField
                    label={t('clinic.care.plan.subGoal', { n: j + 1 })}
                    name={`goals.${i}.subGoals.${j}`}
                    autoFocus={added === s.key}
                    value={s.text}
                    onChange={(text) =>
                      setGoal(g.key, {
                        subGoals: g.subGoals.map((o) => (o.key === s.key ? { ...o, text } : o)),
                      })
                    }
                  />
                  <SmallButton
                    context={t('clinic.care.plan.subGoalOf', { n: j + 1, goal: n })}
                    onPress={() => setGoal(g.key, { subGoals: g.subGoals.filter((o) => o.key !== s.key) })}
                  >
                    {t('clinic.care.remove')}
                  </SmallButton>
                </div>
              ))}
              <SmallButton
                context={t('clinic.care.plan.goal', { n })}
                onPress={() => {
                  const sub = { key: crypto.randomUUID(), text: '' };
                  setAdded(sub.key);
                  setGoal(g.key, { subGoals: [...g.subGoals, sub] });
                }}
              >
                {t('clinic.care.plan.addSubGoal')}
              </SmallButton>
            </div>
          </div>
        );
      })}
      <div className="ry-actions">
        <SmallButton onPress={addGoal}>{t('clinic.care.plan.addGoal')}</SmallButton>
      </div>
    </fieldset>
  );
}
