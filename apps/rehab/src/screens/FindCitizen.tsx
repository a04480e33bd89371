import { referralPermission } from '@rygforlob/domain';
import {
  apiProblem,
  CprSearchForm,
  Link,
  type Me,
  RuleNote,
  RuleRef,
  TextArea,
  useCprLookup,
  useI18n,
  useRouter,
  useTRPC,
  Violations,
} from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';

const FIELDS = [
  'referralDiagnosis',
  'purpose',
  'clinicalInformation',
  'history',
  'practicalCircumstances',
] as const;
type Field = (typeof FIELDS)[number];

/**
 * A citizen who comes to §119 on their own (Table 3, p.51: "where the municipality allows
 * self-referral"): find the citizen's pathway by CPR and register the self-referral, which joins
 * this municipality to it. The pathway itself is opened by a clinician, never here.
 */
export default function FindCitizen({ me }: { me: Me }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const lookup = useCprLookup();
  const { found } = lookup;
  const [content, setContent] = useState<Record<Field, string>>({
    referralDiagnosis: '',
    purpose: '',
    clinicalInformation: '',
    history: '',
    practicalCircumstances: '',
  });
  const send = useMutation(
    trpc.referral.send.mutationOptions({ onSuccess: (r) => router.navigate(`/pathway/${r.view.pathwayId}`) }),
  );
  const permission = referralPermission('citizen', 'prevention-119');
  const open = found.data?.pathways.find((p) => p.status === 'open');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!open) return;
    send.mutate({
      pathwayId: open.id,
      referralId: `self-${crypto.randomUUID()}`,
      kind: 'prevention-119',
      to: { actor: 'municipal-prevention', organisationId: me.organisationId },
      content: {
        ...content,
        otherMunicipalOffers: [],
        interpreterNeeded: false, // P119-CRITERIA (p.54) are a clinician's judgement: a citizen's own contact has not had one.
        criteria: { practiceCourseTried: false, aimPreventWorsening: false, courseJudgedHelpful: false },
      },
      // SELF-REFERRAL, CONSENT-BY (issue 8): the team records no consent for itself.
      selfReferral: true,
    });
  };

  return (
    <>
      <h1>{t('rehab.find.title')}</h1>
      {/* Table 3, p.51: self-referral to §119 where the municipality allows it */}
      <p className="ry-help">{t('rehab.find.help')}</p>
      <div className="ry-card">
        <CprSearchForm lookup={lookup} label={t('rehab.find.cpr')} submit={t('rehab.find.submit')} />
      </div>
      {found.data && !found.data.citizen && <p className="ry-alert">{t('rehab.find.none')}</p>}
      {found.data?.citizen && !open && <p className="ry-alert">{t('rehab.find.noPathway')}</p>}
      {found.data?.citizen && open?.related && (
        <p className="ry-alert" data-tone="ok">
          <Link to={`/pathway/${open.id}`}>{t('rehab.find.goTo', { name: found.data.citizen.name })}</Link>
        </p>
      )}
      {found.data?.citizen && open && !open.related && permission.allowed && (
        <Form className="ry-card" onSubmit={submit} aria-labelledby="self-title">
          <h2 id="self-title">{t('rehab.find.selfTitle', { name: found.data.citizen.name })}</h2>
          <p className="ry-help">
            {t('rehab.find.asReferral')} <RuleRef code="P119-CONTENT" />
          </p>
          {FIELDS.map((field) => (
            <TextArea
              key={field}
              rows={2}
              label={t(`rehab.find.${field}`)}
              name={`content.${field}`}
              value={content[field]}
              onChange={(v) => setContent((c) => ({ ...c, [field]: v }))}
              isRequired
            />
          ))}
          <RuleNote code="SELF-REFERRAL">
            <p>{t('rehab.find.ownFactsOnly')}</p>
          </RuleNote>
          <Violations violations={apiProblem(send.error)?.violations ?? []} />
          <Button type="submit" className="ry-button" isDisabled={send.isPending}>
            {t('rehab.find.register')}
          </Button>
        </Form>
      )}
    </>
  );
}
