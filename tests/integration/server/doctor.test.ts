// `patolab doctor` reads a deployment the way a security review would: a safe one passes,
// and each unsafe setting is flagged with its fix in Spanish. Real parts: the server's SQLite
// file (and PostgreSQL where the machine has one), argon2 hashes, certificate files, a
// backup folder with dated files, the command run in a child process.

import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServices } from '../../../src-main/services';
import { writeTransaction } from '../../../src-main/db/transaction';
import { enqueueMail } from '../../../src-main/mail/outbox';
import { silentLogger } from '../../../src-main/logger';
import { hashPassword } from '../../../src-main/accounts/passwords';
import { newId } from '../../../src-main/ids';
import { writeSetting } from '../../../src-main/settings/store';
import { SMTP_SETTINGS_KEY } from '../../../src-main/mail/smtp-settings';
import {
  checkBackups,
  checkDatabaseUrl,
  runDoctor,
  type DoctorConfig,
  type DoctorReport,
} from '../../../src-main/server/doctor';
import { runCli } from '../../helpers/cli';
import { tempDataDir } from '../../helpers/workstation';
import { createTestDatabaseUrl, postgresAvailable } from '../../helpers/postgres';
import { startTestSmtpServer } from '../../helpers/smtp-server';
import { selfSignedCertificate } from './central-server';

const postgresMissing = await postgresAvailable();
if (postgresMissing) console.warn(`patolab doctor en PostgreSQL omitido: ${postgresMissing}`);

const STRONG = 'Quebracho-Hornero-Tala-1987';
const NOW = new Date('2026-12-04T13:00:00Z');
const HOUR = 3_600_000;

