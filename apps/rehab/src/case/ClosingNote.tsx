import type { Party } from '@rygforlob/domain';
import {
  Checkbox,
  CommandFeedback,
  midSentence,
  RuleNote,
  TextArea,
  useDirectory,
  useI18n,
  useTRPC,
} from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { SECTION } from './advice-actions.ts';
import { type CaseProps, coursesFor, newId, offerOf } from './model.ts';

/**
 * The closing note. §119: the XDIS15 "afslutningsnotat" to the GP with reason, summary and
 * agreements going forward (P119-CLOSE, p.54). §140: the "slutnotat" to the referring hospital
 * department and, with the citizen's consent, the GP (R140-CLOSE, p.55).
 */
export function ClosingNote({ pathway, me, referral }: CaseProps) {
  const { t, term, date } = useI18n();
  const trpc = useTRPC();
  const { orgName } = useDirectory();
  const r140 = referral.kind === 'rehab-140';
  const kind = r140 ? 'slutnotat-140' : 'closing-note-119';
  const rule = r140 ? 'R140-CLOSE' : 'P119-CLOSE';
  const courses = coursesFor(pathway.state, me, referral.referralId);
  const name = (c: (typeof courses)[number]) => {
    const offer = offerOf(c);
    return offer ? t(`rehab.offer.${offer}`) : term('intervention', c.intervention);
  };
  const [reason, setReason] = useState(() => t('rehab.close.reasonDefault'));
  // Until the user writes their own, the summary is the courses' outcomes as they stand now.
  const [edited, setSummary] = useState<string | null>(null);
  const summary =
    edited ??
    courses
      .filter((c) => c.ended)
      .map((c) => `${name(c)}: ${c.ended?.outcome}`)
      .join('\n');
  const [agreements, setAgreements] = useState('');
  const [toGp, setToGp] = useState(true);
  const [consentNow, setConsentNow] = useState(false);
  const consent = useMutation(trpc.consent.give.mutationOptions());
  const send = useMutation(trpc.note.send.mutationOptions());
  const sent = pathway.state.notes.filter(
    (n) => n.kind === kind && n.by.organisationId === me.organisationId,
  );
  const running = courses.filter((c) => !c.ended);
  const gp: Party = { actor: 'gp', organisationId: pathway.view?.coordinatorOrganisationId ?? '' };
  // A party is its actor and organisation; the stamp also names the user, which a command refuses.
  const hospital: Party = { actor: referral.by.actor, organisationId: referral.by.organisationId };

  const submit = async () => {
    let version = pathway.version;
    try {
      if (r140 && toGp && consentNow) {
        const given = await consent.mutateAsync({
          pathwayId: pathway.view?.pathwayId ?? '',
          expectedVersion: version,
          consentId: newId('consent'),
          recipient: gp,
          purpose: 'treatment',
        });
        pathway.applied(given);
        version = given.view.version;
        setConsentNow(false);
      }
      const heading = (key: 'reason' | 'summary' | 'agreements', value: string) =>
        value.trim() ? `${t(`rehab.close.${key}`)}: ${value.trim()}` : '';
      const text = [heading('reason', reason), heading('summary', summary), heading('agreements', agreements)]
        .filter(Boolean)
        .join('\n\n');
      const result = await send.mutateAsync({
        pathwayId: pathway.view?.pathwayId ?? '',
        expectedVersion: version,
        noteId: newId('note'),
        kind,
        referralId: referral.referralId,
        to: r140 ? [hospital, ...(toGp ? [gp] : [])] : [gp],
        content: { text: text || summary, reason, summary, agreements },
      });
      pathway.applied(result);
    } catch (e) {
      pathway.failed(e);
    }
  };

  return (
    <section id={SECTION.closingNote} className="ry-card" aria-labelledby="close-title">
      <h2 id="close-title">{term('noteKind', kind)}</h2>
      {/* P119-CLOSE p.54 / R140-CLOSE p.55 */}
      <RuleNote code={rule} />
      {sent.map((note) => (
        <div key={note.seq} className="ry-alert" data-tone="ok" role="status">
          <div className="ry-alert__title">
            {t('rehab.close.sent', {
              date: date(note.at),
              to: note.to.map((p) => orgName(p.organisationId)).join(' · '),
            })}
          </div>
          <p className="rh-pre">{note.content.text}</p>
        </div>
      ))}
      {sent.length === 0 && (
        <Form
          aria-labelledby="close-title"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {running.length > 0 && (
            <p className="ry-alert" data-tone="warn">
              {t('rehab.close.running', { names: running.map(name).join(', ') })}
            </p>
          )}
          <p className="ry-help">
            {t('rehab.close.to', {
              to: r140 ? orgName(hospital.organisationId) : orgName(gp.organisationId),
            })}
          </p>
          <TextArea
            label={t('rehab.close.reason')}
            name="content.reason"
            rows={2}
            value={reason}
            onChange={setReason}
            isRequired={!r140}
          />
          <TextArea
            label={t('rehab.close.summary')}
            name="content.summary"
            rows={4}
            value={summary}
            onChange={setSummary}
            isRequired
          />
          <TextArea
            label={t('rehab.close.agreements')}
            name="content.agreements"
            rows={3}
            value={agreements}
            onChange={setAgreements}
            isRequired={!r140}
          />
          {r140 && (
            <fieldset className="rh-fieldset">
              <legend>{t('rehab.close.gpTitle', { gp: orgName(gp.organisationId) })}</legend>
              <Checkbox name="toGp" isSelected={toGp} onChange={setToGp}>
                {t('rehab.close.toGp')}
              </Checkbox>
              {toGp && (
                <Checkbox name="consent" isSelected={consentNow} onChange={setConsentNow}>
                  {t('rehab.close.consentNow')}
                </Checkbox>
              )}
            </fieldset>
          )}
          <CommandFeedback command={consent} />
          <CommandFeedback command={send} saved={t('rehab.close.done')} />
          <Button type="submit" className="ry-button" isDisabled={send.isPending || consent.isPending}>
            {t('rehab.close.submit', { kind: midSentence(term('noteKind', kind)) })}
          </Button>
        </Form>
      )}
    </section>
  );
}
