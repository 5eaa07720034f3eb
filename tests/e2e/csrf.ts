// Requests a test makes beside the page carry the CSRF token the page itself
// would: the same cookie jar, the token from GET /api/csrf.

import type { Page } from '@playwright/test';

export async function csrfToken(page: Page): Promise<string> {
  const response = await page.request.get('/api/csrf');
  return ((await response.json()) as { token: string }).token;
}
