import { describe, expect, it } from 'vitest';
import type { DraftView, ReportView, VersionView } from '../../../src-shared/report-contract';
import type { ProtocolStatus } from '../../../src-shared/status';
import { editorMode } from '../../../src-renderer/screens/report/editor-mode';

function protocol(status: ProtocolStatus): ReportView['protocol'] {
  return {
    id: 'p1',
    code: 'HP 26/001',
    numberPending: false,
    kind: 'histopathology',
    status,
    submissionDate: '2026-12-01',
    receivedAt: '2026-12-02T12:00:00.000Z',
    veterinarian: { name: 'Laura Gómez', license: '1234', email: 'l@example.org', phone: null },
    animal: {
      species: 'Canino',
      breed: null,
      sex: 'female',
      age: null,
      identification: null,
      owner: null,
    },
    presumptiveDiagnosis: 'Neoplasia mamaria',
    clinicalHistory: null,
    pathologistId: null,
    pathologistName: null,
  };
}

function draft(version: number): DraftView {
  return {
    id: `d${version}`,
    version,
    amendsVersion: version > 1 ? version - 1 : null,
    amendmentReason: version > 1 ? 'Se agrega el grado histológico.' : null,
    updatedAt: '2026-12-04T13:00:00.000Z',
    updatedBy: 'Dra. Acuña',
    images: [],
    macroscopic: '',
    microscopic: '',
    microscopicItems: [],
    diagnosis: 'Lipoma',
    comments: '',
  };
}

function signed(version: number): VersionView {
  return {
    id: `v${version}`,
    version,
    signedAt: '2026-12-04T14:00:00.000Z',
    signerName: 'Dra. Acuña',
    signerLicense: 'MP 5521',
    amendsVersion: null,
    amendmentReason: null,
    earlyReason: null,
    diagnosis: 'Lipoma',
    contentSha256: 'a'.repeat(64),
    pdfSha256: 'b'.repeat(64),
  };
}

function report(status: ProtocolStatus, d: DraftView | null, versions: VersionView[]): ReportView {
  return {
    protocol: protocol(status),
    items: [],
    draft: d,
    versions,
    deliveries: [],
    conflicts: [],
    signNeedsReason: status !== 'ready',
    hasSignatureImage: true,
  };
}

describe('what the report screen lets the pathologist do', () => {
  it('a received protocol with no report yet opens for writing version 1', () => {
    const mode = editorMode(report('received', null, []), true);
    expect(mode).toMatchObject({ editing: true, version: 1, openDraft: null, latest: null });
  });

  it('a protocol not received yet cannot be reported', () => {
    expect(editorMode(report('submitted', null, []), true).editing).toBe(false);
  });

  it('a signed report is read, never written, until it is amended', () => {
    const mode = editorMode(report('report_sent', null, [signed(1)]), true);
    expect(mode.editing).toBe(false);
    expect(mode.latest?.version).toBe(1);
  });

  it('an open amendment is written as the next version', () => {
    const mode = editorMode(report('report_sent', draft(2), [signed(1)]), true);
    expect(mode).toMatchObject({ editing: true, version: 2 });
    expect(mode.openDraft?.amendsVersion).toBe(1);
  });

  it('a draft whose version is already signed counts as signed', () => {
    expect(editorMode(report('ready', draft(1), [signed(1)]), true).editing).toBe(false);
  });

  it('only a pathologist writes; an administrator reads', () => {
    expect(editorMode(report('ready', draft(1), []), false).editing).toBe(false);
  });

  it('the screen starts over when a draft is signed or an amendment opens', () => {
    const writing = editorMode(report('ready', draft(1), []), true).key;
    const signedKey = editorMode(report('ready', null, [signed(1)]), true).key;
    const amending = editorMode(report('report_sent', draft(2), [signed(1)]), true).key;
    expect(new Set([writing, signedKey, amending]).size).toBe(3);
    expect(editorMode(report('ready', null, []), true).key).toBe(writing);
  });
});
