// The pathologist's report from the command line: draft, sign, amend and the
// signed PDF, for an admin or a script. Every step goes through the same
// contract methods as the bench; signing is done as the pathologist named by
// --user, whose password (read from a file) is checked again by the handler.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from './index';
import {
  callAsOperator,
  printJson,
  readInputFile,
  RefusedError,
  UsageError,
  withServices,
} from '../run';
import { readPasswordFile } from './init';
import { codesFrom } from './processing';
import type { Actor } from '../../context';
import type { Services } from '../../services';
import { parseRoles } from '../../accounts/users';
import type {
  DraftView,
  ReportSections,
  ReportView,
  VersionView,
} from '../../../src-shared/report-contract';
import { visibleLength } from '../../../src-shared/clean-text';
import { translate } from '../../../src-shared/i18n/translate';

const SECTION_KEYS = ['macroscopic', 'microscopic', 'diagnosis', 'comments'] as const;

// The contract asks reasons of at least 10 characters; saying so here names the option.
const REASON_MIN = 10;

const FILE_HELP =
  'El archivo es un objeto JSON con "macroscopic", "microscopic", "diagnosis" y "comments"\n' +
  '(texto). "microscopic" también puede describir cada casete o portaobjetos: una lista\n' +
  '[{"code": "HP 26/001-C1", "text": "…"}] o un objeto {"HP 26/001-C1": "…"}. Un campo que\n' +
  'no está en el archivo conserva el texto que ya tenía el borrador; "" lo vacía.\n' +
  '--file - lee el JSON de la entrada estándar.';

type Values = Record<string, string | boolean | undefined>;

/** The one protocol a command acts on; `HP 26/001` typed unquoted arrives as two words. */
function oneProtocol(positionals: string[]): string {
  const codes = codesFrom(positionals);
  if (codes.length === 0) {
    throw new UsageError('Indique el número de protocolo (por ejemplo "HP 26/001").');
  }
  if (codes.length > 1) {
    throw new UsageError(`Indique un solo protocolo (llegaron ${codes.join(', ')}).`);
  }
  return codes[0]!;
}

function reasonOf(value: unknown, option: string, what: string): string {
  const reason = typeof value === 'string' ? value.trim() : '';
  if (visibleLength(reason) < REASON_MIN) {
    throw new UsageError(
      `Indique ${what} con --${option} (al menos ${REASON_MIN} caracteres, sin contar los ` +
        'espacios).',
    );
  }
  return reason;
}

/**
 * `--version N`: a signed version as people count them, written plainly. " 1", "0001",
 * "1e0" or "0x1" would each pass for 1 somewhere, and a script that wrote them meant
 * something else.
 */
export function versionOption(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^[1-9]\d{0,8}$/.test(value)) {
    throw new UsageError('--version debe ser un número de versión: 1, 2, 3…');
  }
  return Number(value);
}

function requiredFile(values: Values): string {
  if (typeof values.file !== 'string' || values.file === '') {
    throw new UsageError('Indique el archivo del informe con --file (--file - para la entrada).');
  }
  return values.file;
}

type MicroscopicItem = ReportSections['microscopicItems'][number];

/** `microscopic` as text, as a list of {code, text}, or as an object of code → text. */
function microscopicOf(value: unknown): Pick<ReportSections, 'microscopic' | 'microscopicItems'> {
  if (typeof value === 'string') return { microscopic: value, microscopicItems: [] };

  const wrong = new UsageError(
    '"microscopic" debe ser un texto, una lista de {"code": "…", "text": "…"} o un objeto ' +
      '{"HP 26/001-C1": "…"}.',
  );
  let items: MicroscopicItem[];
  if (Array.isArray(value)) {
    items = value.map((item: unknown) => {
      const { code, text, ...rest } = (item ?? {}) as Record<string, unknown>;
      if (typeof code !== 'string' || typeof text !== 'string' || Object.keys(rest).length > 0) {
        throw wrong;
      }
      return { code, text };
    });
  } else if (value !== null && typeof value === 'object') {
    items = Object.entries(value).map(([code, text]) => {
      if (typeof text !== 'string') throw wrong;
      return { code, text };
    });
  } else {
    throw wrong;
  }
  return { microscopic: '', microscopicItems: items };
}

