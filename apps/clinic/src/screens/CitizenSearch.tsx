import { RSD_MUNICIPALITIES } from '@rygforlob/domain';
import {
  apiProblem,
  CprSearchForm,
  type Me,
  TextField,
  useCprLookup,
  useI18n,
  useRouter,
  useTRPC,
  Violations,
} from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { OpenPathwayForm } from './OpenPathwayForm.tsx';
import { SelfReferral } from './SelfReferral.tsx';

/** Find a citizen by CPR; register them if new; open their pathway or join it by self-referral. */
export function CitizenSearch({ me }: { me: Me }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const lookup = useCprLookup();
  const { found, submitted } = lookup;
  const [name, setName] = useState('');
  const [municipality, setMunicipality] = useState('Vejle');
  const register = useMutation(trpc.citizen.register.mutationOptions({ onSuccess: () => found.refetch() }));

  const citizen = found.data?.citizen;
  const openPathway = found.data?.pathways.find((p) => p.status === 'open');

  return (
    <>
      <h1>{t('clinic.citizen.title')}</h1>
      <div className="ry-card">
        <CprSearchForm lookup={lookup} label={t('clinic.citizen.cpr')} submit={t('clinic.citizen.find')} />
      </div>

      {found.data && !citizen && (
        <div className="ry-card">
          <p>{t('clinic.citizen.notFound')}</p>
          <Form
            onSubmit={(e) => {
              e.preventDefault();
              register.mutate({ cpr: submitted, name, municipality });
            }}
          >
            <TextField
              label={t('clinic.citizen.name')}
              name="name"
              value={name}
              onChange={setName}
              isRequired
            />
            <div className="ry-field">
              <label htmlFor="municipality">{t('clinic.citizen.municipality')}</label>
              <select
                id="municipality"
                value={municipality}
                onChange={(e) => setMunicipality(e.target.value)}
              >
                {RSD_MUNICIPALITIES.map((m) => (
                  <option key={m}>{m}</option>
                ))}
                <option value="Anden">{t('clinic.citizen.otherMunicipality')}</option>
              </select>
            </div>
            <Violations violations={apiProblem(register.error)?.violations ?? []} />
            <Button type="submit" className="ry-button" isDisabled={register.isPending}>
              {t('clinic.citizen.register')}
            </Button>
          </Form>
        </div>
      )}

      {citizen && (
        <div className="ry-card">
          <h2>
            {citizen.name} <span className="ry-rule">{citizen.municipality}</span>
          </h2>
          {found.data?.pathways
            .filter((p) => p.related)
            .map((p) => (
              <p key={p.id}>
                <Button className="ry-button" onPress={() => router.navigate(`/pathway/${p.id}`)}>
                  {t('clinic.citizen.openPathway')}
                </Button>
              </p>
            ))}
          {openPathway && !openPathway.related && (
            <>
              <p>{t('clinic.citizen.noAccess')}</p>
              <SelfReferral
                pathwayId={openPathway.id}
                me={me}
                onDone={() => router.navigate(`/pathway/${openPathway.id}`)}
              />
            </>
          )}
          {!openPathway && (
            <OpenPathwayForm
              citizenId={citizen.id}
              me={me}
              onOpened={(id) => router.navigate(`/pathway/${id}`)}
            />
          )}
        </div>
      )}
    </>
  );
}
