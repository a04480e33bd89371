/**
 * A throwaway PostgreSQL cluster for the benchmark, started like .ci/run does: Debian's binaries
 * (/usr/lib/postgresql/<newest>/bin), as the postgres user, on 127.0.0.1 and the first free port
 * from 54350, its data under the temp directory (kept between runs: the seeded databases are the
 * cache). Stock settings but for max_connections.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { analyze, createDatabase } from '@rygforlob/db';
import { clusterPlan } from '@rygforlob/server/src/cluster.ts';
import { Progress } from '@rygforlob/server/src/demo/progress.ts';
import { seedSynthetic } from '@rygforlob/server/src/demo/synthetic.ts';
import pg from 'pg';

/**
 * How many worker processes the server starts by default beside this cluster (PostgreSQL on this
 * machine: apps/server/src/cluster.ts): the configuration the PostgreSQL goals are judged on.
 */
export const defaultWorkersHere = (): number =>
  clusterPlan({ DATABASE_URL: 'postgres://127.0.0.1/rygforlob', NODE_ENV: 'production' }).workers;

export interface Cluster {
  adminUrl: string;
  /** The postmaster: its process tree is PostgreSQL's CPU. */
  pid: number;
  urlOf(database: string): string;
  stop(): void;
}

const asPostgres = (command: string) => {
  const root = process.getuid?.() === 0;
  return root
    ? execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { stdio: 'pipe' })
    : execFileSync('sh', ['-c', command], { stdio: 'pipe' });
};

const free = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

export async function startCluster(dir: string): Promise<Cluster> {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : [];
  const bin = versions.length ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : '';
  if (!bin || !existsSync(join(bin, 'initdb'))) {
    throw new Error('PostgreSQL is not installed (apt-get install postgresql): no /usr/lib/postgresql/*/bin');
  }
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const data = join(dir, 'data');
  if (!existsSync(join(data, 'PG_VERSION'))) {
    asPostgres(`'${bin}/initdb' -D '${data}' -A trust -U postgres -E UTF8 >/dev/null`);
  }
  let port = 0;
  for (let p = 54350; p < 54400 && !port; p++) if (await free(p)) port = p;
  if (!port) throw new Error('no free port from 54350 to 54399');
  asPostgres(
    `'${bin}/pg_ctl' -D '${data}' -l '${dir}/log' -w -t 60 -o "-c listen_addresses=127.0.0.1 -p ${port} -k '${dir}' -c max_connections=300" start >/dev/null`,
  );
  const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    adminUrl,
    pid,
    urlOf: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      try {
        asPostgres(`'${bin}/pg_ctl' -D '${data}' -m fast stop >/dev/null`);
      } catch {
        // already stopped
      }
    },
  };
}

