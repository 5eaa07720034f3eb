// Password checks on one account run one after another in this process:
// otherwise a burst of guesses sent at once would all be verified before the
// first failure is counted, and the throttle would come hundreds of guesses late.

const inFlight = new Map<string, Promise<unknown>>();

export function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = inFlight.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  inFlight.set(key, next);
  const forget = () => {
    if (inFlight.get(key) === next) inFlight.delete(key);
  };
  next.then(forget, forget);
  return next;
}
