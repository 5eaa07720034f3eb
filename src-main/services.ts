// Starts the workstation's services on a data folder: database (migrated),
// log, clock, mail sender. Every door (Electron's utility process, the web
// mode, the CLI) starts the same thing and calls methods through `call`.

import { openServerDatabase } from './db/open-url';
import { createLogger, type Logger } from './logger';
import { clockFromEnv, type Clock } from './clock';
import { DEFAULT_TIME_ZONE } from '../src-shared/calendar';
import { dispatch, type Caller } from './rpc/dispatch';
import type { RpcResult } from '../src-shared/contract';
import type { ServiceContext } from './context';
import { loadSmtpSettings } from './mail/smtp-settings';
import { startMailSender } from './mail/deliver';
import { failInterruptedJobs } from './printing/jobs';
import { startSyncAgent } from './sync/client/agent';
import { queueUntravelled } from './sync/record';
import { writeTransaction } from './db/transaction';

import { VERSION } from './version';

export { VERSION };

export interface Services {
  ctx: ServiceContext;
  call(caller: Caller, method: string, input: unknown): Promise<RpcResult<unknown>>;
  close(): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  log?: Logger;
  /** The CLI's one-shot commands deliver mail themselves and need no loop. */
  mailLoop?: boolean;
  /**
   * Sync in the background every PATOLAB_SYNC_INTERVAL seconds (workstations
   * only). Follows `mailLoop` unless set: one-shot commands run neither.
   */
  syncLoop?: boolean;
  /** `server` for the central server; a workstation by default. */
  role?: 'workstation' | 'server';
  /** Central server only: a postgres:// URL; without one, the SQLite file in dataDir. */
  databaseUrl?: string;
  /** Where the portal is reached, for links in mail; the server's own address by default. */
  publicUrl?: string;
}

export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:4790';

export async function startServices(options: StartOptions): Promise<Services> {
  const env = options.env ?? process.env;
  const timeZone = checkTimeZone(env.PATOLAB_TIME_ZONE ?? DEFAULT_TIME_ZONE);
  const log = options.log ?? createLogger(options.dataDir);
  const role = options.role ?? 'workstation';
  const databaseUrl = role === 'server' ? options.databaseUrl : undefined;
  const { db, description, schemaVersion } = await openServerDatabase(
    databaseUrl,
    options.dataDir,
    10,
    (error) => log.warn({ err: error }, 'a database connection was closed by PostgreSQL'),
  );
  log.info(
    { version: VERSION, role, dataDir: options.dataDir, database: description, schemaVersion },
    'services started',
  );

  let sender: ReturnType<typeof startMailSender> | null = null;
  const ctx: ServiceContext = {
    db,
    clock: options.clock ?? clockFromEnv(env),
    log,
    dataDir: options.dataDir,
    role,
    timeZone,
    env,
    kickMail: () => sender?.kick(),
    publicUrl: (options.publicUrl ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, ''),
  };

  await failInterruptedJobs(ctx);
  if (role === 'server') {
    const adopted = await writeTransaction(db, (tx) => queueUntravelled(tx, ctx));
    if (adopted > 0) log.info({ rows: adopted }, 'rows written outside the log now travel');
  }
  if (role === 'workstation') {
    const loop = options.syncLoop ?? options.mailLoop !== false;
    ctx.sync = startSyncAgent(ctx, loop ? syncInterval(env) : null);
  }

  if (options.mailLoop !== false) {
    sender = startMailSender(
      { db, clock: ctx.clock, log, settings: () => loadSmtpSettings(db, env), ctx },
      { intervalMs: 30_000 },
    );
  }

  return {
    ctx,
    call: (caller, method, input) => dispatch(ctx, caller, method, input),
    close: async () => {
      await ctx.sync?.stop();
      await sender?.stop();
      await db.destroy();
      log.info('services stopped');
    },
  };
}

const DEFAULT_SYNC_INTERVAL_S = 120;

function syncInterval(env: NodeJS.ProcessEnv): number {
  const text = env.PATOLAB_SYNC_INTERVAL;
  const seconds = text === undefined ? DEFAULT_SYNC_INTERVAL_S : Number(text);
  if (!Number.isFinite(seconds) || seconds < 5) {
    throw new Error(
      `PATOLAB_SYNC_INTERVAL debe ser un número de segundos (5 o más): «${text ?? ''}».`,
    );
  }
  return seconds * 1000;
}

function checkTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    throw new Error(
      `PATOLAB_TIME_ZONE no es una zona horaria válida: «${timeZone}» ` +
        `(ejemplo: America/Argentina/Buenos_Aires).`,
    );
  }
}
