import type { HandlerTable } from '../rpc/types';
import { verifyAuditChain } from './verify';

export const auditHandlers: Pick<HandlerTable, 'audit.verify'> = {
  'audit.verify': (ctx) => verifyAuditChain(ctx.db),
};
