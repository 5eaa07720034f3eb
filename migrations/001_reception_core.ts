// The workstation core: staff, veterinarians, protocols, reception, numbering,
// audit, mail outbox, print jobs and settings. Portable between SQLite and
// PostgreSQL: text ids (UUIDv7), ISO-8601 UTC timestamps in text, integers.

import { sql, SqliteAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('license_number', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('veterinarians')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('license_number', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('dni', 'text')
    .addColumn('cuit', 'text')
    .addColumn('address', 'text')
    .addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('protocols')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('temporary_code', 'text', (c) => c.notNull().unique())
    .addColumn('protocol_number', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('veterinarian_id', 'text', (c) => c.notNull().references('veterinarians.id'))
    .addColumn('animal_species', 'text', (c) => c.notNull())
    .addColumn('animal_breed', 'text')
    .addColumn('animal_sex', 'text', (c) => c.notNull())
    .addColumn('animal_age', 'text')
    .addColumn('animal_identification', 'text')
    .addColumn('owner_last_name', 'text')
    .addColumn('owner_first_name', 'text')
    .addColumn('presumptive_diagnosis', 'text', (c) => c.notNull())
    .addColumn('clinical_history', 'text')
    .addColumn('academic_interest', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submission_date', 'text', (c) => c.notNull())
    .addColumn('sample_material', 'text')
    .addColumn('sample_containers', 'integer')
    .addColumn('sample_technique', 'text')
    .addColumn('sample_site', 'text')
    .addColumn('sample_slides', 'integer')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('protocols_created').on('protocols').column('created_at').execute();
  await db.schema
    .createIndex('protocols_status')
    .on('protocols')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('protocols_veterinarian')
    .on('protocols')
    .column('veterinarian_id')
    .execute();

  // On SQLite the list's search uses a trigram full-text index, kept in step by
  // triggers, so "munoz" is found among 100,000 protocols without reading them all.
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`create virtual table protocols_fts using fts5(
      search_text, content='protocols', content_rowid='rowid', tokenize='trigram')`.execute(db);
    await sql`create trigger protocols_fts_insert after insert on protocols begin
      insert into protocols_fts (rowid, search_text) values (new.rowid, new.search_text);
    end`.execute(db);
    await sql`create trigger protocols_fts_update after update of search_text on protocols begin
      insert into protocols_fts (protocols_fts, rowid, search_text)
        values ('delete', old.rowid, old.search_text);
      insert into protocols_fts (rowid, search_text) values (new.rowid, new.search_text);
    end`.execute(db);
    await sql`create trigger protocols_fts_delete after delete on protocols begin
      insert into protocols_fts (protocols_fts, rowid, search_text)
        values ('delete', old.rowid, old.search_text);
    end`.execute(db);
  }

  await db.schema
    .createTable('receptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('protocol_id', 'text', (c) => c.notNull().unique().references('protocols.id'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('sample_condition', 'text', (c) => c.notNull())
    .addColumn('containers_received', 'integer')
    .addColumn('slides_received', 'integer')
    .addColumn('discrepancies', 'text')
    .addColumn('notes', 'text')
    .addColumn('rejection_reason', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('status_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('protocol_id', 'text', (c) => c.notNull().references('protocols.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema
    .createIndex('status_history_protocol')
    .on('status_history')
    .columns(['protocol_id', 'changed_at'])
    .execute();

  // Per-kind, per-year protocol sequences and per-kind, per-day temporary code
  // sequences, each a row ("protocol:HP:2026"), bumped inside the write transaction.
  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_key', 'text', (c) => c.notNull().unique())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('protocol_id', 'text', (c) => c.references('protocols.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('mail_outbox_protocol')
    .on('mail_outbox')
    .column('protocol_id')
    .execute();
  await db.schema
    .createIndex('mail_outbox_due')
    .on('mail_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();

  await db.schema
    .createTable('print_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('protocol_id', 'text', (c) => c.references('protocols.id'))
    .addColumn('label_kind', 'text', (c) => c.notNull())
    .addColumn('printer_uri', 'text', (c) => c.notNull())
    .addColumn('layout', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('printed_at', 'text')
    .execute();
  await db.schema
    .createIndex('print_jobs_protocol')
    .on('print_jobs')
    .column('protocol_id')
    .execute();
  await db.schema
    .createIndex('print_jobs_status')
    .on('print_jobs')
    .columns(['status', 'created_at'])
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward only.');
}
