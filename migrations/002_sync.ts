// Sync between workstations and the central server, and protocol number blocks.
// Both sides run the same migrations; each side uses its own tables: a
// workstation queues its changes in sync_outbox and keeps its leases, the
// server keeps the change log, devices, batches, blocks and conflicts.
// Sequence columns are set by the code under the write lock, like audit_log.

import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Workstation: changes made here and not yet accepted by the server.
  await db.schema
    .createTable('sync_outbox')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('change_id', 'text', (c) => c.notNull().unique())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('hlc', 'text', (c) => c.notNull())
    .addColumn('base', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Server: every change it accepted, in the order it committed them. Pull
  // cursors are positions in this log.
  await db.schema
    .createTable('sync_changes')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('change_id', 'text', (c) => c.notNull().unique())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('hlc', 'text', (c) => c.notNull())
    .addColumn('base', 'text')
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();

  // Both sides: the hybrid logical clock of each field of each synced row, as
  // JSON ({"*": clock of the insert, "field": clock of a later edit}).
  await db.schema
    .createTable('sync_clocks')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addColumn('clocks', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sync_clocks_pk', ['entity', 'row_id'])
    .execute();

  // Workstation: where it syncs, as which device, and how far it got.
  await db.schema
    .createTable('sync_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('server_url', 'text')
    .addColumn('device_id', 'text')
    .addColumn('device_secret', 'text')
    .addColumn('device_name', 'text')
    .addColumn('device_number', 'integer')
    .addColumn('pull_cursor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('audit_pushed_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hlc', 'text', (c) => c.notNull())
    .addColumn('clock_offset_ms', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('clock_problem', 'text')
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_summary', 'text')
    .addColumn('enrolled_at', 'text')
    .execute();

  // Server: enrolled workstations. The secret is kept only as its SHA-256.
  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('enrolled_at', 'text', (c) => c.notNull())
    .addColumn('enrolled_by', 'text', (c) => c.notNull())
    .addColumn('last_sync_at', 'text')
    .addColumn('last_address', 'text')
    .addColumn('app_version', 'text')
    .addColumn('clock_offset_ms', 'integer')
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('audit_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('audit_hash', 'text')
    .addColumn('audit_problem', 'text')
    .execute();

  await db.schema
    .createTable('enrolment_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('device_id', 'text')
    .execute();

  // Server: pushed batches already applied, with the answer given, so a batch
  // delivered twice gets the same answer and changes nothing.
  await db.schema
    .createTable('sync_batches')
    .addColumn('batch_id', 'text', (c) => c.primaryKey())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .execute();

  // Server: each device's audit chain as it arrived, verified entry by entry.
  await db.schema
    .createTable('device_audit')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('device_audit_pk', ['device_id', 'seq'])
    .execute();

  await db.schema
    .createTable('sync_conflicts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('kept_value', 'text')
    .addColumn('lost_value', 'text')
    .addColumn('kept_hlc', 'text')
    .addColumn('lost_hlc', 'text')
    .addColumn('detected_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolution', 'text')
    .execute();

  // Server: the next number to grant per series ("HP:2026"), and every block
  // granted. Blocks never overlap because both are written under the write lock.
  await db.schema
    .createTable('number_series')
    .addColumn('series', 'text', (c) => c.primaryKey())
    .addColumn('next_first', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('number_blocks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('first', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addColumn('used_up_to', 'integer')
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('number_blocks_series')
    .on('number_blocks')
    .columns(['series', 'first'])
    .unique()
    .execute();

  // Workstation: blocks leased from the server, and how far each is used.
  await db.schema
    .createTable('number_leases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('first', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addColumn('next', 'integer', (c) => c.notNull())
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addColumn('reported_up_to', 'integer')
    .execute();

  // Workstation: receptions made here with no number left; numbered at the next sync.
  await db.schema
    .createTable('pending_numbers')
    .addColumn('protocol_id', 'text', (c) => c.primaryKey().references('protocols.id'))
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
}
