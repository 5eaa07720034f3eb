// Opens a workstation's data folder in a process of its own and syncs it. The
// test holds the push at its fault proxy and kills this process with SIGKILL
// while the request is in flight: a desk switched off in the middle of a sync.
// If the sync ever finishes, the outcome is printed and the process exits.

import { startServices } from '../../src-main/services';
import { silentLogger } from '../../src-main/logger';
import { runSync } from '../../src-main/sync/client/run';

const [dataDir] = process.argv.slice(2);
const services = await startServices({
  dataDir: dataDir!,
  log: silentLogger,
  mailLoop: false,
  syncLoop: false,
});
const summary = await runSync(services.ctx);
process.stdout.write(JSON.stringify(summary));
await services.close();
