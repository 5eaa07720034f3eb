// Receives one sample and kills its own process the moment the reception has
// committed, before anything is closed or flushed: a pulled power cable, as near
// as a test can get.

import { startServices } from '../../src-main/services';
import { silentLogger } from '../../src-main/logger';
import { cliActor } from '../../src-main/cli/run';

const [dataDir, code] = process.argv.slice(2);
const services = await startServices({ dataDir: dataDir!, log: silentLogger, mailLoop: false });
const outcome = await services.call(
  { sessionToken: null, actor: cliActor() },
  'reception.receive',
  {
    code,
    printerUri: 'none',
  },
);
process.stdout.write(JSON.stringify(outcome));
process.kill(process.pid, 'SIGKILL');
