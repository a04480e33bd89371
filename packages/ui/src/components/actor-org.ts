/**
 * "Fysioterapeut · Fysioterapien Havneparken", but once when the organisation is named as its
 * kind ("Smertecenter", "Kommunal forebyggelse (§ 119)"): the review saw "Smertecenter ·
 * Smertecenter" (issue 14). Spaces (incl. the no-break space after §) and case do not count.
 */
export function actorAndOrg(actor: string, org: string): string {
  const same = (s: string) => s.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('da');
  return same(actor) === same(org) ? org : `${actor} · ${org}`;
}
