// "Intente de nuevo a las HH:MM": the moment a refused request will be allowed,
// on the lab's clock. Rounded up to the next minute, so a person who comes back
// at the time they were told is never refused again for a few seconds.

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatRetryTime(at: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // h23: midnight is 00:00, never 24:00.
    formatter = new Intl.DateTimeFormat('es-AR', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const minute = 60_000;
  return formatter.format(new Date(Math.ceil(at.getTime() / minute) * minute));
}
