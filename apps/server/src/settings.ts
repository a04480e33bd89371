import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import proxyAddr from '@fastify/proxy-addr';
import { z } from 'zod';

/** The repository root: relative paths in settings are resolved against it, whatever the cwd. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['true', '1', 'yes'].includes(v));
const blankAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
/** A whole number ≥ 0 from the environment, with its default. */
const count = (fallback: number) =>
  z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(100_000_000).default(fallback));
const positive = (fallback: number) =>
  z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(100_000).default(fallback));
const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
  .optional();

/**
 * Everything the server reads from the environment. Safe defaults for a local start; in
 * production (NODE_ENV=production) `loadSettings` refuses the unsafe ones (see `productionProblems`).
 *
 * There is no SESSION_SECRET: session tokens are 32 random bytes stored only as their SHA-256
 * (packages/db sessions.repo.ts), so there is nothing to sign; main.ts says so if it is set.
 * Every setting is listed, with its default, in docs/operations.md.
 */
const EnvSchema = z.object({
  NODE_ENV: z.preprocess(
    blankAsUndefined,
    z.enum(['development', 'production', 'test']).default('development'),
  ),
  PORT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(65_535).default(3000)),
  HOST: z.preprocess(blankAsUndefined, z.string().min(1).default('127.0.0.1')),
  DATA_DIR: z.preprocess(blankAsUndefined, z.string().min(1).default('./data')),
  DATABASE_URL: z.preprocess(blankAsUndefined, postgresUrl),
  /**
   * The owner role that runs the migrations, when the server's own role (DATABASE_URL) may only
   * read and write (the rygforlob_app role: docs/operations.md). Unset: DATABASE_URL migrates.
   */
  MIGRATION_DATABASE_URL: z.preprocess(blankAsUndefined, postgresUrl),
  /**
   * The server's address as the browser sees it. When set, it is the server's own origin for the
   * Origin check, and in production a request for another Host is refused (DNS rebinding).
   */
  PUBLIC_URL: z.preprocess(blankAsUndefined, z.url().optional()),
  /** Other origins (scheme://host[:port], comma-separated) whose pages may send mutations. */
  ALLOWED_ORIGINS: z.preprocess(blankAsUndefined, z.string().optional()),
  SESSION_IDLE_MINUTES: positive(30),
  SESSION_ABSOLUTE_HOURS: positive(12),
  LOGIN_ATTEMPTS_PER_ACCOUNT: count(5),
  LOGIN_ATTEMPTS_PER_ADDRESS: count(30),
  CPR_LOOKUPS_PER_HOUR: count(120),
  RATE_LIMIT_WINDOW_SECONDS: count(10),
  RATE_LIMIT_PER_ADDRESS: count(600),
  RATE_LIMIT_PER_SESSION: count(300),
  MAX_BATCH_SIZE: count(20),
  /**
   * 503 while the event loop lags more than this (ms; 0: off). Off by default under
   * NODE_ENV=test: the in-process test harnesses share their event loop with the test itself.
   */
  OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: z.preprocess(
    blankAsUndefined,
    z.coerce.number().int().min(0).max(600_000).optional(),
  ),
  /** Cookies carry `Secure` (HTTPS only). Default: on in production, off otherwise. */
  COOKIE_SECURE: z.preprocess(blankAsUndefined, flag.optional()),
  /**
   * Behind a reverse proxy: the proxy's addresses/CIDRs, comma-separated (or `true` to trust any
   * hop, refused in production), so that the login limiter sees the client's address.
   */
  TRUST_PROXY: z.preprocess(blankAsUndefined, z.string().optional()),
  /** Seed the demo organisations, users (one shared password) and citizens into an empty database. */
  SEED_DEMO: z.preprocess(blankAsUndefined, flag.optional()),
  LOG_LEVEL: z.preprocess(
    blankAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
});

