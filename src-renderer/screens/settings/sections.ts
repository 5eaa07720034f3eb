// The cards of "Impresión y correo" an address can point at: `#/impresion/firma`
// opens the screen (PATHS.settings, whatever follows it) scrolled to "Mi firma",
// with the focus on it. Kept apart from the router, which needs a browser, so
// it can be tested in plain Node.

const SETTINGS_PATH = '#/impresion';

export const SIGNATURE_SECTION = 'firma';
export const SIGNATURE_PATH = `${SETTINGS_PATH}/${SIGNATURE_SECTION}`;

/** The card a settings address points at (`#/impresion/firma` gives `firma`), or null. */
export function settingsSection(hash: string): string | null {
  if (!hash.startsWith(`${SETTINGS_PATH}/`)) return null;
  return hash.slice(SETTINGS_PATH.length + 1).split('/')[0] || null;
}
