import type { HandlerTable } from '../rpc/types';
import { createEnrolmentCode, listDevices, revokeDevice } from './server/devices';
import { listConflicts, resolveConflict } from './server/conflicts';
import { listBlocks } from './server/blocks';
import { localDate } from '../../src-shared/calendar';
import { syncStatus } from './status';
import { runSync } from './client/run';

type SyncMethods =
  | 'devices.list'
  | 'devices.createEnrolmentCode'
  | 'devices.revoke'
  | 'sync.conflicts'
  | 'sync.resolveConflict'
  | 'sync.blocks'
  | 'sync.status'
  | 'sync.now';

export const syncHandlers: Pick<HandlerTable, SyncMethods> = {
  'devices.list': (ctx) => listDevices(ctx),
  'devices.createEnrolmentCode': (ctx, actor, input) => createEnrolmentCode(ctx, actor, input.name),
  'devices.revoke': (ctx, actor, input) => revokeDevice(ctx, actor, input.id),

  'sync.conflicts': (ctx, _actor, input) => listConflicts(ctx, input.includeResolved),
  'sync.resolveConflict': (ctx, actor, input) => resolveConflict(ctx, actor, input.id, input.keep),
  'sync.blocks': (ctx, _actor, input) =>
    listBlocks(ctx, input.year ?? localDate(ctx.clock.now(), ctx.timeZone).year),

  'sync.status': (ctx) => syncStatus(ctx),
  'sync.now': (ctx) => (ctx.sync ? ctx.sync.runNow() : runSync(ctx)),
};
