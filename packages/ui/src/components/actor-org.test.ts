import { describe, expect, it } from 'vitest';
import { actorAndOrg, orgWithActor, personName } from './actor-org.ts';

describe('actor · organisation, each said once (issue 14 review)', () => {
  it('names an organisation that is named as its kind once', () => {
    expect(actorAndOrg('Smertecenter', 'Smertecenter')).toBe('Smertecenter');
    expect(actorAndOrg('Kommunal forebyggelse (§\u00a0119)', 'Kommunal forebyggelse (§ 119)')).toBe(
      'Kommunal forebyggelse (§ 119)',
    );
  });
  it('R140 P119: drops the kind when the organisation carries the same §', () => {
    expect(
      actorAndOrg('Kommunal genoptræning (§\u00a0140)', 'Vejle Kommune, Genoptræning (§\u00a0140)'),
    ).toBe('Vejle Kommune, Genoptræning (§\u00a0140)');
    expect(
      orgWithActor('Vejle Kommune, Sundhed og forebyggelse (§ 119)', 'Kommunal forebyggelse (§ 119)'),
    ).toBe('Vejle Kommune, Sundhed og forebyggelse (§ 119)');
    // A different § is a different kind: both stay.
    expect(
      orgWithActor('Vejle Kommune, Sundhed og forebyggelse (§ 119)', 'Kommunal genoptræning (§ 140)'),
    ).toBe('Vejle Kommune, Sundhed og forebyggelse (§ 119) (Kommunal genoptræning (§ 140))');
  });
  it('drops the kind when the organisation already says it', () => {
    expect(actorAndOrg('Jobcenter', 'Jobcenter Vejle')).toBe('Jobcenter Vejle');
    expect(orgWithActor('Jobcenter Vejle', 'Jobcenter')).toBe('Jobcenter Vejle');
  });
  it('keeps both when they differ', () => {
    expect(actorAndOrg('Fysioterapeut', 'Fysioterapien Havneparken')).toBe(
      'Fysioterapeut · Fysioterapien Havneparken',
    );
    expect(orgWithActor('Lægerne i Vejle', 'Egen læge')).toBe('Lægerne i Vejle (Egen læge)');
  });
});

describe('the signed-in person in the header (issue 14 wording)', () => {
  it('no Danish title in the English header; the Danish one keeps it', () => {
    expect(personName('Karin Holm Bech, praktiserende læge', 'en')).toBe('Karin Holm Bech');
    expect(personName('Karin Holm Bech, praktiserende læge', 'da')).toBe(
      'Karin Holm Bech, praktiserende læge',
    );
    expect(personName('Karin Holm Bech', 'en')).toBe('Karin Holm Bech');
  });
});
