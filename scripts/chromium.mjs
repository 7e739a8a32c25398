/**
 * How the end-to-end tests and `npm run bench` start Debian's Chromium: headless, and quiet on a
 * closed network (no background connections, no component updates, no QUIC).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
