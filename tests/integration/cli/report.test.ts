// `patolab report ...`: the pathologist's report drafted, signed, amended and its PDF
// written from the command line, by the real command in a child process on a real data
// folder; the report mail goes out through a loopback SMTP server with `patolab mail flush`.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { versionOption } from '../../../src-main/cli/commands/report';
import { UsageError } from '../../../src-main/cli/run';
import { histopathologyForm, tempDataDir } from '../../helpers/workstation';
import { startTestSmtpServer, type TestSmtpServer } from '../../helpers/smtp-server';

const PATHOLOGIST = {
  email: 'patologa@lab.example',
  name: 'Dra. Ana Pérez',
  password: 'Quebracho-Hornero-Tala-1987',
};

const RELAY = { user: 'avisos@lab.example', password: 'clave-del-relay' };

const REPORT = {
  macroscopic:
    'Nódulo firme de 2,3 × 1,8 cm, fijado en formol al 10 % a 20 °C; al corte, blanquecino.',
  microscopic: {
    'HP 26/001-C1': 'Cortes de 4 µm teñidos con H-E: proliferación epitelial en túbulos.',
  },
  diagnosis: 'Carcinoma mamario tubular simple, grado II; márgenes libres.',
  comments: 'Se sugiere control clínico en 6 meses.',
};

// Each run gets the mail server it is given, not one from the environment of the machine.
async function cli(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}) {
  return runCli(args, { stdin: options.stdin, env: { PATOLAB_SMTP_URL: '', ...options.env } });
}

