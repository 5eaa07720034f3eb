// The pathologist's report. A draft is edited until it is signed; signing
// writes a version that is never changed again, with the exact PDF that went
// out, so an earlier version stays byte-identical after any amendment. An
// amendment is a new draft that names the version it corrects, signed in turn.
// Drafts, their images and the phrase library merge field by field like other
// editable records; signed versions only ever arrive once.

import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The pathologist who took the protocol from the queue, if any.
  await db.schema.alterTable('protocols').addColumn('pathologist_id', 'text').execute();

  // The image each pathologist uploads once, printed on what they sign. Apart
  // from users, whose records travel only from the server down, so that an
  // image uploaded at any desk reaches every other. One row per user: its id
  // comes from the user's.
  await db.schema
    .createTable('signature_images')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().unique().references('users.id'))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // microscopic_items is a JSON array of { code, text }, one per cassette or slide.
  await db.schema
    .createTable('report_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('protocol_id', 'text', (c) => c.notNull().references('protocols.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('amends_version_id', 'text')
    .addColumn('amendment_reason', 'text')
    .addColumn('macroscopic', 'text', (c) => c.notNull())
    .addColumn('microscopic', 'text', (c) => c.notNull())
    .addColumn('microscopic_items', 'text', (c) => c.notNull())
    .addColumn('diagnosis', 'text', (c) => c.notNull())
    .addColumn('comments', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('signed_version_id', 'text')
    .execute();
  await db.schema
    .createIndex('report_drafts_protocol')
    .on('report_drafts')
    .columns(['protocol_id', 'version'])
    .execute();

  // data is base64; sha256 lets a signed version name the exact images it printed.
  await db.schema
    .createTable('report_images')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('draft_id', 'text', (c) => c.notNull().references('report_drafts.id'))
    .addColumn('protocol_id', 'text', (c) => c.notNull().references('protocols.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('caption', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema
    .createIndex('report_images_draft')
    .on('report_images')
    .column('draft_id')
    .execute();

  // Append-only. content is the JSON of everything the PDF says; pdf is the
  // file itself in base64, kept rather than rebuilt so a later program version
  // can never change a signed document's bytes.
  await db.schema
    .createTable('report_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('protocol_id', 'text', (c) => c.notNull().references('protocols.id'))
    .addColumn('draft_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('amends_version_id', 'text')
    .addColumn('amendment_reason', 'text')
    .addColumn('early_reason', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('pdf', 'text', (c) => c.notNull())
    .addColumn('pdf_sha256', 'text', (c) => c.notNull())
    .addColumn('signed_by', 'text', (c) => c.notNull())
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('signer_license', 'text')
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_versions_protocol')
    .on('report_versions')
    .columns(['protocol_id', 'version'])
    .execute();

  // kind: 'phrase' (any section) or 'diagnosis'.
  await db.schema
    .createTable('report_phrases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema
    .createIndex('report_phrases_user')
    .on('report_phrases')
    .column('user_id')
    .execute();

  // The signed version whose PDF a mail carries; read at send time, not copied.
  // Indexed: the report editor lists each version's deliveries out of every mail sent.
  await db.schema.alterTable('mail_outbox').addColumn('report_version_id', 'text').execute();
  await db.schema
    .createIndex('mail_outbox_report_version')
    .on('mail_outbox')
    .column('report_version_id')
    .execute();
}
