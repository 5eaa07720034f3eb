// The bench from the command line: cassettes, slides and stages, for scripts
// and for an admin fixing a record without a screen. Each prints JSON.

import fs from 'node:fs';
import path from 'node:path';
import type { Command } from './index';
import { callAsOperator, optionalInt, printJson, UsageError, withServices } from '../run';
import type { Services } from '../../services';
import {
  CASSETTE_TYPES,
  HISTO_STAGES,
  QUALITY_GRADES,
  SLIDE_STATUSES,
} from '../../../src-shared/processing';
import { visibleLength } from '../../../src-shared/clean-text';

const PRINTER_HELP =
  'Las etiquetas van a --printer (tcp://host:9100, zpl+tcp://host:9100, printer:NOMBRE,\n' +
  'pdf:/ruta.pdf, o "none" para no imprimir), si no a la impresora configurada para ese\n' +
  'uso, y si no hay ninguna, a un PDF en <datos>/labels. --label-pdf ARCHIVO las escribe\n' +
  'en ese PDF (y, si se indicó --printer, además las imprime).';

/**
 * Codes as typed in a shell: `HP 26/001-C1` unquoted arrives as two words, so
 * a lone kind is joined to the word after it.
 */
export function codesFrom(positionals: string[]): string[] {
  const codes: string[] = [];
  for (let i = 0; i < positionals.length; i++) {
    const word = positionals[i]!.trim();
    if (word === '') continue;
    const next = positionals[i + 1];
    if (/^(HP|CT)$/i.test(word) && next !== undefined) {
      codes.push(`${word} ${next.trim()}`);
      i++;
    } else {
      codes.push(word);
    }
  }
  return codes;
}

/** An option that must be one of a few words: a typo is wrong usage, told with the choices. */
function oneOf<T extends string>(
  value: unknown,
  name: string,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value.trim())) {
    return value.trim() as T;
  }
  throw new UsageError(
    `--${name} «${String(value)}» no es válido; use uno de: ${allowed.join(', ')}.`,
  );
}

/** Voids and redos are read later by others: a reason of a word or two at least. */
function reasonOf(value: unknown): string {
  const reason = typeof value === 'string' ? value.trim() : '';
  if (visibleLength(reason) < 3) {
    throw new UsageError('Indique el motivo con --reason (al menos 3 caracteres, sin espacios).');
  }
  return reason;
}

function oneProtocol(positionals: string[]): string {
  const code = positionals.join(' ').trim();
  if (!code) throw new UsageError('Indique el número de protocolo (por ejemplo "HP 26/001").');
  return code;
}

function printTarget(values: Record<string, string | boolean | undefined>) {
  const labelPdf = values['label-pdf'] ? path.resolve(String(values['label-pdf'])) : undefined;
  const printerUri =
    (values.printer as string | undefined) ?? (labelPdf ? `pdf:${labelPdf}` : undefined);
  return { labelPdf, printerUri, alsoPdf: Boolean(labelPdf && values.printer) };
}

