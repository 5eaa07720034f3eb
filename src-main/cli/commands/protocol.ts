import type { Command } from './index';
import { callAsOperator, printJson, readInputFile, UsageError, withServices } from '../run';

export const protocolSubmitCommand: Command = {
  summary: 'registra un protocolo remitido (JSON en un archivo o en la entrada estándar)',
  usage: '[--file F]',
  help:
    'Lee el protocolo en JSON (el formato está en el README) y le asigna un código\n' +
    'temporal. Imprime {"id", "temporaryCode", "status"}.',
  options: { file: { type: 'string' } },
  async run(values) {
    const text = readInputFile(values.file ? String(values.file) : undefined);
    let form: unknown;
    try {
      form = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`El protocolo no es JSON válido: ${(error as Error).message}`);
    }
    await withServices(values.data as string | undefined, async (services) => {
      printJson(await callAsOperator(services, 'protocols.submit', form));
    });
  },
};

export const protocolShowCommand: Command = {
  summary: 'muestra un protocolo por número, código temporal o id',
  usage: 'NUMERO_O_CODIGO',
  help: 'Ejemplos: patolab protocol show "HP 26/001"; patolab protocol show TMP-HP-20261204-007',
  options: {},
  async run(values, positionals) {
    const code = positionals.join(' ').trim();
    if (!code) throw new UsageError('Indique el número o el código del protocolo.');
    await withServices(values.data as string | undefined, async (services) => {
      const detail = (await callAsOperator(services, 'protocols.get', { code })) as object;
      const work = (await callAsOperator(services, 'processing.work', { protocol: code })) as {
        cassettes: unknown;
        slides: unknown;
        stages: unknown;
      };
      printJson({ ...detail, cassettes: work.cassettes, slides: work.slides, stages: work.stages });
    });
  },
};
