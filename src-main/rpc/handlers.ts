// The handler table: one entry per contract method, gathered from each area.
// The type makes a method without a handler a compile error.

import type { HandlerTable } from './types';
import { accountHandlers } from '../accounts/handlers';
import { protocolHandlers } from '../protocols/handlers';
import { receptionHandlers } from '../reception/handlers';
import { printingHandlers } from '../printing/handlers';
import { settingsHandlers } from '../settings/handlers';
import { mailHandlers } from '../mail/handlers';
import { auditHandlers } from '../audit/handlers';
import { syncHandlers } from '../sync/handlers';
import { processingHandlers } from '../processing/handlers';
import { portalHandlers } from '../portal/handlers';
import { reportHandlers } from '../reports/handlers';

export const handlers: HandlerTable = {
  ...accountHandlers,
  ...protocolHandlers,
  ...receptionHandlers,
  ...printingHandlers,
  ...settingsHandlers,
  ...mailHandlers,
  ...auditHandlers,
  ...syncHandlers,
  ...processingHandlers,
  ...portalHandlers,
  ...reportHandlers,
};
