import {
  type Actor,
  hasConsent,
  type PathwayState,
  RECIPIENT_ACTOR,
  type ReferralKind,
} from '@rygforlob/domain';
import {
  apiProblem,
  Checkbox,
  focusFirstInvalid,
  RequiredShownContext,
  RuleNote,
  useDirectory,
  useI18n,
  useTRPC,
} from '@rygforlob/ui';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { TabProps } from '../../tabs/props.ts';
import { type Finding, RuleList, useValidationErrors } from '../RuleList.tsx';
import { Select, useDebounced, useFieldLabel } from '../shared.tsx';
import { CheckPanel } from './CheckPanel.tsx';
import './referral.css';
import { type Draft, type KindContext, KitProvider } from './fields.tsx';
import { gapsOnTheirFields } from './gaps.ts';
import { KIND_MODULES } from './kinds/index.ts';
import { usePrefill } from './prefill.ts';
import { useRuleActions } from './rule-actions.tsx';

/** HOSP-REREFERRAL applies after a hospital course (p.30), as far as this viewer's slice shows. */
const earlierHospitalCourse = (state: PathwayState) =>
  state.triage?.result?.targetGroup === 'TG-PERSISTENT' ||
  Object.values(state.referrals).some((r) => r.kind === 'hospital' && r.status === 'accepted');

