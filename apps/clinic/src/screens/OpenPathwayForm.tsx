import { apiProblem, Checkbox, type Me, useDirectory, useI18n, useTRPC, Violations } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';

type Region = 'lumbar' | 'thoracic' | 'neck';

/** Opening asks the scope questions (SCOPE-*); out of scope is explained, never silent. */
export function OpenPathwayForm({
  citizenId,
  me,
  onOpened,
}: {
  citizenId: string;
  me: Me;
  onOpened(id: string): void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { byActor } = useDirectory();
  const [regions, setRegions] = useState<Region[]>(['lumbar']);
  const [affects, setAffects] = useState(true);
  const [consent, setConsent] = useState(false);
  const [coordinator, setCoordinator] = useState('');
  const open = useMutation(
    trpc.pathway.open.mutationOptions({ onSuccess: (view) => onOpened(view.pathwayId) }),
  );
  const problem = apiProblem(open.error);
  const toggle = (region: Region, on: boolean) =>
    setRegions((rs) => (on ? [...rs, region] : rs.filter((r) => r !== region)));

  return (
    <Form
      onSubmit={(e) => {
        e.preventDefault();
        open.mutate({
          citizenId,
          scope: { painRegions: regions, affectsDailyLife: affects },
          consentToCoordinator: consent,
          ...(me.actor === 'gp' ? {} : { coordinatorOrganisationId: coordinator }),
        });
      }}
    >
      <h2>{t('clinic.open.title')}</h2>
      <fieldset className="ry-field">
        <legend className="ry-label">{t('clinic.open.painRegions')}</legend>
        {(['lumbar', 'thoracic', 'neck'] as const).map((region) => (
          <Checkbox key={region} isSelected={regions.includes(region)} onChange={(on) => toggle(region, on)}>
            {t(`clinic.open.region.${region}`)}
          </Checkbox>
        ))}
      </fieldset>
      <Checkbox isSelected={affects} onChange={setAffects}>
        {t('clinic.open.affectsDailyLife')}
      </Checkbox>
      {me.actor !== 'gp' && (
        <div className="ry-field">
          <label htmlFor="coordinator">{t('clinic.open.coordinator')}</label>
          <select
            id="coordinator"
            value={coordinator}
            onChange={(e) => setCoordinator(e.target.value)}
            required
          >
            <option value="" />
            {byActor('gp').map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <Checkbox isSelected={consent} onChange={setConsent}>
        {t('clinic.open.consent')}
      </Checkbox>
      {problem?.violations.some((v) => v.rule.startsWith('SCOPE-')) && (
        <p className="ry-alert__title">{t('clinic.open.outOfScope')}</p>
      )}
      <Violations violations={problem?.violations ?? []} />
      <Button type="submit" className="ry-button" isDisabled={open.isPending}>
        {t('clinic.open.submit')}
      </Button>
    </Form>
  );
}
