import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN } from '../../helpers/cli';
import { tempDataDir } from '../../helpers/workstation';

describe('patolab serve --demo', () => {
  it('never opens the folder PATOLAB_DATA names, and removes its own folder on Ctrl+C', async () => {
    const realData = tempDataDir();
    const child = spawn(process.execPath, [BIN, 'serve', '--demo', '--port', '0'], {
      env: { ...process.env, PATOLAB_DATA: realData },
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    const demoFolder = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /Carpeta de datos: (.+)\n/.exec(out);
        if (match && out.includes('contraseña')) resolve(match[1]!);
      });
      child.on('exit', () => reject(new Error(`serve ended early: ${out}`)));
    });

    expect(demoFolder).not.toBe(realData);
    expect(fs.readdirSync(realData)).toEqual([]);
    expect(fs.existsSync(demoFolder)).toBe(true);

    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    await exited;
    expect(err).toBe('');
    expect(fs.existsSync(demoFolder)).toBe(false);
  });
});
