// Lint for the whole repository. Besides the usual rules, it holds the import
// boundaries between folders (see ARCHITECTURE.md, "Folders"): the core must
// stay runnable in plain Node, and the screens must never reach into src-main.

import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const electron = {
  regex: '^electron(/.*)?$',
  message: 'Only src-main/electron may import Electron; everything else must run in plain Node.',
};

const nodeBuiltins = {
  regex: `^(node:.*|(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/.*)?)$`,
  message: 'No Node APIs here: this code also runs in the browser.',
};

const mainFolder = {
  regex: '(^|/)src-main(/.*)?$',
  message: 'src-main is reachable only through the RPC contract in src-shared.',
};

const rendererFolder = {
  regex: '(^|/)src-renderer(/.*)?$',
  message: 'src-shared may not depend on the screens.',
};

const ioPackages = {
  regex: '^(better-sqlite3|kysely|pg|fastify|nodemailer|pdfkit|node-thermal-printer|pino)(/.*)?$',
  message: 'src-shared holds pure rules; packages that do I/O belong in src-main.',
};

// Besides Kysely, only each other (`./`): the list in index.ts names the files.
const anythingButKysely = {
  regex: '^(?!kysely(/.*)?$|\\./).*$',
  message: 'Migrations use Kysely and nothing else, so they stay valid for every later release.',
};

/** `no-restricted-imports` with these patterns; each file gets exactly one set. */
function importsMayNot(...patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

// Globals of the plain JavaScript files (scripts, the CLI launcher, this file).
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'structuredClone',
    'fetch',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  globalIgnores([
    'dist-*/**',
    'node_modules/**',
    'release/**',
    'test-results/**',
    'playwright-report/**',
    '.patolab-data/**',
  ]),

  js.configs.recommended,
  {
    // Matching control characters is the point wherever text goes to a label
    // printer or a log line: they are stripped before they can act as commands.
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },

  // Import boundaries. Later entries replace earlier ones for the files they
  // match, so each entry lists every pattern its folder must refuse.
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    rules: importsMayNot(electron),
  },
  {
    files: ['src-shared/**'],
    rules: importsMayNot(electron, nodeBuiltins, mainFolder, rendererFolder, ioPackages),
  },
  {
    files: ['src-renderer/**'],
    rules: importsMayNot(electron, nodeBuiltins, mainFolder),
  },
  {
    files: ['migrations/**'],
    rules: importsMayNot(anythingButKysely),
  },
  {
    files: ['src-main/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
