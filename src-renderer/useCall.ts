// Loads one method's result for a screen and reloads it on demand. The newest
// request always wins: a slow answer to an old search never replaces the answer
// to the search now on screen. Earlier data stays visible while a reload runs.

import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../src-shared/contract';
import { call } from './api';

interface Loaded<T> {
  key: string;
  data: T | null;
  error: unknown;
  at: number;
}

export interface CallState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  /** When the data on screen arrived (milliseconds since the epoch); 0 before. */
  loadedAt: number;
  reload(): void;
}

export function useCall<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): CallState<MethodOutput<M>> {
  const inputKey = JSON.stringify(input);
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<MethodOutput<M>>>({
    key: '',
    data: null,
    error: null,
    at: 0,
  });
  const requestKey = `${method} ${inputKey} ${version}`;

  useEffect(() => {
    let current = true;
    call(method, JSON.parse(inputKey) as MethodInput<M>).then(
      (data) => {
        if (current) setLoaded({ key: requestKey, data, error: null, at: Date.now() });
      },
      (error: unknown) => {
        if (current) setLoaded((previous) => ({ ...previous, key: requestKey, error }));
      },
    );
    return () => {
      current = false;
    };
  }, [method, inputKey, requestKey]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);

  return {
    data: loaded.data,
    error: loaded.error,
    loading: loaded.key !== requestKey,
    loadedAt: loaded.at,
    reload,
  };
}
