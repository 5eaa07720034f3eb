// The desktop app's main process: one window, the app:// protocol that serves
// the built screens, the menu, and the services process it starts and watches.
// It never runs a service on its own thread, which must stay free to route
// input, and it lets the page reach nothing but the message port it hands over.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  MessageChannelMain,
  net,
  protocol,
  session,
  utilityProcess,
  type IpcMainEvent,
  type MenuItemConstructorOptions,
  type UtilityProcess,
  type WebContents,
} from 'electron';
import { resolveDataDir } from '../data-dir';
import type { ChildMessage, ParentMessage } from './services-process';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/content-security-policy';

const SCHEME = 'app';
const HOST = 'patolab';
const START_URL = `${SCHEME}://${HOST}/index.html`;

// This file runs as dist-electron/main.cjs, beside the other two bundles; the
// built screens and the assets sit one folder up, in the repository as in the
// packaged app (where assets are copied out of the archive as a resource).
const bundleDir = __dirname;
const rendererDir = path.join(bundleDir, '..', 'dist-renderer');
const assetsDir = app.isPackaged
  ? path.join(process.resourcesPath, 'assets')
  : path.join(bundleDir, '..', 'assets');
const dataDir = resolveDataDir(dataFlag(process.argv), process.env);

let mainWindow: BrowserWindow | null = null;
let servicesProcess: UtilityProcess | null = null;
let restartsLeft = 1;
let quitting = false;

function dataFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data') return argv[i + 1];
    if (arg?.startsWith('--data=')) return arg.slice('--data='.length);
  }
  return undefined;
}

function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${SCHEME}:` && parsed.host === HOST;
  } catch {
    return false;
  }
}

// ---- Serving the built screens -------------------------------------------

/** The file under the renderer folder that a request names, or null if it points outside. */
function rendererFile(url: URL): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;

  const file = path.resolve(rendererDir, relative);
  const inside = path.relative(rendererDir, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

async function serveApp(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== HOST) return new Response('Not found', { status: 404 });
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405 });
  }

  const file = rendererFile(url);
  if (!file) return new Response('Forbidden', { status: 403 });
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
    return new Response('Not found', { status: 404 });
  }

  // Headers on the response itself: Chromium does not run every webRequest
  // stage for custom schemes, so the header hook below is a second line only.
  const fileResponse = await net.fetch(pathToFileURL(file).toString());
  const headers = new Headers(fileResponse.headers);
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'no-referrer');
  return new Response(fileResponse.body, { status: fileResponse.status, headers });
}

function secureSession(): void {
  const ses = session.defaultSession;

  ses.webRequest.onHeadersReceived({ urls: [`${SCHEME}://*/*`] }, (details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });

  // Camera, microphone, notifications, geolocation, USB...: a lab form needs none.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);

  protocol.handle(SCHEME, serveApp);
}

// ---- The services process -------------------------------------------------

function startServicesProcess(): void {
  let failure: string | null = null;
  const child = utilityProcess.fork(path.join(bundleDir, 'services-process.cjs'), [], {
    serviceName: 'Patolab servicios',
    stdio: 'inherit',
  });

  child.on('message', (message: ChildMessage) => {
    if (message.type !== 'failed') return;
    failure = message.message;
    child.kill();
  });
  child.on('exit', (code) => {
    if (servicesProcess === child) servicesProcess = null;
    if (!quitting) servicesDied(code, failure).catch(fatal);
  });

  const start: ParentMessage = { type: 'start', dataDir, assetsDir };
  child.postMessage(start);
  servicesProcess = child;
}

/** A fresh channel for one page: one end to the services, the other to the page. */
function connectPage(contents: WebContents): void {
  if (!servicesProcess) return;
  const { port1, port2 } = new MessageChannelMain();
  const connect: ParentMessage = { type: 'connect' };
  servicesProcess.postMessage(connect, [port1]);
  contents.postMessage('patolab:port', null, [port2]);
}

