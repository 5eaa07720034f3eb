import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../src-main/db/open';
import { submitProtocol } from '../../../src-main/protocols/submit';
import { receiveSample } from '../../../src-main/reception/receive';
import { verifyAuditChain } from '../../../src-main/audit/verify';
import { searchProtocols } from '../../../src-main/protocols/search';
import { protocolSubmissionSchema } from '../../../src-shared/protocol-schema';
import { fixedClock } from '../../../src-main/clock';
import { silentLogger } from '../../../src-main/logger';
import { cliActor } from '../../../src-main/cli/run';
import type { ServiceContext } from '../../../src-main/context';
import { createTestDatabase, postgresAvailable } from '../../helpers/postgres';
import { histopathologyForm, tempDataDir } from '../../helpers/workstation';

const unavailable = await postgresAvailable();
if (unavailable) console.warn(`Pruebas de PostgreSQL omitidas: ${unavailable}`);

describe.skipIf(unavailable !== null)('the same schema and services on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let ctx: ServiceContext;

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = {
      db: database.db,
      clock: fixedClock('2026-12-04T13:00:00Z'),
      log: silentLogger,
      dataDir: tempDataDir(),
      role: 'workstation',
      timeZone: 'America/Argentina/Buenos_Aires',
      env: { PATOLAB_PRINTER_URI: 'none' },
      kickMail: () => undefined,
    };
  });
  afterAll(async () => database?.drop());

  it('runs every migration, and running them again changes nothing', async () => {
    expect(await migrateToLatest(database.db)).toBe('002_sync');
    expect(await migrateToLatest(database.db)).toBe('002_sync');
  });

  it('receives samples concurrently with consecutive numbers and an intact audit chain', async () => {
    const form = protocolSubmissionSchema.parse(histopathologyForm());
    const submitted = [];
    for (let i = 0; i < 8; i++) submitted.push(await submitProtocol(ctx, cliActor(), form));

    const received = await Promise.all(
      submitted.map((p) =>
        receiveSample(ctx, cliActor(), { code: p.temporaryCode, condition: 'optimal' }),
      ),
    );
    expect(received.map((r) => r.protocolNumber).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `HP 26/00${i + 1}`),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, entries: 16 });
  });

  it('searches accent-blind without the SQLite index', async () => {
    const found = await searchProtocols(database.db, {
      query: 'MUÑOZ hp 26/00',
      limit: 5,
      offset: 0,
    });
    expect(found.total).toBe(8);
    expect(found.items).toHaveLength(5);
  });
});