/** The sections a report file sets; the ones it leaves out are not in the result. */
export function sectionsFromFile(text: string): Partial<ReportSections> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`El informe no es JSON válido: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UsageError(`El informe debe ser un objeto JSON con ${SECTION_KEYS.join(', ')}.`);
  }

  const file = parsed as Record<string, unknown>;
  const unknown = Object.keys(file).filter(
    (key) => !(SECTION_KEYS as readonly string[]).includes(key),
  );
  if (unknown.length > 0) {
    throw new UsageError(
      `El informe tiene campos desconocidos: ${unknown.join(', ')}. ` +
        `Se admiten: ${SECTION_KEYS.join(', ')}.`,
    );
  }

  const sections: Partial<ReportSections> = {};
  for (const key of ['macroscopic', 'diagnosis', 'comments'] as const) {
    if (!(key in file)) continue;
    if (typeof file[key] !== 'string') throw new UsageError(`"${key}" debe ser un texto.`);
    sections[key] = file[key];
  }
  if ('microscopic' in file) Object.assign(sections, microscopicOf(file.microscopic));
  return sections;
}

/**
 * Saves the file's sections over the draft's own. The draft's updatedAt goes along, so
 * an edit made at a desk meanwhile is refused as a conflict instead of overwritten.
 */
function saveOver(
  services: Services,
  protocol: string,
  draft: DraftView | null,
  sections: Partial<ReportSections>,
): Promise<DraftView> {
  const base = {
    macroscopic: draft?.macroscopic ?? '',
    microscopic: draft?.microscopic ?? '',
    microscopicItems: draft?.microscopicItems ?? [],
    diagnosis: draft?.diagnosis ?? '',
    comments: draft?.comments ?? '',
  };
  return callAsOperator(services, 'reports.saveDraft', {
    protocol,
    ...base,
    ...sections,
    knownUpdatedAt: draft?.updatedAt,
  }) as Promise<DraftView>;
}

async function reportOf(services: Services, protocol: string): Promise<ReportView> {
  return (await callAsOperator(services, 'reports.get', { protocol })) as ReportView;
}

/** The pathologist who signs, as the handler must see them: their id, name and roles. */
async function signerActor(services: Services, typed: string): Promise<Actor> {
  const email = typed.trim().toLowerCase();
  const user = await services.ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'roles', 'active'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user) throw new RefusedError(`No hay ningún usuario con el correo ${email}.`, 'NOT_FOUND');
  if (user.active !== 1) {
    throw new RefusedError(`El usuario ${email} está desactivado: no puede firmar.`, 'FORBIDDEN');
  }
  const roles = parseRoles(user.roles);
  if (!roles.includes('pathologist')) {
    throw new RefusedError(
      `${user.display_name} (${email}) no tiene el rol de patólogo: solo un patólogo firma.`,
      'FORBIDDEN',
    );
  }
  return { userId: user.id, name: user.display_name, roles };
}

function alreadyThere(file: string): RefusedError {
  return new RefusedError(`El archivo ${file} ya existe; use --force para reemplazarlo.`, 'EEXIST');
}

/**
 * Writes the PDF whole or not at all: a temporary file in the same folder, flushed to
 * disk, then renamed into place, so a reader (or a crash) never meets half a report.
 */
function writeAtomically(file: string, bytes: Buffer, force: boolean): void {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`,
  );
  try {
    const fd = fs.openSync(temporary, 'wx');
    try {
      fs.writeFileSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Asked again at the last moment: the file may have appeared while the PDF was read.
    if (!force && fs.existsSync(file)) throw alreadyThere(file);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (error instanceof RefusedError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? `la carpeta ${path.dirname(file)} no existe`
        : code === 'EACCES' || code === 'EPERM'
          ? 'no hay permiso para escribir en esa carpeta'
          : (code ?? (error as Error).message);
    throw new RefusedError(`No se pudo escribir ${file}: ${reason}.`, 'UNAVAILABLE');
  }
}

export const reportDraftCommand: Command = {
  summary: 'guarda el borrador del informe de un protocolo desde un archivo JSON',
  usage: 'PROTOCOLO --file F',
  help:
    `${FILE_HELP}\n` +
    'Imprime el borrador guardado. Ejemplo:\n' +
    '  patolab report draft "HP 26/001" --file informe.json\n' +
    '  con informe.json = {"macroscopic": "Nódulo de 2 cm…", "microscopic": {"HP 26/001-C1":\n' +
    '  "Cortes de 4 µm…"}, "diagnosis": "Adenoma mamario simple.", "comments": ""}',
  options: { file: { type: 'string' } },
  async run(values, positionals) {
    const protocol = oneProtocol(positionals);
    const sections = sectionsFromFile(readInputFile(requiredFile(values)));

    await withServices(values.data as string | undefined, async (services) => {
      const { draft } = await reportOf(services, protocol);
      printJson(await saveOver(services, protocol, draft, sections));
    });
  },
};

export const reportSignCommand: Command = {
  summary: 'firma el informe de un protocolo como el patólogo indicado',
  usage: 'PROTOCOLO --user EMAIL --password-file F [--early-reason TEXTO]',
  help:
    'Firma el borrador como una nueva versión del informe, a nombre del patólogo cuyo correo\n' +
    'es EMAIL. Su contraseña se lee del archivo indicado ("-" para la entrada estándar) y se\n' +
    'comprueba de nuevo al firmar. Si el protocolo todavía no está listo, la firma necesita\n' +
    'el motivo con --early-reason (al menos 10 caracteres).\n' +
    'El correo con el informe al veterinario queda en la bandeja de salida; la aplicación lo\n' +
    'envía, y "patolab mail flush" lo envía ahora.\n' +
    'Imprime la versión firmada (número, fecha y huellas SHA-256). Ejemplo:\n' +
    '  patolab report sign "HP 26/001" --user patologa@lab.example --password-file clave.txt',
  options: {
    user: { type: 'string' },
    'password-file': { type: 'string' },
    'early-reason': { type: 'string' },
  },
  async run(values, positionals) {
    const protocol = oneProtocol(positionals);
    if (typeof values.user !== 'string' || typeof values['password-file'] !== 'string') {
      throw new UsageError('Indique el patólogo con --user y su contraseña con --password-file.');
    }
    const early = values['early-reason'];
    const earlyReason =
      early === undefined ? undefined : reasonOf(early, 'early-reason', 'el motivo');
    const password = readPasswordFile(values['password-file']);

    await withServices(values.data as string | undefined, async (services) => {
      const signer = await signerActor(services, values.user as string);
      printJson(
        await callAsOperator(services, 'reports.sign', { protocol, password, earlyReason }, signer),
      );
    });
  },
};

export const reportPdfCommand: Command = {
  summary: 'guarda el PDF firmado de un informe, tal como se entregó',
  usage: 'PROTOCOLO --out ARCHIVO [--version N] [--force]',
  help:
    'Escribe el PDF guardado al firmar (la última versión, o la indicada con --version): los\n' +
    'mismos bytes cada vez. No reemplaza un archivo existente salvo con --force.\n' +
    'Imprime {"file", "version", "sha256", "bytes"}. Ejemplo:\n' +
    '  patolab report pdf "HP 26/001" --version 1 --out "HP 26-001 v1.pdf"',
  options: {
    out: { type: 'string' },
    version: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(values, positionals) {
    const protocol = oneProtocol(positionals);
    if (typeof values.out !== 'string' || values.out === '') {
      throw new UsageError('Indique el archivo del PDF con --out.');
    }
    const asked = versionOption(values.version);
    const file = path.resolve(values.out);
    const force = values.force === true;
    if (!force && fs.existsSync(file)) throw alreadyThere(file);

    await withServices(values.data as string | undefined, async (services) => {
      const { protocol: found, versions } = await reportOf(services, protocol);
      const latest = Math.max(0, ...versions.map((v) => v.version));
      // Asked here, not of the method: its limit on version numbers is not the pathologist's.
      if (asked !== undefined && latest > 0 && !versions.some((v) => v.version === asked)) {
        const params = { protocol: found.code, version: asked };
        throw new RefusedError(
          translate('es-AR', 'error.reportVersionNotFound', params),
          'NOT_FOUND',
        );
      }
      // With nothing signed yet the method says so, whatever version was asked for.
      const version = latest === 0 ? undefined : (asked ?? latest);
      const pdf = (await callAsOperator(services, 'reports.pdf', { protocol, version })) as {
        base64: string;
        sha256: string;
      };

      // The printed hash must be the file's, and the one recorded when the version was signed.
      const bytes = Buffer.from(pdf.base64, 'base64');
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const signed = versions.find((v: VersionView) => v.version === version);
      if (sha256 !== pdf.sha256 || (signed && signed.pdfSha256 !== sha256)) {
        throw new RefusedError(
          `El PDF de ${protocol} versión ${version} no coincide con la huella registrada al ` +
            'firmarlo; no se escribió.',
          'CONFLICT',
        );
      }
      writeAtomically(file, bytes, force);
      printJson({ file, version, sha256, bytes: bytes.length });
    });
  },
};

export const reportAmendCommand: Command = {
  summary: 'enmienda un informe firmado: una nueva versión en borrador, con el archivo',
  usage: 'PROTOCOLO --file F --reason TEXTO',
  help:
    'Abre una nueva versión a partir de la última firmada, con el motivo (al menos 10\n' +
    'caracteres), y le guarda las secciones del archivo. La versión nueva se firma después\n' +
    'con "patolab report sign"; las anteriores quedan como se entregaron.\n' +
    `${FILE_HELP}\n` +
    'Imprime el borrador de la versión nueva. Ejemplo:\n' +
    '  patolab report amend "HP 26/001" --file enmienda.json \\\n' +
    '    --reason "Se agrega la inmunohistoquímica recibida después de la firma"',
  options: { file: { type: 'string' }, reason: { type: 'string' } },
  async run(values, positionals) {
    const protocol = oneProtocol(positionals);
    const reason = reasonOf(values.reason, 'reason', 'el motivo de la enmienda');
    // The file is read first: a wrong one must not leave an amendment opened for nothing.
    const sections = sectionsFromFile(readInputFile(requiredFile(values)));

    await withServices(values.data as string | undefined, async (services) => {
      const opened = (await callAsOperator(services, 'reports.amend', {
        protocol,
        reason,
      })) as DraftView;
      try {
        printJson(await saveOver(services, protocol, opened, sections));
      } catch (error) {
        if (!(error instanceof RefusedError)) throw error;
        throw new RefusedError(
          `Se abrió la versión ${opened.version} en borrador, pero no se guardó el archivo: ` +
            error.message,
          error.code,
        );
      }
    });
  },
};
