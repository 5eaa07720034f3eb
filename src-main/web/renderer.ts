// Serves the built screens (`dist-renderer/`) and answers everything no route
// took: the API's unknown paths as RPC errors, a page's deep path with the
// app's index, so a reload on /recepcion still opens the app. Under /portal/
// the page is the veterinarians' portal instead of the staff app.

import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { AppError } from '../../src-shared/errors';
import type { Logger } from '../logger';
import { failure, sendResult } from './app';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function missingRendererPage(staticDir: string): string {
  const dir = escapeHtml(staticDir);
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>Patolab: falta la interfaz</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto">
<h1>Falta la interfaz de Patolab</h1>
<p>No se encontró <code>index.html</code> en <code>${dir}</code>.</p>
<p>Ejecute <code>npm run build:renderer</code> en la carpeta del proyecto y vuelva a iniciar
<code>patolab serve</code>. Los servicios y la API funcionan igual.</p>
<hr><p lang="en">The built user interface is missing: run <code>npm run build:renderer</code>
and start <code>patolab serve</code> again.</p>
</body></html>`;
}

// The build uses relative asset paths for the desktop app's file:// load; served
// under a deeper path they would resolve wrongly, so they are anchored at the root.
function pageForDeepPath(staticDir: string, page: string): string {
  return fs.readFileSync(path.join(staticDir, page), 'utf8').replaceAll('="./', '="/');
}

const PORTAL_PAGE = 'portal.html';

function pageFor(url: string): string {
  const pathname = url.split('?')[0] ?? '';
  return pathname === '/portal' || pathname.startsWith('/portal/') ? PORTAL_PAGE : 'index.html';
}

function looksLikeFile(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last.includes('.');
}

/** Returns false when the build is missing: the API works, pages explain what to run. */
export async function addRenderer(
  app: FastifyInstance,
  staticDir: string,
  log: Logger,
): Promise<boolean> {
  const hasRenderer = fs.existsSync(path.join(staticDir, 'index.html'));
  if (hasRenderer) {
    await app.register(fastifyStatic, {
      root: staticDir,
      index: ['index.html'],
      cacheControl: false,
      setHeaders: (res, filePath) => {
        // Vite names assets by content hash; only index.html must be re-read.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        const cache = immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
        res.setHeader('Cache-Control', cache);
      },
    });
  } else {
    log.warn({ staticDir }, 'renderer build missing: run npm run build:renderer');
  }

  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' || request.method === 'HEAD';
    if (!isPage || request.url === '/api' || request.url.startsWith('/api/')) {
      const what = request.url.split('?')[0] ?? '';
      const payload = new AppError('NOT_FOUND', 'error.notFound', { what }).toPayload();
      return sendResult(reply, failure(payload));
    }
    if (!hasRenderer) {
      return reply.code(503).type('text/html; charset=utf-8').send(missingRendererPage(staticDir));
    }
    if (looksLikeFile(request.url)) return reply.code(404).type('text/plain').send('Not found');
    const page = pageFor(request.url);
    // A build from before the portal existed has only the staff app.
    if (!fs.existsSync(path.join(staticDir, page))) {
      return reply.code(404).type('text/plain').send('Not found');
    }
    return reply
      .header('Cache-Control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(pageForDeepPath(staticDir, page));
  });

  return hasRenderer;
}
