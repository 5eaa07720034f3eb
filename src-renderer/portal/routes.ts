// The portal's screens live in the URL's hash, like the staff app's: mail links
// carry a token or a protocol there (`#/verificar/<token>`), which a browser
// never sends to a server, and a reload keeps the screen.

import { useEffect, useState } from 'react';

export type PortalRoute =
  | { screen: 'signIn' }
  | { screen: 'register' }
  | { screen: 'forgot' }
  | { screen: 'verify'; token: string }
  | { screen: 'reset'; token: string }
  | { screen: 'protocols' }
  | { screen: 'protocol'; id: string }
  | { screen: 'newProtocol'; draftId: string | null }
  | { screen: 'profile' }
  | { screen: 'home' };

export const PORTAL_PATHS = {
  signIn: '#/ingresar',
  register: '#/registro',
  forgot: '#/olvide-mi-contrasena',
  protocols: '#/protocolos',
  newProtocol: '#/nuevo',
  profile: '#/perfil',
} as const;

export function protocolPath(id: string): string {
  return `${PORTAL_PATHS.protocols}/${encodeURIComponent(id)}`;
}

export function draftPath(draftId: string): string {
  return `${PORTAL_PATHS.newProtocol}/${encodeURIComponent(draftId)}`;
}

function decoded(text: string | undefined): string | null {
  if (!text) return null;
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function parsePortalRoute(hash: string): PortalRoute {
  const [, first = '', second] = hash.replace(/^#/, '').split('/');
  const detail = decoded(second);
  switch (first) {
    case 'ingresar':
      return { screen: 'signIn' };
    case 'registro':
      return { screen: 'register' };
    case 'olvide-mi-contrasena':
      return { screen: 'forgot' };
    case 'verificar':
      return detail ? { screen: 'verify', token: detail } : { screen: 'home' };
    case 'restablecer':
      return detail ? { screen: 'reset', token: detail } : { screen: 'forgot' };
    case 'protocolos':
      return detail ? { screen: 'protocol', id: detail } : { screen: 'protocols' };
    case 'nuevo':
      return { screen: 'newProtocol', draftId: detail };
    case 'perfil':
      return { screen: 'profile' };
    default:
      return { screen: 'home' };
  }
}

export function navigate(path: string): void {
  if (window.location.hash !== path) window.location.hash = path;
}

/** Opens `path` afresh, even when it is the address already shown. */
export function revisit(path: string): void {
  if (window.location.hash !== path) window.location.hash = path;
  else window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export interface RouteVisit {
  route: PortalRoute;
  /** Counts arrivals, so following a link to the screen already shown starts it afresh. */
  visit: number;
}

export function usePortalRoute(): RouteVisit {
  const [state, setState] = useState<RouteVisit>(() => ({
    route: parsePortalRoute(window.location.hash),
    visit: 0,
  }));
  useEffect(() => {
    const update = () =>
      setState((previous) => ({
        route: parsePortalRoute(window.location.hash),
        visit: previous.visit + 1,
      }));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return state;
}

/** Changes the address without leaving the screen (a draft's id once it has one). */
export function replacePath(path: string): void {
  window.history.replaceState(window.history.state, '', path);
}
