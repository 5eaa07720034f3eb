// What the report screen offers for a protocol: writing a draft (a first
// report, or the amendment now open) or reading what was signed. A draft whose
// version was signed is finished: it is read, never written again.

import type { DraftView, ReportView, VersionView } from '../../../src-shared/report-contract';
import type { ProtocolStatus } from '../../../src-shared/status';

/** A report can be begun once the sample is at the lab, before it is ready. */
const DRAFTABLE: readonly ProtocolStatus[] = ['received', 'processing', 'ready'];

export interface EditorMode {
  /** The draft being written, or null (none yet, or all signed). */
  openDraft: DraftView | null;
  latest: VersionView | null;
  /** Whether the screen shows the fields to write in. */
  editing: boolean;
  /** The version the fields write: the open draft's, or the next one. */
  version: number;
  /** Changes when the screen must start over: a draft signed, an amendment opened. */
  key: string;
}

export function editorMode(view: ReportView, canWrite: boolean): EditorMode {
  const signed = new Set(view.versions.map((v) => v.version));
  const latest = view.versions.reduce<VersionView | null>(
    (best, v) => (best === null || v.version > best.version ? v : best),
    null,
  );
  const openDraft = view.draft && !signed.has(view.draft.version) ? view.draft : null;
  const firstDraft =
    view.draft === null && latest === null && DRAFTABLE.includes(view.protocol.status);
  const editing = canWrite && (openDraft !== null || firstDraft);
  const version = openDraft?.version ?? (latest?.version ?? 0) + 1;
  return {
    openDraft,
    latest,
    editing,
    version,
    key: `${view.protocol.id}:${editing ? `edit-${version}` : `read-${latest?.version ?? 0}`}`,
  };
}
