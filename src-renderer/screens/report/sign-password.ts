// The password asked again when signing. "Type your password" is for a submit
// made with the field empty; a password the services refused is cleared
// without it, since the refusal already says what went wrong and an empty
// field the pathologist did not leave empty would read as a second mistake.

export interface PasswordField {
  value: string;
  /** Show the "type your password" message under the field. */
  showRequired: boolean;
}

export const EMPTY_PASSWORD: PasswordField = { value: '', showRequired: false };

export function typed(value: string): PasswordField {
  return { value, showRequired: false };
}

export function submitted(field: PasswordField): PasswordField {
  return { ...field, showRequired: field.value === '' };
}

/** After the services refused to sign: an empty field, ready for another try. */
export function refused(): PasswordField {
  return EMPTY_PASSWORD;
}
