// The one source of "now". PATOLAB_CLOCK fixes it to an instant so tests and
// demonstrations give the same numbers every run; each call then moves one
// millisecond on, so rows written in one run still sort in the order they were made.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(startIso: string): Clock {
  let ms = Date.parse(startIso);
  if (Number.isNaN(ms))
    throw new Error(`PATOLAB_CLOCK no es una fecha ISO-8601 válida: ${startIso}`);
  return { now: () => new Date(ms++) };
}

export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  return env.PATOLAB_CLOCK ? fixedClock(env.PATOLAB_CLOCK) : systemClock;
}
