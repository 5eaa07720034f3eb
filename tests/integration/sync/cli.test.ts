import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { histopathologyForm, tempDataDir } from '../../helpers/workstation';
import { startSyncServer, type TestServer } from '../../helpers/sync';

describe('patolab sync from the command line', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startSyncServer();
  });
  afterAll(async () => server?.stop());

  it('refuses to sync a workstation that was never enrolled, saying how to enrol', async () => {
    const run = await runCli(['sync', '--data', tempDataDir()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('patolab sync enroll --server URL --code');
  });

  it('enrols with a code once, then syncs and prints a summary', async () => {
    const data = tempDataDir();
    const { code } = (await server.call('devices.createEnrolmentCode', { name: 'Mesa 1' })) as {
      code: string;
    };
    const enrol = await runCli([
      'sync',
      'enroll',
      '--server',
      server.url,
      '--code',
      code,
      '--data',
      data,
    ]);
    expect(enrol.code).toBe(0);
    expect(JSON.parse(enrol.stdout)).toMatchObject({
      deviceName: 'Mesa 1',
      deviceNumber: 1,
      firstSync: { blocksLeased: 2 },
    });

    const again = await runCli([
      'sync',
      'enroll',
      '--server',
      server.url,
      '--code',
      code,
      '--data',
      tempDataDir(),
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('El código de alta no es válido');

    const submit = await runCli(['protocol', 'submit', '--data', data], {
      stdin: JSON.stringify(histopathologyForm()),
    });
    expect(JSON.parse(submit.stdout).temporaryCode).toBe('TMP-HP-20261204-1001');

    const sync = await runCli(['sync', '--json', '--data', data]);
    expect(sync.code).toBe(0);
    const summary = JSON.parse(sync.stdout);
    expect(summary.pushed).toBeGreaterThanOrEqual(3);

    const plain = await runCli(['sync', '--data', data]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Sincronización completa');
  });

  it('says plainly when the server cannot be reached', async () => {
    const data = tempDataDir();
    const { code } = (await server.call('devices.createEnrolmentCode', { name: 'Mesa 2' })) as {
      code: string;
    };
    await runCli(['sync', 'enroll', '--server', server.url, '--code', code, '--data', data]);
    await server.stop();
    try {
      const sync = await runCli(['sync', '--data', data]);
      expect(sync.code).toBe(1);
      expect(sync.stderr).toContain('No se pudo conectar con el servidor central');
      const json = await runCli(['sync', '--json', '--data', data]);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    } finally {
      await server.restart();
    }
  });
});
