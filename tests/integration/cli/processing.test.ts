import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { histopathologyForm, tempDataDir } from '../../helpers/workstation';

async function json(args: string[], stdin?: string) {
  const run = await runCli(args, { stdin });
  if (run.code !== 0) throw new Error(`patolab ${args.join(' ')} → ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

describe('the bench from the command line', () => {
  it('adds cassettes, records a stage, adds and finishes slides, and shows it all', async () => {
    const data = tempDataDir();
    const d = ['--data', data];
    const { temporaryCode } = await json(
      ['protocol', 'submit', ...d],
      JSON.stringify(histopathologyForm()),
    );
    await json(['reception', 'receive', temporaryCode, '--printer', 'none', ...d]);

    const labels = path.join(data, 'casetes.pdf');
    const added = await json([
      'cassette',
      'add',
      'HP',
      '26/001',
      '--material',
      'Mama, borde craneal',
      '--type',
      'multicut',
      '--count',
      '3',
      '--label-pdf',
      labels,
      ...d,
    ]);
    expect(added.cassettes.map((c: { code: string }) => c.code)).toEqual([
      'HP 26/001-C1',
      'HP 26/001-C2',
      'HP 26/001-C3',
    ]);
    const text = execFileSync('pdftotext', [labels, '-'], { encoding: 'utf8' });
    expect(text).toContain('HP 26/001-C3');

    // Unquoted codes, as typed in a shell, split at the space and are joined again.
    const stage = await json([
      'stage',
      'record',
      'HP',
      '26/001-C1',
      'HP 26/001-C2',
      '--stage',
      'embedding',
      ...d,
    ]);
    expect(stage.records).toHaveLength(2);

    await json(['cassette', 'void', 'HP 26/001-C3', '--reason', 'Quedó vacío', ...d]);
    const slides = await json([
      'slide',
      'add',
      'HP 26/001',
      '--cassettes',
      'C1,C2',
      '--printer',
      'none',
      ...d,
    ]);
    expect(slides.slides[0]).toMatchObject({ code: 'HP 26/001-S1', stain: 'H-E' });

    const each = await json(['slide', 'add', 'HP 26/001', '--cassettes', 'C1,C2', '--each', ...d]);
    expect(each.slides.map((s: { cassetteCodes: string[] }) => s.cassetteCodes)).toEqual([
      ['HP 26/001-C1'],
      ['HP 26/001-C2'],
    ]);
    const redo = await json(['slide', 'redo', 'HP 26/001-S3', '--reason', 'Pliegues', ...d]);
    expect(redo.slides[0]).toMatchObject({ code: 'HP 26/001-S4', redoOf: 'HP 26/001-S3' });
    await json(['slide', 'set', 'HP 26/001-S2', 'HP 26/001-S4', '--status', 'ready', ...d]);

    const set = await json(['slide', 'set', 'HP 26/001-S1', '--status', 'ready', ...d]);
    expect(set.protocols).toEqual([{ code: 'HP 26/001', status: 'ready' }]);

    const shown = await json(['protocol', 'show', 'HP 26/001', ...d]);
    expect(shown.status).toBe('ready');
    expect(shown.cassettes).toHaveLength(3);
    expect(shown.cassettes[2]).toMatchObject({ voidReason: 'Quedó vacío' });
    expect(shown.slides[0].cassetteCodes).toEqual(['HP 26/001-C1', 'HP 26/001-C2']);
    expect(shown.stages.map((s: { stage: string }) => s.stage)).toEqual(['embedding', 'embedding']);
  });

  it('refuses in Spanish, with exit status 1, and changes nothing', async () => {
    const data = tempDataDir();
    const d = ['--data', data];
    const { temporaryCode } = await json(
      ['protocol', 'submit', ...d],
      JSON.stringify(histopathologyForm()),
    );
    await json(['reception', 'receive', temporaryCode, '--printer', 'none', ...d]);

    const run = await runCli(['slide', 'add', 'HP 26/001', '--cassettes', 'C1', ...d]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('El protocolo HP 26/001 no tiene el casete HP 26/001-C1.');

    const usage = await runCli(['stage', 'record', 'HP 26/001-C1', ...d]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--stage');
    const typo = await runCli(['stage', 'record', 'HP 26/001', '--stage', 'inclusion', ...d]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--stage «inclusion» no es válido; use uno de: sectioning');
    expect(fs.existsSync(path.join(data, 'labels'))).toBe(false);
  });
});
