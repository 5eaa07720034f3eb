// The veterinarians' portal on the central server: their accounts (apart from
// staff users: a vet is never staff), sessions, one-time tokens, the log of
// mails asked for by address (so limits survive a restart), sign-in throttling,
// drafts of protocols and the history of profile changes. None of it syncs:
// workstations see a vet through the veterinarians record alone.

import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // email is normalised (case, spaces, Unicode); the veterinarians record is
  // linked only once the address is verified, so an unverified registration
  // can never touch the lab's data of whoever owns that address.
  await db.schema
    .createTable('vet_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('license_key', 'text', (c) => c.notNull().unique())
    .addColumn('veterinarian_id', 'text', (c) => c.references('veterinarians.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('profile', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('notify', 'text', (c) => c.notNull())
    .addColumn('email_verified_at', 'text')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('vet_accounts_veterinarian')
    .on('vet_accounts')
    .column('veterinarian_id')
    .execute();

  await db.schema
    .createTable('vet_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('vet_accounts.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('vet_sessions_account')
    .on('vet_sessions')
    .column('account_id')
    .execute();

  // purpose binds a token to one use: a verification link cannot reset a password.
  await db.schema
    .createTable('auth_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('vet_accounts.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('auth_tokens_account')
    .on('auth_tokens')
    .column('account_id')
    .execute();

  // Every request for a mail to an address, counted when asked, kept or refused.
  await db.schema
    .createTable('mail_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('client_address', 'text')
    .execute();
  await db.schema
    .createIndex('mail_requests_email')
    .on('mail_requests')
    .columns(['email', 'kind', 'requested_at'])
    .execute();

  // key: `account:<email>` or `address:<client ip>`.
  await db.schema
    .createTable('auth_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('blocked_until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('portal_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('vet_accounts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('portal_drafts_account')
    .on('portal_drafts')
    .column('account_id')
    .execute();

  // changes: JSON { field: { from, to } }; changed_by is the vet or the admin.
  await db.schema
    .createTable('veterinarian_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('veterinarian_id', 'text', (c) => c.notNull().references('veterinarians.id'))
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('veterinarian_changes_vet')
    .on('veterinarian_changes')
    .columns(['veterinarian_id', 'changed_at'])
    .execute();
}
