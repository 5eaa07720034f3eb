// Screens live in the URL's hash, so the back button works, a reload keeps the
// screen, and the same build runs from a file inside the desktop app.

import { useEffect, useState } from 'react';

export type Route =
  | { screen: 'reception' }
  | { screen: 'protocols' }
  | { screen: 'protocol'; code: string }
  | { screen: 'settings' }
  | { screen: 'queues' }
  | { screen: 'users' }
  | { screen: 'sync' }
  | { screen: 'home' };

export const PATHS = {
  reception: '#/recepcion',
  protocols: '#/protocolos',
  settings: '#/impresion',
  queues: '#/bandeja',
  users: '#/usuarios',
  sync: '#/sincronizacion',
} as const;

export function protocolPath(code: string): string {
  return `${PATHS.protocols}/${encodeURIComponent(code)}`;
}

export function parseRoute(hash: string): Route {
  const [, first = '', second] = hash.replace(/^#/, '').split('/');
  switch (first) {
    case 'recepcion':
      return { screen: 'reception' };
    case 'protocolos':
      if (second) {
        try {
          return { screen: 'protocol', code: decodeURIComponent(second) };
        } catch {
          return { screen: 'protocols' };
        }
      }
      return { screen: 'protocols' };
    case 'impresion':
      return { screen: 'settings' };
    case 'bandeja':
      return { screen: 'queues' };
    case 'usuarios':
      return { screen: 'users' };
    case 'sincronizacion':
      return { screen: 'sync' };
    default:
      return { screen: 'home' };
  }
}

export function navigate(path: string): void {
  if (window.location.hash !== path) window.location.hash = path;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
