import { describe, expect, it } from 'vitest';
import { ACTORS, registerRefusal, SECTOR_OF } from './actors.ts';

describe('who registers citizens', () => {
  it('REGISTER-ACTOR: the practices and the regional actors register citizens; no municipal actor and no citizen does', () => {
    const refused = ACTORS.filter((actor) => registerRefusal(actor) !== null);
    expect(refused).toEqual(['municipal-prevention', 'municipal-rehab', 'jobcentre', 'citizen']);
    for (const actor of ACTORS) {
      const sector = SECTOR_OF[actor];
      expect(registerRefusal(actor) === null, actor).toBe(sector === 'practice' || sector === 'region');
    }
    expect(registerRefusal('jobcentre')).toEqual({ rule: 'REGISTER-ACTOR', params: { actor: 'jobcentre' } });
  });
});
