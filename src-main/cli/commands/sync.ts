import type { Command } from './index';
import { cliActor, printJson, RefusedError, UsageError, withServices } from '../run';
import { AppError } from '../../../src-shared/errors';
import type { SyncProgress, SyncSummary } from '../../../src-shared/sync-contract';
import { enrollWorkstation } from '../../sync/client/enroll';
import { runSync } from '../../sync/client/run';

/** Refusals from the services become the CLI's plain message and exit status 1. */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) throw new RefusedError(error.message, error.code);
    throw error;
  }
}

const PHASES: Record<SyncProgress['phase'], string> = {
  push: 'Enviando',
  pull: 'Recibiendo',
  numbers: 'Pidiendo números',
  audit: 'Auditoría',
};

function kilobytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(0)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** A bar on a terminal; on a pipe or a log, one line per phase so nothing floods it. */
function progressPrinter(stream: NodeJS.WriteStream) {
  let lastPhase: string | null = null;
  return {
    update(p: SyncProgress) {
      const count = p.totalItems ? `${p.items}/${p.totalItems}` : `${p.items}`;
      const text = `${PHASES[p.phase]}: ${count} cambios · ${kilobytes(p.bytes)}`;
      if (stream.isTTY) {
        const width = 24;
        const done = p.totalItems ? Math.min(1, p.items / p.totalItems) : 0;
        const bar = p.totalItems
          ? '#'.repeat(Math.round(done * width)).padEnd(width, '.')
          : '~'.repeat(width);
        stream.write(`\r[${bar}] ${text}`.padEnd(78));
        lastPhase = p.phase;
      } else if (p.phase !== lastPhase && p.items > 0) {
        stream.write(`${text}\n`);
        lastPhase = p.phase;
      }
    },
    end() {
      if (stream.isTTY && lastPhase) stream.write('\n');
    },
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describe(summary: SyncSummary): string {
  return [
    `Sincronización completa en ${(summary.ms / 1000).toFixed(1)} s.`,
    `  enviados:  ${count(summary.pushed, 'cambio', 'cambios')}, ` +
      count(summary.auditEntries, 'registro de auditoría', 'registros de auditoría'),
    `  recibidos: ${count(summary.pulled, 'cambio', 'cambios')}`,
    `  números:   ${count(summary.blocksLeased, 'bloque pedido', 'bloques pedidos')}, ` +
      count(summary.numbersAssigned, 'número pendiente asignado', 'números pendientes asignados'),
    summary.conflicts > 0
      ? `  conflictos: ${summary.conflicts} (un administrador debe revisarlos en el servidor)`
      : '  conflictos: ninguno',
  ].join('\n');
}

export const syncCommand: Command = {
  summary: 'sincroniza ahora este puesto con el servidor central',
  usage: '[--json]',
  help:
    'Envía al servidor central lo hecho en este puesto, recibe lo hecho en los demás,\n' +
    'pide números de protocolo si quedan pocos y asigna los pendientes. Muestra el avance\n' +
    'en la terminal. Con --json imprime un resumen (enviados, recibidos, conflictos...).\n' +
    'Si se corta a mitad, la próxima vez sigue desde donde quedó. El puesto debe estar\n' +
    'dado de alta antes con "patolab sync enroll".',
  options: { json: { type: 'boolean' } },
  async run(values) {
    await withServices(values.data as string | undefined, async (services) => {
      const progress = progressPrinter(process.stderr);
      try {
        const summary = await refusing(() => runSync(services.ctx, progress.update));
        progress.end();
        if (values.json) printJson(summary);
        else process.stdout.write(`${describe(summary)}\n`);
      } catch (error) {
        progress.end();
        // A script reading --json still gets JSON, and the exit status says it failed.
        if (values.json && error instanceof RefusedError) {
          printJson({ ok: false, error: { code: error.code, message: error.message } });
        }
        throw error;
      }
    });
  },
};

export const syncEnrollCommand: Command = {
  summary: 'da de alta este puesto en el servidor central con un código de un solo uso',
  usage: '--server URL --code CÓDIGO [--again]',
  help:
    'Un administrador obtiene el código en el servidor ("patolab server enroll-code" o la\n' +
    'pantalla Sincronización). El código vale 24 horas y una sola vez. Después de darlo de\n' +
    'alta, el puesto se sincroniza solo cada pocos minutos (PATOLAB_SYNC_INTERVAL, en\n' +
    'segundos) y con "patolab sync". Lo que el puesto ya tenía se envía en la primera\n' +
    'sincronización. Con --again da de alta de nuevo un puesto ya dado de alta (por ejemplo\n' +
    'uno revocado): lo que tenga pendiente se envía con su nueva identidad.',
  options: { server: { type: 'string' }, code: { type: 'string' }, again: { type: 'boolean' } },
  async run(values) {
    if (typeof values.server !== 'string' || typeof values.code !== 'string') {
      throw new UsageError('Indique --server URL y --code CÓDIGO.');
    }
    const input = { server: values.server, code: values.code, again: values.again === true };
    await withServices(values.data as string | undefined, async (services) => {
      const enrolled = await refusing(() => enrollWorkstation(services.ctx, cliActor(), input));
      // A first sync at once, so the desk holds numbers before its first reception.
      let firstSync: SyncSummary | { error: string };
      try {
        firstSync = await runSync(services.ctx);
      } catch (error) {
        const message = error instanceof AppError ? error.message : String(error);
        process.stderr.write(`Dado de alta, pero la primera sincronización falló: ${message}\n`);
        firstSync = { error: message };
      }
      printJson({ ...enrolled, firstSync });
    });
  },
};
