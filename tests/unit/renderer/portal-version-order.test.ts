import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../src-renderer/portal/components/version-order';

describe("a report's versions on the vet's portal", () => {
  it('come newest first, so the version in force heads the list', () => {
    const versions = [{ version: 1 }, { version: 3 }, { version: 2 }];
    expect(newestFirst(versions).map((v) => v.version)).toEqual([3, 2, 1]);
    // The list the page was given is left as it was.
    expect(versions.map((v) => v.version)).toEqual([1, 3, 2]);
  });
});
