// Names a person knows for what a conflict is about. The server reports the
// synced record's kind and column; the screens already have words for most.

import type { MessageKey } from '../../../src-shared/i18n/translate';

export const ENTITY_LABEL: Record<string, MessageKey> = {
  protocol: 'ui.sync.entity.protocol',
  veterinarian: 'ui.sync.entity.veterinarian',
  user: 'ui.sync.entity.user',
  reception: 'ui.sync.entity.reception',
  status_history: 'ui.sync.entity.status_history',
  cassette: 'item.cassette',
  slide: 'item.slide',
  stain: 'ui.bench.col.stain',
  report_draft: 'ui.sync.entity.report_draft',
  report_version: 'ui.sync.entity.report_version',
  report_image: 'ui.sync.entity.report_image',
  report_phrase: 'ui.sync.entity.report_phrase',
  signature_image: 'ui.sync.entity.signature_image',
};

export const FIELD_LABEL: Record<string, MessageKey> = {
  status: 'ui.protocols.status',
  animal_species: 'ui.detail.species',
  animal_breed: 'ui.detail.breed',
  animal_sex: 'ui.detail.sex',
  animal_age: 'ui.detail.age',
  animal_identification: 'ui.protocol.identification',
  // The catalogues name the owner as one thing; the value tells surname from first name.
  owner_last_name: 'ui.protocol.owner',
  owner_first_name: 'ui.protocol.owner',
  presumptive_diagnosis: 'ui.protocol.presumptiveDiagnosis',
  clinical_history: 'ui.protocol.clinicalHistory',
  academic_interest: 'ui.protocol.academicInterest',
  submission_date: 'ui.protocol.submitted',
  sample_material: 'ui.protocol.material',
  sample_containers: 'ui.protocol.containersDeclared',
  sample_slides: 'ui.protocol.slidesDeclared',
  sample_site: 'ui.detail.site',
  email: 'ui.detail.email',
  phone: 'ui.detail.phone',
  license_number: 'ui.protocol.license',
  display_name: 'ui.users.col.name',
  roles: 'ui.users.col.roles',
  outcome: 'ui.detail.outcome',
  sample_condition: 'ui.reception.condition',
  containers_received: 'ui.reception.containersReceived',
  slides_received: 'ui.reception.slidesReceived',
  discrepancies: 'ui.reception.discrepancies',
  notes: 'ui.reception.notes',
  rejection_reason: 'ui.reject.reason',
  recorded_by: 'ui.detail.recordedBy',
  recorded_at: 'ui.detail.recordedAt',
  received_at: 'ui.protocols.col.received',
  created_at: 'ui.protocol.createdAt',
  kind: 'ui.protocols.col.kind',
  // A report's draft and what a signature fixed.
  macroscopic: 'ui.reports.section.macroscopic',
  microscopic: 'ui.reports.section.microscopic',
  microscopic_items: 'ui.reports.section.microscopic_items',
  diagnosis: 'ui.reports.section.diagnosis',
  comments: 'ui.reports.section.comments',
  amendment_reason: 'ui.reports.editor.amendmentReason',
  signed_version_id: 'ui.sync.field.signedVersion',
  version: 'ui.reports.versions.col.version',
  // An image refused by a signature is told as its caption, file and removal.
  caption: 'ui.reports.images.caption',
  sha256: 'ui.reports.images.file',
  removedAt: 'ui.sync.field.removed',
  removed_at: 'ui.sync.field.removed',
  // A pathologist's phrase and signature image, edited at two desks.
  title: 'ui.reports.phrases.titleField',
  text: 'ui.reports.phrases.text',
  mime: 'ui.sync.field.format',
  data: 'ui.reports.images.file',
};

/** Fields whose values are codes the catalogues already name (`received` → `status.received`). */
export const VALUE_PREFIX: Record<string, string> = {
  status: 'status.',
  outcome: 'status.',
  sample_condition: 'condition.',
  kind: 'kind.',
  animal_sex: 'sex.',
};

/** Flags the database keeps as 1 or 0: a person reads yes or no. */
export const FLAG_FIELDS: ReadonlySet<string> = new Set([
  'academic_interest',
  'verified',
  'active',
]);
