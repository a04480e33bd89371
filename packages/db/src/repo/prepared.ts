import { PGlite, type QueryOptions } from '@electric-sql/pglite';
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
  if (client instanceof PGlite) return (await executeOnPglite(client, name, text, params)).rows as Row[];
  const result = (await db._.session
    .prepareQuery({ sql: text, params: [...params] }, undefined, name, false)
    .execute()) as { rows: Row[] };
  return result.rows;
}

/**
 * A drizzle prepared query (`.prepare(name)`) that runs as a named statement on PGlite as well:
 * drizzle's PGlite driver ignores the name and sends the text through query(), which PGlite
 * parses and plans anew on every call, on the server's own thread (loadPathway: every read and
 * every command; a worklist page: every list view). On PGlite its text is PREPAREd once and each
 * call EXECUTEs it with the values as literals (as runPrepared does), through drizzle's own
 * result options and row mapping, so the rows are the same. On node-postgres, and inside a
 * transaction, the query is returned as it is (node-postgres already names it). Its parameters
 * must be text, integers or NULL.
 */
export function namedOnPglite<Query extends object>(db: Db, name: string, query: Query): Query {
  const client = (db as { $client?: unknown }).$client;
  if (!(client instanceof PGlite)) return query;
  // drizzle's PglitePreparedQuery runs `this.client.query(this.queryString, params, options)`.
  const target = query as unknown as { client: unknown; queryString?: unknown };
  const text = target.queryString;
  if (typeof text !== 'string') throw new TypeError(`${name}: not a drizzle PGlite prepared query`);
  target.client = {
    query: (_text: string, params: readonly PreparedParam[], options?: QueryOptions) =>
      executeOnPglite(client, name, text, params, options),
  };
  return query;
}

/** PREPAREs `text` once on the PGlite database, then EXECUTEs it with the values as literals. */
async function executeOnPglite(
  client: PGlite,
  name: string,
  text: string,
  params: readonly PreparedParam[],
  options?: QueryOptions,
) {
  await preparedOn(client, name, text);
  // One simple-protocol message: query() would add parse, describe and bind round trips.
  const [result] = await client.exec(`execute ${name}(${params.map(literal).join(', ')})`, options);
  return result ?? { rows: [], fields: [], affectedRows: 0 };
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
