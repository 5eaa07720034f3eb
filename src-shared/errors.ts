// Errors that cross a door (IPC, HTTP, CLI) carry a code the program can act on
// and a message key the screen translates; the Spanish text is always filled in
// for logs and the command line.

import { translate, type MessageKey, type MessageParams } from './i18n/translate';

export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LOCKED'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export interface ErrorPayload {
  code: ErrorCode;
  key: MessageKey;
  params: MessageParams;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(code: ErrorCode, key: MessageKey, params: MessageParams = {}) {
    // Details are often a whole sentence from elsewhere; the message ends it.
    if (typeof params.details === 'string') {
      params = { ...params, details: params.details.replace(/\.+$/, '') };
    }
    super(translate('es-AR', key, params));
    this.name = 'AppError';
    this.code = code;
    this.key = key;
    this.params = params;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, key: this.key, params: this.params, message: this.message };
  }
}
