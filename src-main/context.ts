// What every service gets: the database, the clock, the log and the lab's
// settings. Built once per process by `startServices`.

import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import type { Clock } from './clock';
import type { Logger } from './logger';
import type { Role } from '../src-shared/contract';
import type { SyncAgent } from './sync/client/agent';

export interface ServiceContext {
  db: Kysely<Database>;
  clock: Clock;
  log: Logger;
  dataDir: string;
  /** The central server keeps the change log and grants number blocks; a workstation syncs. */
  role: 'workstation' | 'server';
  timeZone: string;
  env: NodeJS.ProcessEnv;
  /** Wakes the mail sender after a commit that queued mail. */
  kickMail(): void;
  /** A workstation's background sync; absent on the server and in one-shot tools. */
  sync?: SyncAgent;
  /** The address people reach the portal at, for links in mail (`--public-url`). */
  publicUrl: string;
}

/**
 * Who is asking. Staff users sign in; the CLI acts as the workstation's operator;
 * a veterinarian signs in on the portal and has no staff role.
 */
export interface Actor {
  userId: string | null;
  /** What the audit log and the history show: the user's name or `cli:<os user>`. */
  name: string;
  roles: readonly Role[];
  vet?: VetPrincipal;
}

export interface VetPrincipal {
  accountId: string;
  /** The lab's record of this vet: their protocols point to it. */
  veterinarianId: string;
  email: string;
}
