import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { REPO_ROOT } from './settings.ts';

/** The three apps, each served from its Vite build (`apps/<name>/dist`) under `/<name>/`. */
export const APPS = [
  { name: 'clinic', title: 'Klinik' },
  { name: 'rehab', title: 'Genoptræning og forebyggelse' },
  { name: 'employment', title: 'Jobcenter' },
  // The citizen's app is apps/citizen, served under the Danish word the citizen knows.
  { name: 'borger', title: 'Min side', folder: 'citizen' },
] as const;
export type AppName = (typeof APPS)[number]['name'];

export interface StaticOptions {
  /** Where `<name>/dist` folders are looked for; defaults to the repository's `apps/`. */
  appsDir?: string;
  /**
   * Serve `*.map` files (default false). The builds make none (vite.config.ts `sourcemap: false`);
   * a map left in a dist folder would hand anyone the source, so outside development it is a 404.
   */
  sourceMaps?: boolean;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What /<name>/ shows until the app is built: a plain page, not a 404. No inline script or style. */
export function placeholderPage(name: string, title: string): string {
  return `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><title>Rygforløb – ${escapeHtml(title)} er ikke bygget</title></head>
<body>
<h1>Rygforløb – ${escapeHtml(title)}</h1>
<p>Appen <code>${escapeHtml(name)}</code> er ikke bygget endnu. Byg den med
<code>pnpm --filter @rygforlob/${escapeHtml(name)} build</code>, og genindlæs siden.</p>
<p lang="en">The <code>${escapeHtml(name)}</code> app has not been built yet (no <code>apps/${escapeHtml(name)}/dist</code>).
Build it, then reload. The API is up: <a href="/health">/health</a>.</p>
</body>
</html>
`;
}

/** A file inside `root` (never outside it, whatever `relative` holds), or null. */
function fileWithin(root: string, relative: string): string | null {
  const full = resolve(root, relative);
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

function sendIndex(reply: FastifyReply, dist: string) {
  // The shell must be revalidated, so a new build is picked up at once.
  return reply.header('cache-control', 'no-cache').sendFile('index.html', dist, { cacheControl: false });
}

/**
 * `/` → `/clinic/`; `/<name>` → `/<name>/`; `/<name>/*` serves the file if the build has it, the
 * app's index.html for any other path without an extension (client-side routes), 404 otherwise.
 * Whether an app is built is checked per request, so building one needs no restart.
 */
export async function registerStaticApps(app: FastifyInstance, options: StaticOptions = {}): Promise<void> {
  const appsDir = options.appsDir ?? join(REPO_ROOT, 'apps');
  // preCompressed: the builds hold .br and .gz copies (scripts/vite-precompress.ts); the one the
  // browser accepts (Accept-Encoding) is sent, with Content-Encoding and Vary.
  await app.register(fastifyStatic, { root: appsDir, serve: false, dotfiles: 'deny', preCompressed: true });

  app.get('/', (_request, reply) => reply.redirect('/clinic/'));
  // Browsers ask for it on every first visit; there is none, and a 404 would only be noise.
  app.get('/favicon.ico', (_request, reply) => reply.code(204).send());

  for (const entry of APPS) {
    const { name, title } = entry;
    const dist = join(appsDir, 'folder' in entry ? entry.folder : name, 'dist');
    app.get(`/${name}`, (_request, reply) => reply.redirect(`/${name}/`));
    app.get(`/${name}/*`, (request, reply) => {
      if (!existsSync(join(dist, 'index.html'))) {
        return reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-cache')
          .send(placeholderPage(name, title));
      }
      const wanted = (request.params as { '*'?: string })['*'] ?? '';
      if (wanted === '' || wanted === 'index.html') return sendIndex(reply, dist);
      if (wanted.endsWith('.map') && !options.sourceMaps) return reply.callNotFound();
      if (fileWithin(dist, wanted)) {
        // Vite puts content-hashed files under assets/: cache them for good.
        const hashed = wanted.startsWith('assets/');
        return reply.sendFile(wanted, dist, hashed ? { maxAge: '365d', immutable: true } : { maxAge: 0 });
      }
      if (extname(wanted) !== '') return reply.callNotFound();
      return sendIndex(reply, dist);
    });
  }
}
