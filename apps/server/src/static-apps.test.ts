import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../../scripts/vite-precompress.ts';
import { buildApp } from './app.ts';
import { loadSettings } from './settings.ts';
import { testServer } from './testing.ts';

describe('precompressed apps (issue 11): brotli or gzip as the browser accepts, made at build time', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let appsDir = '';
  let app: Awaited<ReturnType<typeof buildApp>>;
  const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `"række ${i}"`).join(',')}];\n`;

  beforeAll(async () => {
    server = await testServer();
    appsDir = mkdtempSync(join(tmpdir(), 'rygforlob-precompressed-'));
    const dist = join(appsDir, 'clinic', 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Klinik</title>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), script);
    const made = precompressDir(dist);
    // The tiny index.html is left as it is; the script gets both copies.
    expect(made.files).toBe(1);
    expect(made.brotli).toBeLessThan(made.bytes / 4);
    app = await buildApp({
      database: server.database,
      settings: loadSettings({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
      static: { appsDir },
    });
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
    rmSync(appsDir, { recursive: true, force: true });
  });

  const get = (encoding?: string) =>
    app.inject({
      method: 'GET',
      url: '/clinic/assets/index-abc123.js',
      headers: encoding ? { 'accept-encoding': encoding } : {},
    });

  it('sends the brotli copy to a browser that accepts br, the gzip copy to one that accepts only gzip', async () => {
    const br = await get('gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.equals(readFileSync(join(appsDir, 'clinic/dist/assets/index-abc123.js.br')))).toBe(
      true,
    );
    expect(br.headers['content-type']).toContain('javascript');
    expect(String(br.headers.vary).toLowerCase()).toContain('accept-encoding');
    expect(br.headers['cache-control']).toContain('immutable');

    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(script);
  });

  it('sends the file as it is to a client that accepts no compression', async () => {
    const plain = await get();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });
});
