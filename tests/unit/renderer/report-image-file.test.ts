import { describe, expect, it } from 'vitest';
import { REPORT_LIMITS } from '../../../src-shared/report-contract';
import { translate } from '../../../src-shared/i18n/translate';
import { formatBytes, imageProblem } from '../../../src-renderer/screens/report/image-file';

const MB = 1024 * 1024;

describe('a photomicrograph is checked before it is sent', () => {
  it('a JPEG or PNG within 1 MB is accepted', () => {
    expect(imageProblem({ name: 'c1.jpg', type: 'image/jpeg', size: 900_000 }, MB)).toBeNull();
    expect(imageProblem({ name: 'c1.png', type: 'image/png', size: MB }, MB)).toBeNull();
  });

  it('a TIFF from the microscope camera is refused by name', () => {
    expect(imageProblem({ name: 'campo3.tif', type: 'image/tiff', size: 1000 }, MB)).toEqual({
      key: 'ui.reports.image.wrongType',
      params: { name: 'campo3.tif' },
    });
  });

  it('a picture over the limit is refused with its size and the limit', () => {
    const problem = imageProblem({ name: 'campo.jpg', type: 'image/jpeg', size: 2.4 * MB }, MB);
    expect(problem?.key).toBe('ui.reports.image.tooLarge');
    expect(problem?.params).toEqual({ name: 'campo.jpg', size: '2,4 MB', max: '1,0 MB' });
  });

  it('a signature over 200 KB is refused, one of 150 KB is not', () => {
    const limit = REPORT_LIMITS.signatureBytes;
    expect(imageProblem({ name: 'f.png', type: 'image/png', size: 150 * 1024 }, limit)).toBeNull();
    expect(
      imageProblem({ name: 'f.png', type: 'image/png', size: 201 * 1024 }, limit)?.params.max,
    ).toBe(formatBytes(limit));
    expect(formatBytes(limit)).toBe('200 KB');
  });

  it('an empty file is refused', () => {
    expect(imageProblem({ name: 'x.png', type: 'image/png', size: 0 }, MB)?.key).toBe(
      'ui.reports.image.empty',
    );
  });
});

describe('a signature image over the limit', () => {
  it('is refused with advice for a signature, not for a micrograph', () => {
    const file = { name: 'firma.png', type: 'image/png', size: 900 * 1024 };
    const limit = REPORT_LIMITS.signatureBytes;
    const problem = imageProblem(file, limit, 'ui.reports.signature.tooLarge');
    expect(problem?.params).toEqual({ name: 'firma.png', size: '900 KB', max: '200 KB' });

    const words = translate('es-AR', problem!.key, problem!.params);
    expect(words).toContain('«firma.png» pesa 900 KB y el máximo es 200 KB.');
    expect(words).toContain('600 píxeles de ancho');
    expect(words).not.toContain('1600');
  });
});
