/**
 * Vitest global set-up for the end-to-end tests: serves the production build (dist/, made by
 * `npm test` before vitest runs) on a loopback port with scripts/serve.mjs, the server behind
 * `npm start`, which sends the same headers as the nginx configuration.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { startServer } from '../../scripts/serve.mjs';

/** E2E_PORT moves the server when 4317 is taken (another checkout running its tests). */
export const PORT = Number(process.env.E2E_PORT ?? 4317);
let server: Server | undefined;

export async function setup(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('No production build: run `npm run build` first (npm test does).');
  server = await startServer({ root: 'dist', port: PORT });
}

export async function teardown(): Promise<void> {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
}
