/**
 * Removes what crashed or killed test runs left in the temp folder. A run removes its own folders
 * itself; this is for the ones whose process never got to (a worker killed at a timeout, a
 * crash). Only folders older than `maxAgeMs` go, so another run going on at the same time keeps
 * its own.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Removes `parent`'s folders whose names start with one of `prefixes` and were last changed before `now - maxAgeMs`; returns their names. */
export function removeStaleTempDirs(parent: string, prefixes: readonly string[], maxAgeMs = DAY_MS, now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!prefixes.some((p) => name.startsWith(p))) continue;
    const path = join(parent, name);
    try {
      const stat = statSync(path);
      if (!stat.isDirectory() || now - stat.mtimeMs <= maxAgeMs) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Another run removed it first, or it is not ours to remove: either way, nothing to do.
    }
  }
  return removed;
}
