import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../../helpers/cli';
import { tempDataDir } from '../../helpers/workstation';
import { createTestDatabaseUrl, postgresAvailable } from '../../helpers/postgres';
import { selfSignedCertificate, send } from './central-server';

const unavailable = await postgresAvailable();
if (unavailable) console.warn(`patolab server on PostgreSQL skipped: ${unavailable}`);

/** Starts `patolab server` and waits for the lines it prints once it listens. */
async function startServer(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [BIN, 'server', '--port', '0', ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Servidor central de Patolab en (\S+)\n/.exec(out);
      if (match && out.includes('Carpeta de datos:')) resolve(match[1]!);
    });
    child.on('exit', () => reject(new Error(`server ended early: ${out}${err}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    url,
    out: () => out,
    err: () => err,
    async stop() {
      child.kill('SIGINT');
      return exited;
    },
  };
}

describe('patolab server on the command line', () => {
  it('explains itself, naming the default port and what 0.0.0.0 requires', async () => {
    const help = await runCli(['server', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('4790');
    expect(help.stdout).toContain('0.0.0.0');
    expect(help.stdout).toContain('--public-host');
    expect(help.stdout).toContain('--trust-proxy');

    const all = await runCli(['--help']);
    for (const command of ['server enroll-code', 'server devices', 'server revoke']) {
      expect(all.stdout).toContain(command);
    }
  });

  it('refuses a certificate without its key, and files it cannot read', async () => {
    const data = tempDataDir();
    const alone = await runCli(['server', '--cert', 'cert.pem', '--data', data]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/^--cert y --key van juntos/);

    const missing = await runCli([
      'server',
      '--cert',
      '/no/existe/cert.pem',
      '--key',
      '/no/existe/key.pem',
      '--data',
      data,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^No se puede leer el certificado \/no\/existe\/cert\.pem/);
  });

  it('refuses a database address that is not PostgreSQL, without repeating it', async () => {
    const run = await runCli(['server', '--db', 'mysql://root:secreto@db/lab']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^--db debe ser una URL de PostgreSQL/);
    expect(run.stderr).not.toContain('secreto');
  });

  it('serves HTTPS on the embedded database until Ctrl+C', async () => {
    const data = tempDataDir();
    const { cert, key, pem } = selfSignedCertificate();
    const server = await startServer(['--data', data, '--cert', cert, '--key', key]);
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(server.out()).toContain(`Base de datos: ${data}/patolab.sqlite`);

    const ready = await send(server.url, '/api/ready', { ca: pem });
    expect(ready.status).toBe(200);

    expect(await server.stop()).toBe(0);
    expect(server.err()).toBe('');
  });

  it.skipIf(unavailable !== null)(
    'runs on PostgreSQL and never prints the database password',
    async () => {
      const database = await createTestDatabaseUrl();
      try {
        // Trust authentication ignores the password, so any will do here.
        const withPassword = new URL(database.url);
        withPassword.password = 'muy-secreta';
        const server = await startServer(['--data', tempDataDir()], {
          DATABASE_URL: withPassword.toString(),
        });
        expect(server.out()).toContain('Base de datos: postgres://postgres:***@127.0.0.1:5432/');
        expect(server.out()).not.toContain('muy-secreta');
        expect((await send(server.url, '/api/ready')).status).toBe(200);
        expect(await server.stop()).toBe(0);
      } finally {
        await database.drop();
      }
    },
  );

  it('creates an enrolment code for a workstation and lists the devices', async () => {
    const data = tempDataDir();
    const created = await runCli([
      'server',
      'enroll-code',
      '--name',
      'Recepción 2',
      '--data',
      data,
    ]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toEqual({
      code: expect.any(String),
      expiresAt: expect.any(String),
      name: 'Recepción 2',
    });

    const devices = await runCli(['server', 'devices', '--data', data]);
    expect(devices.code).toBe(0);
    expect(JSON.parse(devices.stdout)).toEqual([]);

    const revoke = await runCli(['server', 'revoke', 'no-existe', '--data', data]);
    expect(revoke.code).toBe(1);
    expect(revoke.stderr).not.toBe('');
  });
});
