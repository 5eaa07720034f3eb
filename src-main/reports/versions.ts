// A signed version's PDF, as stored when it was signed: never drawn again, so a
// copy downloaded years later is byte for byte the one the vet received, and
// its SHA-256 the one recorded then.

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../../src-shared/errors';
import { protocolCode, type ProtocolRow } from '../processing/resolve';
import { reportFileName } from '../mail/report-mail';
import { loadStandingVersion } from './report-rows';

export interface SignedPdf {
  versionId: string;
  version: number;
  /** `Informe HP 26-001 v1.pdf` */
  fileName: string;
  pdf: Buffer;
  sha256: string;
}

/** The PDF of version `version` of a protocol's report, or of its latest version. */
export async function signedPdf(
  db: Kysely<Database>,
  p: ProtocolRow,
  version?: number,
): Promise<SignedPdf> {
  const chosen = await loadStandingVersion(db, p.id, version);
  if (!chosen) {
    throw version === undefined
      ? new AppError('NOT_FOUND', 'error.reportNotSignedYet', { protocol: protocolCode(p) })
      : new AppError('NOT_FOUND', 'error.reportVersionNotFound', {
          protocol: protocolCode(p),
          version,
        });
  }
  const row = await db
    .selectFrom('report_versions')
    .select(['pdf', 'pdf_sha256'])
    .where('id', '=', chosen.id)
    .executeTakeFirstOrThrow();
  return {
    versionId: chosen.id,
    version: chosen.version,
    fileName: reportFileName(protocolCode(p), chosen.version),
    pdf: Buffer.from(row.pdf, 'base64'),
    sha256: row.pdf_sha256,
  };
}
