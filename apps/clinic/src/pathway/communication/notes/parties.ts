import type { Party } from '@rygforlob/domain';
import type { PathwayHandle } from '@rygforlob/ui';

/**
 * The organisations of the pathway as this viewer knows them (authors and addressees of what
 * the slice shows, withheld entries included), the coordinating GP first; never the viewer's own.
 */
export function pathwayParties(pathway: PathwayHandle, ownOrganisationId: string): Party[] {
  const parties = new Map<string, Party>();
  const add = ({ actor, organisationId }: Party) => {
    if (organisationId === ownOrganisationId || actor === 'citizen' || parties.has(organisationId)) return;
    parties.set(organisationId, { actor, organisationId });
  };
  const coordinator = pathway.view?.coordinatorOrganisationId;
  if (coordinator) add({ actor: 'gp', organisationId: coordinator });
  for (const entry of pathway.view?.entries ?? []) {
    if (entry.visibility === 'withheld') {
      add(entry.by);
      continue;
    }
    const event = entry.event;
    add(event.by);
    if (event.type === 'referralSent' || event.type === 'certificateRequested') add(event.to);
    if (event.type === 'noteSent') event.to.forEach(add);
    if (event.type === 'consentGiven') add(event.recipient);
  }
  return [...parties.values()];
}
