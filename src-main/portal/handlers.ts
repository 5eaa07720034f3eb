// The portal's methods: a veterinarian's account and credentials, and what a
// signed-in vet reads and writes of their own.

import type { HandlerTable } from '../rpc/types';
import type { portalMethods } from '../../src-shared/portal-contract';
import { authHandlers } from './auth-handlers';
import { vetHandlers } from './vet-handlers';

export const portalHandlers: Pick<HandlerTable, keyof typeof portalMethods> = {
  ...authHandlers,
  ...vetHandlers,
};
