// `patolab doctor`: the central server's settings read the way a deployment review reads
// them, each problem with its fix in Spanish. It only reads: it opens the database without
// migrating it, never listens on a port, never talks to the mail server and sends nothing.

import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from '../db/schema';
import { DATABASE_FILE } from '../db/open';
import { describeUrl, isPostgresUrl } from '../db/open-url';
import { verifyPassword } from '../accounts/passwords';
import { DEMO_PASSWORD } from '../demo/seed';
import {
  isLoopback,
  loadSmtpSettings,
  smtpSettingsFromUrl,
  SMTP_URL_VARIABLE,
  SmtpSettingsError,
  type SmtpSettings,
} from '../mail/smtp-settings';
import { loadTls } from './options';

export interface DoctorConfig {
  host: string;
  port: number;
  tls?: { cert: string; key: string };
  trustProxy: boolean | string[];
  publicHosts: string[];
  /** As given (--public-url or PATOLAB_PUBLIC_URL); the server's own address otherwise. */
  publicUrl?: string;
  smtp?: { url: string; source: string };
  /** A postgres:// URL, or undefined for the SQLite file in the data folder. */
  databaseUrl?: string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  now?: Date;
}

export interface DoctorCheck {
  id: string;
  ok: boolean;
  problem: string | null;
  fix: string | null;
}

export interface DoctorReport {
  ok: boolean;
  checks: DoctorCheck[];
}

export const BACKUP_DIR_VARIABLE = 'PATOLAB_BACKUP_DIR';
const BACKUP_MAX_AGE_MS = 26 * 60 * 60_000;

/** Passwords an attacker tries first: the demonstration's, and the usual ones. */
export const WELL_KNOWN_PASSWORDS = [
  DEMO_PASSWORD,
  'patolab',
  'patolab123',
  'admin',
  'admin123',
  'administrador',
  'password',
  'contraseña',
  'changeme',
  'cambiar123',
  '123456',
  '1234567890',
];

const WEAK_DATABASE_PASSWORDS = new Set([
  'postgres',
  'password',
  'patolab',
  'admin',
  'root',
  'secret',
  'changeme',
  '123456',
]);

const passed = (id: string): DoctorCheck => ({ id, ok: true, problem: null, fix: null });
const flagged = (id: string, problem: string, fix: string): DoctorCheck => ({
  id,
  ok: false,
  problem,
  fix,
});

function loopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || (net.isIPv4(bare) && bare.startsWith('127.'));
}

/** The address mail links will carry, as `patolab server` would choose it. */
export function effectivePublicUrl(config: DoctorConfig): string {
  if (config.publicUrl) return config.publicUrl;
  const wildcard = config.host === '0.0.0.0' || config.host === '::';
  const name = wildcard
    ? (config.publicHosts.find((h) => !h.includes(':')) ?? '127.0.0.1')
    : config.host;
  const host = name.includes(':') ? `[${name}]` : name;
  return `${config.tls ? 'https' : 'http'}://${host}:${config.port}`;
}

export function checkHttps(config: DoctorConfig): DoctorCheck {
  if (config.tls) {
    try {
      loadTls(config.tls.cert, config.tls.key);
      return passed('https');
    } catch (error) {
      return flagged(
        'https',
        `El certificado no sirve: ${(error as Error).message}`,
        'Indique con --cert el certificado PEM (con sus intermedios) y con --key su clave ' +
          'privada sin contraseña, del mismo par.',
      );
    }
  }
  if (loopbackHost(config.host)) return passed('https');
  // Behind a proxy, a server that listens on every address can still be reached
  // around the proxy, in clear.
  if (config.trustProxy !== false) {
    return flagged(
      'https',
      `El servidor atiende en ${config.host} por HTTP sin cifrar: detrás del proxy, otros ` +
        `equipos de la red pueden llegarle directamente, sin HTTPS.`,
      'Con un proxy inverso, inicie el servidor con --host 127.0.0.1 (el proxy en el mismo ' +
        'equipo), o dele su propio certificado con --cert y --key.',
    );
  }
  return flagged(
    'https',
    `El servidor atiende en ${config.host} por HTTP sin cifrar: contraseñas, sesiones e ` +
      `informes viajan a la vista por la red.`,
    'Inicie el servidor con --cert ARCHIVO --key ARCHIVO (certificado PEM), o déjelo en ' +
      '127.0.0.1 detrás de un proxy inverso con HTTPS y dígale cuál es con --trust-proxy.',
  );
}

