import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { histopathologyForm, tempDataDir } from '../../helpers/workstation';

describe('the patolab command', () => {
  it('explains itself with --help, listing every command', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of [
      'init',
      'protocol submit',
      'reception receive',
      'audit verify',
      'serve',
    ]) {
      expect(run.stdout).toContain(command);
    }
    const one = await runCli(['reception', 'receive', '--help']);
    expect(one.stdout).toContain('--label-pdf');
  });

  it('takes a protocol on stdin, receives it and shows it, all as JSON', async () => {
    const data = tempDataDir();
    const submit = await runCli(['protocol', 'submit', '--data', data], {
      stdin: JSON.stringify(histopathologyForm()),
    });
    expect(submit.code).toBe(0);
    const created = JSON.parse(submit.stdout);
    expect(created).toMatchObject({ temporaryCode: 'TMP-HP-20261204-001', status: 'submitted' });

    const receive = await runCli([
      'reception',
      'receive',
      created.temporaryCode,
      '--printer',
      'none',
      '--data',
      data,
    ]);
    expect(JSON.parse(receive.stdout)).toMatchObject({
      protocolNumber: 'HP 26/001',
      status: 'received',
      print: { status: 'skipped' },
      mail: { notConfigured: true, waiting: 1 },
    });

    const show = await runCli(['protocol', 'show', 'HP', '26/001', '--data', data]);
    expect(JSON.parse(show.stdout)).toMatchObject({ temporaryCode: created.temporaryCode });
  });

  it('refuses with a Spanish message on stderr and exit status 1', async () => {
    const data = tempDataDir();
    const again = [
      'reception',
      'receive',
      'TMP-HP-20261204-001',
      '--printer',
      'none',
      '--data',
      data,
    ];
    await runCli(['protocol', 'submit', '--data', data], {
      stdin: JSON.stringify(histopathologyForm()),
    });
    await runCli(again);

    const refused = await runCli(again);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^Este protocolo ya fue recibido \(HP 26\/001/);
  });

  it('rejects a form with missing fields, naming them', async () => {
    const data = tempDataDir();
    const incomplete: Record<string, unknown> = { ...histopathologyForm() };
    delete incomplete.presumptiveDiagnosis;
    const run = await runCli(['protocol', 'submit', '--data', data], {
      stdin: JSON.stringify(incomplete),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('presumptiveDiagnosis');
  });

  it('answers wrong usage with exit status 2 and the command help', async () => {
    const run = await runCli(['reception', 'reject', 'TMP-HP-20261204-001']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--reason');
    const unknown = await runCli(['reception', 'receive', '--colour', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Opción desconocida: --colour.');
    const empty = await runCli(['reception', 'receive', 'TMP-HP-20261204-001', '--containers', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--containers debe ser un número entero');
  });

  it('says in Spanish that a named file does not exist', async () => {
    const run = await runCli(['protocol', 'submit', '--file', '/no/existe.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('El archivo /no/existe.json no existe.');
  });

  it('refuses a PATOLAB_CLOCK that is not a full ISO-8601 instant', async () => {
    const run = await runCli(['protocol', 'show', 'HP 26/001', '--data', tempDataDir()], {
      env: { PATOLAB_CLOCK: '2026' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PATOLAB_CLOCK no es un instante ISO-8601 válido');
  });

  it('creates the first admin from a password file', async () => {
    const data = tempDataDir();
    const file = path.join(data, 'clave.txt');
    fs.writeFileSync(file, 'una clave larga y segura\n');
    const run = await runCli([
      'init',
      '--admin-email',
      'Jefa@Lab.example',
      '--admin-password-file',
      file,
      '--data',
      data,
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).admin).toMatchObject({
      email: 'jefa@lab.example',
      roles: ['admin'],
    });

    fs.writeFileSync(file, 'corta');
    const weak = await runCli([
      'user',
      'add',
      'b@lab.example',
      '--name',
      'B',
      '--roles',
      'reception',
      '--password-file',
      file,
      '--data',
      data,
    ]);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('al menos 10 caracteres');
  });
});