/** A staff account written as users.create leaves it (the hash is what matters here). */
async function staffAccount(
  db: Awaited<ReturnType<typeof startServices>>['ctx']['db'],
  email: string,
  password: string,
) {
  const now = NOW.toISOString();
  await db
    .insertInto('users')
    .values({
      id: newId(),
      email,
      display_name: email,
      password_hash: await hashPassword(password),
      roles: 'admin',
      license_number: null,
      active: 1,
      failed_attempts: 0,
      locked_until: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** A server data folder whose database holds the given staff accounts. */
async function serverFolder(accounts: [string, string][], databaseUrl?: string) {
  const dataDir = tempDataDir('doctor-');
  const services = await startServices({
    dataDir,
    role: 'server',
    databaseUrl,
    log: silentLogger,
    env: {},
    mailLoop: false,
  });
  try {
    for (const [email, password] of accounts) {
      await staffAccount(services.ctx.db, email, password);
    }
  } finally {
    await services.close();
  }
  return dataDir;
}

function backupFolder(ageHours: number | null): string {
  const dir = tempDataDir('copias-');
  if (ageHours !== null) {
    const file = path.join(dir, 'patolab-2026-12-04.sqlite');
    fs.writeFileSync(file, 'copia');
    const when = new Date(NOW.getTime() - ageHours * HOUR);
    fs.utimesSync(file, when, when);
  }
  return dir;
}

function byId(report: DoctorReport) {
  return Object.fromEntries(report.checks.map((c) => [c.id, c]));
}

function flaggedIds(report: DoctorReport): string[] {
  return report.checks.filter((c) => !c.ok).map((c) => c.id);
}

let safeDataDir: string;
let tls: { cert: string; key: string };

beforeAll(async () => {
  safeDataDir = await serverFolder([['admin@lab.example', STRONG]]);
  const certificate = selfSignedCertificate();
  tls = { cert: certificate.cert, key: certificate.key };
});

/** A deployment that does everything right: HTTPS, a public https address, mail, backups. */
function safeConfig(overrides: Partial<DoctorConfig> = {}): DoctorConfig {
  return {
    host: '0.0.0.0',
    port: 443,
    tls,
    trustProxy: false,
    publicHosts: ['patolab.lab.example'],
    publicUrl: 'https://patolab.lab.example',
    smtp: {
      url: 'smtp://avisos%40lab.example:una-clave-larga@smtp.lab.example:587',
      source: '--smtp',
    },
    databaseUrl: undefined,
    dataDir: safeDataDir,
    env: { PATOLAB_BACKUP_DIR: backupFolder(3), PATOLAB_LOG_LEVEL: 'info' },
    now: NOW,
    ...overrides,
  };
}

describe('patolab doctor, the checks', () => {
  it('a safe deployment passes every check', async () => {
    const report = await runDoctor(safeConfig());
    expect(flaggedIds(report)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.id)).toEqual([
      'https',
      'cookies',
      'public-url',
      'database-password',
      'staff-passwords',
      'mail-delivery',
      'smtp',
      'backups',
      'logging',
    ]);
    for (const check of report.checks) expect(check).toMatchObject({ problem: null, fix: null });
  });

  it('plain HTTP on the network is flagged, and so are the cookies it would carry', async () => {
    const report = await runDoctor(safeConfig({ tls: undefined }));
    expect(flaggedIds(report)).toEqual(['https', 'cookies']);
    expect(byId(report).https!.problem).toContain('HTTP sin cifrar');
    expect(byId(report).https!.fix).toContain('--cert ARCHIVO --key ARCHIVO');
    expect(byId(report).https!.fix).toContain('--trust-proxy');

    // Behind a TLS proxy on this machine, or only on this machine, plain HTTP is fine.
    const proxied = await runDoctor(
      safeConfig({ tls: undefined, host: '127.0.0.1', trustProxy: ['127.0.0.1'] }),
    );
    expect(flaggedIds(proxied)).toEqual([]);
    // Listening on every address behind the proxy lets the network go around it.
    const around = await runDoctor(safeConfig({ tls: undefined, trustProxy: ['10.0.0.5'] }));
    expect(flaggedIds(around)).toEqual(['https']);
    expect(byId(around).https!.fix).toContain('--host 127.0.0.1');
    const local = await runDoctor(
      safeConfig({ tls: undefined, host: '127.0.0.1', publicUrl: undefined }),
    );
    expect(flaggedIds(local)).toEqual([]);
  });

  it('a certificate that does not load is flagged with what to give instead', async () => {
    const report = await runDoctor(
      safeConfig({ tls: { cert: '/no/existe/cert.pem', key: tls.key } }),
    );
    expect(flaggedIds(report)).toEqual(['https']);
    expect(byId(report).https!.problem).toContain('/no/existe/cert.pem');
  });

  it('an http:// public address reached from other machines means insecure cookies', async () => {
    const report = await runDoctor(safeConfig({ publicUrl: 'http://patolab.lab.example' }));
    expect(flaggedIds(report)).toEqual(['cookies']);
    expect(byId(report).cookies!.problem).toContain('Secure');
    expect(byId(report).cookies!.fix).toContain('--public-url https://');
  });

  it('mail links that point at the server itself are flagged', async () => {
    const report = await runDoctor(safeConfig({ publicUrl: undefined, publicHosts: [] }));
    expect(flaggedIds(report)).toEqual(['public-url']);
    expect(byId(report)['public-url']!.problem).toContain('apuntan a https://127.0.0.1,');
    expect(byId(report)['public-url']!.fix).toContain('--public-url');

    const named = await runDoctor(safeConfig({ publicUrl: undefined }));
    expect(flaggedIds(named)).toEqual([]);
  });

  it('staff accounts with the demo password or a well-known one are named', async () => {
    const dataDir = await serverFolder([
      ['admin@lab.example', STRONG],
      ['recepcion@patolab.local', 'patolab-demo'],
      ['tecnico@lab.example', 'admin123'],
    ]);
    const report = await runDoctor(safeConfig({ dataDir }));
    expect(flaggedIds(report)).toEqual(['staff-passwords']);
    const check = byId(report)['staff-passwords']!;
    expect(check.problem).toContain('recepcion@patolab.local, tecnico@lab.example');
    expect(check.problem).not.toContain('admin@lab.example');
    expect(check.fix).toContain('Cambie esas contraseñas');
  });

  it('a folder without a database has no accounts to flag, and gets none', async () => {
    const dataDir = tempDataDir('vacia-');
    const report = await runDoctor(safeConfig({ dataDir }));
    expect(flaggedIds(report)).toEqual([]);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('a PostgreSQL on another machine without a password, or with a known one, is flagged', () => {
    const known = checkDatabaseUrl('postgres://postgres:postgres@db.lab.example:5432/patolab');
    expect(known.ok).toBe(false);
    expect(known.problem).toContain('con una contraseña conocida');
    expect(known.problem).toContain('postgres://postgres:***@db.lab.example:5432/patolab');
    expect(known.fix).toContain('pg_hba.conf');
    expect(checkDatabaseUrl('postgres://patolab:password@10.0.0.9/patolab').ok).toBe(false);
    const none = checkDatabaseUrl('postgres://patolab@db.lab.example/patolab');
    expect(none.problem).toContain('sin contraseña');

    expect(checkDatabaseUrl('postgres://patolab:Xk3-larga-aleatoria@db.lab.example/p').ok).toBe(
      true,
    );
    expect(checkDatabaseUrl('postgres://postgres@127.0.0.1:5432/patolab').ok).toBe(true);
    expect(checkDatabaseUrl(undefined).ok).toBe(true);
  });

  it.skipIf(postgresMissing !== null)(
    'on PostgreSQL it reads the staff accounts from the database it is given',
    async () => {
      const database = await createTestDatabaseUrl();
      try {
        const dataDir = await serverFolder([['admin@lab.example', 'patolab-demo']], database.url);
        const report = await runDoctor(safeConfig({ dataDir, databaseUrl: database.url }));
        expect(flaggedIds(report)).toEqual(['staff-passwords']);
        expect(byId(report)['staff-passwords']!.problem).toContain('admin@lab.example');
      } finally {
        await database.drop();
      }
    },
  );

  it('mail unset, or sent without checking the certificate, is flagged', async () => {
    const unset = await runDoctor(safeConfig({ smtp: undefined }));
    expect(flaggedIds(unset)).toEqual(['smtp']);
    expect(byId(unset).smtp!.problem).toContain('quedan en la bandeja de salida');
    expect(byId(unset).smtp!.fix).toContain('--smtp smtp://');

    const unchecked = await runDoctor(
      safeConfig({
        smtp: {
          url: 'smtp://avisos%40lab.example:clave@smtp.lab.example:587?tlsRejectUnauthorized=false',
          source: 'PATOLAB_SMTP_URL',
        },
      }),
    );
    expect(flaggedIds(unchecked)).toEqual(['smtp']);
    expect(byId(unchecked).smtp!.problem).toContain('sin verificar su certificado');

    const broken = await runDoctor(
      safeConfig({
        smtp: { url: 'smtp://u:SecretoMuySecreto@smtp.lab.example', source: '--smtp' },
      }),
    );
    expect(flaggedIds(broken)).toEqual(['smtp']);
    expect(byId(broken).smtp!.problem).toContain('falta la dirección del remitente');
    expect(JSON.stringify(broken)).not.toContain('SecretoMuySecreto');

    // A relay on this same machine needs no TLS; settings saved on the screen count too.
    const relay = await runDoctor(
      safeConfig({
        smtp: { url: 'smtp://127.0.0.1:25?starttls=false&from=lab@lab.example', source: '--smtp' },
      }),
    );
    expect(flaggedIds(relay)).toEqual([]);
  });

  it('mail settings saved on the settings screen count', async () => {
    const dataDir = await serverFolder([]);
    const services = await startServices({
      dataDir,
      role: 'server',
      log: silentLogger,
      env: {},
      mailLoop: false,
    });
    await writeSetting(services.ctx.db, services.ctx.clock, SMTP_SETTINGS_KEY, {
      host: 'smtp.lab.example',
      user: 'avisos@lab.example',
      password: 'una-clave-larga',
      fromAddress: 'avisos@lab.example',
    });
    await services.close();
    expect(flaggedIds(await runDoctor(safeConfig({ dataDir, smtp: undefined })))).toEqual([]);
  });

  it('mail that the mail server keeps refusing is flagged with its last error', async () => {
    const dataDir = await serverFolder([]);
    const services = await startServices({
      dataDir,
      role: 'server',
      log: silentLogger,
      env: {},
      mailLoop: false,
    });
    await writeTransaction(services.ctx.db, (tx) =>
      enqueueMail(tx, services.ctx.clock, {
        eventKey: 'auth.verify:prueba',
        to: 'vet@clinica.example',
        subject: 'Confirme su correo electrónico',
        text: 'texto',
      }),
    );
    await services.ctx.db
      .updateTable('mail_outbox')
      .set({ attempts: 3, last_error: 'El certificado del servidor de correo no es de confianza' })
      .execute();
    await services.close();

    const report = await runDoctor(safeConfig({ dataDir }));
    expect(flaggedIds(report)).toEqual(['mail-delivery']);
    expect(byId(report)['mail-delivery']!.problem).toContain('no es de confianza');
    expect(byId(report)['mail-delivery']!.fix).toContain('NODE_EXTRA_CA_CERTS');
  });

  it('backups off, empty or over 26 hours old are flagged, with how to make them', async () => {
    const unset = checkBackups(safeConfig({ env: {} }));
    expect(unset.ok).toBe(false);
    expect(unset.problem).toContain('PATOLAB_BACKUP_DIR no está definida');
    expect(unset.fix).toContain(`sqlite3 ${path.join(safeDataDir, 'patolab.sqlite')} ".backup`);

    const old = checkBackups(safeConfig({ env: { PATOLAB_BACKUP_DIR: backupFolder(30) } }));
    expect(old.ok).toBe(false);
    expect(old.problem).toContain('de hace 30 horas');

    const empty = checkBackups(safeConfig({ env: { PATOLAB_BACKUP_DIR: backupFolder(null) } }));
    expect(empty.problem).toContain('está vacía');

    const missing = checkBackups(safeConfig({ env: { PATOLAB_BACKUP_DIR: '/no/existe/copias' } }));
    expect(missing.problem).toContain('No se puede leer la carpeta de copias /no/existe/copias');

    const onPostgres = checkBackups(
      safeConfig({ env: {}, databaseUrl: 'postgres://postgres@127.0.0.1:5432/patolab' }),
    );
    expect(onPostgres.fix).toContain('pg_dump --format=custom');

    expect(checkBackups(safeConfig({ env: { PATOLAB_BACKUP_DIR: backupFolder(25) } })).ok).toBe(
      true,
    );
  });

  it('debug or trace logging is flagged', async () => {
    for (const level of ['debug', 'trace']) {
      const report = await runDoctor(
        safeConfig({ env: { PATOLAB_BACKUP_DIR: backupFolder(1), PATOLAB_LOG_LEVEL: level } }),
      );
      expect(flaggedIds(report)).toEqual(['logging']);
      expect(byId(report).logging!.fix).toContain('info');
    }
  });
});

describe('patolab doctor on the command line', () => {
  let occupied: net.Server;
  let port: number;

  beforeAll(async () => {
    // A port already taken: the doctor must not try to listen on it.
    occupied = net.createServer();
    await new Promise<void>((resolve) => occupied.listen(0, '127.0.0.1', resolve));
    port = (occupied.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => occupied.close(() => resolve())));

  it('is listed in the help and explains itself', async () => {
    const all = await runCli(['--help']);
    expect(all.stdout).toContain('doctor');
    const help = await runCli(['doctor', '--help']);
    expect(help.code).toBe(0);
    for (const option of ['--json', '--smtp', '--public-url', '--cert', 'PATOLAB_BACKUP_DIR']) {
      expect(help.stdout).toContain(option);
    }
  });

  it('a safe deployment exits 0; it neither listens nor talks to the mail server', async () => {
    const smtp = await startTestSmtpServer({ mode: 'starttls', dir: tempDataDir('smtp-') });
    try {
      const run = await runCli(
        [
          'doctor',
          '--data',
          safeDataDir,
          '--host',
          '127.0.0.1',
          '--port',
          String(port),
          '--cert',
          tls.cert,
          '--key',
          tls.key,
          '--smtp',
          `smtp://avisos%40lab.example:una-clave-larga@127.0.0.1:${smtp.port}`,
        ],
        { env: { PATOLAB_BACKUP_DIR: backupFolder(0), PATOLAB_LOG_LEVEL: '' } },
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('No se encontraron problemas.');
      expect(run.stdout).not.toContain('una-clave-larga');
      expect(smtp.connections).toBe(0);
    } finally {
      await smtp.close();
    }
  });

  it('an unsafe deployment exits 1 and says, as JSON, what to fix', async () => {
    const dataDir = await serverFolder([['admin@patolab.local', 'patolab-demo']]);
    const run = await runCli(
      ['doctor', '--data', dataDir, '--host', '0.0.0.0', '--port', String(port), '--json'],
      {
        env: {
          PATOLAB_PUBLIC_URL: 'http://patolab.lab.example',
          PATOLAB_SMTP_URL: '',
          PATOLAB_BACKUP_DIR: '',
          PATOLAB_LOG_LEVEL: 'debug',
          DATABASE_URL: '',
        },
      },
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as DoctorReport;
    expect(report.ok).toBe(false);
    expect(flaggedIds(report)).toEqual([
      'https',
      'cookies',
      'staff-passwords',
      'smtp',
      'backups',
      'logging',
    ]);
    for (const check of report.checks.filter((c) => !c.ok)) {
      expect(check.problem).toEqual(expect.any(String));
      expect(check.fix).toEqual(expect.any(String));
    }

    const text = await runCli(['doctor', '--data', dataDir, '--host', '0.0.0.0'], {
      env: { PATOLAB_SMTP_URL: '', PATOLAB_BACKUP_DIR: '', DATABASE_URL: '' },
    });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('MAL    Cifrado (HTTPS)');
    expect(text.stdout).toContain('Qué hacer: Inicie el servidor con --cert ARCHIVO');
    expect(text.stdout).toMatch(/\d problemas por corregir\./);
  });

  it('refuses a public address with a path, as the server does', async () => {
    const run = await runCli(['doctor', '--public-url', 'https://patolab.lab.example/portal']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^--public-url lleva solo el esquema, el nombre/);
  });
});
