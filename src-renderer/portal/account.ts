// The signed-in veterinarian, for the screens that show their name or their
// choices. Whose data a call reads is decided by the server from the session,
// never by what this holds.

import { createContext, useContext } from 'react';
import type { VetAccountView } from '../../src-shared/portal-contract';

export interface PortalAccount {
  account: VetAccountView;
  /** After the profile or the notification choices changed on the server. */
  replace(account: VetAccountView): void;
  signOut(): void;
}

export const AccountContext = createContext<PortalAccount | null>(null);

export function useAccount(): PortalAccount {
  const value = useContext(AccountContext);
  if (!value) throw new Error('useAccount outside a signed-in portal screen');
  return value;
}

export function fullName(account: Pick<VetAccountView, 'firstName' | 'lastName'>): string {
  return `${account.firstName} ${account.lastName}`.trim();
}
