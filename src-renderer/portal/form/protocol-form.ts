// The new-protocol form as the vet types it, and the two shapes it turns into:
// a draft (the form as is, any half-typed state) and a submission (the shared
// protocol schema without the veterinarian, who is the signed-in vet). Both
// kinds' sample fields are kept, so switching the kind back loses nothing.

import type { MethodInput } from '../../../src-shared/contract';
import type { MessageKey } from '../../../src-shared/i18n/translate';

export type StudyKind = 'histopathology' | 'cytology';
export type AnimalSex = 'male' | 'female' | 'unknown';

export interface ProtocolForm {
  kind: StudyKind;
  animal: {
    species: string;
    breed: string;
    sex: AnimalSex;
    age: string;
    identification: string;
  };
  owner: { lastName: string; firstName: string };
  presumptiveDiagnosis: string;
  clinicalHistory: string;
  academicInterest: boolean;
  /** `yyyy-mm-dd`; empty means the lab dates it when it arrives. */
  submissionDate: string;
  histopathology: { material: string; containers: number | '' };
  cytology: { technique: string; site: string; slides: number | '' };
}

export const EMPTY_FORM: ProtocolForm = {
  kind: 'histopathology',
  animal: { species: '', breed: '', sex: 'unknown', age: '', identification: '' },
  owner: { lastName: '', firstName: '' },
  presumptiveDiagnosis: '',
  clinicalHistory: '',
  academicInterest: false,
  submissionDate: '',
  histopathology: { material: '', containers: 1 },
  cytology: { technique: '', site: '', slides: 1 },
};

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function count(value: unknown, fallback: number | ''): number | '' {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** A saved draft back into the form; whatever it holds that the form does not know is dropped. */
export function formFromDraft(kind: StudyKind, data: Record<string, unknown>): ProtocolForm {
  const animal = record(data.animal);
  const owner = record(data.owner);
  const histopathology = record(data.histopathology);
  const cytology = record(data.cytology);
  const sex = animal.sex === 'male' || animal.sex === 'female' ? animal.sex : 'unknown';
  return {
    kind,
    animal: {
      species: text(animal.species),
      breed: text(animal.breed),
      sex,
      age: text(animal.age),
      identification: text(animal.identification),
    },
    owner: { lastName: text(owner.lastName), firstName: text(owner.firstName) },
    presumptiveDiagnosis: text(data.presumptiveDiagnosis),
    clinicalHistory: text(data.clinicalHistory),
    academicInterest: data.academicInterest === true,
    submissionDate: text(data.submissionDate),
    histopathology: {
      material: text(histopathology.material),
      containers: count(histopathology.containers, EMPTY_FORM.histopathology.containers),
    },
    cytology: {
      technique: text(cytology.technique),
      site: text(cytology.site),
      slides: count(cytology.slides, EMPTY_FORM.cytology.slides),
    },
  };
}

/** Nothing typed yet: such a form is not worth keeping as a draft. */
export function isBlank(form: ProtocolForm): boolean {
  return JSON.stringify(form) === JSON.stringify({ ...EMPTY_FORM, kind: form.kind });
}

type Submission = MethodInput<'protocols.submit'>;

/**
 * What `protocols.submit` receives. Texts go as typed: the server trims them and
 * treats an empty optional one as absent, and its schema is the one judge of
 * what is missing, so its messages are the ones the vet reads.
 */
export function toSubmission(form: ProtocolForm, draftId: string | null): Submission {
  const common = {
    animal: form.animal,
    owner: form.owner,
    presumptiveDiagnosis: form.presumptiveDiagnosis,
    clinicalHistory: form.clinicalHistory,
    academicInterest: form.academicInterest,
    submissionDate: form.submissionDate || undefined,
    draftId: draftId ?? undefined,
  };
  // An empty count travels absent, so the server names it as missing like any other field.
  const number = (value: number | '') => (value === '' ? undefined : value) as number;
  return form.kind === 'histopathology'
    ? {
        kind: 'histopathology',
        ...common,
        sample: {
          material: form.histopathology.material,
          containers: number(form.histopathology.containers),
        },
      }
    : {
        kind: 'cytology',
        ...common,
        sample: {
          technique: form.cytology.technique,
          site: form.cytology.site,
          slides: number(form.cytology.slides),
        },
      };
}

/** The field behind each path the server may name in a refusal. */
export const FIELD_LABEL: Record<string, MessageKey> = {
  'animal.species': 'ui.portal.field.species',
  'animal.breed': 'ui.portal.field.breed',
  'animal.sex': 'ui.portal.field.sex',
  'animal.age': 'ui.portal.field.age',
  'animal.identification': 'ui.portal.field.identification',
  'owner.lastName': 'ui.portal.field.ownerLastName',
  'owner.firstName': 'ui.portal.field.ownerFirstName',
  presumptiveDiagnosis: 'ui.protocol.presumptiveDiagnosis',
  clinicalHistory: 'ui.protocol.clinicalHistory',
  academicInterest: 'ui.protocol.academicInterest',
  submissionDate: 'ui.protocol.submitted',
  'sample.material': 'ui.portal.field.material',
  'sample.containers': 'ui.portal.field.containers',
  'sample.technique': 'ui.portal.field.technique',
  'sample.site': 'ui.portal.field.site',
  'sample.slides': 'ui.portal.field.slides',
};
