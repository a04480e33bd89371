import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: relative paths in settings are resolved against it, whatever the cwd. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['true', '1', 'yes'].includes(v));
const blankAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * Everything the server reads from the environment. Safe defaults for a local start; in
 * production (NODE_ENV=production) `loadSettings` refuses the unsafe ones (see `productionProblems`).
 *
 * SESSION_SECRET is deliberately not read: session tokens are 32 random bytes stored only as
 * their SHA-256 (packages/db sessions.repo.ts), so there is nothing to sign. Setting it does nothing.
 */
const EnvSchema = z.object({
  NODE_ENV: z.preprocess(
    blankAsUndefined,
    z.enum(['development', 'production', 'test']).default('development'),
  ),
  PORT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(65_535).default(3000)),
  HOST: z.preprocess(blankAsUndefined, z.string().min(1).default('127.0.0.1')),
  DATA_DIR: z.preprocess(blankAsUndefined, z.string().min(1).default('./data')),
  DATABASE_URL: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
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
  return v === 'true' ? true : v;
}

/**
 * Production refuses:
 * - COOKIE_SECURE=false: the session cookie would travel over plain HTTP. Terminate TLS at a
 *   proxy and keep the cookie Secure.
 * - TRUST_PROXY=true: X-Forwarded-For from anyone would be believed (login limiter per client).
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
