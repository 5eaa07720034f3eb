// The bench's words and rules: cassettes and slides, their codes, the stages of
// processing, and how a protocol's status follows the work. Pure: the services
// decide what exists, these functions decide what is allowed.

import type { KindCode, StudyKind } from './codes';
import type { ProtocolStatus } from './status';

export const CASSETTE_TYPES = ['normal', 'multicut', 'special'] as const;
export type CassetteType = (typeof CASSETTE_TYPES)[number];

/** The cassette's plastic colour, which tells the bench how to handle it. */
export const CASSETTE_COLOUR: Record<CassetteType, string> = {
  normal: 'white',
  multicut: 'yellow',
  special: 'orange',
};

export const SLIDE_STATUSES = ['pending', 'mounted', 'stained', 'ready'] as const;
export type SlideStatus = (typeof SLIDE_STATUSES)[number];

export const QUALITY_GRADES = ['excellent', 'good', 'acceptable', 'poor'] as const;
export type QualityGrade = (typeof QUALITY_GRADES)[number];

/** Histopathology in bench order; cytology has staining only. */
export const HISTO_STAGES = [
  'sectioning',
  'identification',
  'fixation',
  'embedding',
  'cutting',
  'mounting',
  'staining',
] as const;
export type Stage = (typeof HISTO_STAGES)[number];

const CASSETTE_STAGES: readonly Stage[] = [
  'sectioning',
  'identification',
  'fixation',
  'embedding',
  'cutting',
];
const SLIDE_STAGES: readonly Stage[] = ['mounting', 'staining'];

export type WorkItem = 'cassette' | 'slide';

/** Whether a stage is done to this item of a protocol of this kind. */
export function stageApplies(stage: Stage, item: WorkItem, kind: StudyKind): boolean {
  if (kind === 'cytology') return item === 'slide' && stage === 'staining';
  return (item === 'cassette' ? CASSETTE_STAGES : SLIDE_STAGES).includes(stage);
}

export function stagesFor(item: WorkItem, kind: StudyKind): Stage[] {
  return HISTO_STAGES.filter((stage) => stageApplies(stage, item, kind));
}

/** Position in bench order, so that a later record of an earlier stage never moves an item back. */
export function stageRank(stage: string | null): number {
  return stage === null ? -1 : HISTO_STAGES.indexOf(stage as Stage);
}

/** What recording a stage does to a slide's status: mounting mounts, staining stains. */
export function slideStatusAfterStage(stage: Stage, current: SlideStatus): SlideStatus {
  const reached: SlideStatus | null =
    stage === 'mounting' ? 'mounted' : stage === 'staining' ? 'stained' : null;
  return reached && slideStatusRank(reached) > slideStatusRank(current) ? reached : current;
}

export function slideStatusRank(status: string): number {
  return SLIDE_STATUSES.indexOf(status as SlideStatus);
}

/** The routine stain a new slide gets; the catalogue of others lives in the database. */
export const DEFAULT_STAIN: Record<StudyKind, string> = {
  histopathology: 'H-E',
  cytology: 'Diff-Quik',
};

/** `HP 26/001-C2`, `CT 26/014-S3`; a pending number shows the temporary code instead. */
export function itemCode(protocolCode: string, item: WorkItem, number: number): string {
  return `${protocolCode}-${item === 'cassette' ? 'C' : 'S'}${number}`;
}

export interface LiveSlide {
  status: SlideStatus;
}

/**
 * The status a protocol moves to after its work changed, or null to stay.
 * Received moves to processing with the first cassette or slide; processing
 * moves to ready when it has live slides and all are ready. Nothing moves a
 * protocol back: a slide added later to a ready protocol is extra work on a
 * case the pathologist already holds.
 */
export function protocolStatusAfterWork(
  current: ProtocolStatus,
  items: number,
  liveSlides: readonly LiveSlide[],
): ProtocolStatus | null {
  let next = current;
  if (next === 'received' && items > 0) next = 'processing';
  if (next === 'processing' && liveSlides.length > 0) {
    if (liveSlides.every((s) => s.status === 'ready')) next = 'ready';
  }
  return next === current ? null : next;
}

/** Protocols whose work can be recorded: received, and on after (more stains for a report). */
export const WORKABLE_STATUSES: readonly ProtocolStatus[] = [
  'received',
  'processing',
  'ready',
  'report_sent',
];

export type ScannedWorkCode =
  | { type: 'protocol'; protocolCode: string }
  | { type: WorkItem; protocolCode: string; number: number }
  | { type: 'unknown'; text: string };

// As with protocol codes, a scanner on a Spanish layout turns "-" and "/" into
// other characters: only letters and digits are trusted. A cassette or slide
// code is a protocol or temporary code followed by C or S and a number.
const SEP = '[^A-Z0-9]*';
const PROTOCOL_PART = `(?:(HP|CT)${SEP}(\\d{2})${SEP}(\\d{3,})|TMP${SEP}(HP|CT)${SEP}(\\d{8})${SEP}(\\d{3,}))`;
const WORK_CODE = new RegExp(`^${PROTOCOL_PART}(?:${SEP}([CS])${SEP}(\\d{1,6}))?$`);

/** Reads any protocol, temporary, cassette or slide code, typed or scanned. */
export function parseWorkCode(raw: string): ScannedWorkCode {
  const text = raw.normalize('NFKC').trim().toUpperCase();
  const match = WORK_CODE.exec(text);
  if (!match) return { type: 'unknown', text };

  const [, kind, year, seq, tmpKind, date, tmpSeq, letter, number] = match;
  const protocolCode = kind
    ? `${kind} ${year}/${seq}`
    : `TMP-${tmpKind as KindCode}-${date}-${tmpSeq}`;
  if (!letter) return { type: 'protocol', protocolCode };

  const n = Number(number);
  if (n < 1) return { type: 'unknown', text };
  return { type: letter === 'C' ? 'cassette' : 'slide', protocolCode, number: n };
}
