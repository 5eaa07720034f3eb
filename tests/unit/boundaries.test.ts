// The folder boundaries are only as good as the lint rules that hold them:
// these snippets are linted as if they lived at the given paths, through the
// repository's own eslint.config.js.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The import-boundary messages ESLint gives for `code` placed at `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(root, file) });
  if (!result) throw new Error(`ESLint returned nothing for ${file}`);
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('src-shared stays free of I/O', () => {
  it('may not read files', async () => {
    const errors = await boundaryErrors(
      'src-shared/x.ts',
      "import fs from 'node:fs';\nexport const size = fs.statSync('a').size;",
    );
    expect(errors).toHaveLength(1);
  });

  it('may not use a Node builtin without the node: prefix either', async () => {
    const errors = await boundaryErrors(
      'src-shared/x.ts',
      "import { join } from 'path';\nexport const p = join('a', 'b');",
    );
    expect(errors).toHaveLength(1);
  });

  it('may not open the database or reach into src-main or the screens', async () => {
    const errors = await boundaryErrors(
      'src-shared/labels/x.ts',
      [
        "import Database from 'better-sqlite3';",
        "import { sql } from 'kysely';",
        "import { openDatabase } from '../../src-main/db/open';",
        "import { App } from '../../src-renderer/App';",
        'export const all = [Database, sql, openDatabase, App];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(4);
  });

  it('may import zod and its own modules', async () => {
    const errors = await boundaryErrors(
      'src-shared/x.ts',
      "import { z } from 'zod';\nimport { translate } from './i18n/translate';\n" +
        'export const both = [z, translate];',
    );
    expect(errors).toEqual([]);
  });
});

describe('the screens talk to main only through the contract', () => {
  it('may not import from src-main', async () => {
    const errors = await boundaryErrors(
      'src-renderer/screens/X.tsx',
      "import { startServices } from '../../src-main/services';\nexport const s = startServices;",
    );
    expect(errors).toHaveLength(1);
  });

  it('may not import Electron or Node', async () => {
    const errors = await boundaryErrors(
      'src-renderer/X.tsx',
      "import { ipcRenderer } from 'electron';\nimport os from 'node:os';\n" +
        'export const both = [ipcRenderer, os];',
    );
    expect(errors).toHaveLength(2);
  });

  it('may import the shared contract and React', async () => {
    const errors = await boundaryErrors(
      'src-renderer/X.tsx',
      "import { useState } from 'react';\nimport { contract } from '../src-shared/contract';\n" +
        'export const both = [useState, contract];',
    );
    expect(errors).toEqual([]);
  });
});

describe('Electron stays in src-main/electron', () => {
  it('is refused to printing, which must run in plain Node', async () => {
    const errors = await boundaryErrors(
      'src-main/printing/x.ts',
      "import { BrowserWindow } from 'electron';\nexport const w = BrowserWindow;",
    );
    expect(errors).toHaveLength(1);
  });

  it('is allowed to the desktop shell', async () => {
    const errors = await boundaryErrors(
      'src-main/electron/x.ts',
      "import { app } from 'electron';\nexport const a = app;",
    );
    expect(errors).toEqual([]);
  });

  it('leaves src-main free to use Node and its packages', async () => {
    const errors = await boundaryErrors(
      'src-main/printing/x.ts',
      "import fs from 'node:fs';\nimport PDFDocument from 'pdfkit';\n" +
        "import { contract } from '../../src-shared/contract';\n" +
        'export const all = [fs, PDFDocument, contract];',
    );
    expect(errors).toEqual([]);
  });
});

describe('migrations depend on Kysely alone', () => {
  it('may import Kysely and each other', async () => {
    const errors = await boundaryErrors(
      'migrations/index.ts',
      "import { sql } from 'kysely';\nimport * as m001 from './001_x';\n" +
        'export const both = [sql, m001];',
    );
    expect(errors).toEqual([]);
  });

  it('may not import the services or other packages', async () => {
    const errors = await boundaryErrors(
      'migrations/002_x.ts',
      "import { newId } from '../src-main/ids';\nimport { z } from 'zod';\n" +
        'export const both = [newId, z];',
    );
    expect(errors).toHaveLength(2);
  });
});
