/** Spaces (incl. the no-break space after §) and case do not count. */
const plain = (s: string) => s.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('da');
const sections = (s: string) => [...s.matchAll(/§\s*(\d+)/gu)].map((m) => m[1]);

/**
 * Does the organisation's name already say the actor's kind? Equal ("Smertecenter"), containing it
 * ("Jobcenter Vejle" for "Jobcenter"), or carrying the same § ("Vejle Kommune, Genoptræning
 * (§ 140)" for "Kommunal genoptræning (§ 140)"): the review saw each named twice (issue 14).
 */
export function orgSaysActor(actor: string, org: string): boolean {
  const a = plain(actor);
  const o = plain(org);
  if (a === '' || o.includes(a)) return true;
  const own = sections(actor);
  return own.length > 0 && own.every((n) => sections(org).includes(n));
}

/**
 * "Fysioterapeut · Fysioterapien Havneparken", but the organisation alone when its name already
 * says the kind ("Smertecenter", "Vejle Kommune, Genoptræning (§ 140)").
 */
export function actorAndOrg(actor: string, org: string): string {
  return orgSaysActor(actor, org) ? org : `${actor} · ${org}`;
}

/** "Fysioterapien Havneparken (Fysioterapeut)", the organisation alone when it says the kind. */
export function orgWithActor(org: string, actor: string | undefined): string {
  return actor === undefined || orgSaysActor(actor, org) ? org : `${org} (${actor})`;
}

/**
 * The signed-in person as the header shows them: the directory holds "Karin Holm Bech,
 * praktiserende læge", a Danish title; in English only the name, as the line under it already
 * names the kind in English (issue 14: "praktiserende læge" in the English header).
 */
export function personName(displayName: string, lang: 'da' | 'en'): string {
  return lang === 'da' ? displayName : (displayName.split(',')[0] ?? displayName).trim();
}
