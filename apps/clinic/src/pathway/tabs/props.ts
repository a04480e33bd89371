import type { Me, PathwayHandle } from '@rygforlob/ui';
import type { TabKey } from '../../screens/PathwayPage.tsx';

/** What every tab of the pathway page gets. `goTo('referral', '&kind=acute')` switches tab. */
export interface TabProps {
  pathway: PathwayHandle;
  me: Me;
  goTo(tab: TabKey, extra?: string): void;
}
