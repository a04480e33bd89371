import type { Actor, ReferralKind, ReferralRoute } from '@rygforlob/domain';
import { midSentence, RuleNote, useI18n } from '@rygforlob/ui';
import { Button } from 'react-aria-components';
import type { TabProps } from '../../tabs/props.ts';

/** Which note a route leads to, with the words to start it from. */
const NOTE_FOR: Partial<Record<ReferralRoute, 'correspondence' | 'information'>> = {
  'via-gp': 'correspondence',
  'correspondence-to-gp': 'correspondence',
  'encourage-citizen-inform-gp': 'information',
};

/**
 * REFERRAL-ROUTE (Table 3, p.51): a kind this actor may not send shows no form, but the
 * program's legitimate way forward, in plain Danish, with the button that starts it.
 */
export function RouteGuidance({
  kind,
  routes,
  pathway,
  me,
  goTo,
}: Pick<TabProps, 'pathway' | 'me' | 'goTo'> & { kind: ReferralKind; routes: readonly ReferralRoute[] }) {
  const { t, term } = useI18n();
  const coordinator = pathway.view?.coordinatorOrganisationId;
  const writeToGp = coordinator !== undefined && coordinator !== me.organisationId;
  return (
    <RuleNote code="REFERRAL-ROUTE" tone="warn">
      <p>
        {t('clinic.comm.route.intro', {
          // Mid-sentence: "Som fysioterapeut kan du ikke selv sende en henvisning til rygcenter …";
          // a term that starts with an abbreviation ("LÆ 165 …") keeps its capitals.
          actor: term('actor', me.actor as Actor).toLocaleLowerCase(),
          kind: midSentence(term('referralKind', kind)),
        })}
      </p>
      <ul>
        {routes.map((route) => {
          const note = NOTE_FOR[route];
          return (
            <li key={route}>
              <strong>{term('route', route)}</strong>
              <div>{t(`clinic.comm.route.help.${route}`)}</div>
              {note && writeToGp && (
                <p>
                  <Button
                    className="ry-button"
                    onPress={() => goTo('notes', `&noteKind=${note}&prefill=${route}&about=${kind}`)}
                  >
                    {t(
                      note === 'correspondence'
                        ? 'clinic.comm.action.writeGp'
                        : 'clinic.comm.action.informGp',
                    )}
                  </Button>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </RuleNote>
  );
}