/** Has the user put something in this field yet? Until the first submit, only those show errors. */
function filled(content: Record<string, unknown>, field: string): boolean {
  let value: unknown = { content };
  for (const part of field.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== false && value !== null;
}

/** The composer for one allowed kind: recipient, the kind's form, consent, the live check, send. */
export function ReferralComposer({
  kind,
  onKind,
  pathway,
  me,
  goTo,
}: TabProps & { kind: ReferralKind; onKind(kind: ReferralKind): void }) {
  const { t, term } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { byActor, orgName } = useDirectory();
  const { state } = pathway;
  const pathwayId = pathway.view?.pathwayId ?? '';
  const actor = RECIPIENT_ACTOR[kind];
  const recipients = byActor(actor).filter((org) => org.id !== me.organisationId);
  const [chosen, setChosen] = useState('');
  const organisationId = chosen || (recipients.length === 1 ? (recipients[0]?.id ?? '') : '');
  const kindModule = KIND_MODULES[kind];
  const [flaggedRereferral, setFlaggedRereferral] = useState(false);
  const context: KindContext = {
    state,
    t,
    actor: me.actor as Actor,
    onKind,
    earlierHospitalCourse: earlierHospitalCourse(state) || flaggedRereferral,
  };
  // The pathway fills in what it knows (issue 14); every value stays the clinician's to change.
  const prefill = usePrefill();
  const [start] = useState(() => prefill(kind, state, kindModule.initial(context)));
  const [sources, setSources] = useState(start.sources);
  const [draft, setDraft] = useState<Draft>(start.draft);
  const [consent, setConsent] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [sent, setSent] = useState<{ to: string; warnings: Finding[] } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const confirmationRef = useRef<HTMLDivElement>(null);
  // After a send the form gives way to the confirmation; focus goes with it, not to the page.
  useEffect(() => {
    if (sent) confirmationRef.current?.focus();
  }, [sent]);
  // A refused send takes the clinician to the first field to fix, not back to the button.
  const focusFirstProblem = () =>
    requestAnimationFrame(() => {
      if (formRef.current && !focusFirstInvalid(formRef.current))
        formRef.current.querySelector<HTMLElement>('[role="alert"]')?.focus();
    });

  const purpose = actor === 'jobcentre' ? 'employment' : 'treatment';
  const needsConsent = organisationId !== '' && !hasConsent(state, organisationId);
  const content = kindModule.content(draft, context);
  const input = {
    pathwayId,
    kind,
    to: { actor, organisationId },
    content,
    recordConsent: needsConsent && consent,
  };
  const debounced = useDebounced(input, 300);
  const check = useQuery({
    ...trpc.referral.check.queryOptions(debounced),
    enabled: debounced.to.organisationId !== '',
    placeholderData: keepPreviousData,
  });
  // The check knows the whole pathway: if it says HOSP-REREFERRAL applies, ask for it.
  // HOSP-REREFERRAL is a recommendation ("bør", p.30): the check warns, never blocks.
  if (
    !flaggedRereferral &&
    [...(check.data?.violations ?? []), ...(check.data?.warnings ?? [])].some(
      (v) => v.rule === 'HOSP-REREFERRAL',
    )
  )
    setFlaggedRereferral(true);
  const fresh = check.data && !check.isPlaceholderData && JSON.stringify(debounced) === JSON.stringify(input);

  const send = useMutation(
    trpc.referral.send.mutationOptions({
      onSuccess: (result) => {
        pathway.applied(result);
        // Every earlier check was against the pathway before this referral (and its consent):
        // a reset form must not show a cached verdict from then.
        void queryClient.invalidateQueries({ queryKey: trpc.referral.check.queryKey() });
        setSent({ to: organisationId, warnings: result.warnings });
        const next = prefill(kind, pathway.state, kindModule.initial(context));
        setDraft(next.draft);
        setSources(next.sources);
        setConsent(false);
        setSubmitted(false);
      },
      onError: (error) => {
        pathway.failed(error);
        focusFirstProblem();
      },
    }),
  );
  const problem = apiProblem(send.error);
  const update = (key: string, value: unknown) => {
    if (send.error) send.reset();
    setSent(null);
    setDraft((current) => ({ ...current, [key]: value }));
  };

  // Each gap on the field that has it, never on a filled parent; empty is "missing" (issue 14).
  const violations = gapsOnTheirFields(check.data?.violations ?? [], content);
  const refused = gapsOnTheirFields(problem?.violations ?? [], content);
  const live = violations.filter(
    (v) => submitted || (v.field?.startsWith('content.') && filled(content, v.field)),
  );
  const errors = useValidationErrors()([...refused, ...live]);
  const fieldLabel = useFieldLabel(kind);
  const labelOf = (field: string) =>
    field === 'consent'
      ? t('clinic.comm.field.consent')
      : field.startsWith('to.')
        ? t('clinic.comm.field.to')
        : fieldLabel(field);
  const extra = useRuleActions({ pathway, me, goTo, onKind });

  const checkPanel = (
    <CheckPanel
      ready={debounced.to.organisationId !== ''}
      result={check.data && { ...check.data, violations }}
      checking={check.isFetching}
      failed={check.isError}
      fieldLabel={labelOf}
      extra={extra}
      sent={sent !== null}
    />
  );

  if (sent)
    // Sent: the form collapses to the confirmation, so the same referral cannot go twice by a
    // second press, and nothing of the emptied form is red (issue 14).
    return (
      <div className="ry-grid ry-composer">
        <div ref={confirmationRef} tabIndex={-1} className="ry-card">
          <div role="status">
            <p className="ry-alert" data-tone="ok">
              {t('clinic.comm.referral.sent', {
                kind: term('referralKind', kind),
                recipient: orgName(sent.to),
              })}
            </p>
            <RuleList findings={sent.warnings} tone="warn" fieldLabel={labelOf} extra={extra} />
          </div>
          <Button className="ry-button" onPress={() => setSent(null)}>
            {t('clinic.comm.referral.title')}
          </Button>
        </div>
        {checkPanel}
      </div>
    );

  return (
    <div className="ry-grid ry-composer">
      <RequiredShownContext.Provider value={submitted}>
        <Form
          ref={formRef}
          validationBehavior="aria"
          validationErrors={errors}
          onSubmit={(e) => {
            e.preventDefault();
            setSubmitted(true);
            setSent(null);
            if (fresh && !check.data?.allowed) {
              focusFirstProblem();
              return;
            }
            send.mutate({
              pathwayId,
              expectedVersion: pathway.version,
              referralId: crypto.randomUUID(),
              kind,
              to: { actor, organisationId },
              content,
              ...(needsConsent && consent ? { recordConsent: purpose } : {}),
            });
          }}
        >
          <Select
            label={t('clinic.comm.referral.recipient', { actor: term('actor', actor) })}
            name="to.organisationId"
            value={organisationId}
            onChange={(id) => {
              setChosen(id);
              setSent(null);
            }}
            isRequired
            error={errors['to.organisationId'] ?? errors['to.actor']}
          >
            <option value="">{t('clinic.comm.choose')}</option>
            {recipients.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </Select>
          {recipients.length === 0 && (
            <p className="ry-alert" data-tone="warn">
              {t('clinic.comm.referral.noRecipients', { actor: term('actor', actor) })}
            </p>
          )}
          {actor === 'jobcentre' && <RuleNote code="JOB-CONSENT" />}

          <KitProvider value={{ kind, draft, set: update, errors, sources }}>
            <kindModule.Form context={context} />
          </KitProvider>

          {needsConsent ? (
            <fieldset className="ry-card">
              <legend className="ry-alert__title">{t('clinic.comm.field.consent')}</legend>
              <Checkbox name="consent" isSelected={consent} onChange={setConsent} isRequired>
                {t('clinic.comm.referral.consent', { recipient: orgName(organisationId) })}
              </Checkbox>
              {errors.consent && <p className="ry-error">{errors.consent}</p>}
            </fieldset>
          ) : (
            organisationId && (
              <p className="ry-help">
                {t('clinic.comm.referral.hasConsent', { recipient: orgName(organisationId) })}
              </p>
            )
          )}

          {problem?.code === 'CONFLICT' && (
            <p className="ry-alert" data-tone="warn" role="alert">
              {t('app.conflict')}
            </p>
          )}
          {problem && problem.code !== 'CONFLICT' && problem.violations.length === 0 && (
            <p className="ry-alert" data-tone="danger" role="alert">
              {t('app.error')}
            </p>
          )}
          <RuleList findings={refused} tone="danger" fieldLabel={labelOf} extra={extra} announce />
          <Button
            type="submit"
            className="ry-button"
            data-variant={kind === 'acute' ? 'danger' : undefined}
            isDisabled={send.isPending}
            onPress={() => setSubmitted(true)}
          >
            {t('clinic.comm.referral.send', { kind: term('referralKind', kind) })}
          </Button>
        </Form>
      </RequiredShownContext.Provider>
      {checkPanel}
    </div>
  );
}
