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

  it('lists the commands of a group for "patolab report --help", and asks for one without it', async () => {
    const [help, bare, typo] = await Promise.all([
      runCli(['report', '--help']),
      runCli(['report']),
      runCli(['user', 'borrar']),
    ]);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    for (const command of ['report draft', 'report sign', 'report amend', 'report pdf']) {
      expect(help.stdout).toContain(command);
    }
    expect(help.stdout).not.toContain('reception receive');

    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe(help.stdout);

    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^Comando desconocido: user borrar\n/);
    expect(typo.stderr).toContain('user set-license');
    expect(typo.stderr).not.toContain('report draft');
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

  it("sets and clears a pathologist's license by email, printing the account as JSON", async () => {
    const data = tempDataDir();
    const file = path.join(data, 'clave.txt');
    fs.writeFileSync(file, 'una clave larga y segura\n');
    const added = await runCli([
      'user',
      'add',
      'ines.acuna@lab.example',
      '--name',
      'Inés Acuña',
      '--roles',
      'pathologist',
      '--password-file',
      file,
      '--data',
      data,
    ]);
    expect(JSON.parse(added.stdout).licenseNumber).toBeNull();

    const setLicense = (...args: string[]) =>
      runCli(['user', 'set-license', 'Ines.Acuna@lab.example', ...args, '--data', data]);
    const set = await setLicense('--license', 'MP 7310');
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({
      email: 'ines.acuna@lab.example',
      licenseNumber: 'MP 7310',
    });

    const [cleared, both] = await Promise.all([
      setLicense('--clear'),
      setLicense('--license', 'MP 1', '--clear'),
    ]);
    expect(JSON.parse(cleared.stdout).licenseNumber).toBeNull();
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Indique --license N o --clear');

    const unknown = await runCli([
      'user',
      'set-license',
      'nadie@lab.example',
      '--license',
      'MP 1',
      '--data',
      data,
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No hay un usuario con el correo nadie@lab.example.');
  });
});
