import { describe, expect, it } from 'vitest';
import {
  SIGNATURE_PATH,
  SIGNATURE_SECTION,
  settingsSection,
} from '../../../src-renderer/screens/settings/sections';

describe('"Cargar mi firma" lands on the "Mi firma" card', () => {
  it('points the settings screen at the signature card', () => {
    expect(SIGNATURE_PATH).toBe('#/impresion/firma');
    expect(settingsSection(SIGNATURE_PATH)).toBe(SIGNATURE_SECTION);
  });

  it('points at no card from the plain settings address or another screen', () => {
    expect(settingsSection('#/impresion')).toBeNull();
    expect(settingsSection('#/impresion/')).toBeNull();
    expect(settingsSection('#/informes/firma')).toBeNull();
    expect(settingsSection('#/impresionX/firma')).toBeNull();
    expect(settingsSection('')).toBeNull();
  });
});
