// Links in the portal's mail. The token travels in the fragment: a browser never
// sends it to a server, so it stays out of proxies' logs and Referer headers,
// and a mail scanner that only fetches the page cannot spend it.

import type { ServiceContext } from '../context';

export const PORTAL_PATH = '/portal/';

export function portalLink(ctx: ServiceContext, route: string): string {
  return `${ctx.publicUrl}${PORTAL_PATH}#/${route.replace(/^\/+/, '')}`;
}
