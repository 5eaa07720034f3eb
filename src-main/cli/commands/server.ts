// `patolab server`: the lab's central server, and the commands an IT person
// uses on it to enrol, list and revoke workstations. The database is
// PostgreSQL (--db or DATABASE_URL) or, for a one-box install, the SQLite file
// in the data folder. A password in a URL (database, mail server) is never printed.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from './index';
import {
  callAsOperator,
  printJson,
  RefusedError,
  serverDatabaseUrl,
  UsageError,
  withServerServices,
} from '../run';
import { startServices, type Services } from '../../services';
import {
  describeSmtp,
  loadSmtpSettings,
  SMTP_URL_VARIABLE,
  SmtpSettingsError,
  smtpSettingsFromUrl,
} from '../../mail/smtp-settings';
import { resolveDataDir } from '../../data-dir';
import { DATABASE_FILE } from '../../db/open';
import { describeUrl } from '../../db/open-url';
import { DEFAULT_SERVER_PORT, startCentralServer } from '../../server/central';
import {
  loadTls,
  parsePublicHosts,
  parseTrustProxy,
  ServerOptionError,
} from '../../server/options';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const DB_HELP =
  'La base de datos es la de --db postgres://usuario:clave@servidor:5432/base (o la variable\n' +
  'DATABASE_URL); sin ninguna de las dos, el archivo SQLite de la carpeta de datos.';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/i;

export const PUBLIC_URL_VARIABLE = 'PATOLAB_PUBLIC_URL';

export interface ServerFlags {
  port: number;
  host: string;
  tls?: { cert: string; key: string };
  trustProxy: boolean | string[];
  publicHosts: string[];
  /** Where people reach the portal (--public-url or PATOLAB_PUBLIC_URL), if told. */
  publicUrl?: string;
  /** The mail server's URL and where it was given (--smtp or PATOLAB_SMTP_URL), if given. */
  smtp?: { url: string; source: string };
}

/** `--public-url`: http(s), a name and maybe a port, nothing after the `/`. */
export function parsePublicUrl(text: string, source: string): string {
  const example = 'por ejemplo https://patolab.fcv.unl.edu.ar';
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new UsageError(`${source} no es una dirección válida (${example}).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`${source} debe empezar con https:// (o http://), ${example}.`);
  }
  if (url.username || url.password) {
    throw new UsageError(`${source} no lleva usuario ni contraseña (${example}).`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new UsageError(
      `${source} lleva solo el esquema, el nombre y, si hace falta, el puerto, sin ruta ` +
        `(${example}); el portal queda en /portal/ de esa dirección.`,
    );
  }
  return url.origin;
}

/**
 * The server's options shared with `patolab doctor`. The doctor reports a certificate that
 * does not load instead of refusing to run, so it asks not to check the files here.
 */
export function readServerFlags(
  values: Record<string, unknown>,
  env: NodeJS.ProcessEnv = process.env,
  options: { checkCertificate: boolean } = { checkCertificate: true },
): ServerFlags {
  const flags = readFlags(values, options.checkCertificate);
  const publicUrlFlag = values['public-url'] as string | undefined;
  const publicUrlEnv = env[PUBLIC_URL_VARIABLE]?.trim() || undefined;
  if (publicUrlFlag !== undefined) {
    flags.publicUrl = parsePublicUrl(publicUrlFlag, '--public-url');
  } else if (publicUrlEnv !== undefined) {
    flags.publicUrl = parsePublicUrl(publicUrlEnv, PUBLIC_URL_VARIABLE);
  }
  const smtpFlag = values.smtp as string | undefined;
  const smtpEnv = env[SMTP_URL_VARIABLE]?.trim() || undefined;
  if (smtpFlag !== undefined) flags.smtp = { url: smtpFlag, source: '--smtp' };
  else if (smtpEnv !== undefined) flags.smtp = { url: smtpEnv, source: SMTP_URL_VARIABLE };
  return flags;
}

/** The address the server is reached at when not told: its own, with a usable name. */
export function defaultPublicUrl(flags: ServerFlags, listeningUrl: string): string {
  const url = new URL(listeningUrl);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === '0.0.0.0' || host === '::') {
    const name = flags.publicHosts.find((h) => !h.includes(':')) ?? '127.0.0.1';
    url.hostname = name;
  }
  return url.origin;
}

