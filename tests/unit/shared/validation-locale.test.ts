import { describe, expect, it } from 'vitest';
import { protocolSubmissionSchema } from '../../../src-shared/protocol-schema';
import { histopathologyForm } from '../../helpers/workstation';

describe('validation messages', () => {
  it('say that an empty required field is required, in Spanish, not a length', () => {
    const form = histopathologyForm();
    const parsed = protocolSubmissionSchema.safeParse({
      ...form,
      animal: { ...form.animal, species: '   ' },
    });
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['animal', 'species'],
      message: 'este dato es obligatorio',
    });
  });

  it('keep the Spanish wording for other limits', () => {
    const parsed = protocolSubmissionSchema.safeParse({ ...histopathologyForm(), sample: {} });
    expect(parsed.error?.issues.map((issue) => issue.message).join(' ')).toMatch(/se esperaba/);
  });
});

describe('names', () => {
  it('are one line: a line break or a tab in a vet name is refused', () => {
    for (const firstName of ['Colega:\n\nOferta', 'A\tB', 'Ana\rMaría']) {
      const form = histopathologyForm();
      const parsed = protocolSubmissionSchema.safeParse({
        ...form,
        veterinarian: { ...form.veterinarian, firstName },
      });
      expect(parsed.error?.issues[0]?.message).toBe(
        'un nombre no lleva saltos de línea ni tabulaciones',
      );
    }
  });
});
