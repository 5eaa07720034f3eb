// `patolab <command>`: the command line of a workstation. Every command takes
// --data DIR (or PATOLAB_DATA) and prints JSON on stdout; refusals go to stderr
// with exit status 1, wrong usage with 2.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { commands, type Command } from './commands';
import { RefusedError, UsageError } from './run';
import { VERSION } from '../services';

const listOf = (entries: [string, Command][]) =>
  entries.map(([name, c]) => `  ${name.padEnd(20)} ${c.summary}`).join('\n');

const GLOBAL_HELP = `Patolab: sistema del laboratorio de patología veterinaria.

Uso: patolab <comando> [opciones]

Comandos:
${listOf(Object.entries(commands))}

Opciones comunes:
  --data DIR           carpeta de datos (o PATOLAB_DATA; por omisión la carpeta de
                       datos de la aplicación del usuario)
  -h, --help           esta ayuda; "patolab <comando> --help" para la de un comando
  -v, --version        la versión de Patolab

Variables de entorno:
  PATOLAB_DATA         carpeta de datos
  PATOLAB_PRINTER_URI  impresora de todas las etiquetas, en lugar de la configurada
                       (tcp://host:9100, zpl+tcp://host:9100, printer:NOMBRE, /dev/usb/lp0,
                       pdf:/ruta/archivo.pdf, none)
  PATOLAB_SMTP_URL     servidor de correo (smtp://usuario:clave@host:587?from=lab@dominio)
  PATOLAB_TIME_ZONE    zona horaria del laboratorio (America/Argentina/Buenos_Aires)
  PATOLAB_SYNC_INTERVAL segundos entre sincronizaciones automáticas de un puesto dado de
                       alta (120 por omisión)
  DATABASE_URL         base PostgreSQL del servidor central (postgres://...)
  PATOLAB_PUBLIC_URL   dirección del portal en los enlaces del correo (servidor central)
  PATOLAB_BACKUP_DIR   carpeta de las copias de seguridad que revisa patolab doctor
  PATOLAB_CLOCK        fija el reloj en un instante ISO-8601: solo para pruebas y demostraciones
  PATOLAB_LOG_LEVEL    nivel del registro (info por omisión; debug para diagnóstico)
`;

/** The commands a word starts: `report` gives report draft, sign, amend and pdf. */
function groupOf(word: string | undefined): [string, Command][] {
  if (!word || word.startsWith('-')) return [];
  return Object.entries(commands).filter(([name]) => name.startsWith(`${word} `));
}

function groupHelp(word: string, group: [string, Command][]): string {
  return (
    `Uso: patolab ${word} <comando> [opciones]\n\nComandos de "${word}":\n${listOf(group)}\n\n` +
    `"patolab ${word} <comando> --help" muestra la ayuda de cada uno.\n`
  );
}

function commandHelp(name: string, command: Command): string {
  const usage = `patolab ${name} ${command.usage}`.trimEnd();
  // `sync` is a command and also starts `sync enroll`: its help names the others.
  const group = groupOf(name);
  const others = group.length > 0 ? `\nOtros comandos de "${name}":\n${listOf(group)}\n` : '';
  return (
    `Uso: ${usage} [--data DIR]\n\n${command.summary}\n\n${command.help}\n\n` +
    `--data DIR es la carpeta de datos (o PATOLAB_DATA).\n${others}`
  );
}

/** Node's own words for a wrong option, in the lab's language. */
function usageProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Opción desconocida: ${option}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `Falta el valor de ${option}.`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'Sobran datos en la orden.';
  return message ?? String(error);
}

function findCommand(argv: string[]): { name: string; command: Command; rest: string[] } | null {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    const command = commands[name];
    if (command) return { name, command, rest: argv.slice(words) };
  }
  return null;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--version' || argv[0] === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(GLOBAL_HELP);
    return argv.length === 0 ? 2 : 0;
  }

  const found = findCommand(argv);
  const group = found ? [] : groupOf(argv[0]);
  if (!found && group.length > 0) {
    // `patolab report` or `patolab report --help`: the group's commands, not an error.
    const word = argv[0]!;
    if (argv[1] === undefined || argv[1].startsWith('-')) {
      process.stdout.write(groupHelp(word, group));
      return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
    }
    process.stderr.write(`Comando desconocido: ${word} ${argv[1]}\n\n${groupHelp(word, group)}`);
    return 2;
  }
  if (!found) {
    process.stderr.write(`Comando desconocido: ${argv.slice(0, 2).join(' ')}\n\n${GLOBAL_HELP}`);
    return 2;
  }

  const { name, command, rest } = found;
  const options: ParseArgsConfig['options'] = {
    ...command.options,
    data: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${usageProblem(error)}\n\n${commandHelp(name, command)}`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(commandHelp(name, command));
    return 0;
  }

  try {
    return (
      (await command.run(
        parsed.values as Record<string, string | boolean | undefined>,
        parsed.positionals,
      )) ?? 0
    );
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${commandHelp(name, command)}`);
      return 2;
    }
    if (error instanceof RefusedError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Error: ${message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
