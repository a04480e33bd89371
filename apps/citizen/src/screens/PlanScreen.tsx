import {
  FollowUp,
  GoalsAndSelf,
  Helpers,
  Medicine,
  PlanSection,
  Urgent,
  useI18n,
  WhatIsWrong,
} from '@rygforlob/ui';
import { helperOrganisations } from '../helpers.ts';
import { type MyOrganisation, useMine } from '../use-mine.ts';
import { MineFrame } from './Mine.tsx';

/** "Min plan", live: the clinic's printable plan, the citizen's medicine and whom to call. */
export default function PlanScreen() {
  const { t } = useI18n();
  const mine = useMine();
  const { view, state, orgName } = mine;
  return (
    <div className="ry-myplan ms-plan">
      <MineFrame mine={mine} title={t('clinic.comm.myplan.title')}>
        {view && (
          <>
            <div className="ry-noprint">
              <button type="button" className="ry-button" onClick={() => window.print()}>
                {t('minside.plan.print')}
              </button>
            </div>
            <WhatIsWrong state={state} />
            <GoalsAndSelf state={state} />
            <Helpers state={state} coordinator={view.coordinatorOrganisationId} orgName={orgName} />
            <FollowUp state={state} advice={view.advice} />
            <Medicine state={state} advice={view.advice} />
            <Contact
              practice={view.coordinatorOrganisationId}
              helpers={helperOrganisations(state, view.coordinatorOrganisationId)}
              organisations={view.organisations}
            />
            <Urgent />
          </>
        )}
      </MineFrame>
    </div>
  );
}

/** Whom to call: my practice and every organisation that helps me, with the directory's numbers. */
function Contact({
  practice,
  helpers,
  organisations,
}: {
  practice: string;
  helpers: string[];
  organisations: readonly MyOrganisation[];
}) {
  const { t } = useI18n();
  const named = (id: string) => organisations.find((o) => o.id === id) ?? { id, name: id, phone: null };
  return (
    <PlanSection title={t('minside.plan.contact')}>
      <ul>
        <li>
          {t('minside.plan.contact.practice', { org: named(practice).name })}
          <Phone phone={named(practice).phone} />
        </li>
        {helpers.map((id) => (
          <li key={id}>
            {named(id).name}
            <Phone phone={named(id).phone} />
          </li>
        ))}
        <li>{t('minside.plan.contact.outOfHours')}</li>
        <li>{t('minside.plan.contact.emergency')}</li>
      </ul>
    </PlanSection>
  );
}

/** ", telefon 00 00 01 00" as a link a phone dials, or that the directory has no number. */
function Phone({ phone }: { phone: string | null }) {
  const { t } = useI18n();
  if (!phone) return <>, {t('minside.plan.contact.noPhone')}</>;
  return (
    <>
      , {t('minside.plan.contact.phone')}{' '}
      <a className="ms-phone" href={`tel:${phone.replace(/\s/g, '')}`}>
        {phone}
      </a>
    </>
  );
}
