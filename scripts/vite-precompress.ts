/**
 * A Vite plugin: after a build, writes a brotli (`.br`) and a gzip (`.gz`) copy beside every
 * text asset worth compressing, at the strongest settings (paid once, at build time). The server
 * sends the copy the browser accepts (apps/server/src/static-apps.ts, `preCompressed`), so no
 * request pays for compression and the apps ship a fraction of their size (issue 11).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.webmanifest']);
/** Below this a compressed copy saves less than a packet. */
const MIN_BYTES = 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Compresses the files of `dir`; returns their total size before and after brotli. */
export function precompressDir(dir: string): { files: number; bytes: number; brotli: number; gzip: number } {
  const total = { files: 0, bytes: 0, brotli: 0, gzip: 0 };
  for (const path of filesUnder(dir)) {
    if (!COMPRESSIBLE.has(extname(path))) continue;
    const content = readFileSync(path);
    if (content.length < MIN_BYTES) continue;
    const br = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    const gz = gzipSync(content, { level: 9 });
    // A copy that is not smaller is not worth a lookup.
    if (br.length < content.length) writeFileSync(`${path}.br`, br);
    if (gz.length < content.length) writeFileSync(`${path}.gz`, gz);
    total.files += 1;
    total.bytes += content.length;
    total.brotli += Math.min(br.length, content.length);
    total.gzip += Math.min(gz.length, content.length);
  }
  return total;
}

/**
 * The plugin, typed by shape rather than by importing vite's types, so the server's tests (which
 * use precompressDir) need no vite.
 */
export function precompress() {
  let outDir = 'dist';
  return {
    name: 'rygforlob-precompress',
    apply: 'build' as const,
    configResolved(config: { root: string; build: { outDir: string } }) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle(this: { info(message: string): void }) {
      const { files, bytes, brotli, gzip } = precompressDir(outDir);
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
      this.info(`${files} files precompressed: ${kb(bytes)} → ${kb(brotli)} brotli, ${kb(gzip)} gzip`);
    },
  };
}
