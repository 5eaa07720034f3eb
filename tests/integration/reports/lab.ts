// The pathologist's side of a lab for report tests: real workstations (or the
// central server) with pathologists created by an admin and signed in, and
// protocols brought to where a report is written, through the same methods the
// desk and the bench use.

import { createSession } from '../../../src-main/accounts/sessions';
import type { Services } from '../../../src-main/services';
import type {
  MethodInput,
  MethodName,
  MethodOutput,
  RpcResult,
} from '../../../src-shared/contract';
import type { ErrorPayload } from '../../../src-shared/errors';
import { histopathologyForm, type Workstation } from '../../helpers/workstation';
import { drawnPng, micrographJpegs } from '../../fixtures/report/sample-report';

export const PASSWORD = 'tinta violeta sobre papel de arroz 47';

export interface Pathologist {
  userId: string;
  name: string;
  token: string;
}

/** A node whose methods can be called as the operator (`call`) and by its services. */
export interface Node {
  services: Services;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

/** A pathologist created by an admin (with a license number unless told otherwise), signed in. */
export async function addPathologist(
  node: Node,
  options: { email: string; name: string; license?: string | null },
): Promise<Pathologist> {
  const user = await node.call('users.create', {
    email: options.email,
    displayName: options.name,
    roles: ['pathologist'],
    ...(options.license === null ? {} : { licenseNumber: options.license ?? 'MP 4521' }),
    password: PASSWORD,
  });
  return { userId: user.id, name: options.name, token: await signIn(node.services, user.id) };
}

/** A new session for a user that exists on `services` (made there or arrived by sync). */
export function signIn(services: Services, userId: string): Promise<string> {
  return createSession(services.ctx, userId);
}

/** A call as a signed-in user, answered as is. */
export function attempt<M extends MethodName>(
  services: Services,
  token: string,
  method: M,
  input: MethodInput<M>,
): Promise<RpcResult<MethodOutput<M>>> {
  return services.call({ sessionToken: token }, method, input) as Promise<
    RpcResult<MethodOutput<M>>
  >;
}

export class Refused extends Error {
  constructor(readonly error: ErrorPayload) {
    super(`${error.code}: ${error.message}`);
  }
}

/** A call as a signed-in user that must succeed; a refusal throws with its code and message. */
export async function as<M extends MethodName>(
  services: Services,
  token: string,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const outcome = await attempt(services, token, method, input);
  if (!outcome.ok) throw new Refused(outcome.error);
  return outcome.result;
}

/** A histopathology protocol received at the desk, with two cassettes; returns its number. */
export async function receivedProtocol(ws: Workstation | Node): Promise<string> {
  const { temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
  const { protocolNumber } = await ws.call('reception.receive', { code: temporaryCode });
  const code = protocolNumber!;
  await ws.call('processing.addCassettes', { protocol: code, material: 'Piel, región dorsal' });
  await ws.call('processing.addCassettes', { protocol: code, material: 'Linfonódulo' });
  return code;
}

/** A protocol whose only slide is ready: it waits for the pathologist. */
export async function readyProtocol(ws: Workstation | Node): Promise<string> {
  const code = await receivedProtocol(ws);
  await ws.call('processing.addSlides', { protocol: code, cassettes: ['C1', 'C2'] });
  await ws.call('processing.setSlides', { codes: [`${code}-S1`], status: 'ready' });
  return code;
}

export const micrograph = (n = 0) => micrographJpegs()[n]!;
export const signaturePng = () => drawnPng(240, 80, true, 7);

export const SECTIONS = {
  macroscopic: 'Nódulo cutáneo de 2 x 1,5 cm, firme, blanquecino al corte.',
  microscopic: 'Proliferación de células fusiformes en haces entrecruzados.',
  diagnosis: 'Hemangiosarcoma cutáneo, bordes comprometidos.',
  comments: 'Se sugiere evaluación de metástasis.',
};
