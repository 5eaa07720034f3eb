import fs from 'node:fs';
import path from 'node:path';
import type { Command } from './index';
import { callAsOperator, optionalInt, printJson, UsageError, withServices } from '../run';
import { flushOutboxOnce } from './mail';

export const receiveCommand: Command = {
  summary: 'recibe una muestra: asigna el número de protocolo e imprime la etiqueta',
  usage:
    'CODIGO [--condition optimal|acceptable|suboptimal] [--containers N] [--slides N]\n' +
    '         [--discrepancies TEXTO] [--notes TEXTO] [--printer URI] [--label-pdf ARCHIVO]',
  help:
    'CODIGO es el código temporal (escaneado o escrito) del protocolo remitido.\n' +
    'La etiqueta va a --printer (tcp://host:9100, printer:NOMBRE, /dev/usb/lp0,\n' +
    'pdf:/ruta.pdf, o "none" para no imprimir), si no a la impresora configurada, y si no\n' +
    'hay ninguna, a un PDF en <datos>/labels. --label-pdf ARCHIVO escribe la etiqueta en ese\n' +
    'PDF (y, si se indicó --printer, además la imprime).\n' +
    'Imprime {"protocolNumber", "status", "print": {...}}. Un fallo de impresión no deshace\n' +
    'la recepción: el trabajo queda en la cola para reintentar.',
  options: {
    condition: { type: 'string' },
    containers: { type: 'string' },
    slides: { type: 'string' },
    discrepancies: { type: 'string' },
    notes: { type: 'string' },
    printer: { type: 'string' },
    'label-pdf': { type: 'string' },
  },
  async run(values, positionals) {
    const code = positionals.join(' ').trim();
    if (!code) throw new UsageError('Indique el código temporal del protocolo.');
    const labelPdf = values['label-pdf'] ? path.resolve(String(values['label-pdf'])) : undefined;
    const printerUri =
      (values.printer as string | undefined) ?? (labelPdf ? `pdf:${labelPdf}` : undefined);

    await withServices(values.data as string | undefined, async (services) => {
      const result = (await callAsOperator(services, 'reception.receive', {
        code,
        condition: values.condition,
        containersReceived: optionalInt(values.containers, 'containers'),
        slidesReceived: optionalInt(values.slides, 'slides'),
        discrepancies: values.discrepancies,
        notes: values.notes,
        printerUri,
      })) as {
        protocolId: string;
        protocolNumber: string | null;
        print: { status: string; error: string | null };
      };

      if (labelPdf && values.printer) {
        const pdf = (await callAsOperator(services, 'printing.labelPdf', {
          protocolId: result.protocolId,
        })) as { base64: string };
        try {
          fs.writeFileSync(labelPdf, Buffer.from(pdf.base64, 'base64'));
        } catch (error) {
          // The sample is received already; say so rather than fail as if it were not.
          process.stderr.write(
            `Muestra recibida, pero no se pudo guardar la etiqueta en ${labelPdf}: ` +
              `${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
          );
        }
      }
      const mail = await flushOutboxOnce(services);
      printJson({ ...result, mail });
      warnIfNotPrinted(result);
      if (result.protocolNumber === null) {
        process.stderr.write(
          'Muestra recibida con el número pendiente: este puesto no tiene números del ' +
            'servidor central. Se asigna en la próxima sincronización ("patolab sync").\n',
        );
      }
    });
  },
};

/** The reception stands either way; a script reading only stderr still learns the label failed. */
function warnIfNotPrinted(result: { print?: { status: string; error: string | null } }) {
  if (result.print?.status === 'failed') {
    process.stderr.write(
      `Muestra recibida, pero la etiqueta no se imprimió: ${result.print.error}\n` +
        'El trabajo quedó en la cola de impresión para reintentar.\n',
    );
  }
}

export const rejectCommand: Command = {
  summary: 'rechaza una muestra, con el motivo; se avisa al veterinario',
  usage: 'CODIGO --reason TEXTO [--notes TEXTO]',
  help: 'El motivo es obligatorio y se incluye en el aviso al veterinario.',
  options: { reason: { type: 'string' }, notes: { type: 'string' } },
  async run(values, positionals) {
    const code = positionals.join(' ').trim();
    if (!code) throw new UsageError('Indique el código temporal del protocolo.');
    if (!values.reason) throw new UsageError('Indique el motivo con --reason.');
    await withServices(values.data as string | undefined, async (services) => {
      const result = await callAsOperator(services, 'reception.reject', {
        code,
        reason: values.reason,
        notes: values.notes,
      });
      const mail = await flushOutboxOnce(services);
      printJson({ ...(result as object), mail });
    });
  },
};
