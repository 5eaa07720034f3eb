// Shared plumbing of the one-shot commands: open the data folder, act as the
// workstation's operator, print JSON, and turn refusals into a clear message
// on stderr with a non-zero exit status.

import fs from 'node:fs';
import os from 'node:os';
import { ROLES } from '../../src-shared/contract';
import type { Actor } from '../context';
import { startServices, type Services } from '../services';
import { resolveDataDir } from '../data-dir';
import { isPostgresUrl } from '../db/open-url';

export class UsageError extends Error {}

let operator: Actor | null = null;

export function cliActor(): Actor {
  operator ??= { userId: null, name: `cli:${os.userInfo().username}`, roles: ROLES };
  return operator;
}

/** A count typed on the command line: plain digits only (Number() reads "" as 0, "0x2" as 2). */
export function optionalInt(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value.trim())) {
    throw new UsageError(`--${name} debe ser un número entero de 0 en adelante.`);
  }
  return Number(value);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export async function withServices<T>(
  dataFlag: string | undefined,
  work: (services: Services) => Promise<T>,
): Promise<T> {
  const services = await startServices({ dataDir: resolveDataDir(dataFlag), mailLoop: false });
  try {
    return await work(services);
  } finally {
    await services.close();
  }
}

/** The central server's database: --db, else DATABASE_URL, else SQLite in the data folder. */
export function serverDatabaseUrl(
  dbFlag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const url = dbFlag ?? (env.DATABASE_URL || undefined);
  if (url === undefined || isPostgresUrl(url)) return url;
  // The value itself is not repeated: it may hold a password.
  const source = dbFlag === undefined ? 'DATABASE_URL' : '--db';
  throw new UsageError(
    `${source} debe ser una URL de PostgreSQL: postgres://usuario:clave@servidor:5432/base.`,
  );
}

/** Like withServices, for the central server's database (see serverDatabaseUrl). */
export async function withServerServices<T>(
  dataFlag: string | undefined,
  dbFlag: string | undefined,
  work: (services: Services) => Promise<T>,
): Promise<T> {
  const services = await startServices({
    dataDir: resolveDataDir(dataFlag),
    role: 'server',
    databaseUrl: serverDatabaseUrl(dbFlag),
    mailLoop: false,
  });
  try {
    return await work(services);
  } finally {
    await services.close();
  }
}

/** Calls a contract method as the operator; a refusal becomes an error with its Spanish message. */
export async function callAsOperator(
  services: Services,
  method: string,
  input: unknown,
  actor: Actor = cliActor(),
): Promise<unknown> {
  const outcome = await services.call({ sessionToken: null, actor }, method, input);
  if (!outcome.ok) throw new RefusedError(outcome.error.message, outcome.error.code);
  return outcome.result;
}

export class RefusedError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** A file the operator named, or stdin for "-"; a file that cannot be read is a plain refusal. */
export function readInputFile(file: string | undefined): string {
  try {
    return fs.readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no existe' : 'no se puede leer';
    throw new RefusedError(`El archivo ${file} ${reason}.`, 'VALIDATION');
  }
}
