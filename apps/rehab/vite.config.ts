import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from '../../scripts/vite-precompress.ts';

// Served by apps/server under /rehab; in `pnpm dev` the API is proxied to the running server.
export default defineConfig({
  base: '/rehab/',
  // Brotli and gzip copies of the assets, served by apps/server as the browser accepts them.
  plugins: [react(), precompress()],
  server: { port: 5174, proxy: { '/trpc': 'http://127.0.0.1:3000' } },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 600 },
});