// One restart covers a crash; a second death is a fault (a damaged database, a
// full disk) that another restart would only hide.
async function servicesDied(code: number, failure: string | null): Promise<void> {
  console.error(`Patolab services process exited with code ${code}: ${failure ?? 'no message'}`);
  const cause = failure ?? `El proceso terminó inesperadamente (código ${code}).`;
  const logFile = path.join(dataDir, 'logs', 'patolab.log');

  if (restartsLeft > 0) {
    restartsLeft--;
    startServicesProcess();
    const contents = mainWindow?.webContents;
    if (contents && isAppUrl(contents.getURL())) connectPage(contents);
    await showError(
      'El servicio de Patolab se detuvo y se volvió a iniciar.',
      `${cause}\n\nSi estaba guardando algo, verifique que haya quedado registrado y ` +
        `vuelva a iniciar sesión si se lo pide.`,
    );
    return;
  }

  await showError(
    'El servicio de Patolab se detuvo de nuevo y el programa no puede continuar.',
    `${cause}\n\nAvise al soporte técnico. El registro está en ${logFile}.`,
  );
  app.quit();
}

function stopServicesProcess(child: UtilityProcess): Promise<void> {
  return new Promise((resolve) => {
    // Closing the database waits for calls under way; a hung one must not keep
    // the app from closing forever.
    const timer = setTimeout(() => child.kill(), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    const stop: ParentMessage = { type: 'stop' };
    child.postMessage(stop);
  });
}

// ---- The window -----------------------------------------------------------

/** Only our own page, in our own window's top frame, may ask for a port. */
function fromOurPage(event: IpcMainEvent): boolean {
  const contents = mainWindow?.webContents;
  const frame = event.senderFrame;
  if (!contents || !frame || event.sender.id !== contents.id) return false;
  const top = contents.mainFrame;
  return (
    frame.processId === top.processId && frame.routingId === top.routingId && isAppUrl(frame.url)
  );
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Patolab',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: path.join(bundleDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });

  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(START_URL).catch((error: unknown) => {
    console.error('Patolab window could not load its page', error);
  });
  return window;
}

function harden(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The last resort: something in the shell itself failed and nothing can go on. */
function fatal(error: unknown): void {
  console.error('Patolab cannot go on', error);
  dialog.showErrorBox(
    'Patolab',
    `Patolab no puede continuar: ${error instanceof Error ? error.message : String(error)}`,
  );
  app.exit(1);
}

async function showError(message: string, detail: string): Promise<void> {
  const options = {
    type: 'error' as const,
    title: 'Patolab',
    message,
    detail,
    buttons: ['Aceptar'],
  };
  if (mainWindow) await dialog.showMessageBox(mainWindow, options);
  else await dialog.showMessageBox(options);
}

async function showAbout(): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'Acerca de Patolab',
    message: `Patolab ${app.getVersion()}`,
    detail:
      'Laboratorio de anatomía patológica veterinaria: recepción, etiquetas, ' +
      `procesamiento e informes.\n\nCarpeta de datos: ${dataDir}`,
    buttons: ['Aceptar'],
  };
  if (mainWindow) await dialog.showMessageBox(mainWindow, options);
  else await dialog.showMessageBox(options);
}

function buildMenu(): Menu {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Recargar' },
    {
      label: 'Zoom',
      submenu: [
        { role: 'resetZoom', label: 'Tamaño real' },
        { role: 'zoomIn', label: 'Acercar' },
        { role: 'zoomOut', label: 'Alejar' },
      ],
    },
  ];
  if (!app.isPackaged) view.push({ role: 'toggleDevTools', label: 'Herramientas de desarrollo' });

  return Menu.buildFromTemplate([
    { label: 'Archivo', submenu: [{ role: 'quit', label: 'Salir' }] },
    { label: 'Ver', submenu: view },
    {
      label: 'Ayuda',
      submenu: [{ label: 'Acerca de Patolab', click: () => void showAbout() }],
    },
  ]);
}

// ---- Start-up -------------------------------------------------------------

// Two copies would open the same SQLite file as two writers and race for
// protocol numbers; the second one only brings the first to the front.
function run(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId('ar.edu.unl.fcv.patolab');

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));

  ipcMain.on('patolab:connect', (event) => {
    if (fromOurPage(event)) connectPage(event.sender);
  });

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', (event) => {
    const child = servicesProcess;
    if (!child) return;
    event.preventDefault();
    servicesProcess = null;
    void stopServicesProcess(child).finally(() => app.quit());
  });

  app
    .whenReady()
    .then(() => {
      secureSession();
      Menu.setApplicationMenu(buildMenu());
      startServicesProcess();
      mainWindow = createWindow();
    })
    .catch(fatal);
}

if (app.requestSingleInstanceLock()) run();
else app.quit();