async function admin<T>(cluster: Cluster, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: cluster.adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const exists = (cluster: Cluster, name: string) =>
  admin(
    cluster,
    async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1,
  );

/** A database with N synthetic pathways (seeded once, then kept as a template). */
export async function seeded(cluster: Cluster, n: number, log: (line: string) => void): Promise<string> {
  const name = `bench_n${n}`;
  if (await exists(cluster, name)) {
    log(`PostgreSQL: ${name} already seeded`);
    return current(cluster, name);
  }
  const building = `${name}_building`;
  await admin(cluster, (c) => c.query(`drop database if exists ${building} with (force)`));
  await admin(cluster, (c) => c.query(`create database ${building}`));
  const database = await createDatabase({ driver: 'postgres', url: cluster.urlOf(building) });
  try {
    const started = Date.now();
    const progress = new Progress(n, 'synthetic pathways (PostgreSQL)');
    await seedSynthetic(database, { pathways: n, onProgress: (done) => progress.update(done) });
    progress.finish(n);
    await analyze(database);
    log(`PostgreSQL: ${n} seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await database.close();
  }
  await admin(cluster, (c) => c.query(`alter database ${building} rename to ${name}`));
  return name;
}

/**
 * `from`'s pathways `factor` times over, as a new template: every pathway, its events and its
 * projections copied under new ids, each copy with a citizen of its own (copied too, with a
 * made-up CPR number from 9000000001 up, which no real birth date gives): the database holds one
 * open pathway per citizen (migration 0009). For the scale curve: seeding 100,000 pathways one by
 * one takes half an hour on this machine; copying takes a minute, and the worklist and event
 * tables get the same shape and ten times the rows.
 */
export async function cloned(
  cluster: Cluster,
  from: string,
  factor: number,
  n: number,
  log: (line: string) => void,
): Promise<string> {
  const name = `bench_n${n * factor}_copies`;
  // The copies of an earlier benchmark shared their citizens, which migration 0009 refuses.
  await admin(cluster, (c) => c.query(`drop database if exists bench_n${n * factor}_cloned with (force)`));
  if (await exists(cluster, name)) {
    log(`PostgreSQL: ${name} already there`);
    return current(cluster, name);
  }
  const building = `${name}_building`;
  await admin(cluster, (c) => c.query(`drop database if exists ${building} with (force)`));
  await admin(cluster, (c) => c.query(`create database ${building} template ${from}`));
  const client = new pg.Client({ connectionString: cluster.urlOf(building) });
  await client.connect();
  const started = Date.now();
  try {
    await client.query(`create temporary table copies as
      select p.id as old_id, gen_random_uuid() as new_id, k, p.citizen_id as old_citizen
      from pathways p cross join generate_series(1, ${factor - 1}) as k`);
    await client.query(`create temporary table citizen_copies as
      select old_citizen, k, gen_random_uuid() as new_id,
        to_char(9000000000 + row_number() over (order by old_citizen, k), 'FM0000000000') as cpr
      from (select distinct old_citizen, k from copies) as d`);
    // Every column of citizens as it is, but the id and the CPR number.
    const columns = (
      await client.query<{ column_name: string }>(
        `select column_name from information_schema.columns
         where table_schema = current_schema() and table_name = 'citizens' order by ordinal_position`,
      )
    ).rows.map((r) => r.column_name);
    const values = columns.map((c) => (c === 'id' ? 'cc.new_id' : c === 'cpr' ? 'cc.cpr' : `z."${c}"`));
    await client.query(`insert into citizens (${columns.map((c) => `"${c}"`).join(', ')})
      select ${values.join(', ')} from citizen_copies cc join citizens z on z.id = cc.old_citizen`);
    await client.query(`insert into pathways (id, citizen_id, coordinator_org_id, program, version, status, opened_at, updated_at)
      select c.new_id, cc.new_id, p.coordinator_org_id, p.program, p.version, p.status, p.opened_at, p.updated_at
      from copies c join pathways p on p.id = c.old_id
      join citizen_copies cc on cc.old_citizen = c.old_citizen and cc.k = c.k`);
    await client.query(`insert into events (pathway_id, seq, type, at, actor, organisation_id, user_id, payload, recorded_at)
      select c.new_id, e.seq, e.type, e.at, e.actor, e.organisation_id, e.user_id, e.payload, e.recorded_at
      from copies c join events e on e.pathway_id = c.old_id`);
    // Spread the copies' last activity over the past so that pages sort as in real data.
    await client.query(`insert into worklist (pathway_id, organisation_id, relation, citizen_id, citizen_name, citizen_cpr,
        target_group, status, last_event_seq, last_event_at, inbox, inbox_count, next_due_from, next_due_by)
      select c.new_id, w.organisation_id, w.relation, cc.new_id, w.citizen_name, cc.cpr, w.target_group,
        w.status, w.last_event_seq, w.last_event_at - make_interval(mins => c.k), w.inbox, w.inbox_count,
        w.next_due_from, w.next_due_by
      from copies c join worklist w on w.pathway_id = c.old_id
      join citizen_copies cc on cc.old_citizen = c.old_citizen and cc.k = c.k`);
    await client.query(`insert into open_clocks (pathway_id, code, subject, owner_org_id, started_on, due_from, due_by, threshold)
      select c.new_id, o.code, o.subject, o.owner_org_id, o.started_on, o.due_from, o.due_by, o.threshold
      from copies c join open_clocks o on o.pathway_id = c.old_id`);
    await client.query('analyze');
  } finally {
    await client.end();
  }
  await admin(cluster, (c) => c.query(`alter database ${building} rename to ${name}`));
  log(`PostgreSQL: ${n} pathways copied to ${n * factor} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return name;
}

/**
 * A cached template brought to the newest migration once, so that no run migrates its copy (a
 * migration that rebuilds a key would write while the run measures).
 */
async function current(cluster: Cluster, name: string): Promise<string> {
  const database = await createDatabase({ driver: 'postgres', url: cluster.urlOf(name) });
  await database.close();
  return name;
}

/**
 * A copy of a template to measure on (appends change it); drop() removes it. Copied file by file
 * and checkpointed: PostgreSQL 15's default copy writes the whole database into the WAL, and the
 * checkpoint that then writes it out again ran during the next measurement (the second
 * configuration of every run measured slower than the first).
 */
export async function copyOf(
  cluster: Cluster,
  template: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bench_run_${process.pid}_${Date.now()}`;
  await admin(cluster, async (c) => {
    await c.query(`create database ${name} template ${template} strategy file_copy`);
    await c.query('checkpoint');
  });
  return {
    url: cluster.urlOf(name),
    drop: () =>
      admin(cluster, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
