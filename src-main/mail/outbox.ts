// The outbox is the only way mail leaves Patolab. A mail is a row written in the same
// transaction as the event that causes it: a crash after the commit loses nothing, a
// rolled-back reception sends nothing, and the event key keeps one event to one mail.
// Nothing here talks to a mail server; deliver.ts does that.

import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Clock } from '../clock';
import type { Database, OutboxStatus } from '../db/schema';

export interface OutgoingMail {
  /** What caused the mail, e.g. `reception:<protocol id>`; the same event never mails twice. */
  eventKey: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  protocolId?: string;
  /** A signed report: its PDF goes attached, read when the mail is sent (see deliver.ts). */
  reportVersionId?: string;
}

export interface OutboxEntry {
  id: string;
  eventKey: string;
  toAddress: string;
  subject: string;
  protocolId: string | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

// The from-address may change in the settings between queueing and sending, so the
// Message-ID does not use its domain: a fixed one keeps the header identical on every resend
// of a row, which is what lets a receiving server or mail client recognise a duplicate.
const MESSAGE_ID_DOMAIN = 'patolab.local';

export function newMessageId(): string {
  return `<${uuidv7()}@${MESSAGE_ID_DOMAIN}>`;
}

/**
 * Queues a mail inside the caller's transaction. Queueing an event that is already queued
 * (or sent) changes nothing and answers `queued: false` with the existing row's id.
 */
export async function enqueueMail(
  tx: Kysely<Database>,
  clock: Clock,
  mail: OutgoingMail,
): Promise<{ id: string; queued: boolean }> {
  const now = clock.now().toISOString();
  const inserted = await tx
    .insertInto('mail_outbox')
    .values({
      id: uuidv7(),
      event_key: mail.eventKey,
      to_address: mail.to.trim(),
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      protocol_id: mail.protocolId ?? null,
      report_version_id: mail.reportVersionId ?? null,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      last_error: null,
      message_id: newMessageId(),
      created_at: now,
      sent_at: null,
    })
    .onConflict((oc) => oc.column('event_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, queued: true };

  const existing = await tx
    .selectFrom('mail_outbox')
    .select('id')
    .where('event_key', '=', mail.eventKey)
    .executeTakeFirstOrThrow();
  return { id: existing.id, queued: false };
}

/** Newest first, for the screen that shows what mail went out and what is stuck. */
export async function listOutbox(
  db: Kysely<Database>,
  options: { status?: OutboxStatus; limit: number },
): Promise<OutboxEntry[]> {
  let query = db
    .selectFrom('mail_outbox')
    .select([
      'id',
      'event_key',
      'to_address',
      'subject',
      'protocol_id',
      'status',
      'attempts',
      'next_attempt_at',
      'last_error',
      'created_at',
      'sent_at',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.status) query = query.where('status', '=', options.status);

  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    eventKey: row.event_key,
    toAddress: row.to_address,
    subject: row.subject,
    protocolId: row.protocol_id,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  }));
}

/**
 * Puts a failed (or still waiting) mail back in line to go at the next run. Answers false
 * when the mail is already sent or being sent, or does not exist.
 */
export async function retryNow(db: Kysely<Database>, clock: Clock, id: string): Promise<boolean> {
  // attempts starts again from zero so a retry by hand gets the short first waits (a minute,
  // two, four) and a few tries before it can be given up again, not one try and an hour's wait.
  const result = await db
    .updateTable('mail_outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: clock.now().toISOString() })
    .where('id', '=', id)
    .where('status', 'in', ['failed', 'pending'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
