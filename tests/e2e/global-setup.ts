// Starts what a receptionist's browser talks to: `patolab serve --demo` on a
// fresh data folder, with its jar label printer pointed at a loopback printer.
// Returns the teardown, which stops both and removes the folder.

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_PORT } from '../../playwright.config';
import { startFilePrinter } from './file-printer';

const ROOT = path.resolve(import.meta.dirname, '../..');
const START_TIMEOUT_MS = 60_000;

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`patolab serve exited early:\n${fs.readFileSync(logFile, 'utf8')}`);
    }
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const output = fs.readFileSync(logFile, 'utf8');
  throw new Error(`patolab serve did not answer ${url} in time:\n${output}`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!fs.existsSync(path.join(ROOT, 'dist-renderer', 'index.html'))) {
    throw new Error('dist-renderer/index.html is missing: run `npm run build:renderer` first.');
  }

  // A server left over from another run would answer the health check in place
  // of ours, and the tests would then print to a printer nobody watches.
  const healthUrl = `http://127.0.0.1:${E2E_PORT}/api/health`;
  if (await answers(healthUrl)) {
    throw new Error(`Port ${E2E_PORT} is already taken by another server: stop it first.`);
  }

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-e2e-'));
  const dataDir = path.join(workDir, 'data');
  const jobsDir = path.join(workDir, 'printed');
  const logFile = path.join(workDir, 'serve.log');
  const printer = await startFilePrinter(jobsDir);

  const log = fs.openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    ['bin/patolab.js', 'serve', '--demo', '--port', String(E2E_PORT), '--data', dataDir],
    {
      cwd: ROOT,
      env: { ...process.env, PATOLAB_PRINTER_URI: printer.uri },
      stdio: ['ignore', log, log],
    },
  );
  fs.closeSync(log);

  try {
    await waitForHealth(healthUrl, child, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    await exited(child);
    await printer.close();
    fs.rmSync(workDir, { recursive: true, force: true });
    throw error;
  }

  // Workers inherit the runner's environment: this is how they find the jobs.
  process.env.PATOLAB_E2E_PRINTED_DIR = jobsDir;

  return async () => {
    child.kill('SIGTERM');
    const stopped = await Promise.race([
      exited(child).then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]);
    if (!stopped) {
      child.kill('SIGKILL');
      await exited(child);
    }
    await printer.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  };
}
