// The portal's people for tests, made by writing their rows directly: a
// veterinarian with a verified account and a signed-in session (as if they had
// registered and clicked the link), and staff users with a session. Also the
// central server's services on a fresh SQLite folder or PostgreSQL database,
// where the portal runs.

import { createHash } from 'node:crypto';
import { hashPassword } from '../../src-main/accounts/passwords';
import { createSession } from '../../src-main/accounts/sessions';
import { callAsOperator, cliActor } from '../../src-main/cli/run';
import { fixedClock, type Clock } from '../../src-main/clock';
import { writeTransaction } from '../../src-main/db/transaction';
import { newId } from '../../src-main/ids';
import { silentLogger } from '../../src-main/logger';
import { createVetSession } from '../../src-main/portal/sessions';
import { startServices, type Services } from '../../src-main/services';
import { idForEmail } from '../../src-main/sync/entities';
import { inserted, recordChanges } from '../../src-main/sync/record';
import type { MethodInput, MethodName, MethodOutput, RpcResult } from '../../src-shared/contract';
import { licenseKey, normaliseEmail } from '../../src-shared/email-address';
import { DEFAULT_NOTIFY } from '../../src-shared/portal-contract';
import type { Role } from '../../src-shared/rpc-method';
import { createTestDatabaseUrl, postgresAvailable } from './postgres';
import { cytologyForm, histopathologyForm, tempDataDir } from './workstation';

export interface Central {
  services: Services;
  /** Calls a method with a session token (null: signed out) and returns the answer as is. */
  call(token: string | null, method: string, input: unknown): Promise<RpcResult<unknown>>;
  /** The same, typed, for a call that must succeed: a refusal throws with its code and message. */
  ask<M extends MethodName>(
    token: string | null,
    method: M,
    input: MethodInput<M>,
  ): Promise<MethodOutput<M>>;
  /** Calls a method as the server's operator and throws on refusal. */
  operator<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  close(): Promise<void>;
}

export interface CentralOptions {
  postgres?: boolean;
  /** A clock the test moves; by default a fixed one at 10:00 in Buenos Aires. */
  clock?: Clock;
}

export async function openCentral(options: CentralOptions = {}): Promise<Central> {
  const database = options.postgres ? await createTestDatabaseUrl() : null;
  const services = await startServices({
    dataDir: tempDataDir('portal-'),
    role: 'server',
    databaseUrl: database?.url,
    clock: options.clock ?? fixedClock('2026-12-04T13:00:00Z'),
    log: silentLogger,
    env: { PATOLAB_PRINTER_URI: 'none' },
    mailLoop: false,
  });
  return {
    services,
    call: (token, method, input) => services.call({ sessionToken: token }, method, input),
    async ask(token, method, input) {
      const outcome = await services.call({ sessionToken: token }, method, input);
      if (!outcome.ok) {
        throw Object.assign(new Error(`${outcome.error.code}: ${outcome.error.message}`), {
          code: outcome.error.code,
        });
      }
      return outcome.result as never;
    },
    operator: async (method, input) =>
      (await callAsOperator(services, method, input, cliActor())) as never,
    async close() {
      await services.close();
      await database?.drop();
    },
  };
}

/**
 * The databases a portal test runs on; PostgreSQL only where one answers on 127.0.0.1. A
 * skipped PostgreSQL run says why in its name, which is the test's title.
 */
export async function portalBackends(): Promise<
  { name: string; postgres: boolean; skip: boolean }[]
> {
  const unavailable = await postgresAvailable();
  if (unavailable) console.warn(`Pruebas del portal en PostgreSQL omitidas: ${unavailable}`);
  const postgres = unavailable ? `PostgreSQL (omitida, CI la exige: ${unavailable})` : 'PostgreSQL';
  return [
    { name: 'SQLite', postgres: false, skip: false },
    { name: postgres, postgres: true, skip: unavailable !== null },
  ];
}

/** A protocol form as the portal sends it: no veterinarian block, the vet is the one signed in. */
export function portalForm(
  kind: 'histopathology' | 'cytology' = 'histopathology',
): MethodInput<'protocols.submit'> {
  const form: Record<string, unknown> = {
    ...(kind === 'cytology' ? cytologyForm() : histopathologyForm()),
  };
  delete form.veterinarian;
  return form as MethodInput<'protocols.submit'>;
}

export interface VetAccount {
  accountId: string;
  veterinarianId: string;
  email: string;
  password: string;
  /** A signed-in session; null for an account that cannot sign in (unverified, disabled). */
  token: string | null;
}

