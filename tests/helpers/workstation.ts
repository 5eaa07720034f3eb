// A real workstation on a temporary data folder: real SQLite file, migrations,
// services and contract; the clock fixed so numbers and dates are known.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServices, type Services } from '../../src-main/services';
import { fixedClock } from '../../src-main/clock';
import { silentLogger } from '../../src-main/logger';
import { cliActor } from '../../src-main/cli/run';
import type { MethodInput, MethodName, MethodOutput } from '../../src-shared/contract';
import type { ProtocolSubmissionInput } from '../../src-shared/protocol-schema';

// Every folder a test process makes lives under one root, removed when the
// process ends, so test runs leave nothing behind in the temporary folder.
let root: string | null = null;

export function tempDataDir(prefix = 'data-'): string {
  if (!root) {
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-test-'));
    process.on('exit', () => fs.rmSync(made, { recursive: true, force: true }));
    root = made;
  }
  return fs.mkdtempSync(path.join(root, prefix));
}

export interface Workstation {
  services: Services;
  dataDir: string;
  /** Calls a method as the workstation's operator and throws the Spanish message on refusal. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  close(): Promise<void>;
}

export async function openWorkstation(
  options: { dataDir?: string; clock?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Workstation> {
  const dataDir = options.dataDir ?? tempDataDir();
  const services = await startServices({
    dataDir,
    clock: fixedClock(options.clock ?? '2026-12-04T13:00:00Z'),
    log: silentLogger,
    env: { PATOLAB_PRINTER_URI: 'none', ...options.env },
    mailLoop: false,
  });
  return {
    services,
    dataDir,
    async call(method, input) {
      const outcome = await services.call({ sessionToken: null, actor: cliActor() }, method, input);
      if (!outcome.ok) {
        throw Object.assign(new Error(outcome.error.message), { code: outcome.error.code });
      }
      return outcome.result as never;
    },
    close: () => services.close(),
  };
}

/** A histopathology form as a veterinarian fills it, with overrides. */
export function histopathologyForm(
  overrides: Partial<ProtocolSubmissionInput> = {},
): ProtocolSubmissionInput {
  return {
    kind: 'histopathology',
    veterinarian: {
      firstName: 'Laura',
      lastName: 'Gómez',
      email: 'laura.gomez@example.org',
      licenseNumber: '1234',
      phone: '+54 342 555 0101',
    },
    animal: {
      species: 'Canino',
      breed: 'Caniche',
      sex: 'female',
      age: '9 años',
      identification: 'Luna',
    },
    owner: { lastName: 'Muñoz', firstName: 'José' },
    presumptiveDiagnosis: 'Neoplasia mamaria',
    clinicalHistory: 'Masa de crecimiento lento',
    academicInterest: false,
    submissionDate: '2026-12-03',
    sample: { material: 'Masa de 3x2 cm, cadena mamaria izquierda', containers: 1 },
    ...overrides,
  } as ProtocolSubmissionInput;
}

export function cytologyForm(): ProtocolSubmissionInput {
  return {
    ...histopathologyForm(),
    kind: 'cytology',
    sample: { technique: 'PAAF', site: 'Linfonódulo poplíteo', slides: 3 },
  } as ProtocolSubmissionInput;
}
