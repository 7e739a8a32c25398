/**
 * The first step of `npm test` (and so of `.ci/run`): the Debian packages the end-to-end tests
 * need. Installed when missing and this user is root; otherwise the run stops at once with the one
 * command to type, instead of failing test by test after a two-minute build.
 *
 *   chromium                         the headless browser (tests/e2e, npm run bench)
 *   nginx                            the production web server (tests/e2e/nginx.spec.ts)
 *   libnginx-mod-http-brotli-static  its brotli_static module; where a Debian release lacks it,
 *                                    the nginx test checks gzip alone and says so
 *   fonts-sil-abyssinica             an Ethiopic font, as phones have one, so the Tigrinya
 *                                    screenshots show letters, not boxes (the app ships no font)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROTLI_MODULE } from './nginxConfig.mjs';
import { CHROMIUM_PATH } from './chromium.mjs';

const REQUIRED = [
  { name: 'chromium', present: () => existsSync(CHROMIUM_PATH) },
  { name: 'nginx', present: () => existsSync('/usr/sbin/nginx') },
  { name: 'libnginx-mod-http-brotli-static', present: () => existsSync(BROTLI_MODULE), optional: true },
  { name: 'fonts-sil-abyssinica', present: () => existsSync('/usr/share/fonts/truetype/abyssinica'), optional: true },
];

const missing = REQUIRED.filter((item) => !item.present());
if (missing.length > 0) {
  const names = missing.map((item) => item.name);
  if (process.getuid?.() !== 0) {
    console.error(`Missing Debian packages: ${names.join(', ')}. Install them once, as root, and run npm test again:\n\n  sudo apt-get install -y ${names.join(' ')}\n`);
    process.exit(1);
  }
  const run = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['update', '-qq']);
  const available = missing.filter((item) => !item.optional || spawnSync('apt-cache', ['show', item.name], { stdio: 'ignore' }).status === 0);
  for (const item of missing.filter((m) => !available.includes(m))) console.warn(`${item.name} is not available here; the tests that use it say so.`);
  run(['install', '-y', '-qq', ...available.map((item) => item.name)]);
}
