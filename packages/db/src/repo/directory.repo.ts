import type { Actor } from '@rygforlob/domain';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { organisations } from '../schema/index.ts';
import type { OrganisationRow } from './organisations.repo.ts';

/** Organisations for pickers (referral recipients, coordinator): all, or those of one actor. */
export function listOrganisations(db: Db, filter: { actor?: Actor } = {}): Promise<OrganisationRow[]> {
  const query = db.select().from(organisations);
  return (filter.actor ? query.where(eq(organisations.actor, filter.actor)) : query).orderBy(
    asc(organisations.name),
  );
}