function readFlags(values: Record<string, unknown>, checkCertificate: boolean): ServerFlags {
  const port = values.port === undefined ? DEFAULT_SERVER_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError('--port debe ser un número de puerto (0 a 65535).');
  }
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  const cert = values.cert as string | undefined;
  const key = values.key as string | undefined;
  if ((cert === undefined) !== (key === undefined)) {
    throw new UsageError(
      '--cert y --key van juntos: el certificado (PEM) y su clave privada. ' +
        'Sin ninguno de los dos el servidor usa HTTP sin cifrar.',
    );
  }

  try {
    if (checkCertificate && cert !== undefined && key !== undefined) loadTls(cert, key);
    return {
      port,
      host,
      tls: cert !== undefined && key !== undefined ? { cert, key } : undefined,
      trustProxy: parseTrustProxy(values['trust-proxy'] as string | undefined),
      publicHosts: parsePublicHosts((values['public-host'] as string[] | undefined) ?? []),
    };
  } catch (error) {
    if (error instanceof ServerOptionError) throw new UsageError(error.message);
    throw error;
  }
}

/** A failure to listen, as a message an IT person can act on. */
export function listenProblem(error: unknown, flags: { host: string; port: number }): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${flags.host}:${flags.port}`;
  if (code === 'EADDRINUSE') {
    return new RefusedError(
      `El puerto ${where} ya está en uso (¿otro servidor de Patolab?). Elija otro con --port.`,
      'UNAVAILABLE',
    );
  }
  if (code === 'EACCES') {
    return new RefusedError(
      `Este usuario no puede escuchar en ${where}: los puertos menores que 1024 piden ` +
        `permisos de administrador. Use un puerto alto o un proxy inverso.`,
      'UNAVAILABLE',
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new RefusedError(
      `Esta máquina no tiene la dirección ${flags.host}: revise --host.`,
      'UNAVAILABLE',
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

export const serverCommand: Command = {
  summary: 'inicia el servidor central del laboratorio (sincronización y navegador)',
  usage:
    '[--db URL] [--port P] [--host H] [--cert ARCHIVO --key ARCHIVO] [--trust-proxy X] ' +
    '[--public-host NOMBRE] [--public-url URL] [--smtp URL]',
  help:
    'Inicia el servidor central: los puestos de trabajo sincronizan con él y la aplicación se\n' +
    'abre en un navegador. Imprime su dirección y sigue hasta Ctrl+C.\n\n' +
    `${DB_HELP}\n\n` +
    'Opciones:\n' +
    '  --host H              dirección donde escucha; 127.0.0.1 por omisión (solo este equipo).\n' +
    '                        0.0.0.0 escucha en todas las interfaces: entonces hace falta HTTPS\n' +
    '                        (--cert y --key) o un proxy inverso con HTTPS (--trust-proxy).\n' +
    `  --port P              puerto; ${DEFAULT_SERVER_PORT} por omisión\n` +
    '  --cert ARCHIVO        certificado TLS en formato PEM (con los intermedios): sirve HTTPS\n' +
    '  --key ARCHIVO         clave privada de ese certificado, PEM sin contraseña\n' +
    '  --trust-proxy X       detrás de un proxy inverso: cree sus cabeceras X-Forwarded-*.\n' +
    '                        "true" (cualquier proxy) o sus direcciones y rangos separados por\n' +
    '                        comas (10.0.0.5,10.1.0.0/16)\n' +
    '  --public-host NOMBRE  nombre o dirección con que los equipos llegan al servidor\n' +
    '                        (repetible, o separados por comas). Se rechaza cualquier otro\n' +
    '                        nombre, así una página ajena no puede hablarle.\n' +
    '  --public-url URL      dirección con que los veterinarios llegan al portal, para los\n' +
    '                        enlaces del correo (https://patolab.lab.ar, sin ruta; o la\n' +
    `                        variable ${PUBLIC_URL_VARIABLE}). Por omisión, la del servidor.\n` +
    '  --smtp URL            servidor de correo saliente: smtp://usuario:clave@servidor:587\n' +
    '                        (STARTTLS obligatorio) o smtps://...:465 (TLS directo); el\n' +
    '                        remitente es el usuario si es una dirección, o ?from=dirección.\n' +
    '                        Firma DKIM: &dkimDomain=lab.ar&dkimSelector=patolab\n' +
    '                        &dkimKeyFile=/etc/patolab/dkim.pem (la clave privada, PEM).\n' +
    `                        Reemplaza a ${SMTP_URL_VARIABLE} y a lo cargado en Ajustes. La\n` +
    '                        contraseña nunca se muestra, pero otros usuarios del equipo ven\n' +
    `                        la orden (ps): en un servicio, prefiera ${SMTP_URL_VARIABLE}.\n\n` +
    'Ejemplos:\n' +
    '  patolab server --data /srv/patolab\n' +
    '  patolab server --db postgres://patolab:CLAVE@127.0.0.1:5432/patolab --host 0.0.0.0 \\\n' +
    '    --cert /etc/patolab/cert.pem --key /etc/patolab/key.pem \\\n' +
    '    --public-host patolab.lab.ar --public-url https://patolab.lab.ar \\\n' +
    '    --smtp smtp://avisos%40lab.ar:CLAVE@smtp.lab.ar:587\n\n' +
    'Antes de abrirlo a la red: patolab doctor, con las mismas opciones.\n' +
    'Para los puestos: patolab server enroll-code, patolab server devices y\n' +
    'patolab server revoke.',
  options: {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    cert: { type: 'string' },
    key: { type: 'string' },
    'trust-proxy': { type: 'string' },
    'public-host': { type: 'string', multiple: true },
    'public-url': { type: 'string' },
    smtp: { type: 'string' },
  },
  async run(values, positionals) {
    if (positionals.length > 0) {
      throw new UsageError(
        `«${positionals[0]}» no es un subcomando de server: use enroll-code, devices o revoke.`,
      );
    }
    const flags = readServerFlags(values);
    const smtp = checkSmtp(flags.smtp);
    const databaseUrl = serverDatabaseUrl(values.db as string | undefined);
    const dataDir = resolveDataDir(values.data as string | undefined);
    const database = databaseUrl ? describeUrl(databaseUrl) : path.join(dataDir, DATABASE_FILE);

    // Listen for Ctrl+C before anything is said on screen: a signal that arrives
    // with no handler yet would end the process without closing the database.
    const stopped = new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });

    let services: Services;
    try {
      // The mail sender reads the server from the environment; --smtp takes its place there.
      const env = flags.smtp ? { ...process.env, [SMTP_URL_VARIABLE]: flags.smtp.url } : undefined;
      services = await startServices({
        dataDir,
        role: 'server',
        databaseUrl,
        env,
        publicUrl: flags.publicUrl,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new RefusedError(
        `No se pudo abrir la base de datos ${database}: ${reason}`,
        'UNAVAILABLE',
      );
    }

    let server;
    try {
      server = await startCentralServer({
        services,
        ...flags,
        staticDir: path.join(repoRoot, 'dist-renderer'),
      });
    } catch (error) {
      await services.close();
      throw listenProblem(error, flags);
    }

    if (!flags.publicUrl) services.ctx.publicUrl = defaultPublicUrl(flags, server.url);
    process.stdout.write(
      `Servidor central de Patolab en ${server.url}\n` +
        `Base de datos: ${database}\n` +
        `Dirección pública (enlaces del correo): ${services.ctx.publicUrl}\n` +
        `Correo saliente: ${await mailDescription(services, smtp)}\n` +
        `Carpeta de datos: ${dataDir}\n`,
    );
    if (!flags.tls && !flags.trustProxy && !LOOPBACK.test(flags.host)) {
      process.stderr.write(
        `Aviso: el servidor atiende en ${flags.host} por HTTP sin cifrar; las contraseñas ` +
          `viajan a la vista. Use --cert y --key, o un proxy con HTTPS y --trust-proxy.\n`,
      );
    }

    await stopped;
    try {
      await server.close();
    } finally {
      await services.close();
    }
  },
};

/** The mail server given on the command line or in the environment, checked before start. */
function checkSmtp(given: ServerFlags['smtp']): string | null {
  if (!given) return null;
  try {
    return describeSmtp(smtpSettingsFromUrl(given.url, given.source));
  } catch (error) {
    if (!(error instanceof SmtpSettingsError)) throw error;
    if (given.source === '--smtp') throw new UsageError(error.message);
    throw new RefusedError(error.message, 'VALIDATION');
  }
}

async function mailDescription(services: Services, given: string | null): Promise<string> {
  if (given) return given;
  try {
    const saved = await loadSmtpSettings(services.ctx.db, {});
    if (saved) return `${describeSmtp(saved)} (de Ajustes)`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'sin configurar: los avisos esperan en la bandeja de salida (use --smtp)';
}

export const serverEnrollCodeCommand: Command = {
  summary: 'crea un código de alta para conectar un puesto de trabajo al servidor',
  usage: '--name NOMBRE [--db URL]',
  help:
    'Crea un código de un solo uso para dar de alta el puesto NOMBRE (por ejemplo\n' +
    '"Recepción 2") y lo imprime con su vencimiento: {"code", "expiresAt", "name"}.\n' +
    'En el puesto: patolab sync enroll --server URL --code CÓDIGO.\n\n' +
    DB_HELP,
  options: {
    name: { type: 'string' },
    db: { type: 'string' },
  },
  async run(values) {
    const name = (values.name as string | undefined)?.trim();
    if (!name) throw new UsageError('Indique el nombre del puesto con --name.');
    await withServerServices(
      values.data as string | undefined,
      values.db as string | undefined,
      async (services) => {
        const created = (await callAsOperator(services, 'devices.createEnrolmentCode', {
          name,
        })) as { code: string; expiresAt: string };
        printJson({ code: created.code, expiresAt: created.expiresAt, name });
      },
    );
  },
};

export const serverDevicesCommand: Command = {
  summary: 'lista los puestos de trabajo dados de alta en el servidor',
  usage: '[--db URL]',
  help:
    'Imprime cada puesto con su número, su última sincronización, su dirección, la\n' +
    'diferencia de su reloj y si fue revocado.\n\n' +
    DB_HELP,
  options: {
    db: { type: 'string' },
  },
  async run(values) {
    await withServerServices(
      values.data as string | undefined,
      values.db as string | undefined,
      async (services) => printJson(await callAsOperator(services, 'devices.list', {})),
    );
  },
};

export const serverRevokeCommand: Command = {
  summary: 'revoca un puesto de trabajo: el servidor deja de atenderlo',
  usage: 'ID_DEL_PUESTO [--db URL]',
  help:
    'Desde ese momento el servidor rechaza al puesto (el id figura en patolab server\n' +
    'devices). Lo que no haya sincronizado queda solo en ese equipo; para volver a\n' +
    'conectarlo hace falta un código de alta nuevo.\n\n' +
    DB_HELP,
  options: {
    db: { type: 'string' },
  },
  async run(values, positionals) {
    const [id, extra] = positionals;
    if (!id || extra !== undefined) {
      throw new UsageError('Indique un solo puesto: su id, tal como lo muestra server devices.');
    }
    await withServerServices(
      values.data as string | undefined,
      values.db as string | undefined,
      async (services) => printJson(await callAsOperator(services, 'devices.revoke', { id })),
    );
  },
};
