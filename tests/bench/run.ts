// `npm run bench`: speed figures as one JSON object on stdout. Reception is
// measured through the real services on a database already holding 100,000
// protocols, and set against a bare better-sqlite3 transaction writing the same
// rows on the same file in the same run, so the ratio means something on any machine.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startServices } from '../../src-main/services';
import { fixedClock } from '../../src-main/clock';
import { silentLogger } from '../../src-main/logger';
import { cliActor } from '../../src-main/cli/run';
import { renderLabelPdf } from '../../src-main/printing/pdf';
import { renderLabelEscPos } from '../../src-main/printing/escpos';
import { jarLabelLayout } from '../../src-shared/labels/jar-label';
import { newId } from '../../src-main/ids';
import { fillProtocols } from './fill';
import { DATABASE_FILE } from '../../src-main/db/open';
import { benchSync } from './sync';
import { benchProcessing } from './processing';
import { benchPortal } from './portal';
import { benchReportPdf } from './report-pdf';
import { percentile, timeEach } from './timing';

const PROTOCOLS = Number(process.env.BENCH_PROTOCOLS ?? 100_000);
const RECEPTIONS = Number(process.env.BENCH_RECEPTIONS ?? 300);
const SYNC_PROTOCOLS = Number(process.env.BENCH_SYNC_PROTOCOLS ?? 10_000);
const BOARD_PROTOCOLS = Number(process.env.BENCH_BOARD_PROTOCOLS ?? 5_000);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-bench-'));
const services = await startServices({
  dataDir,
  clock: fixedClock('2026-12-04T13:00:00Z'),
  log: silentLogger,
  env: { PATOLAB_PRINTER_URI: 'none' },
  mailLoop: false,
});
const sqlite = (await import('better-sqlite3')).default(path.join(dataDir, DATABASE_FILE));
sqlite.pragma('synchronous = FULL');
sqlite.pragma('busy_timeout = 15000');

const fillStarted = performance.now();
const codes = fillProtocols(sqlite, PROTOCOLS);
const fillSeconds = (performance.now() - fillStarted) / 1000;

const call = async (method: string, input: unknown) => {
  const outcome = await services.call({ sessionToken: null, actor: cliActor() }, method, input);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
};

// Warm up both paths so neither pays for first-use compilation.
for (let i = 0; i < 20; i++) await call('reception.receive', { code: codes.pop()! });

const reception = await timeEach(RECEPTIONS, async () => {
  const code = codes.pop()!;
  await call('reception.lookup', { code });
  await call('reception.receive', { code, printerUri: 'none' });
});

// The same rows written by hand: look up, counter, protocol, reception,
// history, audit entry, outbox mail, in one IMMEDIATE transaction.
const bare = sqlite.transaction((code: string, now: string) => {
  const p = sqlite.prepare('select id from protocols where temporary_code = ?').get(code) as {
    id: string;
  };
  const { value } = sqlite
    .prepare(
      `insert into counters (name, value) values ('bench:HP:2026', 1)
       on conflict (name) do update set value = value + 1 returning value`,
    )
    .get() as { value: number };
  const number = `HP 26/${value}`;
  sqlite
    .prepare(
      `update protocols set status = 'received', protocol_number = ?, received_at = ?,
       updated_at = ? where id = ? and status = 'submitted'`,
    )
    .run(`B${number}`, now, now, p.id);
  sqlite
    .prepare(
      `insert into receptions (id, protocol_id, outcome, sample_condition, recorded_by,
       recorded_at) values (?, ?, 'received', 'optimal', 'bench', ?)`,
    )
    .run(newId(), p.id, now);
  sqlite
    .prepare(
      `insert into status_history (id, protocol_id, from_status, to_status, changed_by,
       changed_at) values (?, ?, 'submitted', 'received', 'bench', ?)`,
    )
    .run(newId(), p.id, now);
  const last = sqlite
    .prepare('select seq, hash from audit_log order by seq desc limit 1')
    .get() as {
    seq: number;
    hash: string;
  };
  sqlite
    .prepare(
      `insert into audit_log (seq, id, at, actor, action, entity_type, entity_id, details,
       prev_hash, hash) values (?, ?, ?, 'bench', 'protocol.received', 'protocol', ?, '{}', ?, ?)`,
    )
    .run(last.seq + 1, newId(), now, p.id, last.hash, last.hash);
  sqlite
    .prepare(
      `insert into mail_outbox (id, event_key, to_address, subject, text_body, status,
       next_attempt_at, message_id, created_at) values (?, ?, 'v@example.org', 's', 'b',
       'pending', ?, ?, ?)`,
    )
    .run(newId(), `bench:${p.id}`, now, newId(), now);
  // What sync records of a reception: three changes queued and their clocks.
  const lastChange = sqlite.prepare('select max(seq) as seq from sync_outbox').get() as {
    seq: number | null;
  };
  for (let i = 1; i <= 3; i++) {
    const rowId = `${p.id}:${i}`;
    sqlite
      .prepare(
        `insert into sync_outbox (seq, change_id, entity, row_id, data, hlc, base, created_at)
         values (?, ?, 'bench', ?, '{}', 'h', null, ?)`,
      )
      .run((lastChange.seq ?? 0) + i, newId(), rowId, now);
    sqlite
      .prepare(`insert into sync_clocks (entity, row_id, clocks) values ('bench', ?, '{}')`)
      .run(rowId);
  }
});
for (let i = 0; i < 20; i++) bare.immediate(codes.pop()!, new Date().toISOString());
const baseline = await timeEach(RECEPTIONS, () =>
  bare.immediate(codes.pop()!, new Date().toISOString()),
);

const searches = ['munoz', 'luna caniche', 'gomez', 'HP 26/01', 'zzz-no-existe', 'felino'];
const search = await timeEach(120, (i) =>
  call('protocols.search', { query: searches[i % searches.length], limit: 50 }),
);

const layout = jarLabelLayout({
  protocolNumber: 'HP 26/001',
  animalIdentification: 'Luna',
  species: 'Canino',
  veterinarianName: 'Laura Gómez',
  receivedAt: '2026-12-04T13:00:00Z',
});
await renderLabelPdf([layout]);
const pdf = await timeEach(50, () => renderLabelPdf([layout]));
renderLabelEscPos([layout]);
const escpos = await timeEach(50, () => renderLabelEscPos([layout]));

const result = {
  protocols_in_database: PROTOCOLS,
  receptions_measured: RECEPTIONS,
  fill_seconds: Number(fillSeconds.toFixed(2)),
  reception_p50_ms: percentile(reception, 50),
  reception_p95_ms: percentile(reception, 95),
  baseline_transaction_p50_ms: percentile(baseline, 50),
  baseline_transaction_p95_ms: percentile(baseline, 95),
  reception_overhead_ratio: Number(
    (percentile(reception, 50) / percentile(baseline, 50)).toFixed(2),
  ),
  search_p50_ms: percentile(search, 50),
  search_p95_ms: percentile(search, 95),
  label_pdf_ms: percentile(pdf, 50),
  label_escpos_ms: percentile(escpos, 50),
  rss_mb: Math.round(process.memoryUsage().rss / 1024 / 1024),
};

sqlite.close();
await services.close();
fs.rmSync(dataDir, { recursive: true, force: true });

const processing = await benchProcessing(BOARD_PROTOCOLS);
const sync = await benchSync(SYNC_PROTOCOLS);
const portal = await benchPortal();
const reportPdf = await benchReportPdf();
process.stdout.write(
  `${JSON.stringify({ ...result, ...processing, ...sync, ...portal, ...reportPdf }, null, 2)}\n`,
);
