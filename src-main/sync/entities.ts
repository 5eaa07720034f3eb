// What moves between workstations and the central server, and how each kind of
// record meets its copies. Sessions, counters, mail, print jobs, settings and
// leases stay where they were made; audit chains travel on their own.

import { createHash } from 'node:crypto';
import type { Database } from '../db/schema';

export type SyncedEntity =
  | 'veterinarian'
  | 'protocol'
  | 'user'
  | 'reception'
  | 'status_history'
  | 'cassette'
  | 'slide'
  | 'stage_record'
  | 'stain'
  | 'report_draft'
  | 'report_image'
  | 'report_version'
  | 'report_phrase'
  | 'signature_image';

interface EntitySpec {
  table: keyof Database & string;
  /**
   * `row`: editable, merged field by field by clock.
   * `append`: written once, never changed; a copy that arrives again changes nothing.
   * `reception`: one per protocol; two made offline are a conflict, never a merge.
   */
  merge: 'row' | 'append' | 'reception';
  /** Columns that travel. The id travels as the change's row id. */
  fields: readonly string[];
}

export const ENTITIES: Record<SyncedEntity, EntitySpec> = {
  veterinarian: {
    table: 'veterinarians',
    merge: 'row',
    fields: [
      'email',
      'first_name',
      'last_name',
      'license_number',
      'phone',
      'dni',
      'cuit',
      'address',
      'verified',
      'created_at',
      'updated_at',
    ],
  },
  protocol: {
    table: 'protocols',
    merge: 'row',
    // search_text is rebuilt where the row lands, from the fields that travel.
    fields: [
      'kind',
      'temporary_code',
      'protocol_number',
      'status',
      'veterinarian_id',
      'animal_species',
      'animal_breed',
      'animal_sex',
      'animal_age',
      'animal_identification',
      'owner_last_name',
      'owner_first_name',
      'presumptive_diagnosis',
      'clinical_history',
      'academic_interest',
      'submission_date',
      'sample_material',
      'sample_containers',
      'sample_technique',
      'sample_site',
      'sample_slides',
      'received_at',
      'pathologist_id',
      'created_at',
      'updated_at',
    ],
  },
  user: {
    table: 'users',
    merge: 'row',
    // Failed attempts and lockouts belong to the desk where they happened.
    fields: [
      'email',
      'display_name',
      'password_hash',
      'roles',
      'license_number',
      'active',
      'created_at',
      'updated_at',
    ],
  },
  reception: {
    table: 'receptions',
    merge: 'reception',
    fields: [
      'protocol_id',
      'outcome',
      'sample_condition',
      'containers_received',
      'slides_received',
      'discrepancies',
      'notes',
      'rejection_reason',
      'recorded_by',
      'recorded_at',
    ],
  },
  status_history: {
    table: 'status_history',
    merge: 'append',
    fields: ['protocol_id', 'from_status', 'to_status', 'changed_by', 'changed_at', 'reason'],
  },
  cassette: {
    table: 'cassettes',
    merge: 'row',
    fields: [
      'protocol_id',
      'number',
      'material',
      'type',
      'stage',
      'created_by',
      'created_at',
      'updated_at',
      'voided_at',
      'voided_by',
      'void_reason',
    ],
  },
  slide: {
    table: 'slides',
    merge: 'row',
    fields: [
      'protocol_id',
      'number',
      'cassette_ids',
      'stain',
      'field_number',
      'status',
      'quality',
      'stage',
      'redo_of',
      'replaced_by',
      'redo_reason',
      'created_by',
      'created_at',
      'updated_at',
    ],
  },
  stage_record: {
    table: 'stage_records',
    merge: 'append',
    fields: ['protocol_id', 'item_kind', 'item_id', 'stage', 'notes', 'technician', 'recorded_at'],
  },
  stain: {
    table: 'stains',
    merge: 'row',
    fields: ['name', 'kinds', 'active', 'created_at', 'updated_at'],
  },
  report_draft: {
    table: 'report_drafts',
    merge: 'row',
    fields: [
      'protocol_id',
      'version',
      'amends_version_id',
      'amendment_reason',
      'macroscopic',
      'microscopic',
      'microscopic_items',
      'diagnosis',
      'comments',
      'created_by',
      'created_at',
      'updated_by',
      'updated_at',
      'signed_version_id',
    ],
  },
  report_image: {
    table: 'report_images',
    merge: 'row',
    fields: [
      'draft_id',
      'protocol_id',
      'position',
      'caption',
      'mime',
      'data',
      'sha256',
      'created_by',
      'created_at',
      'updated_at',
      'removed_at',
    ],
  },
  report_version: {
    table: 'report_versions',
    merge: 'append',
    fields: [
      'protocol_id',
      'draft_id',
      'version',
      'amends_version_id',
      'amendment_reason',
      'early_reason',
      'content',
      'content_sha256',
      'pdf',
      'pdf_sha256',
      'signed_by',
      'signer_name',
      'signer_license',
      'signed_at',
    ],
  },
  report_phrase: {
    table: 'report_phrases',
    merge: 'row',
    fields: ['user_id', 'kind', 'title', 'text', 'created_at', 'updated_at', 'removed_at'],
  },
  signature_image: {
    table: 'signature_images',
    merge: 'row',
    fields: ['user_id', 'mime', 'data', 'created_at', 'updated_at'],
  },
};

export const SYNCED_ENTITIES = Object.keys(ENTITIES) as SyncedEntity[];

export function isSyncedEntity(name: string): name is SyncedEntity {
  return Object.prototype.hasOwnProperty.call(ENTITIES, name);
}

/**
 * One id per email, the same on every machine: two desks that each create the
 * same veterinarian or user offline make one record, merged field by field,
 * instead of two that collide on the email when they meet.
 */
export function idForEmail(kind: 'veterinarian' | 'user', email: string): string {
  return stableId(`${kind}:${email.trim().toLowerCase()}`);
}

/** A UUID-shaped id from a key: the same key gives the same id on every node. */
export function stableId(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  const parts = [hex.slice(0, 8), hex.slice(8, 12), `8${hex.slice(13, 16)}`, hex.slice(16, 20)];
  return [...parts, hex.slice(20, 32)].join('-');
}
