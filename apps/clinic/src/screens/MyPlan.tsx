import {
  FollowUp,
  GoalsAndSelf,
  Helpers,
  Link,
  Medicine,
  PathwayUnavailable,
  Urgent,
  useDirectory,
  useI18n,
  usePathway,
  WhatIsWrong,
} from '@rygforlob/ui';
import { Button } from 'react-aria-components';
import { today } from '../pathway/communication/shared.tsx';

/**
 * "Min plan": the citizen's own printable page, in everyday Danish without codes or jargon.
 * Routed outside the app shell (/pathway/:id/min-plan); the bar with "Tilbage" and "Udskriv"
 * is not printed.
 */
export default function MyPlan({ pathwayId }: { pathwayId: string }) {
  const { t, date } = useI18n();
  const { orgName, organisations } = useDirectory();
  const pathway = usePathway(pathwayId);
  const { view, state } = pathway;
  const back = (
    <Link to={`/pathway/${pathwayId}`} className="ry-noprint">
      {t('clinic.comm.myplan.back')}
    </Link>
  );

  if (!view)
    return (
      <main id="main" className="ry-myplan">
        {back}
        <PathwayUnavailable pathway={pathway} />
      </main>
    );

  return (
    <main id="main" className="ry-myplan">
      <div className="ry-myplan__bar ry-noprint">
        {back}
        <Button className="ry-button" onPress={() => window.print()}>
          {t('clinic.comm.myplan.print')}
        </Button>
      </div>
      <header>
        <h1>{t('clinic.comm.myplan.title')}</h1>
        <p>
          {view.citizen.name} · {t('clinic.comm.myplan.printed', { date: date(today()) })}
        </p>
      </header>
      <WhatIsWrong state={state} />
      <GoalsAndSelf state={state} />
      <Helpers state={state} coordinator={view.coordinatorOrganisationId} orgName={orgName} />
      <FollowUp state={state} advice={view.advice} />
      <Medicine state={state} advice={view.advice} />
      <Urgent />
      <p className="ry-myplan__section">
        {t('clinic.comm.myplan.questions', {
          org: orgName(view.coordinatorOrganisationId),
          // The practice's number, as on Min side; the text leaves "(telefon …)" out without one.
          phone: organisations.find((o) => o.id === view.coordinatorOrganisationId)?.phone ?? undefined,
        })}
      </p>
    </main>
  );
}
