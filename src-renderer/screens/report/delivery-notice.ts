// When the report's mail is held back by this workstation rather than by the
// mail server: with no server configured, a waiting delivery waits until an
// administrator sets one up, and the pathologist should be told so.

import type { DeliveryView } from '../../../src-shared/report-contract';

/** Still on its way: queued, or being handed to the mail server now. */
export function isWaiting(delivery: DeliveryView): boolean {
  return delivery.status === 'pending' || delivery.status === 'sending';
}

/** `configured` is null while the settings are still loading: say nothing yet. */
export function waitsForMailServer(
  deliveries: readonly DeliveryView[],
  configured: boolean | null,
): boolean {
  return configured === false && deliveries.some(isWaiting);
}
