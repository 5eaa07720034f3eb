// The pathologist behind a call. Phrases, signature images and signatures belong
// to a person; the workstation's operator at the command line is nobody in particular.

import type { Actor } from '../context';
import { AppError } from '../../src-shared/errors';

export function userOf(actor: Actor): string {
  if (!actor.userId) throw new AppError('FORBIDDEN', 'error.reportNeedsUser');
  return actor.userId;
}
