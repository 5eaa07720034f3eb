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
  | { screen: 'veterinarians' }
  | { screen: 'sync' }
  | { screen: 'bench'; code: string | null }
  | { screen: 'reports' }
  | { screen: 'report'; code: string }
  | { screen: 'home' };

export const PATHS = {
  reception: '#/recepcion',
  protocols: '#/protocolos',
  settings: '#/impresion',
  queues: '#/bandeja',
  users: '#/usuarios',
  veterinarians: '#/veterinarios',
  sync: '#/sincronizacion',
  bench: '#/mesada',
  reports: '#/informes',
} as const;

export function protocolPath(code: string): string {
  return `${PATHS.protocols}/${encodeURIComponent(code)}`;
}

/** The bench, opened on a protocol, cassette or slide code. */
export function benchPath(code?: string): string {
  return code ? `${PATHS.bench}/${encodeURIComponent(code)}` : PATHS.bench;
}

/** The report editor of one protocol, by its number or temporary code. */
export function reportPath(code: string): string {
  return `${PATHS.reports}/${encodeURIComponent(code)}`;
}

function decoded(text: string | undefined): string | null {
  if (!text) return null;
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const [, first = '', second] = hash.replace(/^#/, '').split('/');
  switch (first) {
    case 'recepcion':
      return { screen: 'reception' };
    case 'protocolos': {
      const code = decoded(second);
      return code ? { screen: 'protocol', code } : { screen: 'protocols' };
    }
    case 'impresion':
      return { screen: 'settings' };
    case 'bandeja':
      return { screen: 'queues' };
    case 'usuarios':
      return { screen: 'users' };
    case 'veterinarios':
      return { screen: 'veterinarians' };
    case 'sincronizacion':
      return { screen: 'sync' };
    case 'mesada':
      return { screen: 'bench', code: decoded(second) };
    case 'informes': {
      const code = decoded(second);
      return code ? { screen: 'report', code } : { screen: 'reports' };
    }
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
