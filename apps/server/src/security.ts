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
 * Whether a state-changing request's Origin may send it: our own origin (as the request reached
 * us, after the trusted proxy) or one listed in ALLOWED_ORIGINS. No Origin header: not a browser
 * (browsers send Origin on every cross-origin request and on every POST), so no CSRF to stop.
 * `null` (sandboxed frames, some redirects) is refused.
 */
export function originAllowed(request: FastifyRequest, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (origin === `${request.protocol}://${request.host}`) return true;
  return allowedOrigins.includes(origin);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Sets the security headers in onSend, so 404s, errors and static files get them too. */
export function registerSecurityHeaders(
  app: FastifyInstance,
  options: { https: boolean; allowedOrigins?: readonly string[] },
): void {
  const headers = securityHeaders(options);
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
    if (!SAFE_METHODS.has(request.method) && !originAllowed(request, options.allowedOrigins ?? [])) {
      return reply.code(403).send({ error: 'requests from another origin are not accepted' });
    }
  });
}
