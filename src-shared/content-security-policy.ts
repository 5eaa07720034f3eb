// The one Content-Security-Policy of the screens, whichever door serves them
// (the desktop app's app:// protocol or the web mode). Mantine injects its CSS
// variables in <style> tags, hence 'unsafe-inline' for styles only; scripts come
// from our own files and nowhere else.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
