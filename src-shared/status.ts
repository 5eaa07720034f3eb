// The life of a protocol. Every move is checked here before it is written.

export const PROTOCOL_STATUSES = [
  'draft',
  'submitted',
  'received',
  'rejected',
  'processing',
  'ready',
  'report_sent',
] as const;

export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];

const NEXT: Record<ProtocolStatus, readonly ProtocolStatus[]> = {
  draft: ['submitted'],
  submitted: ['received', 'rejected'],
  received: ['processing'],
  rejected: [],
  processing: ['ready'],
  ready: ['report_sent'],
  report_sent: ['report_sent'],
};

export function canMove(from: ProtocolStatus, to: ProtocolStatus): boolean {
  return NEXT[from].includes(to);
}

export const SAMPLE_CONDITIONS = ['optimal', 'acceptable', 'suboptimal', 'rejected'] as const;
export type SampleCondition = (typeof SAMPLE_CONDITIONS)[number];