async function json(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}) {
  const run = await cli(args, options);
  if (run.code !== 0) throw new Error(`patolab ${args.join(' ')} → ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pdfText = (file: string) =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

function writeFile(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/**
 * A folder with a pathologist and HP 26/001 ready for the report: received, one cassette
 * and one slide, the slide ready. Made once; each test works on its own copy.
 */
async function readyLab(): Promise<string> {
  const data = tempDataDir('report-lab-');
  const d = ['--data', data];
  const password = writeFile(data, 'clave.txt', `${PATHOLOGIST.password}\n`);
  await json([
    'user',
    'add',
    PATHOLOGIST.email,
    '--name',
    PATHOLOGIST.name,
    '--roles',
    'pathologist',
    '--license',
    '1234',
    '--password-file',
    password,
    ...d,
  ]);
  const { temporaryCode } = await json(['protocol', 'submit', ...d], {
    stdin: JSON.stringify(histopathologyForm()),
  });
  await json(['reception', 'receive', temporaryCode, '--printer', 'none', ...d]);
  await json(['cassette', 'add', 'HP 26/001', '--material', 'Mama', '--printer', 'none', ...d]);
  await json(['slide', 'add', 'HP 26/001', '--cassettes', 'C1', '--printer', 'none', ...d]);
  const set = await json(['slide', 'set', 'HP 26/001-S1', '--status', 'ready', ...d]);
  expect(set.protocols).toEqual([{ code: 'HP 26/001', status: 'ready' }]);
  return data;
}

// Each test runs the command a dozen times, each start a second or more on a busy machine.
describe('the signed report from the command line', { timeout: 120_000 }, () => {
  let template: string;
  let data: string;
  let d: string[];
  let passwordFile: string;

  beforeAll(async () => {
    template = await readyLab();
  }, 120_000);

  function copyOfLab(): void {
    data = tempDataDir('report-');
    fs.cpSync(template, data, { recursive: true });
    d = ['--data', data];
    passwordFile = path.join(data, 'clave.txt');
  }

  async function draftAndSign(): Promise<{ version: number; pdfSha256: string }> {
    await json(['report', 'draft', 'HP', '26/001', '--file', '-', ...d], {
      stdin: JSON.stringify(REPORT),
    });
    return json([
      'report',
      'sign',
      'HP 26/001',
      '--user',
      PATHOLOGIST.email,
      '--password-file',
      passwordFile,
      ...d,
    ]);
  }

  it('drafts from a file keeping accents, µm and °C, and keeps what the file leaves out', async () => {
    copyOfLab();
    const file = writeFile(data, 'informe.json', JSON.stringify(REPORT));
    const draft = await json(['report', 'draft', 'HP', '26/001', '--file', file, ...d]);
    expect(draft).toMatchObject({
      version: 1,
      amendsVersion: null,
      macroscopic: REPORT.macroscopic,
      microscopic: '',
      microscopicItems: [{ code: 'HP 26/001-C1', text: REPORT.microscopic['HP 26/001-C1'] }],
      diagnosis: REPORT.diagnosis,
      comments: REPORT.comments,
    });

    // Only the diagnosis, and the microscopic description as one text: the rest stays.
    const change = { diagnosis: 'Adenoma mamario complejo.', microscopic: 'Sin atipias a 40×.' };
    const again = await json(['report', 'draft', 'HP 26/001', '--file', '-', ...d], {
      stdin: JSON.stringify(change),
    });
    expect(again).toMatchObject({
      macroscopic: REPORT.macroscopic,
      microscopic: 'Sin atipias a 40×.',
      microscopicItems: [],
      diagnosis: 'Adenoma mamario complejo.',
      comments: REPORT.comments,
    });
  });

  it('refuses a report file with fields it does not know, and saves nothing', async () => {
    copyOfLab();
    const typo = writeFile(data, 'typo.json', JSON.stringify({ diagnostico: 'Adenoma.' }));
    const run = await cli(['report', 'draft', 'HP 26/001', '--file', typo, ...d]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^El informe tiene campos desconocidos: diagnostico\. Se admiten: macroscopic, microscopic/,
    );

    const items = writeFile(data, 'items.json', JSON.stringify({ microscopic: [{ code: 1 }] }));
    const wrongItems = await cli(['report', 'draft', 'HP 26/001', '--file', items, ...d]);
    expect(wrongItems.code).toBe(2);
    expect(wrongItems.stderr).toMatch(/^"microscopic" debe ser un texto, una lista/);

    const sign = await cli([
      'report',
      'sign',
      'HP 26/001',
      '--user',
      PATHOLOGIST.email,
      '--password-file',
      passwordFile,
      ...d,
    ]);
    expect(sign.code).toBe(1);
    expect(sign.stdout).toBe('');
    expect(sign.stderr).toContain('no tiene un borrador de informe');
  });

  it('a wrong password signs nothing; the right one signs version 1 with its PDF', async () => {
    copyOfLab();
    await json(['report', 'draft', 'HP 26/001', '--file', '-', ...d], {
      stdin: JSON.stringify(REPORT),
    });
    const signArgs = ['report', 'sign', 'HP 26/001', '--user', PATHOLOGIST.email, ...d];

    const wrong = writeFile(data, 'otra.txt', 'Algarrobo-Chaja-Ñandu-2001\n');
    const refused = await cli([...signArgs, '--password-file', wrong]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('contraseña');
    const out = path.join(data, 'informe.pdf');
    const nothing = await cli(['report', 'pdf', 'HP 26/001', '--out', out, ...d]);
    expect(nothing.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);

    // The password read from standard input, as a script may pass it.
    const signed = await json([...signArgs, '--password-file', '-'], {
      stdin: PATHOLOGIST.password,
    });
    expect(signed).toMatchObject({
      version: 1,
      signerName: PATHOLOGIST.name,
      signerLicense: '1234',
      diagnosis: REPORT.diagnosis,
    });
    expect(signed.signedAt).toMatch(/^2026-12-04T13:00:00\.\d{3}Z$/);
    expect(signed.contentSha256).toMatch(/^[0-9a-f]{64}$/);

    const written = await json(['report', 'pdf', 'HP', '26/001', '--out', out, ...d]);
    const bytes = fs.readFileSync(out);
    expect(written).toEqual({ file: out, version: 1, sha256: sha256(bytes), bytes: bytes.length });
    expect(written.sha256).toBe(signed.pdfSha256);
    const text = pdfText(out);
    expect(text).toContain(REPORT.diagnosis);
    expect(text).toContain('20 °C');
    expect(fs.readdirSync(data).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('does not write over an existing file unless told to with --force', async () => {
    copyOfLab();
    await draftAndSign();
    const out = writeFile(data, 'informe.pdf', 'una copia que alguien guardó aquí');

    const refused = await cli(['report', 'pdf', 'HP 26/001', '--out', out, ...d]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`El archivo ${out} ya existe; use --force para reemplazarlo.\n`);
    expect(fs.readFileSync(out, 'utf8')).toBe('una copia que alguien guardó aquí');

    const forced = await json(['report', 'pdf', 'HP 26/001', '--out', out, '--force', ...d]);
    expect(forced.sha256).toBe(sha256(fs.readFileSync(out)));
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');

    const nowhere = path.join(data, 'no-existe', 'informe.pdf');
    const lost = await cli(['report', 'pdf', 'HP 26/001', '--out', nowhere, ...d]);
    expect(lost.code).toBe(1);
    expect(lost.stderr).toBe(
      `No se pudo escribir ${nowhere}: la carpeta ${path.dirname(nowhere)} no existe.\n`,
    );
    expect(fs.readdirSync(data).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('only a pathologist signs: an unknown address or a receptionist is refused', async () => {
    copyOfLab();
    await json(['report', 'draft', 'HP 26/001', '--file', '-', ...d], {
      stdin: JSON.stringify(REPORT),
    });
    await json([
      'user',
      'add',
      'mesa@lab.example',
      '--name',
      'Marta Ruiz',
      '--roles',
      'reception',
      '--password-file',
      passwordFile,
      ...d,
    ]);
    const sign = (user: string) =>
      cli(['report', 'sign', 'HP 26/001', '--user', user, '--password-file', passwordFile, ...d]);

    const unknown = await sign('nadie@lab.example');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('No hay ningún usuario con el correo nadie@lab.example.\n');

    const receptionist = await sign('Mesa@Lab.example');
    expect(receptionist.code).toBe(1);
    expect(receptionist.stderr).toBe(
      'Marta Ruiz (mesa@lab.example) no tiene el rol de patólogo: solo un patólogo firma.\n',
    );

    const missing = await cli(['report', 'sign', 'HP 26/001', '--user', PATHOLOGIST.email, ...d]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Indique el patólogo con --user y su contraseña/);

    const signed = await sign(PATHOLOGIST.email);
    expect(signed.code).toBe(0);
    expect(JSON.parse(signed.stdout).version).toBe(1);
  });

  it("an amendment is signed as version 2 and version 1's PDF stays the one delivered", async () => {
    copyOfLab();
    await draftAndSign();
    const first = path.join(data, 'v1.pdf');
    await json(['report', 'pdf', 'HP 26/001', '--out', first, ...d]);

    const amendment = writeFile(
      data,
      'enmienda.json',
      JSON.stringify({ diagnosis: 'Carcinoma mamario tubular simple, grado III.' }),
    );
    const short = await cli(['report', 'amend', 'HP 26/001', '--file', amendment, ...d]);
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/^Indique el motivo de la enmienda con --reason/);

    const reason = 'Revisión del grado histológico con el recuento mitótico';
    const draft = await json([
      'report',
      'amend',
      'HP 26/001',
      '--file',
      amendment,
      '--reason',
      reason,
      ...d,
    ]);
    expect(draft).toMatchObject({
      version: 2,
      amendsVersion: 1,
      amendmentReason: reason,
      macroscopic: REPORT.macroscopic,
      diagnosis: 'Carcinoma mamario tubular simple, grado III.',
    });

    const second = await json([
      'report',
      'sign',
      'HP 26/001',
      '--user',
      PATHOLOGIST.email,
      '--password-file',
      passwordFile,
      ...d,
    ]);
    expect(second).toMatchObject({ version: 2, amendsVersion: 1, amendmentReason: reason });

    const again = path.join(data, 'v1-otra-vez.pdf');
    const v1 = await json(['report', 'pdf', 'HP 26/001', '--version', '1', '--out', again, ...d]);
    expect(v1.version).toBe(1);
    expect(fs.readFileSync(again).equals(fs.readFileSync(first))).toBe(true);

    const latest = path.join(data, 'v2.pdf');
    const v2 = await json(['report', 'pdf', 'HP 26/001', '--out', latest, ...d]);
    expect(v2).toMatchObject({ version: 2, sha256: second.pdfSha256 });
    expect(pdfText(latest)).toContain('grado III');
  });

  describe('with the lab mail server', () => {
    let smtp: TestSmtpServer | undefined;
    afterEach(async () => smtp?.close());

    it('mail flush sends the signed report, its PDF attached, to the referring vet', async () => {
      copyOfLab();
      smtp = await startTestSmtpServer({
        mode: 'starttls',
        login: RELAY,
        dir: tempDataDir('smtp-'),
      });
      const signed = await draftAndSign();

      // A few minutes later: each run's fixed clock starts again at the same instant, and a
      // mail queued a moment into one run would not yet be due at the start of the next.
      const env = {
        PATOLAB_SMTP_URL:
          `smtp://${encodeURIComponent(RELAY.user)}:${RELAY.password}@127.0.0.1:${smtp.port}` +
          '?tlsRejectUnauthorized=false',
        PATOLAB_CLOCK: '2026-12-04T13:05:00Z',
      };
      const flushed = await json(['mail', 'flush', ...d], { env });
      expect(flushed).toMatchObject({ sent: smtp.received.length, failed: 0, waiting: 0 });

      const reports = smtp.received.filter((mail) => mail.attachments.length > 0);
      expect(reports).toHaveLength(1);
      const [report] = reports;
      expect(report!.envelopeTo).toEqual(['laura.gomez@example.org']);
      expect(report!.subject).toContain('HP 26/001');
      const [pdf] = report!.attachments;
      expect(pdf!.contentType).toBe('application/pdf');
      expect(sha256(pdf!.content)).toBe(signed.pdfSha256);

      const shown = await json(['protocol', 'show', 'HP 26/001', ...d]);
      expect(shown.status).toBe('report_sent');
    });
  });
});

// The option's words are checked before any data folder is opened: no command is started.
describe('report pdf --version', () => {
  const NOT_A_VERSION = '--version debe ser un número de versión: 1, 2, 3…';

  it('takes a version as people count them: 1, 2, 3…', () => {
    expect(versionOption(undefined)).toBeUndefined();
    expect(versionOption('1')).toBe(1);
    expect(versionOption('12')).toBe(12);
    expect(versionOption('99999')).toBe(99999);
  });

  it('refuses anything else in plain words: 0, negatives, padding, zeros in front, other notations', () => {
    for (const typed of ['0', '-1', ' 1', '1 ', '0001', '1.0', '1e0', '0x1', '+1', '', 'uno']) {
      expect(() => versionOption(typed), typed).toThrow(UsageError);
      expect(() => versionOption(typed), typed).toThrow(NOT_A_VERSION);
    }
  });
});
