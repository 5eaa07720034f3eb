import type { HandlerTable } from '../rpc/types';
import { AppError } from '../../src-shared/errors';
import { findProtocolId } from '../protocols/find';
import { loadDetail } from '../protocols/views';
import { receiveSample } from './receive';
import { rejectSample } from './reject';

export const receptionHandlers: Pick<
  HandlerTable,
  'reception.lookup' | 'reception.receive' | 'reception.reject'
> = {
  'reception.lookup': async (ctx, _actor, input) => {
    const detail = await loadDetail(ctx.db, await findProtocolId(ctx.db, input.code));
    if (!detail) throw new AppError('NOT_FOUND', 'error.protocolNotFound', { code: input.code });
    return detail;
  },
  'reception.receive': (ctx, actor, input) => receiveSample(ctx, actor, input),
  'reception.reject': (ctx, actor, input) => rejectSample(ctx, actor, input),
};
