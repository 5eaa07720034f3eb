import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from './index';
import { UsageError } from '../run';
import { startServices } from '../../services';
import { resolveDataDir } from '../../data-dir';
import { startWebServer } from '../../web/server';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../../demo/seed';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const serveCommand: Command = {
  summary: 'abre la aplicación en el navegador (modo web, solo en este equipo)',
  usage: '[--port P] [--demo]',
  help:
    'Inicia los servicios y sirve la aplicación en http://127.0.0.1:P (4780 por omisión).\n' +
    'Solo escucha en esta computadora. Con --demo y sin --data usa una carpeta temporal\n' +
    'nueva con casos de ejemplo y usuarios de prueba (contraseña "patolab-demo"); nunca\n' +
    'toca los datos reales. Ctrl+C la detiene.',
  options: {
    port: { type: 'string' },
    demo: { type: 'boolean' },
  },
  async run(values) {
    const port = values.port === undefined ? 4780 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError('--port debe ser un número de puerto (0 a 65535).');
    }

    const explicitData = (values.data as string | undefined) ?? process.env.PATOLAB_DATA;
    const dataDir =
      values.demo && !explicitData
        ? fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-demo-'))
        : resolveDataDir(explicitData);

    const services = await startServices({ dataDir });
    const seeded = values.demo ? await seedDemo(services) : false;
    const web = await startWebServer({
      services,
      port,
      staticDir: path.join(repoRoot, 'dist-renderer'),
    });

    process.stdout.write(`Patolab está abierto en ${web.url}\nCarpeta de datos: ${dataDir}\n`);
    if (seeded) {
      process.stdout.write(
        `Usuarios de demostración (contraseña "${DEMO_PASSWORD}"):\n` +
          DEMO_USERS.map((u) => `  ${u.email.padEnd(26)} ${u.roles.join(', ')}`).join('\n') +
          '\n',
      );
    }

    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await web.close();
    await services.close();
  },
};
