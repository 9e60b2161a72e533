/** What a crashed test run left in the temp folder goes after a day; a run going on keeps its folders. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, removeStaleTempDirs } from '../support/stale-temp-dirs';

let parent = '';
const NOW = Date.parse('2026-11-22T18:00:00Z');

function folder(name: string, ageMs: number): void {
  const path = join(parent, name);
  mkdirSync(path);
  writeFileSync(join(path, 'demo.db'), 'seeded');
  const at = (NOW - ageMs) / 1000;
  utimesSync(path, at, at);
}

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'kevyt-unit-stale-'));
});

afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

describe('removeStaleTempDirs', () => {
  it('removes a crashed run’s template and server folders older than a day, with their files', () => {
    folder('kevyt-template-0As00m', DAY_MS + 60_000);
    folder('kevyt-test-1HQ8Xr', 3 * DAY_MS);
    expect(removeStaleTempDirs(parent, ['kevyt-template-', 'kevyt-test-'], DAY_MS, NOW).sort()).toEqual(['kevyt-template-0As00m', 'kevyt-test-1HQ8Xr']);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('keeps folders of a run going on now, other programs’ folders and plain files of the same name', () => {
    folder('kevyt-template-0sFLq9', 10 * 60_000);
    folder('kevyt-bench-abc123', 3 * DAY_MS);
    writeFileSync(join(parent, 'kevyt-template-notes'), 'a file, not a folder');
    utimesSync(join(parent, 'kevyt-template-notes'), (NOW - 3 * DAY_MS) / 1000, (NOW - 3 * DAY_MS) / 1000);
    expect(removeStaleTempDirs(parent, ['kevyt-template-', 'kevyt-test-'], DAY_MS, NOW)).toEqual([]);
    expect(readdirSync(parent).sort()).toEqual(['kevyt-bench-abc123', 'kevyt-template-0sFLq9', 'kevyt-template-notes']);
  });

  it('does nothing when the temp folder cannot be read', () => {
    expect(removeStaleTempDirs(join(parent, 'missing'), ['kevyt-template-'], DAY_MS, NOW)).toEqual([]);
    expect(existsSync(parent)).toBe(true);
  });
});
