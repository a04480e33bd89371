import { describe, expect, it } from 'vitest';
import { actorAndOrg } from './actor-org.ts';

describe('actor · organisation, each said once (issue 14 review)', () => {
  it('names an organisation that is named as its kind once', () => {
    expect(actorAndOrg('Smertecenter', 'Smertecenter')).toBe('Smertecenter');
    expect(actorAndOrg('Kommunal forebyggelse (§\u00a0119)', 'Kommunal forebyggelse (§ 119)')).toBe(
      'Kommunal forebyggelse (§ 119)',
    );
  });
  it('keeps both when they differ', () => {
    expect(actorAndOrg('Fysioterapeut', 'Fysioterapien Havneparken')).toBe(
      'Fysioterapeut · Fysioterapien Havneparken',
    );
  });
});
