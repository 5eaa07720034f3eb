// Bundles the Electron shell into dist-electron/: the main process, the preload
// and the services process, each one CommonJS file. npm packages stay outside
// the bundles and ship in node_modules, because several cannot be bundled:
// native addons (better-sqlite3, @node-rs/argon2), pdfkit's font metric files
// read beside its own code, node-thermal-printer's optional drivers. The
// preload is the exception: a sandboxed preload can require only `electron`,
// so everything it uses is bundled in.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-electron');

// Bundled ESM code may read `import.meta.url` (printing looks for its fonts
// from there); CommonJS output has no such thing, so it becomes the bundle's
// own file URL. The banner repeats the strict-mode directive it displaces.
const importMetaUrl = {
  banner: {
    js: [
      "'use strict';",
      "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    ].join('\n'),
  },
  define: { 'import.meta.url': '__importMetaUrl' },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  // Electron 38 runs Node 22; Node 20 syntax is a floor both accept.
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

await build({
  ...common,
  ...importMetaUrl,
  platform: 'node',
  entryPoints: ['src-main/electron/main.ts'],
  outfile: path.join(outdir, 'main.cjs'),
  packages: 'external',
  external: ['electron'],
});

await build({
  ...common,
  ...importMetaUrl,
  platform: 'node',
  entryPoints: ['src-main/electron/services-process.ts'],
  outfile: path.join(outdir, 'services-process.cjs'),
  packages: 'external',
  external: ['electron'],
});

// Built for the browser platform so that a Node builtin creeping into the
// preload fails the build here instead of the window at start-up.
await build({
  ...common,
  platform: 'browser',
  entryPoints: ['src-main/electron/preload.ts'],
  outfile: path.join(outdir, 'preload.cjs'),
  external: ['electron'],
});

console.log(`Electron bundles written to ${path.relative(root, outdir)}/`);
