import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkstation, histopathologyForm, type Workstation } from '../../helpers/workstation';
import { runCli } from '../../helpers/cli';

const DESKS = 20;

describe('receptions from many processes on one data folder', () => {
  let ws: Workstation;
  const codes: string[] = [];

  beforeAll(async () => {
    ws = await openWorkstation();
    for (let i = 0; i < DESKS; i++) {
      codes.push((await ws.call('protocols.submit', histopathologyForm())).temporaryCode);
    }
    await ws.close();
  });

  it(`${DESKS} receptions at once get ${DESKS} distinct consecutive numbers, none busy`, async () => {
    const results = await Promise.all(
      codes.map((code) =>
        runCli(['reception', 'receive', code, '--printer', 'none', '--data', ws.dataDir]),
      ),
    );

    for (const r of results) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const numbers = results.map((r) => JSON.parse(r.stdout).protocolNumber as string).sort();
    const expected = Array.from(
      { length: DESKS },
      (_, i) => `HP 26/${String(i + 1).padStart(3, '0')}`,
    );
    expect(numbers).toEqual(expected);
  }, 120_000);
});