export function checkCookies(config: DoctorConfig): DoctorCheck {
  const url = new URL(effectivePublicUrl(config));
  const fix =
    'Publique el portal por HTTPS y dígalo con --public-url https://NOMBRE (o ' +
    'PATOLAB_PUBLIC_URL), con --cert y --key o con un proxy con HTTPS y --trust-proxy.';
  if (url.protocol === 'http:' && !loopbackHost(url.hostname)) {
    return flagged(
      'cookies',
      `La dirección pública ${url.origin} es http://: desde otros equipos la cookie de ` +
        `sesión viaja sin el atributo Secure y cualquiera en la red puede copiarla.`,
      fix,
    );
  }
  // The cookie is Secure only on a request that came over HTTPS (or a trusted proxy's).
  if (!config.tls && config.trustProxy === false && !loopbackHost(config.host)) {
    return flagged(
      'cookies',
      `Desde otros equipos se entra por http://${config.host}:${config.port}: la cookie de ` +
        `sesión viaja sin el atributo Secure y cualquiera en la red puede copiarla.`,
      fix,
    );
  }
  return passed('cookies');
}

export function checkPublicUrl(config: DoctorConfig): DoctorCheck {
  const url = new URL(effectivePublicUrl(config));
  if (loopbackHost(config.host) || !loopbackHost(url.hostname)) return passed('public-url');
  return flagged(
    'public-url',
    `Los enlaces del correo apuntan a ${url.origin}, una dirección de este mismo equipo: ` +
      `los veterinarios no pueden abrirlos.`,
    'Indique con --public-url (o PATOLAB_PUBLIC_URL) la dirección con que se llega al ' +
      'portal desde afuera, por ejemplo https://patolab.fcv.unl.edu.ar.',
  );
}

export function checkDatabaseUrl(databaseUrl: string | undefined): DoctorCheck {
  if (!isPostgresUrl(databaseUrl)) return passed('database-password');
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return flagged(
      'database-password',
      'La dirección de la base PostgreSQL no se puede leer.',
      'Escríbala como postgres://usuario:clave@servidor:5432/base en --db o DATABASE_URL.',
    );
  }
  // Without a host the connection goes through this machine's socket.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === '' || loopbackHost(host)) return passed('database-password');
  const password = decodeURIComponent(url.password);
  if (password !== '' && !WEAK_DATABASE_PASSWORDS.has(password.toLowerCase())) {
    return passed('database-password');
  }
  return flagged(
    'database-password',
    `La base PostgreSQL está en otro equipo (${describeUrl(databaseUrl)}) y se entra ` +
      (password === '' ? 'sin contraseña.' : 'con una contraseña conocida.'),
    'Cree un usuario propio para Patolab con una contraseña larga y aleatoria (ALTER ROLE ' +
      '... PASSWORD), póngala en --db o DATABASE_URL, y en pg_hba.conf admita solo la ' +
      'dirección de este servidor, con scram-sha-256.',
  );
}

export function checkLogging(env: NodeJS.ProcessEnv): DoctorCheck {
  const level = env.PATOLAB_LOG_LEVEL?.trim().toLowerCase();
  if (level !== 'debug' && level !== 'trace') return passed('logging');
  return flagged(
    'logging',
    `El registro está en nivel ${level} (PATOLAB_LOG_LEVEL): escribe cada detalle, llena ` +
      `el disco y guarda más de lo necesario.`,
    'Quite PATOLAB_LOG_LEVEL o póngalo en info; use debug solo mientras diagnostica.',
  );
}

function newestFileMs(dir: string): number | null {
  let newest: number | null = null;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const ms = fs.statSync(path.join(dir, entry.name)).mtimeMs;
    if (newest === null || ms > newest) newest = ms;
  }
  return newest;
}

