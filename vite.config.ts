// Builds the renderer once for both doors: the web mode serves it over HTTP and
// the Electron shell loads it from a file, hence relative asset paths. The
// veterinarians' portal is a second page of the same build, served by the web doors only.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(here, 'src-renderer'),
  base: './',
  publicDir: false,
  build: {
    outDir: path.join(here, 'dist-renderer'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Two pages from one build: the staff app and the veterinarians' portal.
      input: {
        index: path.join(here, 'src-renderer', 'index.html'),
        portal: path.join(here, 'src-renderer', 'portal.html'),
      },
      // Mantine marks its modules 'use client' for React Server Components; a
      // browser-only bundle has nothing to preserve, so the warning is noise.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { host: '127.0.0.1', strictPort: true },
});
