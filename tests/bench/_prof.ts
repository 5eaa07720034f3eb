import { startServices } from '../../src-main/services';
import { silentLogger } from '../../src-main/logger';
import { createTestDatabaseUrl } from '../helpers/postgres';
import { histopathologyForm, tempDataDir } from '../helpers/workstation';
import { writeTransaction } from '../../src-main/db/transaction';
import { createVetSession } from '../../src-main/portal/sessions';
import { idForEmail } from '../../src-main/sync/entities';

const database = await createTestDatabaseUrl();
const services = await startServices({ dataDir: tempDataDir('p-'), role: 'server', databaseUrl: database.url, log: silentLogger, env: { PATOLAB_PRINTER_URI: 'none' }, mailLoop: false });
const now = services.ctx.clock.now().toISOString();
const email = 'v@b.example.org';
const token = await writeTransaction(services.ctx.db, async (tx) => {
  await tx.insertInto('veterinarians').values({ id: idForEmail('veterinarian', email), email, first_name: 'A', last_name: 'B', license_number: '1', phone: null, dni: null, cuit: null, address: null, verified: 1, created_at: now, updated_at: now }).execute();
  await tx.insertInto('vet_accounts').values({ id: 'acc1', email, license_key: '1', veterinarian_id: idForEmail('veterinarian', email), password_hash: 'x', profile: '{}', locale: 'es-AR', notify: '[]', email_verified_at: now, active: 1, created_at: now, updated_at: now }).execute();
  return createVetSession(tx, services.ctx, 'acc1');
});
const { veterinarian: _v, ...form } = histopathologyForm();
for (let i = 0; i < 30; i++) await services.call({ sessionToken: token }, 'protocols.submit', form);
const t0 = performance.now();
const N = Number(process.env.N ?? 300);
for (let i = 0; i < N; i++) { const r = await services.call({ sessionToken: token }, 'protocols.submit', form); if (!r.ok) throw new Error(JSON.stringify(r)); }
console.log('ms per submit', (performance.now() - t0) / N);
const t1 = performance.now();
for (let i = 0; i < N; i++) { const r = await services.call({ sessionToken: token }, 'protocols.listMine', {limit: 5}); if (!r.ok) throw new Error(JSON.stringify(r)); }
console.log('ms per listMine', (performance.now() - t1) / N);
await services.close(); await database.drop();
