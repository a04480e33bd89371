import { isImagingReferrer } from '@rygforlob/domain';
import { RuleNote, useI18n } from '@rygforlob/ui';
import { Button } from 'react-aria-components';
import { actorOf } from '../care/actor.ts';
import '../care/care.css';
import { CourseCard } from '../care/treatment/CourseCard.tsx';
import { Medication } from '../care/treatment/Medication.tsx';
import { StartIntervention } from '../care/treatment/StartIntervention.tsx';
import type { TabProps } from './props.ts';

/**
 * Treatment (spec §5): start what this actor offers, record sessions and their response (the
 * server warns MANUAL-4-5), end courses, prescribe and follow up medication; imaging is a referral.
 */
export default function TreatmentTab(props: TabProps) {
  const { pathway, me, goTo } = props;
  const { t } = useI18n();
  const actor = actorOf(me);
  const courses = Object.values(pathway.state.interventions).sort((a, b) => b.at.localeCompare(a.at));
  const running = courses.filter((c) => !c.ended);
  const ended = courses.filter((c) => c.ended);
  const mine = (orgId: string) => orgId === me.organisationId;

  return (
    <div className="ry-care">
      <section className="ry-card">
        <StartIntervention {...props} />
      </section>

      <section aria-labelledby="running-title">
        <h2 id="running-title">{t('clinic.care.treat.running')}</h2>
        {running.length === 0 && <p className="ry-help">{t('clinic.care.treat.noneRunning')}</p>}
        {running.map((course) => (
          <CourseCard
            key={course.interventionId}
            course={course}
            pathway={pathway}
            mine={mine(course.by.organisationId)}
          />
        ))}
      </section>

      <Medication pathway={pathway} me={me} />

      <section className="ry-card" aria-labelledby="imaging-title">
        <h2 id="imaging-title">{t('clinic.care.imaging.title')}</h2>
        {actor && isImagingReferrer(actor) ? (
          <div className="ry-actions">
            <span>{t('clinic.care.imaging.text')}</span>
            <Button
              className="ry-button"
              data-variant="secondary"
              onPress={() => goTo('referral', '&kind=imaging')}
            >
              {t('clinic.care.imaging.go')}
            </Button>
          </div>
        ) : (
          <RuleNote code="IMG-REFERRER" />
        )}
      </section>

      {ended.length > 0 && (
        <details className="ry-section">
          <summary>
            {t('clinic.care.treat.ended')} <span className="ry-badge">{ended.length}</span>
          </summary>
          <div className="ry-section__body">
            {ended.map((course) => (
              <CourseCard
                key={course.interventionId}
                course={course}
                pathway={pathway}
                mine={mine(course.by.organisationId)}
              />
            ))}
          </div>
        </details>
      )}
    </div>
  );
}
