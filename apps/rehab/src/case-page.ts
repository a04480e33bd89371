import { preloadable } from '@rygforlob/ui';

/**
 * The case workspace, not in the first screen's code: its chunk is fetched once the inbox is on
 * screen (or at once on a direct case URL), and then renders in the click that opens it (issue 11:
 * a plain `lazy` suspended there, and React held the page back ~300 ms).
 */
export const CasePage = preloadable(() => import('./screens/CasePage.tsx'));
