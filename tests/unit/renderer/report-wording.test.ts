import { describe, expect, it } from 'vitest';
import { reportsUiEs } from '../../../src-shared/i18n/reports-ui-es';

describe("the words of the pathologist's screens", () => {
  it('name whoever reports without a study kind or a gender, cytology included', () => {
    const gendered = Object.entries(reportsUiEs).filter(([, text]) =>
      /histopat[óo]log[oa]/i.test(text),
    );
    expect(gendered).toEqual([]);
    expect(reportsUiEs['ui.reports.queue.col.pathologist']).toBe('A cargo');
  });
});
