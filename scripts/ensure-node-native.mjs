// Run before tests and benchmarks. better-sqlite3 is a native addon built for
// one Node ABI at a time: `npm run desktop` and packaging rebuild it for
// Electron's, after which plain Node cannot load it. This puts the Node build
// back, so starting the desktop app never breaks `npm test`.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Loading is tried in a child process: a Node process that has once failed to
// load the addon would not load the rebuilt file in its place.
const probe = "const Database = require('better-sqlite3'); new Database(':memory:').close();";

function tryLoad() {
  const result = spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stderr ?? ''}${result.stdout ?? ''}` };
}

function errorLine(text) {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.find((line) => /Error/.test(line)) ?? lines[0] ?? 'no output';
}

const before = tryLoad();
if (before.ok) process.exit(0);

if (!before.output.includes('NODE_MODULE_VERSION')) {
  console.error(`better-sqlite3 does not load under Node: ${errorLine(before.output)}`);
  process.exit(1);
}

const builtFor = /NODE_MODULE_VERSION (\d+)/.exec(before.output)?.[1] ?? '?';
console.log(
  `better-sqlite3 was built for another runtime (ABI ${builtFor}, Electron); ` +
    `rebuilding it for Node ${process.version} (ABI ${process.versions.modules}).`,
);
const rebuild = spawnSync('npm', ['rebuild', 'better-sqlite3'], {
  cwd: root,
  encoding: 'utf8',
  shell: process.platform === 'win32',
});

const after = rebuild.status === 0 ? tryLoad() : { ok: false, output: 'npm rebuild failed' };
if (after.ok) process.exit(0);

console.error(`${rebuild.stdout ?? ''}${rebuild.stderr ?? ''}`.trim());
console.error(`better-sqlite3 still does not load under Node: ${errorLine(after.output)}`);
process.exit(1);
