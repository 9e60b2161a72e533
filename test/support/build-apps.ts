/**
 * Global setup of the browser tests: builds both apps once into dist/ so the real server serves
 * the real bundles, exactly as `npm start` does.
 */
import { build } from 'vite';
import { resolve } from 'node:path';

export default async function setup(): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
}
