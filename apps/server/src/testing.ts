import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { hashPassword } from '@rygforlob/api';
import { createDatabase, createUser, type Database, upsertOrganisation } from '@rygforlob/db';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { loadSettings, type Settings } from './settings.ts';

/** A log stream that keeps every line, for tests that read what the server logged. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

export const TEST_PASSWORD = 'korrekt-hest-batteri-hæfteklamme';

/**
 * A real server over an in-memory PGlite, one GP user (`laege.test`), no built apps (an empty
 * apps folder), and a clock the test can move.
 */
export async function testServer(options: { settings?: Partial<Settings>; database?: Database } = {}) {
  const database = options.database ?? (await createDatabase({ driver: 'pglite' }));
  await upsertOrganisation(database.db, { id: 'org-gp-test', name: 'Lægehuset Prøvevej', actor: 'gp' });
  await createUser(database.db, {
    id: 'user-gp-test',
    organisationId: 'org-gp-test',
    actor: 'gp',
    displayName: 'Læge Test',
    username: 'laege.test',
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  const clock = { now: new Date('2026-09-01T09:00:00+02:00') };
  const logs = new LogCapture();
  const settings: Settings = {
    ...loadSettings({ NODE_ENV: 'test', LOG_LEVEL: 'info' }),
    ...options.settings,
  };
  const app: FastifyInstance = await buildApp({
    database,
    settings,
    now: () => clock.now,
    logStream: logs,
    static: { appsDir: mkdtempSync(join(tmpdir(), 'rygforlob-apps-')) },
  });
  const advance = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  const login = (username: string, password: string) =>
    app.inject({ method: 'POST', url: '/trpc/auth.login', payload: { username, password } });
  const close = async () => {
    await app.close();
    await database.close();
  };
  return { app, database, logs, clock, advance, login, close };
}
