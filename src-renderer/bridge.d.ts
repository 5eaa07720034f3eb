// What the Electron preload exposes to the page: one call into the contract and
// one event subscription. In a browser (web mode) `window.patolab` is absent.

import type { RpcResult } from '../src-shared/contract';

export interface PatolabBridge {
  call(method: string, input: unknown): Promise<RpcResult<unknown>>;
  onEvent(cb: (e: { type: string }) => void): () => void;
}

declare global {
  interface Window {
    patolab?: PatolabBridge;
  }
}
