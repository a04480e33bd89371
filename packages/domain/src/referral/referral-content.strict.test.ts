import { describe, expect, it } from 'vitest';
import { CommandSchema } from '../pathway/events.schema.ts';
import { hospitalContent, party, VIEWERS } from '../testing/scenario.ts';
import { violationsFromZod } from '../violation.ts';
import { HospitalReferralContentSchema, Prevention119ContentSchema } from './referral-content.schema.ts';

/** Issue 9: referral content was stored as sent; one 900 KB extra field reached every party. */
describe('stored payloads are strict (issue 9)', () => {
  it('an unknown key in referral content is refused, naming the field, at any depth', () => {
    const extra = { ...hospitalContent(), padding: 'x' };
    const top = HospitalReferralContentSchema.safeParse(extra);
    expect(top.success).toBe(false);
    expect(violationsFromZod(top.error?.issues ?? [], 'content')).toEqual([
      expect.objectContaining({ rule: 'INPUT-INVALID', field: 'content.padding' }),
    ]);
    const content = hospitalContent();
    const nested = HospitalReferralContentSchema.safeParse({
      ...content,
      reason: { ...content.reason, deep: { deeper: [1, 2, 3] } },
    });
    expect(violationsFromZod(nested.error?.issues ?? [], 'content').map((v) => v.field)).toEqual([
      'content.reason.deep',
    ]);
  });

  it('a 900 KB text in referral content is refused by its size cap', () => {
    const content = hospitalContent();
    const parsed = HospitalReferralContentSchema.safeParse({
      ...content,
      treatmentTried: 'x'.repeat(900_000),
    });
    expect(violationsFromZod(parsed.error?.issues ?? []).map((v) => v.field)).toEqual(['treatmentTried']);
    expect(Prevention119ContentSchema.safeParse({ purpose: 'x'.repeat(10_001) }).success).toBe(false);
  });

  it('a command with a key its event does not name is refused with the key', () => {
    const parsed = CommandSchema.safeParse({
      type: 'referralSent',
      referralId: 'r-1',
      kind: 'hospital',
      to: { ...party(VIEWERS.hospital), note: 'extra' },
      content: hospitalContent(),
      unknownTopLevel: true,
    });
    expect(parsed.success).toBe(false);
    expect(
      violationsFromZod(parsed.error?.issues ?? [])
        .map((v) => v.field)
        .sort(),
    ).toEqual(['to.note', 'unknownTopLevel']);
  });
});
