import type { HandlerTable } from '../rpc/types';
import { AppError } from '../../src-shared/errors';
import { submitProtocol } from './submit';
import { submitFromPortal } from '../portal/vet-submission';
import { searchProtocols } from './search';
import { findProtocolId } from './find';
import { loadDetail } from './views';
import { correctProtocol } from './correct';

export const protocolHandlers: Pick<
  HandlerTable,
  'protocols.submit' | 'protocols.search' | 'protocols.get' | 'protocols.update'
> = {
  'protocols.update': (ctx, actor, input) => correctProtocol(ctx, actor, input.code, input.changes),
  'protocols.submit': (ctx, actor, input) =>
    actor.vet ? submitFromPortal(ctx, actor, input) : submitProtocol(ctx, actor, input),
  'protocols.search': (ctx, _actor, input) => searchProtocols(ctx.db, input),
  'protocols.get': async (ctx, _actor, input) => {
    const detail = await loadDetail(ctx.db, await findProtocolId(ctx.db, input.code));
    if (!detail) throw new AppError('NOT_FOUND', 'error.protocolNotFound', { code: input.code });
    return detail;
  },
};
