// The one source of "now". PATOLAB_CLOCK fixes it to an instant so tests and
// demonstrations give the same numbers every run; each call then moves one
// millisecond on, so rows written in one run still sort in the order they were made.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

// A full instant with its offset: "2026" or "Tue Dec 31" would be read in the
// machine's own zone, and a year outside 1000-9999 breaks the codes made from it.
const ISO_INSTANT = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function fixedClock(startIso: string): Clock {
  let ms = ISO_INSTANT.test(startIso) ? Date.parse(startIso) : NaN;
  if (Number.isNaN(ms)) {
    throw new Error(
      `PATOLAB_CLOCK no es un instante ISO-8601 válido: «${startIso}» ` +
        `(ejemplo: 2026-12-31T23:30:00-03:00).`,
    );
  }
  return { now: () => new Date(ms++) };
}

export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  return env.PATOLAB_CLOCK ? fixedClock(env.PATOLAB_CLOCK) : systemClock;
}