export function checkBackups(config: DoctorConfig): DoctorCheck {
  const dir = config.env[BACKUP_DIR_VARIABLE]?.trim();
  const command = isPostgresUrl(config.databaseUrl)
    ? `pg_dump --format=custom --file "$${BACKUP_DIR_VARIABLE}/patolab-$(date +\\%F).dump" ` +
      `"$DATABASE_URL"`
    : `sqlite3 ${path.join(config.dataDir, DATABASE_FILE)} ` +
      `".backup '$${BACKUP_DIR_VARIABLE}/patolab-$(date +\\%F).sqlite'"`;
  const howTo =
    `Patolab todavía no tiene una orden de copia: prográmela una vez por día (cron o un ` +
    `temporizador de systemd) en esa carpeta, en otro disco o equipo. Línea lista para ` +
    `crontab (allí % se escribe \\%): ${command}`;

  if (!dir) {
    return flagged(
      'backups',
      `No hay copias de seguridad a la vista: ${BACKUP_DIR_VARIABLE} no está definida.`,
      `Defina ${BACKUP_DIR_VARIABLE} con la carpeta de las copias. ${howTo}`,
    );
  }
  let newest: number | null;
  try {
    newest = newestFileMs(dir);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return flagged(
      'backups',
      `No se puede leer la carpeta de copias ${dir} (${reason}).`,
      `Cree la carpeta o corrija ${BACKUP_DIR_VARIABLE}. ${howTo}`,
    );
  }
  const now = (config.now ?? new Date()).getTime();
  if (newest !== null && now - newest <= BACKUP_MAX_AGE_MS) return passed('backups');
  const age =
    newest === null
      ? 'está vacía'
      : `tiene su copia más nueva de hace ${Math.floor((now - newest) / 3_600_000)} horas`;
  return flagged(
    'backups',
    `La carpeta de copias ${dir} ${age}: no hay copia de las últimas 26 horas.`,
    howTo,
  );
}

function checkSmtpSettings(settings: SmtpSettings | null): DoctorCheck {
  if (!settings) {
    return flagged(
      'smtp',
      'No hay servidor de correo: los avisos a los veterinarios (recepción, rechazo, ' +
        'informe) quedan en la bandeja de salida sin enviarse.',
      'Indique el servidor con --smtp smtp://usuario:clave@servidor:587 (STARTTLS) o ' +
        `${SMTP_URL_VARIABLE}, o cárguelo en Impresión y correo.`,
    );
  }
  const remote = !isLoopback(settings.host);
  if (remote && !settings.secure && !settings.requireStartTls) {
    return flagged(
      'smtp',
      `El correo va a ${settings.host} sin cifrar: la contraseña y los avisos viajan a la vista.`,
      'Use smtp:// en el puerto 587 con STARTTLS (sin starttls=false) o smtps:// en el 465.',
    );
  }
  if (remote && !settings.tlsRejectUnauthorized) {
    return flagged(
      'smtp',
      `El correo va a ${settings.host} sin verificar su certificado: otro equipo podría ` +
        `hacerse pasar por él y quedarse con la contraseña.`,
      'Quite tlsRejectUnauthorized=false; si el certificado del servidor es propio de la ' +
        'institución, instale su autoridad en este equipo (NODE_EXTRA_CA_CERTS).',
    );
  }
  return passed('smtp');
}

// A mail server that is set but refuses (a certificate not trusted, a wrong
// password) shows only here and in the log: the vets simply get nothing.
async function checkOutbox(db: Kysely<Database> | null): Promise<DoctorCheck> {
  if (!db) return passed('mail-delivery');
  const stuck = await db
    .selectFrom('mail_outbox')
    .select(['status', 'last_error'])
    .where((eb) =>
      eb.or([
        eb('status', '=', 'failed'),
        eb.and([eb('status', '=', 'pending'), eb('last_error', 'is not', null)]),
      ]),
    )
    .orderBy('next_attempt_at', 'desc')
    .execute();
  if (stuck.length === 0) return passed('mail-delivery');
  return flagged(
    'mail-delivery',
    `${stuck.length} correos no salen; el último error: ${stuck[0]!.last_error ?? 'sin detalle'}`,
    'Corrija lo que dice el error (si el certificado del servidor de correo es de la ' +
      'institución, indique su autoridad con NODE_EXTRA_CA_CERTS=archivo.pem al iniciar el ' +
      'servidor) y reintente los correos desde la Bandeja.',
  );
}

