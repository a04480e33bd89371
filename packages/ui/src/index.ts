/** @rygforlob/ui: what the three apps share. Import `@rygforlob/ui/tokens.css` once per app. */

export { actorAndOrg, orgWithActor } from './components/actor-org.ts';
export { type AdviceAction, type AdviceJoin, AdvicePanel, adviceAnchor } from './components/advice-panel.tsx';
export { CitizenCell, formatCpr } from './components/citizen-cell.tsx';
export { CitizenHeader } from './components/citizen-header.tsx';
export { CommandFeedback, type CommandState } from './components/command-feedback.tsx';
export { ConfirmPanel } from './components/confirm.tsx';
export { type CprLookup, CprSearchForm, useCprLookup } from './components/cpr-search.tsx';
export { DateField } from './components/date-field.tsx';
export {
  ClockBadges,
  clocksByPathway,
  DeadlineBanner,
  type ListedClock,
  useRevealAdviceAnchor,
} from './components/deadline-banner.tsx';
export {
  Checkbox,
  NumberField,
  RadioGroup,
  RequiredShownContext,
  TextArea,
  TextField,
} from './components/fields.tsx';
export { focusField, focusFirstInvalid, revealSection, revealWhenShown } from './components/focus-field.ts';
export { InboxItems } from './components/inbox-items.tsx';
export { ListStatus } from './components/list-status.tsx';
export { PathwayUnavailable } from './components/pathway-unavailable.tsx';
export { PsqiForm } from './components/psqi-form.tsx';
export { RuleNote, RuleRef, type Tone, Violations } from './components/rule-note.tsx';
export { AppShell, LoginScreen, type Me, RequireSignIn } from './components/shell.tsx';
export { Timeline } from './components/timeline.tsx';
export { useDirectory } from './directory.tsx';
export * from './i18n/index.ts';
export { type I18n, I18nProvider, useI18n } from './i18n/react.tsx';
export { type InboxMark, useInboxMarks, useReadOnOpen } from './inbox-read.ts';
export {
  FollowUp,
  GoalsAndSelf,
  Helpers,
  Medicine,
  PlanSection,
  Urgent,
  WhatIsWrong,
} from './myplan/plan-sections.tsx';
export { afterPaint, type Preloadable, preloadable, usePaintedMark } from './preload.tsx';
export { Link, match, RouterProvider, useRouter } from './router.tsx';
export { type ApiProblem, ApiProvider, apiProblem, useTRPC, useTRPCClient } from './trpc.tsx';
export { type PathwayHandle, usePathway } from './use-pathway.ts';
export {
  MoreRows,
  usePathwayPreload,
  usePrefetchPathway,
  useWorklistPages,
} from './worklist-pages.tsx';
