// Corrects a protocol on a workstation's data folder, as the desk does from the
// protocol's screen. The command line has no correction, and the sync test
// needs two desks to correct the same field while each is apart from the
// server. Run with `node --import tsx`; prints the corrected protocol as JSON.
//
//   node --import tsx tests/e2e/correct-protocol.ts DATA_DIR CODE '{"ownerLastName":"Fernández"}'

import { startServices } from '../../src-main/services';
import { cliActor } from '../../src-main/cli/run';

const [dataDir, code, changesJson] = process.argv.slice(2);
if (!dataDir || !code || !changesJson) {
  process.stderr.write('Uso: correct-protocol.ts DATA_DIR CODE CAMBIOS_JSON\n');
  process.exit(2);
}

// No mail or sync loop: the desk stays offline until the test syncs it.
const services = await startServices({ dataDir, mailLoop: false });
try {
  const outcome = await services.call(
    { sessionToken: null, actor: cliActor() },
    'protocols.update',
    {
      code,
      changes: JSON.parse(changesJson) as unknown,
    },
  );
  if (outcome.ok) {
    process.stdout.write(`${JSON.stringify(outcome.result)}\n`);
  } else {
    process.stderr.write(`${outcome.error.message}\n`);
    process.exitCode = 1;
  }
} finally {
  await services.close();
}
