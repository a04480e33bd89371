import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** The claim in which NemLog-in (the MitID broker) gives the CPR number (OIOIDWS / OIDC profile). */
export const NEMLOGIN_CPR_CLAIM = 'https://data.gov.dk/model/core/eid/cprNumber';

const blankAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optional = (schema: z.ZodType<string>) => z.preprocess(blankAsUndefined, schema.optional());

/**
 * The citizen sign-in's own settings (the server's general ones are settings.ts):
 * - CITIZEN_OIDC_ISSUER, CITIZEN_OIDC_CLIENT_ID, CITIZEN_OIDC_CLIENT_SECRET: the OpenID Connect
 *   broker (MitID). Unset outside production: the embedded test IdP at /demo-idp is used.
 * - CITIZEN_OIDC_CPR_CLAIM: the ID token claim with the CPR number (NemLog-in's by default).
 * - CITIZEN_SESSION_KEY: 32+ random bytes, base64, sealing the sign-in transaction cookie (PKCE
 *   verifier, state, nonce) across the trip to the broker; shared by every server process. Unset
 *   outside production: a random key per start. The session itself is stored (citizen_sessions).
 * - PUBLIC_URL: the server's address as the browser sees it (the redirect URI is built from it);
 *   unset outside production: http://<the address the server listens on>.
 */
const CitizenEnvSchema = z.object({
  NODE_ENV: z.preprocess(blankAsUndefined, z.string().optional()),
  CITIZEN_OIDC_ISSUER: optional(z.url()),
  CITIZEN_OIDC_CLIENT_ID: optional(z.string().min(1)),
  CITIZEN_OIDC_CLIENT_SECRET: optional(z.string().min(16)),
  CITIZEN_OIDC_CPR_CLAIM: z.preprocess(blankAsUndefined, z.string().min(1).default(NEMLOGIN_CPR_CLAIM)),
  CITIZEN_SESSION_KEY: optional(
    z.string().refine((v) => Buffer.from(v, 'base64').length >= 32, 'must be at least 32 bytes, base64'),
  ),
  PUBLIC_URL: optional(z.url()),
});

export interface CitizenSettings {
  /**
   * Why the citizen sign-in is off (production without a broker, a shared key or PUBLIC_URL):
   * the server still starts for staff, and /citizen-auth answers 503 naming the missing settings.
   */
  disabledBecause: string[];
  /** null: the embedded test IdP (never in production). */
  oidc: { issuer: string; clientId: string; clientSecret: string } | null;
  cprClaim: string;
  sessionKey: Buffer;
  publicUrl: string | undefined;
}

export class CitizenSettingsError extends Error {
  override readonly name = 'CitizenSettingsError';
  constructor(readonly problems: string[]) {
    super(`refusing to start the citizen sign-in:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Reads the citizen sign-in settings. A malformed setting is refused (CitizenSettingsError); in
 * production a missing broker, key or PUBLIC_URL turns the citizen sign-in off (disabledBecause).
 */
export function loadCitizenSettings(env: Record<string, string | undefined> = process.env): CitizenSettings {
  const parsed = CitizenEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new CitizenSettingsError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const oidcParts = [e.CITIZEN_OIDC_ISSUER, e.CITIZEN_OIDC_CLIENT_ID, e.CITIZEN_OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    problems.push('CITIZEN_OIDC_ISSUER, CITIZEN_OIDC_CLIENT_ID and CITIZEN_OIDC_CLIENT_SECRET go together');
  }
  if (problems.length > 0) throw new CitizenSettingsError(problems);
  const disabledBecause: string[] = [];
  if (e.NODE_ENV === 'production') {
    if (!e.CITIZEN_OIDC_ISSUER) {
      disabledBecause.push(
        'CITIZEN_OIDC_ISSUER: production needs the MitID broker; the test IdP is never served there',
      );
    }
    if (!e.CITIZEN_SESSION_KEY) {
      disabledBecause.push('CITIZEN_SESSION_KEY: production needs one key for every process');
    }
    if (!e.PUBLIC_URL) {
      disabledBecause.push('PUBLIC_URL: production needs the address the broker redirects back to');
    }
  }
  return {
    disabledBecause,
    oidc:
      e.CITIZEN_OIDC_ISSUER && e.CITIZEN_OIDC_CLIENT_ID && e.CITIZEN_OIDC_CLIENT_SECRET
        ? {
            issuer: e.CITIZEN_OIDC_ISSUER,
            clientId: e.CITIZEN_OIDC_CLIENT_ID,
            clientSecret: e.CITIZEN_OIDC_CLIENT_SECRET,
          }
        : null,
    cprClaim: e.CITIZEN_OIDC_CPR_CLAIM,
    sessionKey: e.CITIZEN_SESSION_KEY ? Buffer.from(e.CITIZEN_SESSION_KEY, 'base64') : randomBytes(32),
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
  };
}
