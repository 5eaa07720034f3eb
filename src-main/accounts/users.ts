// Staff accounts: created by an admin (or `patolab init`), roles, license and
// password changed and lockouts lifted by an admin. Every change is in the audit log.

import type { Kysely } from 'kysely';
import type { Database, UsersTable } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { ROLES, type Role, type UserView } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import type { Actor, ServiceContext } from '../context';
import { appendAudit } from '../audit/append';
import { edited, inserted, recordChanges } from '../sync/record';
import { idForEmail } from '../sync/entities';
import { checkPasswordRules, hashPassword } from './passwords';

export function parseRoles(text: string): Role[] {
  return text.split(',').filter((r): r is Role => (ROLES as readonly string[]).includes(r));
}

export function toUserView(row: UsersTable): UserView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: parseRoles(row.roles),
    licenseNumber: row.license_number,
    active: row.active === 1,
    lockedUntil: row.locked_until,
  };
}

export async function listUsers(db: Kysely<Database>): Promise<UserView[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('display_name').execute();
  return rows.map(toUserView);
}

export interface NewUser {
  email: string;
  displayName: string;
  roles: Role[];
  licenseNumber?: string | undefined;
  password: string;
}

/**
 * On a workstation enrolled with a central server, staff accounts are kept
 * there and arrive here by sync; a desk edits none of its own.
 */
async function assertManagedHere(ctx: ServiceContext): Promise<void> {
  if (ctx.role === 'server') return;
  const state = await ctx.db.selectFrom('sync_state').select('server_url').executeTakeFirst();
  if (state?.server_url) {
    throw new AppError('CONFLICT', 'error.usersOnServer', { server: state.server_url });
  }
}

export async function createUser(ctx: ServiceContext, actor: Actor, user: NewUser) {
  await assertManagedHere(ctx);
  checkPasswordRules(user.password, [user.email, user.displayName]);
  const passwordHash = await hashPassword(user.password);
  const now = ctx.clock.now().toISOString();

  return writeTransaction(ctx.db, async (tx) => {
    const taken = await tx
      .selectFrom('users')
      .select('id')
      .where('email', '=', user.email)
      .executeTakeFirst();
    if (taken) throw new AppError('CONFLICT', 'error.emailTaken', { email: user.email });

    const row: UsersTable = {
      id: idForEmail('user', user.email),
      email: user.email,
      display_name: user.displayName,
      password_hash: passwordHash,
      roles: [...new Set(user.roles)].join(','),
      license_number: user.licenseNumber ?? null,
      active: 1,
      failed_attempts: 0,
      locked_until: null,
      created_at: now,
      updated_at: now,
    };
    await tx.insertInto('users').values(row).execute();
    await recordChanges(tx, ctx, [inserted('user', row)]);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'user.created',
      entityType: 'user',
      entityId: row.id,
      details: { roles: row.roles },
    });
    return toUserView(row);
  });
}

async function loadUser(tx: Kysely<Database>, id: string): Promise<UsersTable> {
  const row = await tx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'error.notFound', { what: 'el usuario' });
  return row;
}

export async function setRoles(ctx: ServiceContext, actor: Actor, id: string, roles: Role[]) {
  await assertManagedHere(ctx);
  return writeTransaction(ctx.db, async (tx) => {
    const user = await loadUser(tx, id);
    const before = parseRoles(user.roles);

    if (before.includes('admin') && !roles.includes('admin')) {
      const admins = await tx
        .selectFrom('users')
        .select(['id', 'roles'])
        .where('active', '=', 1)
        .execute();
      const others = admins.filter((u) => u.id !== id && parseRoles(u.roles).includes('admin'));
      if (others.length === 0) throw new AppError('CONFLICT', 'error.lastAdmin');
    }

    const updated = {
      roles: [...new Set(roles)].join(','),
      updated_at: ctx.clock.now().toISOString(),
    };
    await tx.updateTable('users').set(updated).where('id', '=', id).execute();
    await recordChanges(tx, ctx, [edited('user', id, updated)]);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'user.roles_changed',
      entityType: 'user',
      entityId: id,
      details: { before: before.join(','), after: updated.roles },
    });
    return toUserView({ ...user, ...updated });
  });
}

/**
 * The license printed under a pathologist's signature: without one a report
 * cannot be signed. Kept on the account, so it travels like the roles do.
 */
export async function setLicense(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  licenseNumber: string | null,
) {
  await assertManagedHere(ctx);
  return writeTransaction(ctx.db, async (tx) => {
    const user = await loadUser(tx, id);
    const updated = { license_number: licenseNumber, updated_at: ctx.clock.now().toISOString() };
    await tx.updateTable('users').set(updated).where('id', '=', id).execute();
    await recordChanges(tx, ctx, [edited('user', id, updated)]);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'user.license_changed',
      entityType: 'user',
      entityId: id,
      details: { before: user.license_number, after: licenseNumber },
    });
    return toUserView({ ...user, ...updated });
  });
}

export async function unlockUser(ctx: ServiceContext, actor: Actor, id: string) {
  return writeTransaction(ctx.db, async (tx) => {
    const user = await loadUser(tx, id);
    // A lockout belongs to this desk and does not travel; neither does lifting
    // it, so the account itself is left as every copy has it.
    const updated = { failed_attempts: 0, locked_until: null };
    await tx.updateTable('users').set(updated).where('id', '=', id).execute();
    await appendAudit(tx, ctx.clock, actor, {
      action: 'user.unlocked',
      entityType: 'user',
      entityId: id,
    });
    return toUserView({ ...user, ...updated });
  });
}

/** A new password from an admin; it reaches every workstation on its next sync. */
export async function setPassword(ctx: ServiceContext, actor: Actor, id: string, password: string) {
  await assertManagedHere(ctx);
  const known = await ctx.db
    .selectFrom('users')
    .select(['email', 'display_name'])
    .where('id', '=', id)
    .executeTakeFirst();
  checkPasswordRules(password, [known?.email, known?.display_name]);
  const passwordHash = await hashPassword(password);
  return writeTransaction(ctx.db, async (tx) => {
    const user = await loadUser(tx, id);
    const updated = { password_hash: passwordHash, updated_at: ctx.clock.now().toISOString() };
    await tx.updateTable('users').set(updated).where('id', '=', id).execute();
    await tx
      .updateTable('sessions')
      .set({ revoked_at: updated.updated_at })
      .where('user_id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
    await recordChanges(tx, ctx, [edited('user', id, updated)]);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'user.password_changed',
      entityType: 'user',
      entityId: id,
    });
    return toUserView({ ...user, ...updated });
  });
}
