// Links in the portal's mail. The token travels in the fragment: a browser never
// sends it to a server, so it stays out of proxies' logs and Referer headers,
// and a mail scanner that only fetches the page cannot spend it.

import type { ServiceContext } from '../context';

export const PORTAL_PATH = '/portal/';

export function portalLink(ctx: ServiceContext, route: string): string {
  return `${ctx.publicUrl}${PORTAL_PATH}#/${route.replace(/^\/+/, '')}`;
}

const TOKEN_IN_LINK = /(#\/(?:verificar|restablecer)\/)[A-Za-z0-9_-]+/g;

/**
 * A delivered mail as the outbox keeps it: its links' tokens cut out. Only their hashes
 * are stored elsewhere, so a copy of the database must not hold them in the mail either.
 */
export function withoutTokens(text: string): string {
  return text.replace(TOKEN_IN_LINK, '$1…');
}
