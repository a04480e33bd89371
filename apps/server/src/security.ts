import type { FastifyInstance } from 'fastify';

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

/** Sets the security headers in onSend, so 404s, errors and static files get them too. */
export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  const headers = securityHeaders(options);
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(headers);
    // API answers carry personal data: never keep them in a shared or browser cache.
    if (request.url.startsWith('/trpc')) reply.header('cache-control', 'no-store');
    return payload;
  });

  // tRPC mutations are POSTs with a JSON body, and the session cookie is SameSite=Strict; refusing
  // requests the browser marks as cross-site is a second, independent guard against CSRF.
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/trpc') && request.headers['sec-fetch-site'] === 'cross-site') {
      return reply.code(403).send({ error: 'cross-site requests are not accepted' });
    }
  });
}
