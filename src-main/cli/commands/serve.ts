import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from './index';
import { UsageError } from '../run';
import { startServices } from '../../services';
import { resolveDataDir } from '../../data-dir';
import { startWebServer } from '../../web/server';
import { DEMO_PASSWORD, DEMO_USERS, DEMO_VET_EMAIL, seedDemo } from '../../demo/seed';
import { listenProblem } from './server';
import { translate, type MessageKey } from '../../../src-shared/i18n/translate';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const serveCommand: Command = {
  summary: 'sirve la aplicación para usarla en un navegador de este mismo equipo',
  usage: '[--port P] [--demo]',
  help:
    'Inicia los servicios y sirve la aplicación en http://127.0.0.1:P (4780 por omisión);\n' +
    'ábrala en el navegador. Solo escucha en esta computadora. Con --demo y sin --data usa\n' +
    'una carpeta temporal nueva (aunque PATOLAB_DATA esté definida), con casos de ejemplo y\n' +
    'usuarios de prueba (contraseña "patolab-demo"), y la borra al salir: nunca toca los\n' +
    'datos reales. Ctrl+C la detiene.',
  options: {
    port: { type: 'string' },
    demo: { type: 'boolean' },
  },
  async run(values) {
    const port = values.port === undefined ? 4780 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError('--port debe ser un número de puerto (0 a 65535).');
    }

    // A demonstration never runs on the folder PATOLAB_DATA points at: that is
    // where a lab keeps its real data.
    const demoFolder =
      values.demo && !values.data ? fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-demo-')) : null;
    const dataDir = demoFolder ?? resolveDataDir(values.data as string | undefined);

    // Listen for Ctrl+C before anything is said on screen: a signal that arrives
    // with no handler yet would end the process without closing or cleaning up.
    const stopped = new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });

    const services = await startServices({ dataDir });
    let seeded = false;
    let web;
    try {
      seeded = values.demo ? await seedDemo(services) : false;
      web = await startWebServer({
        services,
        port,
        staticDir: path.join(repoRoot, 'dist-renderer'),
      });
    } catch (error) {
      // A port already taken, say: nothing keeps running and no demo folder stays behind.
      await services.close();
      if (demoFolder) fs.rmSync(demoFolder, { recursive: true, force: true });
      throw listenProblem(error, { host: '127.0.0.1', port });
    }

    process.stdout.write(`Patolab está abierto en ${web.url}\nCarpeta de datos: ${dataDir}\n`);
    if (seeded) {
      process.stdout.write(
        `Usuarios de demostración (contraseña "${DEMO_PASSWORD}"):\n` +
          DEMO_USERS.map((u) => `  ${u.email.padEnd(26)} ${roleNames(u.roles)}`).join('\n') +
          `\nPortal de veterinarios: ${web.url}/portal/ (${DEMO_VET_EMAIL}, la misma ` +
          `contraseña)\n`,
      );
    }

    await stopped;
    try {
      await web.close();
      await services.close();
    } finally {
      if (demoFolder) fs.rmSync(demoFolder, { recursive: true, force: true });
    }
  },
};

function roleNames(roles: readonly string[]): string {
  return roles.map((role) => translate('es-AR', `ui.role.${role}` as MessageKey)).join(', ');
}
