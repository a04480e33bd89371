import {
  Checkbox,
  CommandFeedback,
  CprSearchForm,
  Link,
  type Me,
  TextArea,
  TextField,
  useCprLookup,
  useI18n,
  useRouter,
  useTRPC,
} from '@rygforlob/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';

/** The citizen's own contact (Table 3: citizen → jobcentre): find them, and register it on their pathway. */
export default function FindCitizen({ me }: { me: Me }) {
  const { t } = useI18n();
  const lookup = useCprLookup();
  const { found } = lookup;
  const citizen = found.data?.citizen;
  const openPathway = found.data?.pathways.find((p) => p.status === 'open');

  return (
    <>
      <h1>{t('employment.citizen.title')}</h1>
      <p className="ry-help">{t('employment.citizen.intro')}</p>
      <div className="ry-card">
        <CprSearchForm
          lookup={lookup}
          label={t('employment.citizen.cpr')}
          submit={t('employment.citizen.find')}
        />
      </div>
      {found.data && !citizen && <p className="ry-alert">{t('employment.citizen.notFound')}</p>}
      {citizen && (
        <section className="ry-card" aria-labelledby="found-title">
          <h2 id="found-title">
            {citizen.name} <span className="ry-rule">{citizen.municipality}</span>
          </h2>
          {!openPathway && <p>{t('employment.citizen.noPathway')}</p>}
          {openPathway?.related && (
            <Link to={`/case/${openPathway.id}`} className="ry-button">
              {t('employment.citizen.openCase')}
            </Link>
          )}
          {openPathway && !openPathway.related && <OwnContact pathwayId={openPathway.id} me={me} />}
        </section>
      )}
    </>
  );
}

function OwnContact({ pathwayId, me }: { pathwayId: string; me: Me }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [information, setInformation] = useState('');
  const [consent, setConsent] = useState(false);
  const register = useMutation(
    trpc.referral.send.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.jobcentre.caseload.pathKey() });
        router.navigate(`/case/${pathwayId}`);
      },
    }),
  );
  return (
    <Form
      aria-labelledby="contact-title"
      onSubmit={(e) => {
        e.preventDefault();
        register.mutate({
          pathwayId,
          referralId: crypto.randomUUID(),
          kind: 'jobcentre-contact',
          to: { actor: 'jobcentre', organisationId: me.organisationId },
          content: { reason, clinicalInformation: information },
          selfReferral: true,
          ...(consent ? { recordConsent: 'employment' as const } : {}),
        });
      }}
    >
      <h3 id="contact-title">{t('employment.citizen.contactTitle')}</h3>
      <TextField
        label={t('employment.citizen.reason')}
        name="content.reason"
        value={reason}
        onChange={setReason}
        isRequired
      />
      <TextArea
        label={t('employment.citizen.information')}
        name="content.clinicalInformation"
        value={information}
        onChange={setInformation}
        description={t('employment.citizen.informationHelp')}
        isRequired
      />
      <Checkbox name="consent" isSelected={consent} onChange={setConsent}>
        {t('employment.citizen.consent', { recipient: me.organisationName })}
      </Checkbox>
      <CommandFeedback command={register} />
      <Button type="submit" className="ry-button" isDisabled={register.isPending}>
        {t('employment.citizen.register')}
      </Button>
    </Form>
  );
}
