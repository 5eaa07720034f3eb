// Who is signed in on this screen, and the lab's time zone every date on the
// screens is shown in. Authorization itself is the services' job: roles here
// only decide which menus to offer.

import { createContext, useContext } from 'react';
import type { Role, UserView } from '../src-shared/contract';
import { DEFAULT_TIME_ZONE } from '../src-shared/calendar';

export interface Session {
  user: UserView;
  timeZone: string;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}

export function hasRole(user: UserView, ...roles: Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

export function useTimeZone(): string {
  return useContext(SessionContext)?.timeZone ?? DEFAULT_TIME_ZONE;
}
