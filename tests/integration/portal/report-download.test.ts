// The signed report on the veterinarians' portal: a vet sees every signed version of their
// own protocol's report, oldest first, an amendment naming the version it replaces and why,
// and downloads each one with the very bytes that were signed. Another vet's protocol, or a
// version that does not exist, gets the answer of a protocol that does not exist.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signReport, type SignedVersion } from '../../helpers/report-version';
import {
  createStaff,
  createVetAccount,
  openCentral,
  portalBackends,
  portalForm,
  type Central,
  type VetAccount,
} from '../../helpers/vet-account';
import { tempDataDir } from '../../helpers/workstation';

const backends = await portalBackends();

function pdfText(pdf: Buffer): string {
  const file = path.join(tempDataDir('report-'), 'informe.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the signed report on the portal on ${backend.name}`, () => {
    let central: Central;
    afterEach(async () => central?.close());

    const REASON = 'Se corrigió el grado histológico tras revisar cortes adicionales';

    /** Vet A's protocol, received, with a report signed and then amended; and vet B. */
    async function amendedReport(): Promise<{
      vetA: VetAccount;
      vetB: VetAccount;
      id: string;
      first: SignedVersion;
      second: SignedVersion;
    }> {
      central = await openCentral({ postgres: backend.postgres });
      const reception = await createStaff(central, ['reception']);
      const vetA = await createVetAccount(central, { email: 'laura.gomez@clinica.example' });
      const vetB = await createVetAccount(central, { email: 'ramiro.benitez@vete.example' });
      const { id, temporaryCode } = await central.ask(vetA.token, 'protocols.submit', portalForm());
      await central.ask(reception.token, 'reception.receive', { code: temporaryCode });

      const first = await signReport(central.services, id, {
        signedAt: '2026-12-05T14:30:00.000Z',
      });
      const second = await signReport(central.services, id, {
        amends: { id: first.id, reason: REASON },
        diagnosis: 'Carcinoma tubular de glándula mamaria, grado II.',
        signedAt: '2026-12-07T12:00:00.000Z',
      });
      return { vetA, vetB, id, first, second };
    }

    it('lists both versions of the report, the amendment naming what it replaces', async () => {
      const { vetA, id } = await amendedReport();
      const other = await central.ask(vetA.token, 'protocols.submit', portalForm('cytology'));

      const list = await central.ask(vetA.token, 'protocols.listMine', {});
      expect(list.items.map((p) => [p.id, p.reportAvailable])).toEqual([
        [other.id, false],
        [id, true],
      ]);

      const detail = await central.ask(vetA.token, 'protocols.getMine', { id });
      expect(detail.reportAvailable).toBe(true);
      const stored = await central.services.ctx.db
        .selectFrom('report_versions')
        .select('content_sha256')
        .where('protocol_id', '=', id)
        .orderBy('version')
        .execute();
      expect(detail.reports).toEqual([
        {
          version: 1,
          signedAt: '2026-12-05T14:30:00.000Z',
          signerName: 'Dra. Ana Pérez',
          amendsVersion: null,
          amendmentReason: null,
          contentSha256: stored[0]!.content_sha256,
        },
        {
          version: 2,
          signedAt: '2026-12-07T12:00:00.000Z',
          signerName: 'Dra. Ana Pérez',
          amendsVersion: 1,
          amendmentReason: REASON,
          contentSha256: stored[1]!.content_sha256,
        },
      ]);
      // The report's contents travel only inside the PDF a vet downloads.
      expect(JSON.stringify(detail)).not.toContain('grado II');

      const none = await central.ask(vetA.token, 'protocols.getMine', { id: other.id });
      expect(none).toMatchObject({ reportAvailable: false, reports: [] });
    });

    it('downloads each version with the bytes that were signed', async () => {
      const { vetA, id, first, second } = await amendedReport();

      const v1 = await central.ask(vetA.token, 'protocols.reportPdf', { id, version: 1 });
      const v2 = await central.ask(vetA.token, 'protocols.reportPdf', { id, version: 2 });
      expect(v1.fileName).toBe('Informe HP 26-001 v1.pdf');
      expect(v2.fileName).toBe('Informe HP 26-001 v2.pdf');
      expect(Buffer.from(v1.base64, 'base64').equals(first.pdf)).toBe(true);
      expect(Buffer.from(v2.base64, 'base64').equals(second.pdf)).toBe(true);

      const amended = pdfText(Buffer.from(v2.base64, 'base64'));
      expect(amended).toContain('Informe enmendado');
      expect(amended).toContain('grado II');
      expect(pdfText(Buffer.from(v1.base64, 'base64'))).not.toContain('Informe enmendado');
    });

    it("answers another vet's report, and a version never signed, like a missing protocol", async () => {
      const { vetA, vetB, id } = await amendedReport();
      const missing = await central.call(vetB.token, 'protocols.reportPdf', {
        id: '0193a1b2-0000-7000-8000-000000000000',
        version: 1,
      });
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

      const foreign = await central.call(vetB.token, 'protocols.reportPdf', { id, version: 1 });
      const neverSigned = await central.call(vetA.token, 'protocols.reportPdf', {
        id,
        version: 3,
      });
      expect(foreign).toEqual(missing);
      expect(neverSigned).toEqual(missing);
      expect(await central.call(vetB.token, 'protocols.getMine', { id })).toEqual(missing);
    });
  });
}
