import { listAuditForCitizen } from '@rygforlob/db';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOwnerPathway,
  NOW,
  OWNER,
  type OwnerPathway,
  STRANGERS,
  type TestApi,
} from './pathway.fixtures.ts';
import { testApi } from './testing.ts';

/**
 * The worklist as a page and its inbox's read state, at the API (issue 11): only the viewer's
 * organisation's rows, only its own inbox items can be marked, every mark audited.
 */
let api: TestApi;
let owner: OwnerPathway;
beforeAll(async () => {
  api = await testApi({ now: () => NOW });
  owner = await buildOwnerPathway(api);
}, 60_000);
afterAll(() => api?.close());

const physio = () => api.as(OWNER.physio);
const rowOf = async (caller: ReturnType<TestApi['as']>) =>
  (await caller.worklist.mine({ filter: 'inbox' })).rows.find((r) => r.pathwayId === owner.pathwayId);
const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));

describe('worklist.mine pages and the inbox read state', () => {
  it("an open referral is unread in the addressee's inbox; read, then unread again; each mark audited", async () => {
    const item = (await rowOf(physio()))?.inbox.find(
      (i) => i.type === 'referralSent' && i.id === 'owner-ref-physio-2',
    );
    expect(item).toMatchObject({ read: false, withheld: false });
    const seq = item?.seq ?? 0;

    await expect(physio().inbox.markRead({ pathwayId: owner.pathwayId, seq })).resolves.toEqual({
      pathwayId: owner.pathwayId,
      seq,
      read: true,
    });
    expect((await rowOf(physio()))?.inbox.find((i) => i.seq === seq)?.read).toBe(true);
    await physio().inbox.markUnread({ pathwayId: owner.pathwayId, seq });
    expect((await rowOf(physio()))?.inbox.find((i) => i.seq === seq)?.read).toBe(false);

    const marks = (await listAuditForCitizen(api.database.db, owner.citizenId)).filter((r) =>
      r.action.startsWith('inbox.'),
    );
    expect(marks.map((r) => [r.action, r.outcome, r.organisationId, r.pathwayId])).toEqual([
      ['inbox.markRead', 'ok', OWNER.physio.organisationId, owner.pathwayId],
      ['inbox.markUnread', 'ok', OWNER.physio.organisationId, owner.pathwayId],
    ]);
  });

  it('another organisation cannot mark an item that is not in its inbox: NOT_FOUND, nothing changed, the refusal audited', async () => {
    const seq = (await rowOf(physio()))?.inbox.find((i) => i.id === 'owner-ref-physio-2')?.seq ?? 0;
    for (const viewer of [OWNER.gp, OWNER.hospital]) {
      const attempt = api.as(viewer).inbox.markRead({ pathwayId: owner.pathwayId, seq });
      expect(codeOf(await attempt.catch((e: unknown) => e))).toBe('NOT_FOUND');
    }
    expect((await rowOf(physio()))?.inbox.find((i) => i.seq === seq)?.read).toBe(false);
    const refusals = await api.database.db.query.auditLog.findMany({
      where: (a, { and, eq }) => and(eq(a.action, 'inbox.markRead'), eq(a.outcome, 'not-found')),
    });
    expect(refusals.map((r) => r.organisationId).sort()).toEqual(
      [OWNER.gp.organisationId, OWNER.hospital.organisationId].sort(),
    );
  });

  it('a page says where the next begins; a cursor no page gave is BAD_REQUEST', async () => {
    const page = await api.as(OWNER.gp).worklist.mine({ filter: 'all' });
    expect(page.rows.some((r) => r.pathwayId === owner.pathwayId)).toBe(true);
    expect(page.nextCursor).toBeNull();
    const bad = await api
      .as(OWNER.gp)
      .worklist.mine({ filter: 'all', cursor: 'not-a-cursor' })
      .catch((e: unknown) => e);
    expect(codeOf(bad)).toBe('BAD_REQUEST');
  });
});

/**
 * inbox.unread (issue 14, read when opened): a pathway page opened from a direct link asks for its
 * organisation's unread items of that pathway, the ones the lists would have shown it.
 */
describe('inbox.unread', () => {
  it("answers the organisation's unread items of the pathway, as its list shows them, and nothing once read", async () => {
    const unread = await physio().inbox.unread({ pathwayId: owner.pathwayId });
    const shown = ((await rowOf(physio()))?.inbox ?? []).filter((item) => !item.read);
    expect(shown.length).toBeGreaterThan(0);
    expect(unread.map((item) => item.seq).sort()).toEqual(shown.map((item) => item.seq).sort());
    for (const item of unread) await physio().inbox.markRead({ pathwayId: owner.pathwayId, seq: item.seq });
    expect(await physio().inbox.unread({ pathwayId: owner.pathwayId })).toEqual([]);
    // marked unread again, it is back
    const [first] = unread;
    if (!first) throw new Error('no unread item');
    await physio().inbox.markUnread({ pathwayId: owner.pathwayId, seq: first.seq });
    expect((await physio().inbox.unread({ pathwayId: owner.pathwayId })).map((i) => i.seq)).toEqual([
      first.seq,
    ]);
  });

  it("is audited as a read of the citizen's data; an organisation without the pathway gets NOT_FOUND, audited", async () => {
    const reads = (await listAuditForCitizen(api.database.db, owner.citizenId)).filter(
      (r) => r.action === 'inbox.unread',
    );
    expect(reads.length).toBeGreaterThan(0);
    expect(
      reads.every((r) => r.organisationId === OWNER.physio.organisationId && r.pathwayId === owner.pathwayId),
    ).toBe(true);
    // A physiotherapist of another clinic: no row for the pathway, so nothing to tell.
    const [, stranger] = STRANGERS.find(([, v]) => v.actor === 'physio') ?? [];
    if (!stranger) throw new Error('no stranger physiotherapist');
    const error = await api
      .as(stranger)
      .inbox.unread({ pathwayId: owner.pathwayId })
      .catch((e: unknown) => e);
    expect(error instanceof TRPCError ? error.code : String(error)).toBe('NOT_FOUND');
    const refusals = await api.database.db.query.auditLog.findMany({
      where: (a, { and, eq }) => and(eq(a.action, 'inbox.unread'), eq(a.outcome, 'not-found')),
    });
    expect(refusals.map((r) => r.organisationId)).toContain(stranger.organisationId);
  });
});
