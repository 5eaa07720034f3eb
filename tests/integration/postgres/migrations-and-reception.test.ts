import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../src-main/db/open';
import { migrations } from '../../../migrations';
import { addCassettes } from '../../../src-main/processing/cassettes';
import { addSlides, setSlides } from '../../../src-main/processing/slides';
import { recordStage } from '../../../src-main/processing/stages';
import { loadBoard } from '../../../src-main/processing/board';
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
      publicUrl: 'http://127.0.0.1:4790',
      env: { PATOLAB_PRINTER_URI: 'none' },
      kickMail: () => undefined,
    };
  });
  afterAll(async () => database?.drop());

  it('runs every migration, and running them again changes nothing', async () => {
    const latest = Object.keys(migrations).at(-1);
    expect(await migrateToLatest(database.db)).toBe(latest);
    expect(await migrateToLatest(database.db)).toBe(latest);
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

  it('runs the bench: cassettes, a stage for all, slides made ready, and the board', async () => {
    const form = protocolSubmissionSchema.parse(histopathologyForm());
    const { temporaryCode } = await submitProtocol(ctx, cliActor(), form);
    const received = await receiveSample(ctx, cliActor(), {
      code: temporaryCode,
      condition: 'optimal',
      printerUri: 'none',
    });
    const hp = received.protocolNumber!;
    const none = { printerUri: 'none' };

    await addCassettes(ctx, cliActor(), {
      protocol: hp,
      material: 'Piel',
      type: 'normal',
      count: 2,
      ...none,
    });
    const codes = [`${hp}-C1`, `${hp}-C2`];
    await recordStage(ctx, cliActor(), { codes, stage: 'embedding' });
    const board = await loadBoard(ctx.db, { limit: 300 });
    expect(board.protocols.find((p) => p.code === hp)).toMatchObject({
      status: 'processing',
      stage: 'embedding',
      cassettes: 2,
    });

    await addSlides(ctx, cliActor(), {
      protocol: hp,
      cassettes: codes,
      count: 1,
      perCassette: false,
      ...none,
    });
    const done = await setSlides(ctx, cliActor(), { codes: [`${hp}-S1`], status: 'ready' });
    expect(done.protocols).toEqual([{ code: hp, status: 'ready' }]);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });
});
