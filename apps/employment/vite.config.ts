import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from '../../scripts/vite-precompress.ts';

// Served by apps/server under /employment; in `pnpm dev` the API is proxied to the running server.
export default defineConfig({
  base: '/employment/',
  // Brotli and gzip copies of the assets, served by apps/server as the browser accepts them.
  // react-aria ships its words in 34 languages; the apps speak Danish and English (first-screen
  // JS budget, issue 14).
  plugins: [
    react(),
    { ...optimizeLocales.vite({ locales: ['da-DK', 'en-GB', 'en-US'] }), enforce: 'pre' },
    precompress(),
  ],
  server: { port: 5175, proxy: { '/trpc': 'http://127.0.0.1:3000' } },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 600 },
});
