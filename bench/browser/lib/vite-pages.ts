/**
 * Vite builds for the browser benchmarks: the bench pages (one HTML page per measured thing,
 * built like the apps: React plugin, precompiled text catalogs, production mode) and the runtime as the repo builds it, each
 * into a temporary directory with a manifest, so the suites can serve them and weigh their chunks.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, createBuilder, type InlineConfig } from 'vite';
import { FORM_ENGINE_MODULES, formEngineCompileHint } from '../../../build/compile-hints';
import { precompiledCatalogs } from '../../../build/i18n-catalogs';

export const PAGES_DIR = resolve(import.meta.dirname, '../pages');
const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export const BENCH_PAGES = ['customer-form', 'plain-rjsf', 'input-floor', 'designer', 'plain-list', 'rjsf-minimal'] as const;
export type BenchPage = (typeof BENCH_PAGES)[number];

export function benchPagesConfig(pages: readonly BenchPage[], outDir: string): InlineConfig {
  return {
    configFile: false,
    root: PAGES_DIR,
    plugins: [react(), precompiledCatalogs()],
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: {
        input: Object.fromEntries(pages.map((p) => [p, join(PAGES_DIR, `${p}.html`)])),
        // The form engine in a chunk of its own with the app's compile hint, as the app builds it.
        output: { codeSplitting: { groups: [{ name: 'form-engine', test: FORM_ENGINE_MODULES }] }, postBanner: formEngineCompileHint },
      },
    },
  };
}

export function tempOutDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `kevyt-bench-${name}-`));
}

/** Builds bench pages into a fresh temporary directory and returns it. */
export async function buildBenchPages(pages: readonly BenchPage[]): Promise<string> {
  const outDir = tempOutDir('pages');
  await build(benchPagesConfig(pages, outDir));
  return outDir;
}

/** Builds the apps (and the server's rendering of their service page) with the repo's own vite.config.ts, into a temporary directory, with a manifest. */
export async function buildApps(): Promise<string> {
  const outDir = tempOutDir('apps');
  // As `vite build` builds them: the browser's apps, then the server-rendering bundle.
  const builder = await createBuilder({ configFile: join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 10_000 } });
  await builder.buildApp();
  return outDir;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface EntryScripts {
  /** JS files the entry loads before it runs: its chunk and every static import, transitively. */
  eager: string[];
  /** JS files only imported lazily (import()), with their own static imports, not already eager. */
  lazy: string[];
}

/** Reads Vite's manifest and splits the JS of one HTML entry (key as in the manifest, e.g. 'runtime/index.html'). */
export function entryScripts(outDir: string, entryKey: string): EntryScripts {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = manifest[entryKey];
  if (!entry) throw new Error(`no ${entryKey} in the manifest (keys: ${Object.keys(manifest).filter((k) => manifest[k].isEntry).join(', ')})`);
  const eager = new Set<string>();
  const visit = (key: string, into: Set<string>, skip: Set<string>) => {
    if (into.has(key) || skip.has(key)) return;
    into.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep, into, skip);
  };
  visit(entryKey, eager, new Set());
  const lazy = new Set<string>();
  const lazyRoots = (keys: Iterable<string>) => [...keys].flatMap((k) => manifest[k]?.dynamicImports ?? []);
  let frontier = lazyRoots(eager);
  while (frontier.length > 0) {
    const before = new Set(lazy);
    for (const k of frontier) visit(k, lazy, eager);
    frontier = lazyRoots([...lazy].filter((k) => !before.has(k)));
  }
  const files = (keys: Set<string>) => [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  return { eager: files(eager), lazy: files(lazy) };
}
