// `patolab doctor`: checks the central server's settings before it faces the network. It
// takes the same options and environment as `patolab server`, so the command that is checked
// is the command that will run; it never listens and never sends mail.

import type { Command } from './index';
import { printJson, serverDatabaseUrl } from '../run';
import { resolveDataDir } from '../../data-dir';
import { runDoctor, BACKUP_DIR_VARIABLE, type DoctorCheck } from '../../server/doctor';
import { PUBLIC_URL_VARIABLE, readServerFlags, serverCommand } from './server';

const TITLES: Record<string, string> = {
  https: 'Cifrado (HTTPS)',
  cookies: 'Cookies de sesión',
  'public-url': 'Dirección pública',
  'staff-passwords': 'Contraseñas del personal',
  'database-password': 'Contraseña de la base de datos',
  smtp: 'Servidor de correo',
  backups: 'Copias de seguridad',
  logging: 'Nivel del registro',
};

function line(check: DoctorCheck): string {
  const title = TITLES[check.id] ?? check.id;
  if (check.ok) return `  bien   ${title}\n`;
  return `  MAL    ${title}\n         ${check.problem}\n         Qué hacer: ${check.fix}\n`;
}

export const doctorCommand: Command = {
  summary: 'revisa la instalación del servidor central y dice qué corregir',
  usage: `${serverCommand.usage} [--json]`,
  help:
    'Revisa, como lo haría una auditoría, la configuración con que arrancaría\n' +
    '"patolab server" con estas mismas opciones y variables: HTTPS, cookies seguras,\n' +
    'dirección pública, contraseñas conocidas en cuentas del personal, contraseña de la\n' +
    'base PostgreSQL, servidor de correo, copias de seguridad y nivel del registro.\n' +
    'Para cada problema dice cómo resolverlo. Solo lee: no abre ningún puerto ni envía\n' +
    'correo.\n\n' +
    'Termina con 0 si no encontró problemas y con 1 si encontró alguno.\n\n' +
    'Opciones: las de "patolab server" (vea patolab server --help), y\n' +
    '  --json                el resultado como { ok, checks: [{ id, ok, problem, fix }] }\n\n' +
    'Variables: DATABASE_URL, PATOLAB_SMTP_URL, ' +
    `${PUBLIC_URL_VARIABLE}, ${BACKUP_DIR_VARIABLE} (carpeta\n` +
    'donde se dejan las copias; se espera una de menos de 26 horas), PATOLAB_LOG_LEVEL.\n\n' +
    'Ejemplo:\n' +
    '  patolab doctor --db postgres://patolab:CLAVE@127.0.0.1:5432/patolab --host 0.0.0.0 \\\n' +
    '    --cert /etc/patolab/cert.pem --key /etc/patolab/key.pem \\\n' +
    '    --public-url https://patolab.lab.ar',
  options: { ...serverCommand.options, json: { type: 'boolean' } },
  async run(values) {
    const flags = readServerFlags(values, process.env, { checkCertificate: false });
    const report = await runDoctor({
      ...flags,
      databaseUrl: serverDatabaseUrl(values.db as string | undefined),
      dataDir: resolveDataDir(values.data as string | undefined),
      env: process.env,
    });

    if (values.json) {
      printJson(report);
    } else {
      const problems = report.checks.filter((c) => !c.ok).length;
      process.stdout.write(
        'Revisión de la instalación de Patolab\n\n' +
          report.checks.map(line).join('') +
          (problems === 0
            ? '\nNo se encontraron problemas.\n'
            : `\n${problems === 1 ? 'Un problema' : `${problems} problemas`} por corregir.\n`),
      );
    }
    return report.ok ? 0 : 1;
  },
};
