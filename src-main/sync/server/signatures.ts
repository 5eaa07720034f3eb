// What the central server decides about the signed reports a desk pushes. It is where every
// copy meets, so it is the one that arbitrates, and it never trusts a desk's clock to do it:
// - a signed version must be what signing makes: the SHA-256 of its content and of its PDF
//   are the ones it carries, and its draft is the one of its protocol and number; otherwise
//   the whole push is refused, as a change with an impossible clock is (push.ts);
// - once a draft is signed here, a signature that arrives later never replaces it (the merge
//   keeps it as a conflict, sync/merge.ts), and the server records the draft again as it
//   stands, stamped with its own next clock, so that every desk, the one whose signature lost
//   included, ends on the version the server took first.
// Both versions stay stored; nothing is deleted.

import { createHash } from 'node:crypto';
import { AppError } from '../../../src-shared/errors';
import type { WireChange } from '../../../src-shared/sync-wire';
import type { ServiceContext } from '../../context';
import type { DevicesTable } from '../../db/schema';
import type { Tx } from '../../db/transaction';
import { edited, recordChanges } from '../record';

/** What signing seals in a draft (reports/sign.ts), and what the server says again. */
const SEALED = [
  'macroscopic',
  'microscopic',
  'microscopic_items',
  'diagnosis',
  'comments',
  'amendment_reason',
  'updated_by',
  'updated_at',
  'signed_version_id',
] as const;

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const hex = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : '');

function refuse(ctx: ServiceContext, device: Pick<DevicesTable, 'id'>, c: WireChange, why: string) {
  ctx.log.warn({ deviceId: device.id, rowId: c.rowId, why }, 'signed report version refused');
  return new AppError('VALIDATION', 'error.validation', {
    details: `informe firmado ${c.rowId}: ${why}`,
  });
}

/**
 * Refuses a push whose signed versions do not match their own hashes. Run before the write
 * lock is taken: hashing a signed PDF takes a few milliseconds a megabyte.
 */
export function checkVersionHashes(
  ctx: ServiceContext,
  device: Pick<DevicesTable, 'id'>,
  changes: readonly WireChange[],
): void {
  for (const c of changes) {
    if (c.entity !== 'report_version') continue;
    const { content, content_sha256: contentSha, pdf, pdf_sha256: pdfSha } = c.data;
    if (typeof content !== 'string' || hex(contentSha) !== sha256(content)) {
      throw refuse(ctx, device, c, 'la huella SHA-256 no coincide con su contenido');
    }
    if (typeof pdf !== 'string' || hex(pdfSha) !== sha256(Buffer.from(pdf, 'base64'))) {
      throw refuse(ctx, device, c, 'la huella SHA-256 no coincide con su PDF');
    }
  }
}

/**
 * Refuses a push whose signed versions name a draft this server does not hold, or the draft
 * of another protocol or number. Run once the push's changes are applied, so that a draft the
 * same push brought counts.
 */
export async function checkVersionDrafts(
  tx: Tx,
  ctx: ServiceContext,
  device: Pick<DevicesTable, 'id'>,
  changes: readonly WireChange[],
): Promise<void> {
  for (const c of changes) {
    if (c.entity !== 'report_version') continue;
    const draft = await tx
      .selectFrom('report_drafts')
      .select(['protocol_id', 'version'])
      .where('id', '=', String(c.data.draft_id))
      .executeTakeFirst();
    if (!draft) throw refuse(ctx, device, c, 'su borrador no está en el servidor central');
    if (draft.protocol_id !== c.data.protocol_id || draft.version !== c.data.version) {
      throw refuse(ctx, device, c, 'su borrador es de otro protocolo o de otra versión');
    }
  }
}

/**
 * Drafts a push tried to sign with another version than the one that stands here: each is
 * recorded again as it stands, after every change of the push in the log and with a later
 * clock than any of them. Answers how many.
 */
export async function reassertSignatures(
  tx: Tx,
  ctx: ServiceContext,
  changes: readonly WireChange[],
): Promise<number> {
  const refused = new Map<string, string>();
  for (const c of changes) {
    const sent = c.entity === 'report_draft' ? c.data.signed_version_id : null;
    if (typeof sent === 'string') refused.set(c.rowId, sent);
  }
  const standing = [];
  for (const [draftId, sent] of refused) {
    const draft = await tx
      .selectFrom('report_drafts')
      .selectAll()
      .where('id', '=', draftId)
      .executeTakeFirst();
    if (!draft?.signed_version_id || draft.signed_version_id === sent) continue;
    standing.push(draft);
    ctx.log.warn(
      { draftId, standing: draft.signed_version_id, refused: sent },
      'a later signature of a signed report refused; the standing one recorded again',
    );
  }
  await recordChanges(
    tx,
    ctx,
    standing.map((draft) =>
      edited('report_draft', draft.id, Object.fromEntries(SEALED.map((f) => [f, draft[f]]))),
    ),
  );
  return standing.length;
}
