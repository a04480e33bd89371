import { type Actor, hasConsent, type Party, REFERRAL_KINDS, type ReferralKind } from '@rygforlob/domain';
import {
  apiProblem,
  Checkbox,
  midSentence,
  RadioGroup,
  RuleNote,
  TextArea,
  useDirectory,
  useI18n,
  useRouter,
  useTRPC,
} from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { TabProps } from '../../tabs/props.ts';
import { type Finding, RuleList, useValidationErrors } from '../RuleList.tsx';
import { Badge, Select, useFieldLabel } from '../shared.tsx';
import { pathwayParties } from './parties.ts';

type NoteKind = 'correspondence' | 'information' | 'feedback' | 'closing-note' | 'epicrisis';
const PREFILLS = ['via-gp', 'correspondence-to-gp', 'encourage-citizen-inform-gp', 'imaging'] as const;

/** The note kinds this actor writes from the clinic: epicrisis is the hospital's; feedback goes to the GP. */
function kindsFor(actor: string): NoteKind[] {
  const kinds: NoteKind[] = ['correspondence', 'information'];
  if (actor !== 'gp') kinds.push('feedback');
  kinds.push('closing-note');
  if (actor === 'hospital') kinds.push('epicrisis');
  return kinds;
}

/**
 * A note to one or more of the pathway's organisations (the coordinator first). CONSENT is shown
 * before sending for recipients without it; FEEDBACK-GP and HOSP-EPICRISIS say who must get what.
 */
