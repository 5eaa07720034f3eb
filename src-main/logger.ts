// The debug log an IT person reads: JSON lines in <data>/logs/patolab.log.
// Rotated by size at start-up (five files kept), so a workstation left running
// for years never fills its disk. Business events go to the audit log instead.

import fs from 'node:fs';
import path from 'node:path';
import pino, { type Logger } from 'pino';

export type { Logger };

const MAX_BYTES = 10 * 1024 * 1024;
const KEPT_FILES = 5;

function rotate(file: string): void {
  if (!fs.existsSync(file) || fs.statSync(file).size < MAX_BYTES) return;
  for (let i = KEPT_FILES - 1; i >= 1; i--) {
    const from = i === 1 ? file : `${file}.${i - 1}`;
    if (fs.existsSync(from)) fs.renameSync(from, `${file}.${i}`);
  }
}

export function createLogger(dataDir: string, level = process.env.PATOLAB_LOG_LEVEL ?? 'info') {
  const dir = path.join(dataDir, 'logs');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'patolab.log');
  rotate(file);

  return pino(
    {
      level,
      base: { pid: process.pid },
      redact: { paths: ['password', '*.password', 'token', '*.token'], censor: '[oculto]' },
    },
    pino.destination({ dest: file, sync: true, mkdir: true }),
  );
}

export const silentLogger: Logger = pino({ level: 'silent' });
