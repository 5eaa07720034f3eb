// Row types of the tables created in migrations/. Kept by hand: a column added
// to a migration is added here in the same commit.

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  /** comma-separated role codes */
  roles: string;
  license_number: string | null;
  active: number;
  failed_attempts: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface VeterinariansTable {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  license_number: string;
  phone: string | null;
  dni: string | null;
  cuit: string | null;
  /** JSON of the postal address */
  address: string | null;
  verified: number;
  created_at: string;
  updated_at: string;
}

export interface ProtocolsTable {
  id: string;
  kind: 'histopathology' | 'cytology';
  temporary_code: string;
  protocol_number: string | null;
  status: string;
  veterinarian_id: string;
  animal_species: string;
  animal_breed: string | null;
  animal_sex: string;
  animal_age: string | null;
  animal_identification: string | null;
  owner_last_name: string | null;
  owner_first_name: string | null;
  presumptive_diagnosis: string;
  clinical_history: string | null;
  academic_interest: number;
  submission_date: string;
  sample_material: string | null;
  sample_containers: number | null;
  sample_technique: string | null;
  sample_site: string | null;
  sample_slides: number | null;
  /** lower-cased, accent-free words people search by */
  search_text: string;
  received_at: string | null;
  /** The pathologist who took it from the queue. */
  pathologist_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReceptionsTable {
  id: string;
  protocol_id: string;
  outcome: 'received' | 'rejected';
  sample_condition: string;
  containers_received: number | null;
  slides_received: number | null;
  discrepancies: string | null;
  notes: string | null;
  rejection_reason: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface StatusHistoryTable {
  id: string;
  protocol_id: string;
  from_status: string | null;
  to_status: string;
  changed_by: string;
  changed_at: string;
  reason: string | null;
}

export interface CountersTable {
  name: string;
  value: number;
}

export interface AuditLogTable {
  seq: number;
  id: string;
  at: string;
  actor: string;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface MailOutboxTable {
  id: string;
  event_key: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  protocol_id: string | null;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  message_id: string;
  created_at: string;
  sent_at: string | null;
  /** The signed report whose PDF goes attached. */
  report_version_id: string | null;
}

export type PrintJobStatus = 'pending' | 'printed' | 'failed';

export interface PrintJobsTable {
  id: string;
  protocol_id: string | null;
  label_kind: string;
  printer_uri: string;
  /** JSON array of the label layouts, so a reprint shows exactly what was first printed */
  layout: string;
  status: PrintJobStatus;
  attempts: number;
  last_error: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  printed_at: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface SyncOutboxTable {
  seq: number;
  change_id: string;
  entity: string;
  row_id: string;
  /** JSON of the fields this change sets */
  data: string;
  hlc: string;
  /** JSON of each edited field's clock as this device last saw it; null for a new row */
  base: string | null;
  created_at: string;
}

export interface SyncChangesTable {
  seq: number;
  change_id: string;
  entity: string;
  row_id: string;
  data: string;
  hlc: string;
  base: string | null;
  /** the device id that made the change, or `server` */
  origin: string;
  applied_at: string;
}

export interface SyncClocksTable {
  entity: string;
  row_id: string;
  /** JSON: `*` for the row's insert, then one clock per field edited since */
  clocks: string;
}

export interface SyncStateTable {
  id: number;
  server_url: string | null;
  device_id: string | null;
  device_secret: string | null;
  device_name: string | null;
  device_number: number | null;
  pull_cursor: number;
  audit_pushed_seq: number;
  hlc: string;
  clock_offset_ms: number;
  clock_problem: string | null;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  /** JSON of the last run's SyncSummary */
  last_summary: string | null;
  enrolled_at: string | null;
}

export interface DevicesTable {
  id: string;
  number: number;
  name: string;
  secret_hash: string;
  enrolled_at: string;
  enrolled_by: string;
  last_sync_at: string | null;
  last_address: string | null;
  app_version: string | null;
  clock_offset_ms: number | null;
  revoked_at: string | null;
  revoked_by: string | null;
  audit_seq: number;
  audit_hash: string | null;
  audit_problem: string | null;
}

export interface EnrolmentCodesTable {
  code_hash: string;
  name: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  device_id: string | null;
}

export interface SyncBatchesTable {
  batch_id: string;
  device_id: string;
  received_at: string;
  /** JSON of the answer first given */
  response: string;
}

export interface DeviceAuditTable extends AuditLogTable {
  device_id: string;
}

export type ConflictKind = 'field' | 'double_reception' | 'duplicate_number' | 'status';

export interface SyncConflictsTable {
  id: string;
  kind: ConflictKind;
  entity: string;
  row_id: string;
  field: string | null;
  /** JSON values */
  kept_value: string | null;
  lost_value: string | null;
  kept_hlc: string | null;
  lost_hlc: string | null;
  detected_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: string | null;
}

export interface NumberSeriesTable {
  /** `HP:2026` */
  series: string;
  next_first: number;
}

export interface NumberBlocksTable {
  id: string;
  series: string;
  first: number;
  last: number;
  device_id: string;
  granted_at: string;
  used_up_to: number | null;
  closed_at: string | null;
}

export interface NumberLeasesTable {
  id: string;
  series: string;
  first: number;
  last: number;
  next: number;
  granted_at: string;
  reported_up_to: number | null;
}

export interface PendingNumbersTable {
  protocol_id: string;
  series: string;
  received_at: string;
}

export interface CassettesTable {
  id: string;
  protocol_id: string;
  number: number;
  material: string;
  type: string;
  stage: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
}

export interface SlidesTable {
  id: string;
  protocol_id: string;
  number: number;
  /** JSON array of cassette ids. */
  cassette_ids: string;
  stain: string;
  field_number: number | null;
  status: string;
  quality: string | null;
  stage: string | null;
  redo_of: string | null;
  replaced_by: string | null;
  redo_reason: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface StageRecordsTable {
  id: string;
  protocol_id: string;
  item_kind: 'cassette' | 'slide';
  item_id: string;
  stage: string;
  notes: string | null;
  technician: string;
  recorded_at: string;
}

export interface StainsTable {
  id: string;
  name: string;
  /** JSON array of study kinds. */
  kinds: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface VetAccountsTable {
  id: string;
  /** Normalised: lower case, no spaces, Unicode NFKC. */
  email: string;
  /** The license number without spaces, dots or dashes, upper case. */
  license_key: string;
  /** Set when the address is verified. */
  veterinarian_id: string | null;
  password_hash: string;
  /** JSON: the profile as registered, applied to the veterinarians record on verification. */
  profile: string;
  locale: string;
  /** JSON array of the protocol statuses the vet is mailed about. */
  notify: string;
  email_verified_at: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface VetSessionsTable {
  id: string;
  account_id: string;
  token_hash: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export type AuthTokenPurpose = 'verify_email' | 'change_email' | 'reset_password';

export interface AuthTokensTable {
  id: string;
  account_id: string;
  purpose: AuthTokenPurpose;
  token_hash: string;
  /** The address the token was mailed to (the new one for a change of address). */
  email: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface MailRequestsTable {
  id: string;
  /** Normalised address. */
  email: string;
  kind: string;
  requested_at: string;
  outcome: 'sent' | 'refused' | 'no_account';
  client_address: string | null;
}

export interface AuthThrottleTable {
  key: string;
  failures: number;
  blocked_until: string | null;
  updated_at: string;
}

export interface PortalDraftsTable {
  id: string;
  account_id: string;
  kind: string;
  /** JSON: the form as typed, possibly incomplete. */
  data: string;
  created_at: string;
  updated_at: string;
}

export interface VeterinarianChangesTable {
  id: string;
  veterinarian_id: string;
  changed_by: string;
  changed_at: string;
  /** JSON: { field: { from, to } } */
  changes: string;
}

export interface ReportDraftsTable {
  id: string;
  protocol_id: string;
  /** The version this draft becomes when signed: 1, or the next after the one it amends. */
  version: number;
  amends_version_id: string | null;
  amendment_reason: string | null;
  macroscopic: string;
  /** General microscopic description. */
  microscopic: string;
  /** JSON: [{ code, text }], one per cassette or slide. */
  microscopic_items: string;
  diagnosis: string;
  comments: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  /** Set once signed; the draft can no longer change. */
  signed_version_id: string | null;
}

export interface ReportImagesTable {
  id: string;
  draft_id: string;
  protocol_id: string;
  position: number;
  caption: string;
  mime: 'image/png' | 'image/jpeg';
  /** Base64. */
  data: string;
  sha256: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
}

export interface ReportVersionsTable {
  id: string;
  protocol_id: string;
  draft_id: string;
  version: number;
  amends_version_id: string | null;
  amendment_reason: string | null;
  early_reason: string | null;
  /** JSON: everything the PDF says, as signed. */
  content: string;
  content_sha256: string;
  /** Base64: the signed PDF, byte for byte. */
  pdf: string;
  pdf_sha256: string;
  signed_by: string;
  signer_name: string;
  signer_license: string | null;
  signed_at: string;
}

export interface SignatureImagesTable {
  /** Derived from the user's id: one per user on every node. */
  id: string;
  user_id: string;
  mime: 'image/png' | 'image/jpeg';
  /** Base64. */
  data: string;
  created_at: string;
  updated_at: string;
}

export interface ReportPhrasesTable {
  id: string;
  user_id: string;
  kind: 'phrase' | 'diagnosis';
  title: string;
  text: string;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  veterinarians: VeterinariansTable;
  protocols: ProtocolsTable;
  receptions: ReceptionsTable;
  status_history: StatusHistoryTable;
  counters: CountersTable;
  audit_log: AuditLogTable;
  mail_outbox: MailOutboxTable;
  print_jobs: PrintJobsTable;
  settings: SettingsTable;
  sync_outbox: SyncOutboxTable;
  sync_changes: SyncChangesTable;
  sync_clocks: SyncClocksTable;
  sync_state: SyncStateTable;
  devices: DevicesTable;
  enrolment_codes: EnrolmentCodesTable;
  sync_batches: SyncBatchesTable;
  device_audit: DeviceAuditTable;
  sync_conflicts: SyncConflictsTable;
  number_series: NumberSeriesTable;
  number_blocks: NumberBlocksTable;
  number_leases: NumberLeasesTable;
  pending_numbers: PendingNumbersTable;
  cassettes: CassettesTable;
  slides: SlidesTable;
  stage_records: StageRecordsTable;
  stains: StainsTable;
  vet_accounts: VetAccountsTable;
  vet_sessions: VetSessionsTable;
  auth_tokens: AuthTokensTable;
  mail_requests: MailRequestsTable;
  auth_throttle: AuthThrottleTable;
  portal_drafts: PortalDraftsTable;
  veterinarian_changes: VeterinarianChangesTable;
  report_drafts: ReportDraftsTable;
  report_images: ReportImagesTable;
  report_versions: ReportVersionsTable;
  report_phrases: ReportPhrasesTable;
  signature_images: SignatureImagesTable;
}
