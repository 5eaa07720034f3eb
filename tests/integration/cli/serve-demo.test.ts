import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import net from 'node:net';
import { BIN, runCli } from '../../helpers/cli';
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

  it('on a port already taken says so in Spanish, exits 1 and leaves no folder behind', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const tmp = tempDataDir('tmp-');
    try {
      const run = await runCli(['serve', '--demo', '--port', String(port)], {
        env: { TMPDIR: tmp },
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('ya está en uso');
      expect(fs.readdirSync(tmp).filter((f) => f.startsWith('patolab-demo-'))).toEqual([]);
    } finally {
      blocker.close();
    }
  });
});
