import type { Command } from './index';
import {
  callAsOperator,
  printJson,
  readInputFile,
  RefusedError,
  UsageError,
  withServerServices,
  withServices,
} from '../run';
import type { Services } from '../../services';
import type { UserView } from '../../../src-shared/contract';
import { resolveDataDir } from '../../data-dir';

/** A password comes from a file (or stdin with "-"), never from the command line or history. */
export function readPasswordFile(file: string): string {
  const text = readInputFile(file);
  return text.replace(/\r?\n$/, '');
}

const SERVER_OPTIONS = { server: { type: 'boolean' }, db: { type: 'string' } } as const;
const SERVER_HELP =
  '\nCon --server actúa sobre la carpeta del servidor central (y con --db URL o DATABASE_URL,\n' +
  'sobre su base PostgreSQL): los usuarios creados allí llegan a todos los puestos.';

/** The workstation's own folder, or the central server's with --server or --db. */
function openFor<T>(
  values: Record<string, string | boolean | undefined>,
  work: (services: Services) => Promise<T>,
): Promise<T> {
  const data = values.data as string | undefined;
  const db = values.db as string | undefined;
  if (values.server || db !== undefined) return withServerServices(data, db, work);
  return withServices(data, work);
}

export const initCommand: Command = {
  summary: 'crea la carpeta de datos y, si se indica, el primer administrador',
  usage: '[--admin-email E --admin-password-file F [--admin-name NOMBRE]] [--server [--db URL]]',
  help:
    'Crea la base de datos (o la actualiza) en la carpeta de datos. Con --admin-email crea\n' +
    'el primer usuario administrador; la contraseña se lee del archivo indicado ("-" para\n' +
    'leerla de la entrada estándar) y debe tener al menos 10 caracteres.' +
    SERVER_HELP,
  options: {
    ...SERVER_OPTIONS,
    'admin-email': { type: 'string' },
    'admin-password-file': { type: 'string' },
    'admin-name': { type: 'string' },
  },
  async run(values) {
    const email = values['admin-email'] as string | undefined;
    const passwordFile = values['admin-password-file'] as string | undefined;
    if (Boolean(email) !== Boolean(passwordFile)) {
      throw new UsageError('Indique --admin-email y --admin-password-file juntos.');
    }

    await openFor(values, async (services) => {
      let admin = null;
      if (email && passwordFile) {
        admin = await callAsOperator(services, 'users.create', {
          email,
          displayName: (values['admin-name'] as string | undefined) ?? 'Administrador',
          roles: ['admin'],
          password: readPasswordFile(passwordFile),
        });
      }
      printJson({ dataDir: resolveDataDir(values.data as string | undefined), admin });
    });
  },
};

export const userAddCommand: Command = {
  summary: 'crea un usuario del laboratorio',
  usage: 'EMAIL --name NOMBRE --roles ROL[,ROL] --password-file F [--license N] [--server]',
  help:
    'Roles: admin, reception, technician, pathologist (uno o varios, separados por coma).\n' +
    '--license N: la matrícula del patólogo, impresa en los informes que firma (sin ella no\n' +
    'puede firmar).\n' +
    'La contraseña se lee del archivo indicado ("-" para la entrada estándar).' +
    SERVER_HELP,
  options: {
    ...SERVER_OPTIONS,
    name: { type: 'string' },
    roles: { type: 'string' },
    license: { type: 'string' },
    'password-file': { type: 'string' },
  },
  async run(values, positionals) {
    const [email] = positionals;
    if (!email || !values.name || !values.roles || !values['password-file']) {
      throw new UsageError('Faltan datos: EMAIL, --name, --roles y --password-file.');
    }
    await openFor(values, async (services) => {
      const user = await callAsOperator(services, 'users.create', {
        email,
        displayName: values.name,
        roles: String(values.roles)
          .split(',')
          .map((r) => r.trim()),
        licenseNumber: values.license,
        password: readPasswordFile(String(values['password-file'])),
      });
      printJson(user);
    });
  },
};

export const userSetLicenseCommand: Command = {
  summary: 'carga, cambia o quita la matrícula de un usuario',
  usage: 'EMAIL (--license N | --clear) [--server]',
  help:
    '--license N: la matrícula del patólogo, impresa bajo su firma en los informes (sin ella\n' +
    'no puede firmar). --clear la quita. Los informes ya firmados conservan la que tenían.' +
    SERVER_HELP,
  options: {
    ...SERVER_OPTIONS,
    license: { type: 'string' },
    clear: { type: 'boolean' },
  },
  async run(values, positionals) {
    const [email] = positionals;
    const license = values.license as string | undefined;
    if (!email) throw new UsageError('Indique el correo del usuario.');
    if ((license === undefined) === !values.clear) {
      throw new UsageError('Indique --license N o --clear (uno de los dos).');
    }
    if (license !== undefined && license.trim() === '') {
      throw new UsageError('--license no puede estar vacío; para quitar la matrícula use --clear.');
    }

    await openFor(values, async (services) => {
      const users = (await callAsOperator(services, 'users.list', {})) as UserView[];
      const wanted = email.trim().toLowerCase();
      const user = users.find((u) => u.email === wanted);
      if (!user) throw new RefusedError(`No hay un usuario con el correo ${email}.`, 'NOT_FOUND');
      printJson(
        await callAsOperator(services, 'users.setLicense', {
          id: user.id,
          licenseNumber: license ?? null,
        }),
      );
    });
  },
};
