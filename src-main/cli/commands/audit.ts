import type { Command } from './index';
import { callAsOperator, printJson, withServices } from '../run';

export const auditVerifyCommand: Command = {
  summary: 'comprueba que el registro de auditoría no fue alterado',
  usage: '',
  help:
    'Recorre la cadena de hashes del registro de auditoría. Sale con estado 1 y nombra la\n' +
    'primera entrada alterada o borrada si la hay.',
  options: {},
  async run(values) {
    return withServices(values.data as string | undefined, async (services) => {
      const result = (await callAsOperator(services, 'audit.verify', {})) as {
        ok: boolean;
        problem: string | null;
      };
      printJson(result);
      if (!result.ok) {
        process.stderr.write(`El registro de auditoría fue alterado: ${result.problem}\n`);
        return 1;
      }
      return 0;
    });
  },
};
