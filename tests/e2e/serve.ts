/**
 * Vitest global set-up for the end-to-end tests: serves the production build (dist/, made by
 * `npm test` before vitest runs) with `vite preview` on a loopback port, the way a web server would.
 */
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';

/** E2E_PORT moves the server when 4317 is taken (another checkout running its tests). */
export const PORT = Number(process.env.E2E_PORT ?? 4317);
let server: PreviewServer | undefined;

export async function setup(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('No production build: run `npm run build` first (npm test does).');
  server = await preview({ preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'warn' });
}

export async function teardown(): Promise<void> {
  await server?.close();
}
