// Where the lab's mail server is written down, and the one shape it must have. The settings
// carry the mail account's password: this file hands it to the sender and to nothing else,
// and describeSmtp is the only form of the settings meant for a screen or a log.

import fs from 'node:fs';
import net from 'node:net';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';

export const SMTP_SETTINGS_KEY = 'mail.smtp';
export const SMTP_URL_VARIABLE = 'PATOLAB_SMTP_URL';
export const DEFAULT_FROM_NAME = 'Laboratorio de Patología Veterinaria';

export class SmtpSettingsError extends Error {
  override name = 'SmtpSettingsError';
}

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  return net.isIPv4(bare) && bare.startsWith('127.');
}

// A form sends an empty field where nothing was typed; it means "none", not "empty".
const blankIsAbsent = (text: z.ZodString) =>
  text.optional().transform((value) => (value ? value : undefined));

const requiredText = (missing: string) => z.string({ error: missing }).trim().min(1, missing);
const yesNo = (field: string) => z.boolean({ error: `${field} debe ser true o false` });

const dkimSchema = z.object({
  domainName: requiredText('falta el dominio DKIM'),
  keySelector: requiredText('falta el selector DKIM'),
  privateKey: z
    .string({ error: 'falta la clave privada DKIM' })
    .refine((key) => key.includes('PRIVATE KEY'), 'la clave privada DKIM no está en formato PEM'),
});

export const smtpSettingsSchema = z
  .object({
    host: requiredText('falta el servidor'),
    port: z
      .number({ error: 'el puerto debe ser un número' })
      .int('el puerto debe ser un número entero')
      .min(1, 'el puerto debe estar entre 1 y 65535')
      .max(65535, 'el puerto debe estar entre 1 y 65535')
      .optional(),
    secure: yesNo('secure').default(false),
    requireStartTls: yesNo('requireStartTls').default(true),
    user: blankIsAbsent(z.string({ error: 'el usuario debe ser texto' }).trim()),
    password: blankIsAbsent(z.string({ error: 'la contraseña debe ser texto' })),
    fromAddress: z
      .string({ error: 'falta la dirección del remitente' })
      .trim()
      .pipe(z.email({ error: 'la dirección del remitente no es válida' })),
    fromName: blankIsAbsent(z.string({ error: 'el nombre del remitente debe ser texto' }).trim()),
    tlsRejectUnauthorized: yesNo('tlsRejectUnauthorized').default(true),
    dkim: dkimSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.password && !s.user) {
      ctx.addIssue({
        code: 'custom',
        path: ['user'],
        message: 'hay contraseña pero falta el usuario',
      });
    }
    if (s.user && !s.password) {
      ctx.addIssue({
        code: 'custom',
        path: ['password'],
        message: 'falta la contraseña del usuario',
      });
    }
    // Without TLS the password and every report travel readable by anyone on the network;
    // that is only acceptable when the relay is on this same machine.
    if (!s.secure && !s.requireStartTls && !isLoopback(s.host)) {
      ctx.addIssue({
        code: 'custom',
        path: ['requireStartTls'],
        message:
          'solo se puede enviar sin STARTTLS a un servidor de correo local ' +
          '(localhost, 127.0.0.1 o ::1)',
      });
    }
  })
  .transform((s) => ({
    ...s,
    port: s.port ?? (s.secure ? 465 : 587),
    fromName: s.fromName ?? DEFAULT_FROM_NAME,
  }));

export type SmtpSettings = z.output<typeof smtpSettingsSchema>;

function validate(input: unknown, source: string): SmtpSettings {
  const parsed = smtpSettingsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const reasons = [...new Set(parsed.error.issues.map((issue) => issue.message))];
  throw new SmtpSettingsError(
    `La configuración del correo en ${source} no es válida: ${reasons.join('; ')}.`,
  );
}

const URL_EXAMPLE = 'smtp://usuario:contraseña@servidor:587?from=laboratorio@dominio';
const DKIM_PARAMETERS = ['dkimDomain', 'dkimSelector', 'dkimKeyFile'];
const URL_PARAMETERS = ['from', 'name', 'starttls', 'tlsRejectUnauthorized', ...DKIM_PARAMETERS];

