import type { Actor, Party, Viewer } from '@rygforlob/domain';

/**
 * The demo's organisations and their one user each. Fictitious people; the organisations are
 * named the way such places are in the Region of Southern Denmark. The ids of those that the
 * domain's test fixtures (VIEWERS) also know are the same, so examples carry over.
 */
export interface DemoOrganisation {
  id: string;
  name: string;
  actor: Actor;
  municipality?: string;
  /**
   * The phone number Min plan shows the citizen. Fictitious on purpose: no Danish number begins
   * with 00, so none of these can be dialled by someone who copies them from the demo.
   */
  phone: string;
  /** The one user: `username` is what you sign in with. */
  user: { username: string; displayName: string };
}

const org = (
  id: string,
  name: string,
  actor: Actor,
  username: string,
  displayName: string,
  municipality: string,
  phone: string,
): DemoOrganisation => ({
  id,
  name,
  actor,
  municipality,
  phone,
  user: { username, displayName },
});

export const DEMO_ORGANISATIONS = [
  org(
    'org-gp-vejle',
    'Lægerne Kirkegade, Vejle',
    'gp',
    'laege.vejle',
    'Karin Holm Bech, praktiserende læge',
    'Vejle',
    '00 00 01 00',
  ),
  org(
    'org-gp-odense',
    'Lægehuset Ådalen, Odense',
    'gp',
    'laege.odense',
    'Morten Skov Lauridsen, praktiserende læge',
    'Odense',
    '00 00 02 00',
  ),
  org(
    'org-physio-vejle',
    'Fysioterapien Havneparken, Vejle',
    'physio',
    'fys.vejle',
    'Line Kjær, fysioterapeut',
    'Vejle',
    '00 00 03 00',
  ),
  org(
    'org-physio-odense',
    'Fysioterapi Ådalen, Odense',
    'physio',
    'fys.odense',
    'Jonas Winther, fysioterapeut',
    'Odense',
    '00 00 04 00',
  ),
  org(
    'org-chiro-kolding',
    'Kiropraktisk Klinik Kolding',
    'chiro',
    'kiro.kolding',
    'Sara Mørch, kiropraktor',
    'Kolding',
    '00 00 05 00',
  ),
  org(
    'org-specialist-odense',
    'Speciallæge i reumatologi, Odense',
    'specialist',
    'speciallaege.odense',
    'Peter Brandt, speciallæge i reumatologi',
    'Odense',
    '00 00 06 00',
  ),
  org(
    'org-psychologist-odense',
    'Psykologhuset Fyn, Odense',
    'psychologist',
    'psykolog.odense',
    'Maja Lind, autoriseret psykolog',
    'Odense',
    '00 00 07 00',
  ),
  org(
    'org-rygcenter',
    'Rygcenter Syddanmark, Sygehus Lillebælt, Middelfart',
    'hospital',
    'rygcenter',
    'Henrik Dam, overlæge',
    'Middelfart',
    '00 00 08 00',
  ),
  org(
    'org-fam-ouh',
    'Fælles Akutmodtagelse (FAM), Odense Universitetshospital',
    'acute',
    'fam.ouh',
    'Nadia Yilmaz, afdelingslæge',
    'Odense',
    '00 00 09 00',
  ),
  org(
    'org-imaging-vejle',
    'Radiologisk afdeling, Sygehus Lillebælt, Vejle',
    'imaging',
    'radiologi.vejle',
    'Ole Frandsen, overlæge i radiologi',
    'Vejle',
    '00 00 10 00',
  ),
  org(
    'org-smertecenter-syd',
    'Smertecenter Syd, Odense Universitetshospital',
    'pain-centre',
    'smertecenter',
    'Birgitte Aagaard, overlæge',
    'Odense',
    '00 00 11 00',
  ),
  org(
    'org-arbejdsmedicin-kolding',
    'Arbejdsmedicinsk Klinik, Kolding',
    'occupational-medicine',
    'arbejdsmedicin.kolding',
    'Lars Høj, overlæge i arbejdsmedicin',
    'Kolding',
    '00 00 12 00',
  ),
  org(
    'org-vejle-forebyggelse',
    'Vejle Kommune, Sundhed og forebyggelse (§ 119)',
    'municipal-prevention',
    'forebyg.vejle',
    'Tina Bak, sundhedskonsulent',
    'Vejle',
    '00 00 13 00',
  ),
  org(
    'org-odense-forebyggelse',
    'Odense Kommune, Forebyggelsescenter (§ 119)',
    'municipal-prevention',
    'forebyg.odense',
    'Rikke Juul, sundhedskonsulent',
    'Odense',
    '00 00 14 00',
  ),
  org(
    'org-vejle-genoptraening',
    'Vejle Kommune, Genoptræning (§ 140)',
    'municipal-rehab',
    'genoptraen.vejle',
    'Mikkel Friis, fysioterapeut',
    'Vejle',
    '00 00 15 00',
  ),
  org(
    'org-odense-genoptraening',
    'Odense Kommune, Genoptræningscenter (§ 140)',
    'municipal-rehab',
    'genoptraen.odense',
    'Anja Thorsen, fysioterapeut',
    'Odense',
    '00 00 16 00',
  ),
  org(
    'org-jobcenter-vejle',
    'Jobcenter Vejle',
    'jobcentre',
    'jobcenter.vejle',
    'Steen Vad, sagsbehandler',
    'Vejle',
    '00 00 17 00',
  ),
  org(
    'org-jobcenter-odense',
    'Jobcenter Odense',
    'jobcentre',
    'jobcenter.odense',
    'Hanne Krogh, sagsbehandler',
    'Odense',
    '00 00 18 00',
  ),
] as const satisfies readonly DemoOrganisation[];

export type Username = (typeof DEMO_ORGANISATIONS)[number]['user']['username'];

/** The one password every demo user has: printed by the server at start, never used in production. */
export const DEMO_PASSWORD = 'rygforlob-demo';

const byUsername = new Map<string, DemoOrganisation>(DEMO_ORGANISATIONS.map((o) => [o.user.username, o]));

export function demoOrganisation(username: Username): DemoOrganisation {
  const found = byUsername.get(username);
  if (!found) throw new Error(`no demo user ${username}`);
  return found;
}

/** The user's id: `user-<organisation id>`, as in the domain's VIEWERS. */
export const userIdOf = (o: DemoOrganisation): string => `user-${o.id}`;

/** The domain's viewer for a demo user. */
export function viewerOf(username: Username): Viewer {
  const o = demoOrganisation(username);
  return { userId: userIdOf(o), actor: o.actor, organisationId: o.id };
}

/** The organisation as an addressee of a referral, note, consent or certificate. */
export function partyOf(username: Username): Party {
  const o = demoOrganisation(username);
  return { actor: o.actor, organisationId: o.id };
}
