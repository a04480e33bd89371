import { PGlite } from '@electric-sql/pglite';
import type { Db } from '../client.ts';

/** A parameter of a prepared statement: text, an integer, or NULL. */
export type PreparedParam = string | number | null;

/**
 * Runs a fixed statement (its parameters cast in the text: `$1::uuid`) as a prepared statement
 * on either driver, so PostgreSQL parses and plans it once, not on every call:
 *
 * - node-postgres: a named statement of the extended protocol, prepared once per connection.
 * - PGlite: its query() always sends an unnamed statement, planned anew each time, and its
 *   single backend does that on the server's own thread (a large statement's planning cost as
 *   much as running it). So the statement is PREPAREd once per database and run with EXECUTE.
 *   EXECUTE takes no protocol parameters, so the values are written into it as literals, as
 *   PostgreSQL's quote_literal writes them: text as an escape string E'…' with every backslash and
 *   every quote doubled (exact for any text, whatever standard_conforming_strings says), integers
 *   as digits, NULL. Nothing else is accepted.
 * - Inside a transaction on PGlite (no root client): an ordinary query.
 */
export async function runPrepared<Row>(
  db: Db,
  name: string,
  text: string,
  params: readonly PreparedParam[],
): Promise<Row[]> {
  const client = (db as { $client?: unknown }).$client;
  if (client instanceof PGlite) {
    await preparedOn(client, name, text);
    // One simple-protocol message: query() would add parse, describe and bind round trips.
    const [result] = await client.exec(`execute ${name}(${params.map(literal).join(', ')})`);
    return (result?.rows ?? []) as Row[];
  }
  const result = (await db._.session
    .prepareQuery({ sql: text, params: [...params] }, undefined, name, false)
    .execute()) as { rows: Row[] };
  return result.rows;
}

function literal(value: PreparedParam): string {
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      throw new RangeError(`prepared statement parameter ${value}: not an integer`);
    return String(value);
  }
  return `E'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/** Per PGlite database, the statements PREPAREd (or being prepared) on its one backend. */
const prepared = new WeakMap<PGlite, Map<string, Promise<void>>>();

function preparedOn(client: PGlite, name: string, text: string): Promise<void> {
  let statements = prepared.get(client);
  if (!statements) {
    statements = new Map();
    prepared.set(client, statements);
  }
  let ready = statements.get(name);
  if (!ready) {
    ready = client.query(`prepare ${name} as ${text}`).then(() => undefined);
    // A failed PREPARE is tried again by the next call.
    ready.catch(() => statements.delete(name));
    statements.set(name, ready);
  }
  return ready;
}
