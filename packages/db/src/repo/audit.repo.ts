import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { type AuditOutcome, auditLog } from '../schema/index.ts';
import { isUuid } from './ids.ts';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditEntry {
  /** Defaults to the database's now(). */
  at?: Date;
  userId?: string | null;
  organisationId?: string | null;
  actor?: AuditRow['actor'];
  citizenId?: string | null;
  pathwayId?: string | null;
  /** What was attempted, e.g. 'pathway.get', 'referral.send', 'citizen.find'. */
  action: string;
  outcome: AuditOutcome;
  /** Ids and codes only: never a CPR number, a name or a secret. */
  detail?: Record<string, unknown>;
}

export class AuditDetailRejected extends Error {
  override readonly name = 'AuditDetailRejected';
  constructor(readonly path: string) {
    super(`audit detail may not hold a CPR number or a secret (at ${path})`);
  }
}

/** Shaped like a CPR number, not inside a longer run of letters or digits (so not inside a uuid). */
const CPR_LIKE = /(^|[^0-9A-Za-z])\d{6}-?\d{4}($|[^0-9A-Za-z])/;
const SECRET_KEY = /pass(word)?|secret|token|cpr|hash/i;

function checkDetail(value: unknown, path: string): void {
  if (typeof value === 'string' || typeof value === 'number') {
    if (CPR_LIKE.test(String(value))) throw new AuditDetailRejected(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      checkDetail(item, `${path}[${i}]`);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (SECRET_KEY.test(key)) throw new AuditDetailRejected(`${path}.${key}`);
      checkDetail(item, `${path}.${key}`);
    }
  }
}

/**
 * Appends one audit row and returns its id. Refuses (AuditDetailRejected) a detail that holds
 * something shaped like a CPR number or a key that names a secret; the table's check refuses
 * CPR-shaped text too.
 */
export async function writeAudit(db: Db, entry: AuditEntry): Promise<number> {
  const detail = entry.detail ?? {};
  checkDetail(detail, 'detail');
  for (const key of ['citizenId', 'pathwayId'] as const) {
    const id = entry[key];
    if (id != null && !isUuid(id)) throw new RangeError(`audit ${key} must be a uuid`);
  }
  const [row] = await db
    .insert(auditLog)
    .values({
      ...(entry.at ? { at: entry.at } : {}),
      userId: entry.userId ?? null,
      organisationId: entry.organisationId ?? null,
      actor: entry.actor ?? null,
      citizenId: entry.citizenId ?? null,
      pathwayId: entry.pathwayId ?? null,
      action: entry.action,
      outcome: entry.outcome,
      detail,
    })
    .returning({ id: auditLog.id });
  if (!row) throw new Error('insert into audit_log returned no row');
  return row.id;
}

/** Every audit row about one citizen, oldest first (the citizen's access log). */
export async function listAuditForCitizen(db: Db, citizenId: string): Promise<AuditRow[]> {
  if (!isUuid(citizenId)) return [];
  return db.select().from(auditLog).where(eq(auditLog.citizenId, citizenId)).orderBy(asc(auditLog.id));
}