export interface Settings {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Absolute. */
  dataDir: string;
  databaseUrl: string | undefined;
  cookieSecure: boolean;
  trustProxy: boolean | string;
  migrationDatabaseUrl: string | undefined;
  /** PUBLIC_URL's origin (scheme://host[:port]), if set. */
  publicOrigin: string | undefined;
  /** Origins besides the server's own that may send mutations (exact match). */
  allowedOrigins: string[];
  session: { idleMs: number; absoluteMs: number };
  limits: {
    loginPerAccount: number;
    loginPerAddress: number;
    cprLookupsPerHour: number;
    /** Anonymous requests per address, and signed-in /trpc requests per session, per window (0: off). */
    windowMs: number;
    perAddress: number;
    perSession: number;
    maxBatchSize: number;
    /** Event loop delay above which requests are answered 503 at once (0: off). */
    maxEventLoopDelayMs: number;
  };
  seedDemo: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  constructor(readonly problems: string[]) {
    super(`refusing to start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function parseTrustProxy(value: string | undefined): boolean | string {
  const v = value?.trim();
  if (v === undefined || v === 'false') return false;
  return v === 'true' || v === '*' ? true : v;
}

/**
 * Public addresses no proxy of ours has: one in each public /8, some well-known resolvers, a
 * documentation address, and IPv6 and IPv4-mapped ones. A TRUST_PROXY that trusts any of them
 * lets that client name any address in X-Forwarded-For.
 */
const PUBLIC_SAMPLES = [
  ...Array.from({ length: 223 }, (_, i) => i + 1)
    .filter((a) => a !== 10 && a !== 127)
    .map((a) => `${a}.1.2.3`),
  '8.8.8.8',
  '1.1.1.1',
  '203.0.113.9',
  '2001:4860::8888',
  '2606:4700::1111',
  '2a00:1450::1',
  '::ffff:8.8.8.8',
];

/**
 * What TRUST_PROXY would trust that no proxy is, judged as Fastify judges it: the list compiled
 * with proxy-addr (Fastify's own), then asked about public sample addresses. A prefix check let
 * `::ffff:0:0/96` (every IPv4 client) and all 256 /8 ranges pass (issue 9's review).
 * Returns the trusted public samples (a few), or the compile error.
 */
export function publicAddressesTrusted(trustProxy: boolean | string): string[] {
  if (typeof trustProxy !== 'string') return [];
  let trusts: (address: string, hop: number) => boolean;
  try {
    trusts = proxyAddr.compile(trustProxy.split(',').map((entry) => entry.trim()));
  } catch (error) {
    return [`not a list of addresses (${(error as Error).message})`];
  }
  return PUBLIC_SAMPLES.filter((address) => trusts(address, 0)).slice(0, 3);
}

/**
 * Production refuses:
 * - COOKIE_SECURE=false: the session cookie would travel over plain HTTP. Terminate TLS at a
 *   proxy and keep the cookie Secure.
 * - TRUST_PROXY=true, or a list that trusts public addresses: X-Forwarded-For from anyone would be
 *   believed (login limiter per client).
 * - SEED_DEMO=true: the demo users share a password printed on the console.
 */
export function productionProblems(settings: Settings): string[] {
  if (settings.env !== 'production') return [];
  const problems: string[] = [];
  if (!settings.cookieSecure) {
    problems.push(
      'COOKIE_SECURE=false: in production the session cookie must be Secure (serve over HTTPS, e.g. behind a TLS-terminating proxy)',
    );
  }
  if (settings.trustProxy === true) {
    problems.push(
      'TRUST_PROXY=true: any client could then claim any address in X-Forwarded-For and escape the login limiter; name the proxy addresses (e.g. TRUST_PROXY=10.0.0.5)',
    );
  }
  const wide = publicAddressesTrusted(settings.trustProxy);
  if (wide.length > 0) {
    problems.push(
      `TRUST_PROXY=${settings.trustProxy}: trusts public addresses (${wide.join(', ')}), so any client could claim any address in X-Forwarded-For; name the proxy addresses (e.g. TRUST_PROXY=10.0.0.5)`,
    );
  }
  if (settings.seedDemo) {
    problems.push('SEED_DEMO=true: the demo users share a published password; never seed them in production');
  }
  return problems;
}

/** Reads and checks the settings; throws SettingsError naming each bad or unsafe setting. */
export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new SettingsError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const settings: Settings = {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(REPO_ROOT, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    cookieSecure: e.COOKIE_SECURE ?? production,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL,
    publicOrigin: e.PUBLIC_URL === undefined ? undefined : new URL(e.PUBLIC_URL).origin,
    allowedOrigins: (e.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
    session: { idleMs: e.SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000 },
    limits: {
      loginPerAccount: e.LOGIN_ATTEMPTS_PER_ACCOUNT,
      loginPerAddress: e.LOGIN_ATTEMPTS_PER_ADDRESS,
      cprLookupsPerHour: e.CPR_LOOKUPS_PER_HOUR,
      windowMs: e.RATE_LIMIT_WINDOW_SECONDS * 1000,
      perAddress: e.RATE_LIMIT_PER_ADDRESS,
      perSession: e.RATE_LIMIT_PER_SESSION,
      maxBatchSize: e.MAX_BATCH_SIZE,
      maxEventLoopDelayMs: e.OVERLOAD_MAX_EVENT_LOOP_DELAY_MS ?? (e.NODE_ENV === 'test' ? 0 : 2_000),
    },
    seedDemo: e.SEED_DEMO ?? !production,
    logLevel: e.LOG_LEVEL,
  };
  const problems = productionProblems(settings);
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

/** The variables `databaseFromEnv` (packages/db) reads, from the settings. */
export function databaseEnv(settings: Settings): Record<string, string | undefined> {
  return { DATABASE_URL: settings.databaseUrl, DATA_DIR: settings.dataDir };
}
