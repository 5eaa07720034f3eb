// The bench's figures: labels for a batch of 10 cassettes rendered to each
// driver, and the bench board read with 5,000 protocols in progress (each with
// three cassettes, two slides and five stage records), beside a bare query
// reading the same page of protocols on the same file in the same run.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { startServices } from '../../src-main/services';
import { fixedClock } from '../../src-main/clock';
import { silentLogger } from '../../src-main/logger';
import { cliActor } from '../../src-main/cli/run';
import { DATABASE_FILE } from '../../src-main/db/open';
import { newId } from '../../src-main/ids';
import { renderLabelPdf } from '../../src-main/printing/pdf';
import { renderLabelEscPos } from '../../src-main/printing/escpos';
import { renderLabelZpl } from '../../src-main/printing/zpl';
import { DEFAULT_CASSETTE_LABEL_SIZE, itemLabelLayout } from '../../src-shared/labels/item-label';
import { fillProtocols } from './fill';
import { percentile, timeEach } from './timing';

const median = (samples: number[]) => percentile(samples, 50);

const STAGES = ['sectioning', 'identification', 'fixation', 'embedding', 'cutting'];

/** Turns the filled protocols into work in progress, with raw statements. */
function fillWork(sqlite: BetterSqlite3.Database, codes: string[]): void {
  const now = '2026-12-04T13:00:00.000Z';
  const cassette = sqlite.prepare(
    `insert into cassettes (id, protocol_id, number, material, type, stage, created_by,
     created_at, updated_at) values (?, ?, ?, 'Piel', 'normal', ?, 'bench', ?, ?)`,
  );
  const slide = sqlite.prepare(
    `insert into slides (id, protocol_id, number, cassette_ids, stain, status, stage,
     created_by, created_at, updated_at) values (?, ?, ?, ?, 'H-E', ?, ?, 'bench', ?, ?)`,
  );
  const record = sqlite.prepare(
    `insert into stage_records (id, protocol_id, item_kind, item_id, stage, technician,
     recorded_at) values (?, ?, 'cassette', ?, ?, ?, ?)`,
  );
  const receive = sqlite.prepare(
    `update protocols set status = 'processing', protocol_number = ?, received_at = created_at
     where temporary_code = ? returning id`,
  );

  sqlite.transaction(() => {
    codes.forEach((code, i) => {
      const { id } = receive.get(`HP 26/${String(i + 1).padStart(4, '0')}`, code) as {
        id: string;
      };
      const cassettes = [1, 2, 3].map((n) => {
        const cassetteId = newId();
        cassette.run(cassetteId, id, n, STAGES[(i + n) % STAGES.length], now, now);
        return cassetteId;
      });
      for (const n of [1, 2]) {
        const stage = n === 1 ? 'mounting' : null;
        const status = n === 1 ? 'mounted' : 'pending';
        slide.run(newId(), id, n, JSON.stringify([cassettes[0]]), status, stage, now, now);
      }
      for (let r = 0; r < 5; r++) {
        record.run(newId(), id, cassettes[r % 3], STAGES[r], `Técnico ${i % 7}`, now);
      }
    });
  })();
}

export async function benchProcessing(protocols: number) {
  const cassettes = Array.from({ length: 10 }, (_, i) =>
    itemLabelLayout(
      {
        item: 'cassette',
        code: `HP 26/001-C${i + 1}`,
        protocolCode: 'HP 26/001',
        detail: 'Masa mamaria, borde craneal',
        extra: i % 3 === 0 ? 'Multicorte' : null,
      },
      DEFAULT_CASSETTE_LABEL_SIZE,
    ),
  );
  await renderLabelPdf(cassettes);
  const pdf = await timeEach(30, () => renderLabelPdf(cassettes));
  const escpos = await timeEach(30, () => renderLabelEscPos(cassettes));
  const zpl = await timeEach(30, () => renderLabelZpl(cassettes));

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-bench-processing-'));
  const services = await startServices({
    dataDir,
    clock: fixedClock('2026-12-04T13:00:00Z'),
    log: silentLogger,
    env: { PATOLAB_PRINTER_URI: 'none' },
    mailLoop: false,
  });
  const sqlite = (await import('better-sqlite3')).default(path.join(dataDir, DATABASE_FILE));
  sqlite.pragma('busy_timeout = 15000');
  fillWork(sqlite, fillProtocols(sqlite, protocols));

  const board = async () => {
    const outcome = await services.call(
      { sessionToken: null, actor: cliActor() },
      'processing.board',
      {},
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.result as { total: number };
  };
  const seen = await board();
  if (seen.total !== protocols) throw new Error(`board shows ${seen.total} of ${protocols}`);
  const boardMs = await timeEach(20, board);

  const page = sqlite.prepare(
    `select id, kind, status, protocol_number, temporary_code, received_at from protocols
     where status in ('received', 'processing') order by received_at, id limit 300`,
  );
  page.all();
  const bare = await timeEach(20, () => page.all());

  sqlite.close();
  await services.close();
  fs.rmSync(dataDir, { recursive: true, force: true });

  return {
    cassette_batch_label_ms: median(pdf),
    cassette_batch_label_escpos_ms: median(escpos),
    cassette_batch_label_zpl_ms: median(zpl),
    board_protocols_in_progress: protocols,
    board_load_ms: median(boardMs),
    board_baseline_page_ms: median(bare),
    board_overhead_ratio: Number((median(boardMs) / median(bare)).toFixed(1)),
  };
}
