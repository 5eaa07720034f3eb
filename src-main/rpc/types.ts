import type {
  Contract,
  MethodName,
  MethodOutput,
  MethodParsedInput,
} from '../../src-shared/contract';
import type { Actor, ServiceContext } from '../context';
import type { Caller } from './dispatch';

type ActorFor<M extends MethodName> = Contract[M]['access'] extends 'public' ? Actor | null : Actor;

export type Handler<M extends MethodName> = (
  ctx: ServiceContext,
  actor: ActorFor<M>,
  input: MethodParsedInput<M>,
  caller: Caller,
) => Promise<MethodOutput<M>>;

export type HandlerTable = { [M in MethodName]: Handler<M> };
