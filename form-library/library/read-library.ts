/**
 * Reads the ready library: every `<slug>.json` in a folder is a pack file, read by the same reader
 * as a file the builder imports (readPackFile), and must carry its changelog, whose newest entry is
 * the pack's library version. Example answers for its services are `examples/<slug>.json`
 * (service id → customer data). Node only: the server's start and the tests read it from disk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPackFile } from '../format/pack-file';
import type { FormData, FormPackContent, PackChangelogEntry } from '../format/types';

export interface LibraryPack {
  /** The file's name in the library folder, `<slug>.json`. */
  fileName: string;
  /** The library version of the content: the newest changelog entry's. */
  version: number;
  /** Newest first, as in the file. */
  changelog: PackChangelogEntry[];
  content: FormPackContent;
}

/** The packs of the library in `dir`, by file name; throws, naming the file and the place, on the first broken one. */
export function readLibrary(dir: string): LibraryPack[] {
  const fileNames = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort();
  const packs = fileNames.map((fileName) => readLibraryPack(dir, fileName));
  const seen = new Set<string>();
  for (const service of packs.flatMap((p) => p.content.services)) {
    if (seen.has(service.id)) throw new Error(`${dir}: the service id "${service.id}" is in two library packs`);
    seen.add(service.id);
  }
  return packs;
}

function readLibraryPack(dir: string, fileName: string): LibraryPack {
  const read = readPackFile(readFileSync(join(dir, fileName), 'utf8'), 'en');
  if (!read.ok) throw new Error(`${join(dir, fileName)} is not a valid pack file: ${read.errors.map((e) => `${e.path || '(file)'}: ${e.message}`).join('; ')}`);
  const { changelog, pack } = read.file;
  if (!changelog) throw new Error(`${join(dir, fileName)}: a library pack says its version and what changed in "changelog"`);
  if (fileName !== `${pack.slug}.json`) throw new Error(`${join(dir, fileName)}: the file of pack "${pack.slug}" is named ${pack.slug}.json`);
  return { fileName, version: changelog[0].version, changelog, content: pack };
}

/** The example answers of the library in `dir`, by service id (none for a library without `examples/`). */
export function readLibraryExamples(dir: string): Record<string, FormData> {
  const examplesDir = join(dir, 'examples');
  if (!existsSync(examplesDir)) return {};
  const examples: Record<string, FormData> = {};
  for (const fileName of readdirSync(examplesDir).filter((name) => name.endsWith('.json')).sort()) {
    const byService: unknown = JSON.parse(readFileSync(join(examplesDir, fileName), 'utf8'));
    if (typeof byService !== 'object' || byService === null || Array.isArray(byService))
      throw new Error(`${join(examplesDir, fileName)}: example answers are an object of service id → answers`);
    Object.assign(examples, byService);
  }
  return examples;
}
