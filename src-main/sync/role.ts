import { AppError } from '../../src-shared/errors';
import type { ServiceContext } from '../context';

/** Server methods refuse on a workstation and the reverse, with a message saying where to go. */
export function requireRole(ctx: ServiceContext, role: ServiceContext['role']): void {
  if (ctx.role === role) return;
  throw new AppError('CONFLICT', role === 'server' ? 'error.serverOnly' : 'error.workstationOnly');
}
