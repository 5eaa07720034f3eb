// Cassette and slide labels: the layouts of a protocol's items and the print
// job that sends them in one batch. The job is written in the transaction that
// made the items and sent after it commits, as jar labels are: no label ever
// carries a code the database then forgets.

import type { Kysely } from 'kysely';
import type { Database, CassettesTable, SlidesTable } from '../db/schema';
import type { Tx } from '../db/transaction';
import type { Actor, ServiceContext } from '../context';
import { itemLabelLayout, type ItemLabelData } from '../../src-shared/labels/item-label';
import type { LabelLayout } from '../../src-shared/labels/jar-label';
import { itemCode } from '../../src-shared/processing';
import { translate, type MessageKey } from '../../src-shared/i18n/translate';
import { insertPrintJob, NO_PRINTER } from '../printing/jobs';
import { defaultPdfUri, loadPrinterProfile } from '../printing/settings';
import { protocolCode, type ProtocolRow } from './resolve';

export type LabelItem =
  { kind: 'cassette'; row: CassettesTable } | { kind: 'slide'; row: SlidesTable };

function labelData(p: ProtocolRow, item: LabelItem): ItemLabelData {
  const code = protocolCode(p);
  const base = {
    code: itemCode(code, item.kind, item.row.number),
    protocolCode: code,
    numberPending: p.protocol_number === null,
  };
  if (item.kind === 'cassette') {
    const type = item.row.type;
    return {
      ...base,
      item: 'cassette',
      detail: item.row.material,
      extra:
        type === 'normal' ? null : translate('es-AR', `label.cassetteType.${type}` as MessageKey),
    };
  }
  const field = item.row.field_number;
  return {
    ...base,
    item: 'slide',
    detail: item.row.stain,
    extra: field === null ? null : translate('es-AR', 'label.field', { n: field }),
  };
}

export async function itemLayouts(
  ctx: ServiceContext,
  db: Kysely<Database>,
  p: ProtocolRow,
  items: readonly LabelItem[],
): Promise<{ layouts: LabelLayout[]; printerUri: string }> {
  const purpose = items[0]?.kind ?? 'cassette';
  const profile = await loadPrinterProfile(ctx, purpose, db);
  const size = { widthMm: profile.widthMm, heightMm: profile.heightMm };
  const layouts = items.map((item) => itemLabelLayout(labelData(p, item), size));
  // One file per batch: a later batch must not replace the labels of an earlier one.
  const numbers = items.map((item) => item.row.number);
  const letter = purpose === 'cassette' ? 'C' : 'S';
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  const range = first === last ? `${letter}${first}` : `${letter}${first}-${letter}${last}`;
  const stem = `${protocolCode(p)}-${range}`;
  return { layouts, printerUri: profile.uri ?? defaultPdfUri(ctx, stem) };
}

/** Queues one job for a batch of labels; null when asked not to print. */
export async function queueItemLabels(
  tx: Tx,
  ctx: ServiceContext,
  actor: Actor,
  p: ProtocolRow,
  items: readonly LabelItem[],
  printerOverride: string | undefined,
): Promise<string | null> {
  if (items.length === 0 || printerOverride === NO_PRINTER) return null;
  const { layouts, printerUri } = await itemLayouts(ctx, tx, p, items);
  const target = printerOverride ?? printerUri;
  if (target === NO_PRINTER) return null;
  return insertPrintJob(tx, ctx, {
    protocolId: p.id,
    labelKind: items[0]!.kind,
    printerUri: target,
    layouts,
    createdBy: actor.name,
  });
}

export const cassetteItems = (rows: readonly CassettesTable[]): LabelItem[] =>
  rows.map((row) => ({ kind: 'cassette', row }));

export const slideItems = (rows: readonly SlidesTable[]): LabelItem[] =>
  rows.map((row) => ({ kind: 'slide', row }));