export interface VetAccountOptions {
  email?: string;
  firstName?: string;
  lastName?: string;
  licenseNumber?: string;
  phone?: string;
  password?: string;
  /** `active` (default): verified and linked; `unverified`: registered, link not clicked yet. */
  state?: 'active' | 'unverified' | 'disabled';
}

let made = 0;

export async function createVetAccount(
  central: Pick<Central, 'services'>,
  options: VetAccountOptions = {},
): Promise<VetAccount> {
  const { ctx } = central.services;
  made++;
  const email = normaliseEmail(options.email ?? `vet${made}@clinica.example`);
  const profile = {
    firstName: options.firstName ?? 'Laura',
    lastName: options.lastName ?? `Gómez ${made}`,
    licenseNumber: options.licenseNumber ?? `MP ${1000 + made}`,
    phone: options.phone ?? '+54 342 555 0101',
  };
  const password = options.password ?? 'ventana azul sobre el río 2026';
  const state = options.state ?? 'active';
  const passwordHash = await hashPassword(password);

  return writeTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now().toISOString();
    // A record the desk already made for this address is the vet's record, as on verification.
    const existing = await tx
      .selectFrom('veterinarians')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    const veterinarianId = existing?.id ?? idForEmail('veterinarian', email);
    if (!existing) {
      const row = {
        id: veterinarianId,
        email,
        first_name: profile.firstName,
        last_name: profile.lastName,
        license_number: profile.licenseNumber,
        phone: profile.phone,
        dni: null,
        cuit: null,
        address: null,
        verified: 0,
        created_at: now,
        updated_at: now,
      };
      await tx.insertInto('veterinarians').values(row).execute();
      await recordChanges(tx, ctx, [inserted('veterinarian', row)]);
    }

    const accountId = newId();
    const verified = state !== 'unverified';
    await tx
      .insertInto('vet_accounts')
      .values({
        id: accountId,
        email,
        license_key: licenseKey(profile.licenseNumber),
        veterinarian_id: verified ? veterinarianId : null,
        password_hash: passwordHash,
        profile: JSON.stringify({ email, ...profile }),
        locale: 'es-AR',
        notify: JSON.stringify(DEFAULT_NOTIFY),
        email_verified_at: verified ? now : null,
        active: state === 'disabled' ? 0 : 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const token = state === 'active' ? await createVetSession(tx, ctx, accountId) : null;
    return { accountId, veterinarianId, email, password, token };
  });
}

/** A fresh session for an existing vet account (sign-out ends the one it was given). */
export async function newVetSession(central: Central, accountId: string): Promise<string> {
  const { ctx } = central.services;
  return writeTransaction(ctx.db, (tx) => createVetSession(tx, ctx, accountId));
}

export interface StaffMember {
  userId: string;
  name: string;
  token: string;
}

/** A staff user with the given roles, created by an admin as at the lab, and signed in. */
export async function createStaff(central: Central, roles: Role[]): Promise<StaffMember> {
  made++;
  const name = `${roles.join(' y ')} ${made}`;
  const user = await central.operator('users.create', {
    email: `personal${made}@lab.example`,
    displayName: name,
    roles,
    password: 'tinta violeta sobre papel de arroz 47',
  });
  return { userId: user.id, name, token: await createSession(central.services.ctx, user.id) };
}

// The tables a vet's or an admin's portal methods write, compared by content:
// an update changes no count. Sessions are left out: using one stamps it.
const WATCHED = ['veterinarians', 'vet_accounts', 'portal_drafts', 'protocols'] as const;

/**
 * Row counts of every table, the last sequence numbers of the change log and
 * the audit log, and a digest of the rows of the portal's own tables: any write
 * a method makes changes it.
 */
export async function fingerprint(central: Central): Promise<Record<string, number | string>> {
  const { db } = central.services.ctx;
  const tables = await db.introspection.getTables();
  const print: Record<string, number | string> = {};
  for (const table of tables) {
    if (table.isView) continue;
    const row = await db
      .selectFrom(table.name as 'protocols')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    print[table.name] = Number(row.n);
  }
  for (const table of ['sync_changes', 'audit_log'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    print[`${table}.seq`] = Number(row.seq ?? 0);
  }
  for (const table of WATCHED) {
    const rows = await db.selectFrom(table).selectAll().orderBy('id').execute();
    print[`${table}.rows`] = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  }
  return print;
}
