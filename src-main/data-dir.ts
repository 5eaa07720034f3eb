// Where a workstation keeps its database, logs and labels.

import os from 'node:os';
import path from 'node:path';

/** `--data DIR`, else PATOLAB_DATA, else the OS's per-user application data folder. */
export function resolveDataDir(flag: string | undefined, env = process.env): string {
  if (flag) return path.resolve(flag);
  if (env.PATOLAB_DATA) return path.resolve(env.PATOLAB_DATA);
  if (process.platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Patolab');
  }
  if (process.platform === 'darwin') {
    return path.join(os.homedir(), 'Library', 'Application Support', 'Patolab');
  }
  return path.join(env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), 'patolab');
}
