import type { Params } from '../i18n/index.ts';
import { useI18n } from '../i18n/react.tsx';
import { apiProblem } from '../trpc.tsx';
import { RuleNote, Violations } from './rule-note.tsx';

type Finding = { rule: string; field?: string; params?: Record<string, unknown> };

/** What every command's mutation gives the UI: its error, and on success the server's warnings. */
export interface CommandState {
  error: unknown;
  isSuccess: boolean;
  data?: { warnings: Finding[] } | undefined;
}

/**
 * After a command: the domain's refusals (each with its rule and page), or, when it was saved, the
 * warnings the server returned beside it, said in plain language with their rule code and page.
 */
export function CommandFeedback({ command, saved }: { command: CommandState; saved?: string }) {
  const { t } = useI18n();
  const problem = apiProblem(command.error);
  const warnings = command.isSuccess ? (command.data?.warnings ?? []) : [];
  return (
    <>
      {problem && problem.violations.length === 0 && (
        <p className="ry-alert" data-tone="danger" role="alert">
          {problem.code === 'CONFLICT' ? t('app.conflict') : t('app.error')}
        </p>
      )}
      <Violations violations={problem?.violations ?? []} />
      <div aria-live="polite">
        {warnings.map((w, i) => (
          <RuleNote key={`${w.rule}-${w.field ?? i}`} code={w.rule} params={w.params as Params} tone="warn" />
        ))}
        {command.isSuccess && <p role="status">{saved ?? t('app.saved')}</p>}
      </div>
    </>
  );
}
