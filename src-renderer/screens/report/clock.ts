// "10:42" in the lab's zone: the time a draft was saved, as the editor shows it.

const formatters = new Map<string, Intl.DateTimeFormat>();

export function clockTime(iso: string, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('es-AR', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  try {
    return formatter.format(new Date(iso));
  } catch {
    return iso;
  }
}
