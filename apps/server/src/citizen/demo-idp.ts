import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TestCitizen } from '@rygforlob/domain/testing';
import type { FastifyInstance } from 'fastify';
import { type Configuration, Provider } from 'oidc-provider';

export const DEMO_IDP_PATH = '/demo-idp';

export interface DemoIdpOptions {
  /** The IdP's issuer, e.g. http://127.0.0.1:3000/demo-idp. */
  issuer: string;
  /** The relying party's redirect URI (this server's /citizen-auth/callback). */
  redirectUri: string;
  /** The claim the RP reads the CPR number from (as a MitID broker would send it). */
  cprClaim: string;
  /** The accounts: the demo citizens. */
  accounts: readonly TestCitizen[];
  trustProxy: boolean;
}

export interface DemoIdp {
  provider: Provider;
  clientId: string;
  clientSecret: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An embedded OpenID Connect provider standing in for MitID's broker in the demo and the tests
 * (oidc-provider, authorization code + PKCE, a confidential client with a secret). Keys and the
 * client secret are made at start and live in memory; its accounts are the demo citizens, whose
 * ID token carries the CPR number in `cprClaim`. Never built in production (citizen/index.ts).
 */
export function createDemoIdp(options: DemoIdpOptions): DemoIdp {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: 'demo-idp-1' };
  const clientId = 'rygforlob-borger';
  const clientSecret = randomBytes(32).toString('base64url');
  const byId = new Map(options.accounts.map((a) => [a.id, a]));

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    // As short as a sign-in needs (a real broker's are its own).
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    scopes: ['openid', 'profile', 'cpr'],
    claims: { openid: ['sub'], profile: ['name'], cpr: [options.cprClaim] },
    // The broker puts the CPR number in the ID token itself (no userinfo call).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `${DEMO_IDP_PATH}/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const account = byId.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, name: account.name, [options.cprClaim]: account.cpr.replace('-', '') }),
      };
    },
  };
  const provider = new Provider(options.issuer, configuration);
  provider.proxy = options.trustProxy;
  return { provider, clientId, clientSecret };
}

const LOGIN_CSS = `body{margin:0;font:1.0625rem/1.5 system-ui,sans-serif;color:#1b2733;background:#f3f6f9}
main{max-width:32rem;margin:0 auto;padding:1rem}
h1{font-size:1.625rem}
ul{list-style:none;padding:0}
li{background:#fff;border:1px solid #cfd8e1;border-radius:6px;margin:0 0 .5rem;padding:.5rem .75rem}
button{font:inherit;font-weight:600;min-height:2.75rem;padding:0 1rem;border-radius:6px;border:1px solid #0b5394;background:#0b5394;color:#fff;cursor:pointer;margin-right:.5rem}
li span{color:#4a5968;font-size:.875rem}
:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}`;

/** The referrer meta: the server says no-referrer, under which a form post carries Origin: null, which the CSRF check refuses. */
function loginPage(uid: string, accounts: readonly TestCitizen[]): string {
  const items = accounts
    .map(
      (a) =>
        `<li><button type="submit" name="account" value="${escapeHtml(a.id)}">${escapeHtml(a.name)}</button>` +
        ` <span>født ${escapeHtml(a.birthDate.split('-').reverse().join('.'))}, ${escapeHtml(a.municipality)}</span></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<link rel="stylesheet" href="${DEMO_IDP_PATH}/interaction/style.css">
<title>Log ind som testborger – Rygforløb</title></head>
<body>
<main>
<h1>Log ind som testborger</h1>
<p>Det her er en testudgave af MitID til demoen. Vælg den borger, du vil logge ind som.
Alle personer er opdigtede.</p>
<form method="post" action="${DEMO_IDP_PATH}/interaction/${escapeHtml(uid)}/login">
<ul>
${items}
</ul>
</form>
<p><a href="${DEMO_IDP_PATH}/interaction/${escapeHtml(uid)}/abort">Fortryd</a></p>
</main>
</body>
</html>
`;
}

/**
 * Mounts the provider under /demo-idp: its Koa app handles every path there but the "Log ind
 * som testborger" screen. Fastify must not read the body of those requests (the provider does),
 * so they live in their own scope whose only body parser leaves the stream alone.
 */
export async function mountDemoIdp(
  app: FastifyInstance,
  idp: () => DemoIdp,
  accounts: readonly TestCitizen[],
) {
  let callback: ReturnType<Provider['callback']> | null = null;
  const prefix = DEMO_IDP_PATH;

  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    const handle = async (
      request: { raw: IncomingMessage },
      reply: { hijack(): void; raw: ServerResponse },
    ) => {
      reply.hijack();
      const raw = request.raw as IncomingMessage & { originalUrl?: string };
      raw.originalUrl = raw.url;
      raw.url = raw.url?.slice(prefix.length) || '/';
      callback ??= idp().provider.callback();
      await callback(raw, reply.raw);
    };
    scope.all(`${prefix}/*`, handle);
  });

  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 4096 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );

    // A stylesheet, not <style>: the server's CSP allows styles from 'self' only.
    scope.get(`${prefix}/interaction/style.css`, (_request, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'max-age=3600').send(LOGIN_CSS),
    );

    scope.get(`${prefix}/interaction/:uid`, async (request, reply) => {
      const { provider } = idp();
      const details = await provider.interactionDetails(request.raw, reply.raw);
      if (details.prompt.name === 'consent') {
        // The RP is this server's own app: a first-party client asks for no consent screen.
        const grant = new provider.Grant({
          accountId: details.session?.accountId ?? '',
          clientId: String(details.params.client_id),
        });
        grant.addOIDCScope('openid profile cpr');
        const grantId = await grant.save();
        reply.hijack();
        return provider.interactionFinished(request.raw, reply.raw, { consent: { grantId } });
      }
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(loginPage(details.uid, accounts));
    });

    scope.post(`${prefix}/interaction/:uid/login`, async (request, reply) => {
      const { provider } = idp();
      const details = await provider.interactionDetails(request.raw, reply.raw);
      const account = (request.body as { account?: string } | undefined)?.account;
      if (details.prompt.name !== 'login' || !account || !accounts.some((a) => a.id === account)) {
        return reply.code(400).type('text/plain; charset=utf-8').send('Ukendt testborger');
      }
      reply.hijack();
      return provider.interactionFinished(request.raw, reply.raw, { login: { accountId: account } });
    });

    scope.get(`${prefix}/interaction/:uid/abort`, async (request, reply) => {
      const { provider } = idp();
      reply.hijack();
      return provider.interactionFinished(request.raw, reply.raw, {
        error: 'access_denied',
        error_description: 'the citizen cancelled',
      });
    });
  });
}
