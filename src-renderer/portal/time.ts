// Times on the portal are the lab's (Buenos Aires), like those in its mail, not
// the browser's: a vet travelling still reads the hour the lab will quote.

import { DEFAULT_TIME_ZONE } from '../../src-shared/calendar';

const hourMinute = new Intl.DateTimeFormat('es-AR', {
  timeZone: DEFAULT_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** `14:05` */
export function formatHourMinute(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : hourMinute.format(date);
}
