/**
 * Global setup of the browser tests: builds both apps once, exactly as `npm start` does, into a
 * folder of this run's own so two runs at once (two engineers, or CI beside a dev server) never
 * serve each other's half-written bundles. The test servers find it through `inject('distDir')`.
 */
import { createBuilder } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { removeStaleTempDirs } from './stale-temp-dirs';

const DIST_PREFIX = 'kevyt-dist-';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = resolve(import.meta.dirname, '../..');
  removeStaleTempDirs(tmpdir(), [DIST_PREFIX]);
  const outDir = mkdtempSync(join(tmpdir(), DIST_PREFIX));
  // The whole app build, as `vite build` runs it: the browser's apps, then the server-rendering bundle.
  const builder = await createBuilder({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  await builder.buildApp();
  project.provide('distDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
