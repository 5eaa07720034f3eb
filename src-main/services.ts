// Starts the workstation's services on a data folder: database (migrated),
// log, clock, mail sender. Every door (Electron's utility process, the web
// mode, the CLI) starts the same thing and calls methods through `call`.

import { openDatabase } from './db/open';
import { createLogger, type Logger } from './logger';
import { clockFromEnv, type Clock } from './clock';
import { DEFAULT_TIME_ZONE } from '../src-shared/calendar';
import { dispatch, type Caller } from './rpc/dispatch';
import type { RpcResult } from '../src-shared/contract';
import type { ServiceContext } from './context';
import { loadSmtpSettings } from './mail/smtp-settings';
import { startMailSender } from './mail/deliver';
import { failInterruptedJobs } from './printing/jobs';

export const VERSION = '0.1.0';

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
}

export async function startServices(options: StartOptions): Promise<Services> {
  const env = options.env ?? process.env;
  const timeZone = checkTimeZone(env.PATOLAB_TIME_ZONE ?? DEFAULT_TIME_ZONE);
  const log = options.log ?? createLogger(options.dataDir);
  const { db, file, schemaVersion } = await openDatabase(options.dataDir);
  log.info({ version: VERSION, dataDir: options.dataDir, file, schemaVersion }, 'services started');

  let sender: ReturnType<typeof startMailSender> | null = null;
  const ctx: ServiceContext = {
    db,
    clock: options.clock ?? clockFromEnv(env),
    log,
    dataDir: options.dataDir,
    timeZone,
    env,
    kickMail: () => sender?.kick(),
  };

  await failInterruptedJobs(ctx);

  if (options.mailLoop !== false) {
    sender = startMailSender(
      { db, clock: ctx.clock, log, settings: () => loadSmtpSettings(db, env) },
      { intervalMs: 30_000 },
    );
  }

  return {
    ctx,
    call: (caller, method, input) => dispatch(ctx, caller, method, input),
    close: async () => {
      await sender?.stop();
      await db.destroy();
      log.info('services stopped');
    },
  };
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
