// Print jobs. A job row is written in the same transaction as the reception
// that asks for it and is sent only after that commits: a label is never
// printed with a number the database then forgets. A failed job stays visible
// and can be retried; a printer that does not answer fails in seconds.
//
// A job may hold many labels (every cassette of a protocol): they go to the
// printer in one delivery and succeed or fail together, so a retry never
// prints half a batch twice.

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Tx } from '../db/transaction';
import type { LabelLayout } from '../../src-shared/labels/layout';
import type { PrintOutcome } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { printLabels } from './send';

/** A printer URI that means "receive without printing a label". */
export const NO_PRINTER = 'none';

export interface NewPrintJob {
  protocolId: string | null;
  labelKind: string;
  printerUri: string;
  /** In printing order. */
  layouts: LabelLayout[];
  createdBy: string;
}

export async function insertPrintJob(tx: Tx, ctx: ServiceContext, job: NewPrintJob) {
  if (job.layouts.length === 0) throw new RangeError('A print job needs at least one label');
  const now = ctx.clock.now().toISOString();
  const id = newId();
  await tx
    .insertInto('print_jobs')
    .values({
      id,
      protocol_id: job.protocolId,
      label_kind: job.labelKind,
      printer_uri: job.printerUri,
      layout: JSON.stringify(job.layouts),
      status: 'pending',
      attempts: 0,
      last_error: null,
      created_by: job.createdBy,
      created_at: now,
      updated_at: now,
      printed_at: null,
    })
    .execute();
  return id;
}

/** Sends a job to its printer and records the outcome. Never throws for a printer fault. */
export async function runPrintJob(ctx: ServiceContext, jobId: string): Promise<PrintOutcome> {
  const job = await ctx.db
    .selectFrom('print_jobs')
    .selectAll()
    .where('id', '=', jobId)
    .executeTakeFirst();
  if (!job) throw new AppError('NOT_FOUND', 'error.printJobNotFound');

  let error: string | null = null;
  let labels = 0;
  const started = Date.now();
  try {
    const layouts = storedLayouts(job.layout);
    labels = layouts.length;
    await printLabels(job.printer_uri, layouts);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }

  const now = ctx.clock.now().toISOString();
  await ctx.db
    .updateTable('print_jobs')
    .set({
      status: error ? 'failed' : 'printed',
      attempts: job.attempts + 1,
      last_error: error,
      updated_at: now,
      printed_at: error ? job.printed_at : now,
    })
    .where('id', '=', jobId)
    .execute();

  const durationMs = Date.now() - started;
  const logged = {
    jobId,
    protocolId: job.protocol_id,
    printer: job.printer_uri,
    labels,
    durationMs,
  };
  if (error) ctx.log.warn({ ...logged, outcome: 'failed', error }, 'print job failed');
  else ctx.log.info({ ...logged, outcome: 'printed' }, 'print job done');

  return { jobId, status: error ? 'failed' : 'printed', printerUri: job.printer_uri, error };
}

// Jobs written before batches hold one layout object rather than a list; they
// stay in the queue for a retry or a reprint after an update.
function storedLayouts(json: string): LabelLayout[] {
  const stored = JSON.parse(json) as LabelLayout | LabelLayout[];
  return Array.isArray(stored) ? stored : [stored];
}

export async function listPrintJobs(db: Kysely<Database>, status?: string) {
  let query = db
    .selectFrom('print_jobs as j')
    .leftJoin('protocols as p', 'p.id', 'j.protocol_id')
    .selectAll('j')
    .select('p.protocol_number');
  if (status) query = query.where('j.status', '=', status as 'pending');
  return query.orderBy('j.created_at', 'desc').limit(200).execute();
}

// A job is sent within seconds of being written; one still pending a minute
// later was cut short by a crash or a power cut. Shown as failed, it gets a
// Retry button instead of waiting forever with no word.
const INTERRUPTED_AFTER_MS = 60_000;

export async function failInterruptedJobs(ctx: ServiceContext): Promise<number> {
  const now = ctx.clock.now();
  const cutoff = new Date(now.getTime() - INTERRUPTED_AFTER_MS).toISOString();
  const result = await ctx.db
    .updateTable('print_jobs')
    .set({
      status: 'failed',
      last_error: 'La impresión se interrumpió (el programa se cerró). Reintente.',
      updated_at: now.toISOString(),
    })
    .where('status', '=', 'pending')
    .where('updated_at', '<', cutoff)
    .executeTakeFirst();
  const count = Number(result.numUpdatedRows);
  if (count > 0) ctx.log.warn({ jobs: count }, 'interrupted print jobs marked failed');
  return count;
}
