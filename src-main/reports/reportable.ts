// When a protocol's report may be written and signed. A draft may be started as
// soon as the sample is received (the pathologist often reads the history while
// the bench works); signing waits for `ready`, or takes a written reason.

import type { Tx } from '../db/transaction';
import type { ProtocolStatus } from '../../src-shared/status';
import { AppError } from '../../src-shared/errors';
import { translate } from '../../src-shared/i18n/translate';
import { formatLocalDateTime } from '../../src-shared/calendar';
import { protocolCode, type ProtocolRow } from '../processing/resolve';
import type { DraftRow } from './report-rows';

const REPORTABLE: readonly ProtocolStatus[] = ['received', 'processing', 'ready', 'report_sent'];

/** Signed before the bench is done: only with the pathologist's written reason. */
export const EARLY: readonly ProtocolStatus[] = ['received', 'processing'];

export const statusWord = (status: string) =>
  translate('es-AR', `status.${status}` as 'status.draft');

/** The protocol read again inside a write, refused before its sample was received. */
export async function loadReportable(tx: Tx, protocolId: string): Promise<ProtocolRow> {
  const p = await tx
    .selectFrom('protocols')
    .selectAll()
    .where('id', '=', protocolId)
    .executeTakeFirstOrThrow();
  if (!REPORTABLE.includes(p.status as ProtocolStatus)) {
    throw new AppError('CONFLICT', 'error.reportNotReportable', {
      protocol: protocolCode(p),
      status: statusWord(p.status),
    });
  }
  return p;
}

/** The refusal for any change to a draft that is signed, naming the version, when and who. */
export async function signedRefusal(
  tx: Tx,
  p: ProtocolRow,
  draft: Pick<DraftRow, 'version' | 'signed_version_id'>,
  timeZone: string,
): Promise<AppError> {
  const signed = draft.signed_version_id
    ? await tx
        .selectFrom('report_versions')
        .select(['version', 'signed_at', 'signer_name'])
        .where('id', '=', draft.signed_version_id)
        .executeTakeFirst()
    : undefined;
  return new AppError('CONFLICT', 'error.reportAlreadySigned', {
    protocol: protocolCode(p),
    version: signed?.version ?? draft.version,
    when: signed ? formatLocalDateTime(signed.signed_at, timeZone) : '',
    by: signed?.signer_name ?? '',
  });
}
