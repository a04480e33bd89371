import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isTrpcRequest } from './request-limits.ts';

/**
 * The one <style> element react-aria-components injects at run time
 * (`@layer { [data-react-aria-pressable] { touch-action: pan-x pan-y pinch-zoom; } }`), allowed
 * by its hash rather than by 'unsafe-inline'. If react-aria changes the rule, the browser reports
 * a CSP violation naming the new hash; only touch panning on pressable elements is affected.
 */
const REACT_ARIA_PRESSABLE_STYLE = "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='";

/**
 * Content Security Policy for the Vite-built React apps: everything from our own origin, no
 * inline scripts, no inline styles but the one above, no eval, no plugins, no framing. React's
 * `style={…}` props set styles through the CSSOM, which CSP does not govern, so they keep working.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${REACT_ARIA_PRESSABLE_STYLE}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every response; HSTS only when cookies are Secure (i.e. we are served over HTTPS). */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    'content-security-policy': options.https
      ? `${CONTENT_SECURITY_POLICY}; upgrade-insecure-requests`
      : CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // Legacy browsers that predate frame-ancestors.
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(options.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * Whether a state-changing request's Origin may send it: our own origin or one listed in
 * ALLOWED_ORIGINS. Our own origin is PUBLIC_URL's when it is set (issue 9's review: compared with
 * the request's own Host, `Host: evil.example` with `Origin: http://evil.example` passed), else
 * the origin the request reached us at (after the trusted proxy). No Origin header: not a browser
 * (browsers send Origin on every cross-origin request and on every POST), so no CSRF to stop; a
 * non-browser client passes by design. `null` (sandboxed frames, some redirects) is refused.
 */
export function originAllowed(
  request: FastifyRequest,
  allowedOrigins: readonly string[],
  publicOrigin?: string,
): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (origin === (publicOrigin ?? `${request.protocol}://${request.host}`)) return true;
  return allowedOrigins.includes(origin);
}

/** A Host header as URL.host writes it: lower case, without the scheme's default port. */
function hostOf(protocol: string, host: string): string | null {
  try {
    return new URL(`${protocol}://${host}`).host;
  } catch {
    return null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Sets the security headers in onSend, so 404s, errors and static files get them too. */
export function registerSecurityHeaders(
  app: FastifyInstance,
  options: {
    https: boolean;
    allowedOrigins?: readonly string[];
    /** PUBLIC_URL's origin: the server's own for the Origin check. */
    publicOrigin?: string | undefined;
    /** Refuse a request for another Host than PUBLIC_URL's (production): DNS rebinding. */
    onlyPublicHost?: boolean;
  },
): void {
  const headers = securityHeaders(options);
  const publicUrl = options.publicOrigin ? new URL(options.publicOrigin) : null;
  if (publicUrl && options.onlyPublicHost) {
    // A name the attacker controls, pointed at this server, reaches it with its own Host: refused
    // before anything runs. /health is exempt: monitors and load balancers ask by address.
    app.addHook('onRequest', async (request, reply) => {
      if (request.url === '/health') return;
      if (hostOf(publicUrl.protocol.slice(0, -1), request.host) !== publicUrl.host) {
        return reply.code(421).send({ error: "this server answers only for PUBLIC_URL's host" });
      }
    });
  }
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(headers);
    // API answers carry personal data: never keep them in a shared or browser cache.
    if (isTrpcRequest(request)) reply.header('cache-control', 'no-store');
    return payload;
  });

  // tRPC mutations are POSTs with a JSON body, and the session cookie is SameSite=Strict; refusing
  // requests the browser marks as cross-site is a second, independent guard against CSRF.
  app.addHook('onRequest', async (request, reply) => {
    if (isTrpcRequest(request) && request.headers['sec-fetch-site'] === 'cross-site') {
      return reply.code(403).send({ error: 'cross-site requests are not accepted' });
    }
    // Every mutation (any non-safe method, anywhere) also checks Origin (issue 9): Sec-Fetch-Site
    // alone leaves out browsers that do not send it.
    if (
      !SAFE_METHODS.has(request.method) &&
      !originAllowed(request, options.allowedOrigins ?? [], options.publicOrigin)
    ) {
      return reply.code(403).send({ error: 'requests from another origin are not accepted' });
    }
  });
}
