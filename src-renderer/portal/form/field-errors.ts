// The server checks every form against the shared schema and answers VALIDATION
// with one sentence listing each field's problem (`animal.species: ...; sample.
// containers: ...`). This splits that sentence back into messages per field, so
// each shows under its input; anything unrecognised stays in the sentence shown above.

import { ApiError } from '../../api';

export type FieldErrors = Record<string, string>;

const FIELD_PROBLEM = /^([A-Za-z][\w]*(?:\.[\w]+)*): (.+)$/s;

export function fieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return {};
  const details = error.payload.params.details;
  if (typeof details !== 'string') return {};
  const found: FieldErrors = {};
  for (const part of details.split('; ')) {
    const match = FIELD_PROBLEM.exec(part.trim());
    if (match?.[1] && match[2] && !(match[1] in found)) found[match[1]] = match[2];
  }
  return found;
}

/** The errors under `prefix.`, keyed by the rest of their path. */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  const within: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(`${prefix}.`)) within[path.slice(prefix.length + 1)] = message;
  }
  return within;
}