// DKIM from the URL: the domain, the selector of its DNS record and the private key's file
// (the key itself never goes in a URL that may reach a process list or a shell history).
function dkimFromUrl(url: URL, source: string): unknown {
  const [domainName, keySelector, keyFile] = DKIM_PARAMETERS.map((name) =>
    url.searchParams.get(name),
  );
  if (!domainName && !keySelector && !keyFile) return undefined;
  if (!domainName || !keySelector || !keyFile) {
    throw new SmtpSettingsError(
      `En ${source}, DKIM necesita los tres parámetros: dkimDomain, dkimSelector y dkimKeyFile.`,
    );
  }
  let privateKey: string;
  try {
    privateKey = fs.readFileSync(keyFile, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new SmtpSettingsError(
      `No se puede leer la clave privada DKIM ${keyFile} (${reason}), indicada en ${source}.`,
    );
  }
  return { domainName, keySelector, privateKey };
}

function booleanParameter(url: URL, name: string, source: string): boolean | undefined {
  const value = url.searchParams.get(name);
  if (value === null) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new SmtpSettingsError(`En ${source}, ${name} debe ser true o false (dice "${value}").`);
}

function decodeCredential(value: string, what: string, source: string): string | undefined {
  if (!value) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new SmtpSettingsError(
      `En ${source}, ${what} tiene un carácter mal codificado (use %40 para @, ` +
        `%3A para : y %2F para /).`,
    );
  }
}

function settingsFromUrl(raw: string, source: string): unknown {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The URL holds the password: the message never repeats what was typed.
    throw new SmtpSettingsError(`${source} no es una dirección válida; se espera ${URL_EXAMPLE}.`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new SmtpSettingsError(
      `${source} debe empezar con smtp:// (STARTTLS) o smtps:// (TLS directo).`,
    );
  }
  const unknown = [...url.searchParams.keys()].filter((key) => !URL_PARAMETERS.includes(key));
  if (unknown.length > 0) {
    throw new SmtpSettingsError(
      `${source} tiene parámetros desconocidos: ${unknown.join(', ')} ` +
        `(se admiten ${URL_PARAMETERS.join(', ')}).`,
    );
  }

  const user = decodeCredential(url.username, 'el usuario', source);
  // An institutional relay's login is usually the mailbox itself: it is the sender too,
  // unless ?from= says otherwise.
  const userIsAddress = user !== undefined && z.email().safeParse(user).success;
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : undefined,
    secure: url.protocol === 'smtps:',
    requireStartTls: booleanParameter(url, 'starttls', source),
    user,
    password: decodeCredential(url.password, 'la contraseña', source),
    fromAddress: url.searchParams.get('from') ?? (userIsAddress ? user : undefined),
    fromName: url.searchParams.get('name') ?? undefined,
    tlsRejectUnauthorized: booleanParameter(url, 'tlsRejectUnauthorized', source),
    dkim: dkimFromUrl(url, source),
  };
}

/**
 * The settings an smtp:// or smtps:// URL describes, checked; `source` names where it was
 * written (the variable, or a command-line option) in the messages, which never repeat it.
 */
export function smtpSettingsFromUrl(raw: string, source = SMTP_URL_VARIABLE): SmtpSettings {
  return validate(settingsFromUrl(raw.trim(), source), source);
}

/**
 * The mail server to use, or null when the lab has not configured one (mail then waits in
 * the outbox). The environment variable wins over the settings screen, so a deployment can
 * fix the server without touching the database.
 */
export async function loadSmtpSettings(
  db: Kysely<Database>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SmtpSettings | null> {
  const url = env[SMTP_URL_VARIABLE]?.trim();
  if (url) return smtpSettingsFromUrl(url);

  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', SMTP_SETTINGS_KEY)
    .executeTakeFirst();
  if (!row) return null;

  let value: unknown;
  try {
    value = JSON.parse(row.value);
  } catch {
    throw new SmtpSettingsError(
      `La configuración del correo guardada (${SMTP_SETTINGS_KEY}) está dañada; ` +
        `vuelva a cargarla en Ajustes.`,
    );
  }
  if (value === null) return null;
  return validate(value, `los ajustes (${SMTP_SETTINGS_KEY})`);
}

/** The settings as a person may see them on screen or in the log: never the password. */
export function describeSmtp(settings: SmtpSettings): string {
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  const security = settings.secure
    ? 'TLS directo'
    : settings.requireStartTls
      ? 'STARTTLS obligatorio'
      : 'sin cifrado obligatorio';
  const parts = [
    `${host}:${settings.port}`,
    security,
    settings.user ? `usuario ${settings.user}` : 'sin usuario',
    `remitente ${settings.fromName} <${settings.fromAddress}>`,
  ];
  if (!settings.tlsRejectUnauthorized) parts.push('sin verificar el certificado');
  if (settings.dkim) {
    parts.push(`DKIM ${settings.dkim.keySelector}._domainkey.${settings.dkim.domainName}`);
  }
  return parts.join(', ');
}