type ReadOnlyDatabase = { db: Kysely<Database>; close(): Promise<void> } | null;

/** The database as it is, without creating or migrating anything; null if there is none yet. */
async function openForReading(config: DoctorConfig): Promise<ReadOnlyDatabase> {
  if (isPostgresUrl(config.databaseUrl)) {
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: 1,
      connectionTimeoutMillis: 5_000,
    });
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, close: () => db.destroy() };
  }
  const file = path.join(config.dataDir, DATABASE_FILE);
  if (!fs.existsSync(file)) return null;
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, close: () => db.destroy() };
}

async function checkStaffPasswords(db: Kysely<Database> | null): Promise<DoctorCheck> {
  if (!db) return passed('staff-passwords');
  const users = await db
    .selectFrom('users')
    .select(['email', 'password_hash'])
    .where('active', '=', 1)
    .orderBy('email')
    .execute();
  const guessable: string[] = [];
  for (const user of users) {
    const hits = await Promise.all(
      WELL_KNOWN_PASSWORDS.map((password) => verifyPassword(user.password_hash, password)),
    );
    if (hits.some(Boolean)) guessable.push(user.email);
  }
  if (guessable.length === 0) return passed('staff-passwords');
  return flagged(
    'staff-passwords',
    `Cuentas del personal con una contraseña conocida (la de demostración u otra de las ` +
      `primeras que se prueban): ${guessable.join(', ')}.`,
    'Cambie esas contraseñas antes de abrir el servidor a la red (Usuarios, como ' +
      'administrador), o desactive las cuentas de demostración.',
  );
}

async function smtpFromConfig(
  config: DoctorConfig,
  db: Kysely<Database> | null,
): Promise<SmtpSettings | null> {
  if (config.smtp) return smtpSettingsFromUrl(config.smtp.url, config.smtp.source);
  if (!db) return null;
  return loadSmtpSettings(db, {});
}

function unreadable(id: string, error: unknown, database: string): DoctorCheck {
  return flagged(
    id,
    `No se pudo leer la base de datos ${database} para revisarlo: ${(error as Error).message}`,
    'Revise --db o DATABASE_URL (o --data), y que la base esté en marcha y accesible.',
  );
}

export async function runDoctor(config: DoctorConfig): Promise<DoctorReport> {
  const database = isPostgresUrl(config.databaseUrl)
    ? describeUrl(config.databaseUrl)
    : path.join(config.dataDir, DATABASE_FILE);
  const checks: DoctorCheck[] = [
    checkHttps(config),
    checkCookies(config),
    checkPublicUrl(config),
    checkDatabaseUrl(config.databaseUrl),
  ];

  let opened: ReadOnlyDatabase = null;
  let openError: unknown = null;
  try {
    opened = await openForReading(config);
  } catch (error) {
    openError = error;
  }
  try {
    try {
      if (openError) throw openError;
      checks.push(await checkStaffPasswords(opened?.db ?? null));
      checks.push(await checkOutbox(opened?.db ?? null));
    } catch (error) {
      checks.push(unreadable('staff-passwords', error, database));
    }
    try {
      if (openError && !config.smtp) throw openError;
      checks.push(checkSmtpSettings(await smtpFromConfig(config, opened?.db ?? null)));
    } catch (error) {
      checks.push(
        error instanceof SmtpSettingsError
          ? flagged(
              'smtp',
              error.message,
              `Corrija ${config.smtp?.source ?? 'el correo en Impresión y correo'}: ` +
                'smtp://usuario:clave@servidor:587?from=laboratorio@dominio.',
            )
          : unreadable('smtp', error, database),
      );
    }
  } finally {
    await opened?.close();
  }

  checks.push(checkBackups(config), checkLogging(config.env));
  return { ok: checks.every((c) => c.ok), checks };
}
