import { describe, expect, it } from 'vitest';
import { contract, rejectInput } from '../../../src-shared/contract';
import { visibleLength } from '../../../src-shared/clean-text';

const NBSP = '\u00a0';

/** The message a reason is refused with, or null when it is taken. */
function refusal(method: keyof typeof contract, input: Record<string, unknown>): string | null {
  const parsed = contract[method].input.safeParse(input);
  if (parsed.success) return null;
  return parsed.error.issues.map((issue) => issue.message).join('; ');
}

const amend = (reason: string) => refusal('reports.amend', { protocol: 'HP 26/001', reason });
const signEarly = (earlyReason: string) =>
  refusal('reports.sign', { protocol: 'HP 26/001', password: 'x', earlyReason });
const voidCassette = (reason: string) =>
  refusal('processing.voidCassette', { code: 'HP 26/001-C1', reason });
const redoSlide = (reason: string) =>
  refusal('processing.redoSlide', { code: 'HP 26/001-S1', reason });

describe('a written reason', () => {
  it('for an amendment or an early signature needs ten characters that show, not blanks', () => {
    for (const padded of [
      `a${' '.repeat(12)}b`,
      `a${NBSP.repeat(12)}b`,
      'a\n\n\n\n\n\n\n\n\n\nb',
      `a\u2003\u3000\u2009\u202f${' '.repeat(8)}b`,
      'Ver    nota',
    ]) {
      expect(amend(padded)).toBe('escriba al menos 10 caracteres, sin contar los espacios');
      expect(signEarly(padded)).toBe('escriba al menos 10 caracteres, sin contar los espacios');
    }
  });

  it('of ten characters that show is taken, with the spaces between its words', () => {
    expect(amend('Se agrega la inmunohistoquímica')).toBeNull();
    expect(signEarly('Urgente: pedido del clínico')).toBeNull();
    expect(amend('Ver informe')).toBeNull();
  });

  it('for voiding a cassette or redoing a slide needs three characters that show', () => {
    for (const padded of ['a   b', `a${NBSP}${NBSP}${NBSP}b`, ' . \u200b\u200b . ']) {
      expect(voidCassette(padded)).toBe('escriba al menos 3 caracteres, sin contar los espacios');
      expect(redoSlide(padded)).toBe('escriba al menos 3 caracteres, sin contar los espacios');
    }
    expect(voidCassette('Casete vacío')).toBeNull();
    expect(redoSlide('Corte roto')).toBeNull();
  });

  it('for rejecting a sample, of blanks only, is left empty, which reception then refuses', () => {
    const parsed = rejectInput.parse({ code: 'T-0412-AB', reason: `${NBSP} \u3000\u2003\n` });
    expect(parsed.reason).toBe('');
  });

  it('counts letters as a person does: accents composed or not, no invisible marks', () => {
    expect(visibleLength('Sí, está')).toBe(7);
    expect(visibleLength('Si\u0301, esta\u0301')).toBe(7);
    expect(visibleLength(`\u200ba${NBSP}b\u2060 c\t`)).toBe(3);
  });
});