/** With both --printer and --label-pdf, the PDF is written besides printing. */
async function writeLabelPdf(
  services: Services,
  file: string,
  input: { protocol: string; item: 'cassette' | 'slide'; codes: string[] },
): Promise<void> {
  const pdf = (await callAsOperator(services, 'processing.labelPdf', input)) as { base64: string };
  try {
    fs.writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
  } catch (error) {
    process.stderr.write(
      `Registrado, pero no se pudieron guardar las etiquetas en ${file}: ` +
        `${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
    );
  }
}

function warnIfNotPrinted(result: { print: { status: string; error: string | null } }) {
  if (result.print.status !== 'failed') return;
  process.stderr.write(
    `Registrado, pero las etiquetas no se imprimieron: ${result.print.error}\n` +
      'El trabajo quedó en la cola de impresión para reintentar.\n',
  );
}

const printOptions = {
  printer: { type: 'string' },
  'label-pdf': { type: 'string' },
} as const;

export const cassetteAddCommand: Command = {
  summary: 'agrega casetes a un protocolo de histopatología recibido e imprime sus etiquetas',
  usage:
    'PROTOCOLO --material TEXTO [--type normal|multicut|special] [--count N]\n' +
    '         [--printer URI] [--label-pdf ARCHIVO]',
  help:
    'Los casetes se numeran -C1, -C2… a continuación del último (un número anulado no se\n' +
    `vuelve a usar). Tipo: normal (blanco), multicut (amarillo), special (naranja).\n${PRINTER_HELP}\n` +
    'Imprime {"cassettes": [...], "print": {...}}.',
  options: {
    material: { type: 'string' },
    type: { type: 'string' },
    count: { type: 'string' },
    ...printOptions,
  },
  async run(values, positionals) {
    const protocol = oneProtocol(positionals);
    if (!values.material) throw new UsageError('Indique el material del casete con --material.');
    const type = oneOf(values.type, 'type', CASSETTE_TYPES);
    const target = printTarget(values);

    await withServices(values.data as string | undefined, async (services) => {
      const result = (await callAsOperator(services, 'processing.addCassettes', {
        protocol,
        material: values.material,
        type,
        count: optionalInt(values.count, 'count'),
        printerUri: target.printerUri,
      })) as { cassettes: { code: string }[]; print: { status: string; error: string | null } };
      if (target.alsoPdf) {
        const codes = result.cassettes.map((c) => c.code);
        await writeLabelPdf(services, target.labelPdf!, { protocol, item: 'cassette', codes });
      }
      printJson(result);
      warnIfNotPrinted(result);
    });
  },
};

export const cassetteVoidCommand: Command = {
  summary: 'anula un casete, con el motivo; queda visible y su número no se reutiliza',
  usage: 'CODIGO --reason TEXTO',
  help: 'Ejemplo: patolab cassette void "HP 26/001-C2" --reason "Casete vacío, material en C1"',
  options: { reason: { type: 'string' } },
  async run(values, positionals) {
    const code = oneProtocol(positionals);
    const reason = reasonOf(values.reason);
    await withServices(values.data as string | undefined, async (services) => {
      printJson(await callAsOperator(services, 'processing.voidCassette', { code, reason }));
    });
  },
};

export const slideAddCommand: Command = {
  summary: 'agrega portaobjetos a un protocolo, de sus casetes o directo (citología)',
  usage:
    'PROTOCOLO [--cassettes C1,C2] [--each] [--stain NOMBRE] [--field N] [--count N]\n' +
    '         [--printer URI] [--label-pdf ARCHIVO]',
  help:
    'En histopatología, --cassettes dice de qué casetes del mismo protocolo sale el\n' +
    'portaobjetos (C1 o el código completo): cada portaobjetos lleva cortes de todos ellos;\n' +
    'con --each, en cambio, sale uno (o --count) de cada casete. La coloración por defecto es\n' +
    'H-E (histopatología) o Diff-Quik (citología); otras, del catálogo. Con --field N los\n' +
    `portaobjetos llevan los campos N, N+1…\n${PRINTER_HELP}\n` +
    'Imprime {"slides": [...], "print": {...}}.',
  options: {
    cassettes: { type: 'string' },
    each: { type: 'boolean' },
    stain: { type: 'string' },
    field: { type: 'string' },
    count: { type: 'string' },
    ...printOptions,
  },
  async run(values, positionals) {
    const protocol = oneProtocol(positionals);
    const cassettes = String(values.cassettes ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    const target = printTarget(values);

    await withServices(values.data as string | undefined, async (services) => {
      const field = optionalInt(values.field, 'field');
      const result = (await callAsOperator(services, 'processing.addSlides', {
        protocol,
        cassettes,
        perCassette: values.each === true,
        stain: values.stain,
        fieldNumber: field === 0 ? undefined : field,
        count: optionalInt(values.count, 'count'),
        printerUri: target.printerUri,
      })) as { slides: { code: string }[]; print: { status: string; error: string | null } };
      if (target.alsoPdf) {
        const codes = result.slides.map((s) => s.code);
        await writeLabelPdf(services, target.labelPdf!, { protocol, item: 'slide', codes });
      }
      printJson(result);
      warnIfNotPrinted(result);
    });
  },
};

export const slideSetCommand: Command = {
  summary: 'cambia el estado o la calidad de uno o más portaobjetos',
  usage:
    'CODIGO... [--status pending|mounted|stained|ready] [--quality excellent|good|acceptable|poor]',
  help:
    'El estado solo avanza. Cuando todos los portaobjetos vigentes de un protocolo están\n' +
    'listos, el protocolo pasa a "Listo". Ejemplo: patolab slide set "HP 26/001-S1" --status ready',
  options: { status: { type: 'string' }, quality: { type: 'string' } },
  async run(values, positionals) {
    const codes = codesFrom(positionals);
    if (codes.length === 0) throw new UsageError('Indique uno o más códigos de portaobjetos.');
    if (!values.status && !values.quality) {
      throw new UsageError('Indique --status, --quality o ambos.');
    }
    const status = oneOf(values.status, 'status', SLIDE_STATUSES);
    const quality = oneOf(values.quality, 'quality', QUALITY_GRADES);
    await withServices(values.data as string | undefined, async (services) => {
      printJson(await callAsOperator(services, 'processing.setSlides', { codes, status, quality }));
    });
  },
};

export const slideRedoCommand: Command = {
  summary: 'rehace un portaobjetos deficiente: uno nuevo lo reemplaza y queda enlazado',
  usage: 'CODIGO --reason TEXTO [--printer URI] [--label-pdf ARCHIVO]',
  help:
    'El portaobjetos nuevo sale de los mismos casetes, con la misma coloración y campo; el\n' +
    `anterior deja de contar para que el protocolo quede listo.\n${PRINTER_HELP}\n` +
    'Ejemplo: patolab slide redo "HP 26/001-S2" --reason "Pliegues en el corte"',
  options: { reason: { type: 'string' }, ...printOptions },
  async run(values, positionals) {
    const code = oneProtocol(positionals);
    const reason = reasonOf(values.reason);
    const target = printTarget(values);
    await withServices(values.data as string | undefined, async (services) => {
      const result = (await callAsOperator(services, 'processing.redoSlide', {
        code,
        reason,
        printerUri: target.printerUri,
      })) as { slides: { code: string }[]; print: { status: string; error: string | null } };
      if (target.alsoPdf) {
        const codes = result.slides.map((s) => s.code);
        await writeLabelPdf(services, target.labelPdf!, { protocol: code, item: 'slide', codes });
      }
      printJson(result);
      warnIfNotPrinted(result);
    });
  },
};

export const stageRecordCommand: Command = {
  summary: 'registra una etapa del procesamiento en uno o más casetes o portaobjetos',
  usage:
    'CODIGO... --stage sectioning|identification|fixation|embedding|cutting|mounting|staining\n' +
    '         [--notes TEXTO]',
  help:
    'Cada código es un casete, un portaobjetos o un protocolo (que vale por todos sus casetes\n' +
    'o portaobjetos vigentes a los que corresponde la etapa). Ejemplo:\n' +
    '  patolab stage record "HP 26/001-C1" "HP 26/001-C2" --stage embedding',
  options: { stage: { type: 'string' }, notes: { type: 'string' } },
  async run(values, positionals) {
    const codes = codesFrom(positionals);
    if (codes.length === 0) throw new UsageError('Indique uno o más códigos.');
    if (!values.stage) throw new UsageError('Indique la etapa con --stage.');
    const stage = oneOf(values.stage, 'stage', HISTO_STAGES);
    await withServices(values.data as string | undefined, async (services) => {
      printJson(
        await callAsOperator(services, 'processing.recordStage', {
          codes,
          stage,
          notes: values.notes,
        }),
      );
    });
  },
};