export function NoteComposer({ pathway, me, goTo }: TabProps) {
  const { t, term } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const { orgName } = useDirectory();
  const { state } = pathway;
  const parties = pathwayParties(pathway, me.organisationId);
  const coordinator = pathway.view?.coordinatorOrganisationId;
  const kinds = kindsFor(me.actor);
  const queryKind = router.query.get('noteKind') as NoteKind | null;
  const prefill = PREFILLS.find((p) => p === router.query.get('prefill'));
  const about = REFERRAL_KINDS.find((k) => k === router.query.get('about'));
  const [kind, setKind] = useState<NoteKind>(
    queryKind && kinds.includes(queryKind) ? queryKind : 'correspondence',
  );
  const [to, setTo] = useState<string[]>(() =>
    coordinator && coordinator !== me.organisationId ? [coordinator] : [],
  );
  const [text, setText] = useState(() =>
    prefill
      ? t(`clinic.comm.notes.prefill.${prefill}`, {
          // Mid-sentence: "… kan have gavn af henvisning til rygcenter (fællesvisitation) …".
          kind: about ? midSentence(term('referralKind', about as ReferralKind)) : '',
        })
      : '',
  );
  const [agreements, setAgreements] = useState('');
  const [followUpBy, setFollowUpBy] = useState<'sender' | 'gp' | null>(null);
  const answerable = Object.values(state.referrals).filter((r) => r.to.organisationId === me.organisationId);
  const [referralId, setReferralId] = useState('');
  const [sent, setSent] = useState<Finding[] | null>(null);
  const practice = me.actor === 'physio' || me.actor === 'chiro';

  const send = useMutation(
    trpc.note.send.mutationOptions({
      onSuccess: (result) => {
        pathway.applied(result);
        setSent(result.warnings);
        setText('');
        setAgreements('');
        setFollowUpBy(null);
      },
      onError: pathway.failed,
    }),
  );
  const problem = apiProblem(send.error);
  const errors = useValidationErrors()(problem?.violations ?? []);
  const fieldLabel = useFieldLabel('note');
  const recipients: Party[] = to.flatMap((id) => parties.filter((p) => p.organisationId === id));
  const lacking = recipients.filter((p) => !hasConsent(state, p.organisationId));
  const labelOf = (field: string) => {
    const index = /^to\.(\d+)$/.exec(field)?.[1];
    if (index !== undefined) return orgName(recipients[Number(index)]?.organisationId ?? field);
    return fieldLabel(field);
  };

  const chooseKind = (next: NoteKind) => {
    setKind(next);
    if (next !== 'epicrisis') return;
    // HOSP-EPICRISIS (p.53): to the GP, a copy to a referring specialist or chiropractor.
    const referral = answerable.filter((r) => r.kind === 'hospital').sort((a, b) => b.seq - a.seq)[0];
    if (referral) setReferralId(referral.referralId);
    const copy =
      referral && (referral.by.actor === 'specialist' || referral.by.actor === 'chiro')
        ? [referral.by.organisationId]
        : [];
    setTo((current) => [...new Set([...(coordinator ? [coordinator] : []), ...copy, ...current])]);
  };
  const extra = (rule: string, findings: Finding[]) => {
    const copyTo = findings.find((f) => typeof f.params?.copyTo === 'string')?.params?.copyTo as
      | string
      | undefined;
    return rule === 'HOSP-EPICRISIS' && copyTo ? (
      <p>{t('clinic.comm.notes.copyTo', { org: orgName(copyTo) })}</p>
    ) : null;
  };

  return (
    <Form
      className="ry-card"
      validationBehavior="aria"
      validationErrors={errors}
      onSubmit={(e) => {
        e.preventDefault();
        setSent(null);
        send.mutate({
          pathwayId: pathway.view?.pathwayId ?? '',
          expectedVersion: pathway.version,
          noteId: crypto.randomUUID(),
          kind,
          to: recipients,
          ...(referralId ? { referralId } : {}),
          content: {
            text,
            ...(agreements.trim() ? { agreements } : {}),
            ...(followUpBy ? { followUpBy } : {}),
          },
        });
      }}
    >
      <h2>{t('clinic.comm.notes.title')}</h2>
      <RadioGroup<NoteKind>
        label={t('clinic.comm.field.note.kind')}
        name="kind"
        orientation="horizontal"
        value={kind}
        onChange={chooseKind}
        options={kinds.map((k) => ({ value: k, label: term('noteKind', k) }))}
      />
      {practice && (kind === 'feedback' || kind === 'closing-note') && <RuleNote code="FEEDBACK-GP" />}
      {kind === 'epicrisis' && <RuleNote code="HOSP-EPICRISIS" />}

      <fieldset className="ry-field">
        <legend className="ry-label">{t('clinic.comm.field.note.to')}</legend>
        {parties.length === 0 && <p className="ry-help">{t('clinic.comm.notes.noParties')}</p>}
        {parties.map((party) => (
          <Checkbox
            key={party.organisationId}
            isSelected={to.includes(party.organisationId)}
            onChange={(on) =>
              setTo((current) =>
                on ? [...current, party.organisationId] : current.filter((id) => id !== party.organisationId),
              )
            }
          >
            {orgName(party.organisationId)} · {term('actor', party.actor as Actor)}
            {party.organisationId === coordinator && ` · ${t('citizen.coordinator')}`}{' '}
            {!hasConsent(state, party.organisationId) && (
              <Badge tone="warn">{t('clinic.comm.notes.noConsent')}</Badge>
            )}
          </Checkbox>
        ))}
      </fieldset>
      {lacking.length > 0 && (
        <RuleNote code={lacking.some((p) => p.actor === 'jobcentre') ? 'JOB-CONSENT' : 'CONSENT'} tone="warn">
          <ul>
            {lacking.map((p) => (
              <li key={p.organisationId}>
                {orgName(p.organisationId)}{' '}
                <Button
                  className="ry-button"
                  data-variant="secondary"
                  onPress={() => goTo('consent', `&recipient=${p.organisationId}`)}
                >
                  {t('clinic.comm.action.recordConsent')}
                </Button>
              </li>
            ))}
          </ul>
        </RuleNote>
      )}

      {answerable.length > 0 && (
        <Select
          label={t('clinic.comm.field.note.referralId')}
          name="referralId"
          value={referralId}
          onChange={setReferralId}
        >
          <option value="">{t('clinic.comm.notes.noReferral')}</option>
          {answerable.map((r) => (
            <option key={r.referralId} value={r.referralId}>
              {term('referralKind', r.kind)} · {orgName(r.by.organisationId)}
            </option>
          ))}
        </Select>
      )}
      <TextArea
        label={t(kind === 'epicrisis' ? 'clinic.comm.notes.conclusion' : 'clinic.comm.field.note.text')}
        name="content.text"
        value={text}
        onChange={setText}
        isRequired
        rows={6}
      />
      {(kind === 'closing-note' || kind === 'epicrisis') && (
        <TextArea
          label={t('clinic.comm.field.note.agreements')}
          name="content.agreements"
          value={agreements}
          onChange={setAgreements}
          rows={3}
        />
      )}
      {practice && kind === 'closing-note' && (
        <RadioGroup<'sender' | 'gp'>
          label={t('clinic.comm.field.note.followUpBy')}
          name="content.followUpBy"
          value={followUpBy}
          onChange={setFollowUpBy}
          isRequired
          options={[
            { value: 'sender', label: t('clinic.comm.notes.followUpBy.sender') },
            { value: 'gp', label: t('clinic.comm.notes.followUpBy.gp') },
          ]}
        />
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
      <RuleList
        findings={problem?.violations ?? []}
        tone="danger"
        fieldLabel={labelOf}
        extra={extra}
        announce
      />
      <Button type="submit" className="ry-button" isDisabled={send.isPending || recipients.length === 0}>
        {t('clinic.comm.notes.send')}
      </Button>
      {sent && (
        <div role="status">
          <p className="ry-alert" data-tone="ok">
            {t('clinic.comm.notes.done')}
          </p>
          <RuleList findings={sent} tone="warn" fieldLabel={labelOf} extra={extra} />
        </div>
      )}
    </Form>
  );
}
