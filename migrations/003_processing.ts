// The bench: cassettes, slides, the stages recorded on them and the catalogue
// of stains. Cassette and slide numbers are unique per protocol by the code
// that gives them, not by an index: two desks working offline on one protocol
// could each make a C3, and sync must keep both physical cassettes and show the
// clash rather than refuse one of them.

import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cassettes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('protocol_id', 'text', (c) => c.notNull().references('protocols.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('material', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('stage', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('voided_at', 'text')
    .addColumn('voided_by', 'text')
    .addColumn('void_reason', 'text')
    .execute();
  await db.schema
    .createIndex('cassettes_protocol')
    .on('cassettes')
    .columns(['protocol_id', 'number'])
    .execute();

  // cassette_ids is a JSON array: a slide may hold sections of several cassettes.
  await db.schema
    .createTable('slides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('protocol_id', 'text', (c) => c.notNull().references('protocols.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('cassette_ids', 'text', (c) => c.notNull())
    .addColumn('stain', 'text', (c) => c.notNull())
    .addColumn('field_number', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('quality', 'text')
    .addColumn('stage', 'text')
    .addColumn('redo_of', 'text')
    .addColumn('replaced_by', 'text')
    .addColumn('redo_reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('slides_protocol')
    .on('slides')
    .columns(['protocol_id', 'number'])
    .execute();

  // Append-only: a stage recorded is never edited, a mistake is a new record.
  await db.schema
    .createTable('stage_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('protocol_id', 'text', (c) => c.notNull().references('protocols.id'))
    .addColumn('item_kind', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('technician', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stage_records_protocol')
    .on('stage_records')
    .columns(['protocol_id', 'recorded_at'])
    .execute();
  await db.schema
    .createIndex('stage_records_technician')
    .on('stage_records')
    .columns(['technician', 'protocol_id'])
    .execute();

  // kinds is a JSON array of the study kinds a stain is offered for.
  await db.schema
    .createTable('stains')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kinds', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await seedStains(db);

  await db.schema
    .createIndex('protocols_received')
    .on('protocols')
    .columns(['status', 'received_at'])
    .execute();
}

// The routine stains every lab has. Their ids come from their names, as an
// admin's additions do, so every node seeds the same rows and sync meets them
// as one.
const STAINS: [string, string[]][] = [
  ['H-E', ['histopathology']],
  ['PAS', ['histopathology']],
  ['Ziehl-Neelsen', ['histopathology']],
  ['Giemsa', ['histopathology', 'cytology']],
  ['Tricrómica de Masson', ['histopathology']],
  ['Wright', ['cytology']],
  ['Diff-Quik', ['cytology']],
  ['Papanicolaou', ['cytology']],
];

async function seedStains(db: Kysely<unknown>): Promise<void> {
  const at = '2026-01-01T00:00:00.000Z';
  const rows = STAINS.map(([name, kinds]) => ({
    id: stainId(name),
    name,
    kinds: JSON.stringify(kinds),
    active: 1,
    created_at: at,
    updated_at: at,
  }));
  await (db as Kysely<{ stains: (typeof rows)[number] }>)
    .insertInto('stains')
    .values(rows)
    .execute();
}

/** `stain-tricromica-de-masson`: the same on every machine for the same name. */
function stainId(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `stain-${slug}`;
}
