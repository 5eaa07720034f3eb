// Fills a workstation database with submitted protocols, fast, with raw
// statements: the bench needs volume, not the services' checks.

import type BetterSqlite3 from 'better-sqlite3';
import { newId } from '../../src-main/ids';
import { idForEmail } from '../../src-main/sync/entities';
import { foldForSearch } from '../../src-shared/search-text';

const names = ['Luna', 'Thor', 'Simón', 'Miña', 'Rocco', 'Negro', 'Pepe', 'Lola', 'Coco', 'Toby'];
const species = ['Canino', 'Felino', 'Equino', 'Bovino'];
const owners = ['Muñoz', 'Gómez', 'Suárez', 'Benítez', 'Zúñiga', 'Peña', 'Ibáñez', 'Ortíz'];

/**
 * Inserts `count` submitted protocols and returns their temporary codes; codes
 * start at `first`, so fills of different databases never share one.
 */
export function fillProtocols(sqlite: BetterSqlite3.Database, count: number, first = 0): string[] {
  const now = '2026-12-04T13:00:00.000Z';
  const vetIds = owners.map((owner, i) => {
    const email = `vet${i}@example.org`;
    const id = idForEmail('veterinarian', email);
    sqlite
      .prepare(
        `insert or ignore into veterinarians (id, email, first_name, last_name, license_number,
         verified, created_at, updated_at) values (?, ?, 'Laura', ?, ?, 0, ?, ?)`,
      )
      .run(id, email, owner, String(1000 + i), now, now);
    return id;
  });

  const insert = sqlite.prepare(
    `insert into protocols (id, kind, temporary_code, status, veterinarian_id, animal_species,
     animal_breed, animal_sex, animal_identification, owner_last_name, presumptive_diagnosis,
     academic_interest, submission_date, sample_material, sample_containers, search_text,
     created_at, updated_at)
     values (?, 'histopathology', ?, 'submitted', ?, ?, 'Mestizo', 'female', ?, ?, 'Neoplasia',
     0, '2026-12-01', 'Masa', 1, ?, ?, ?)`,
  );
  const codes: string[] = [];
  sqlite.transaction(() => {
    for (let i = first; i < first + count; i++) {
      const code = `TMP-HP-2026${String(1 + (i % 12)).padStart(2, '0')}01-${String(i).padStart(6, '0')}`;
      const name = names[i % names.length]!;
      const sp = species[i % species.length]!;
      const owner = owners[i % owners.length]!;
      const created = new Date(Date.parse('2025-01-01T00:00:00Z') + i * 60_000).toISOString();
      const search = foldForSearch(`${code} Laura ${owner} ${sp} mestizo ${name} ${owner}`);
      insert.run(
        newId(),
        code,
        vetIds[i % vetIds.length],
        sp,
        name,
        owner,
        search,
        created,
        created,
      );
      codes.push(code);
    }
  })();
  return codes;
}
