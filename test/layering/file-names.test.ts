/**
 * One file-name convention across the tree, so a module is found by the name it is spoken of:
 * kebab-case for modules, hooks and their tests (`drop-target.ts`, `use-inbox.ts`), PascalCase for
 * React components and contexts (`CasePage.tsx`, `CanvasContext.ts`). A camelCase name such as
 * `canvasStore.ts` fits neither and fails here.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['api-contract', 'bench', 'build', 'builder', 'form-library', 'i18n', 'languages', 'permissions', 'reference-data', 'runtime', 'server', 'test', 'ui', 'workflows'];
const SKIP = new Set(['node_modules', 'dist', 'results', '.scratch']);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The name before its first dot: `drop-target` of `drop-target.test.tsx`. */
function stem(path: string): string {
  const base = path.split('/').pop() ?? '';
  return base.split('.')[0];
}

describe('file names', () => {
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((path) => relative(ROOT, path));

  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(300);
  });

  it('are kebab-case, or PascalCase for components and contexts', () => {
    expect(files.filter((path) => !KEBAB.test(stem(path)) && !PASCAL.test(stem(path)))).toEqual([]);
  });

  it('name folders in kebab-case', () => {
    const folders = [...new Set(files.map((path) => path.split('/').slice(0, -1)).flat())];
    expect(folders.filter((name) => !KEBAB.test(name))).toEqual([]);
  });
});
