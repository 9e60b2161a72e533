import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packFileText } from '../format/pack-file';
import { eventPack } from '../test-fixtures/public-event-notification';
import { LIBRARY_DIR } from './index';
import { readLibrary, readLibraryExamples } from './read-library';

const first = [{ version: 1, changes: { fi: 'Ensimmäinen versio', sv: 'Första versionen', en: 'First version' } }];
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kevyt-library-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a library folder', () => {
  it('reads each <slug>.json as a pack file whose version is its newest changelog entry, and the examples beside it', () => {
    const changelog = [{ version: 3, changes: { fi: 'Kolmas', sv: 'Tredje', en: 'Third' } }, { version: 1, changes: first[0].changes }];
    writeFileSync(join(dir, `${eventPack.slug}.json`), packFileText(eventPack, changelog));
    writeFileSync(join(dir, 'README.md'), 'not a pack');
    mkdirSync(join(dir, 'examples'));
    writeFileSync(join(dir, 'examples', `${eventPack.slug}.json`), JSON.stringify({ 'public-event-police': { eventName: 'Kallio Block Party' } }));
    expect(readLibrary(dir)).toEqual([{ fileName: `${eventPack.slug}.json`, version: 3, changelog, content: eventPack }]);
    expect(readLibraryExamples(dir)).toEqual({ 'public-event-police': { eventName: 'Kallio Block Party' } });
  });

  it('refuses a file that an import would refuse, naming the file and the place', () => {
    const file = JSON.parse(packFileText(eventPack, first));
    file.pack.services[0].form.pages[0].elements[0].kind = 'slider';
    writeFileSync(join(dir, `${eventPack.slug}.json`), JSON.stringify(file));
    expect(() => readLibrary(dir)).toThrow(/event-organising\.json is not a valid pack file: pack\.services\.0\.form\.pages\.0\.elements\.0\.kind: must be one of/);
  });

  it('refuses a pack without a changelog, a file not named after its slug and a service id in two packs', () => {
    writeFileSync(join(dir, `${eventPack.slug}.json`), packFileText(eventPack));
    expect(() => readLibrary(dir)).toThrow(/says its version and what changed in "changelog"/);
    rmSync(join(dir, `${eventPack.slug}.json`));
    writeFileSync(join(dir, 'events.json'), packFileText(eventPack, first));
    expect(() => readLibrary(dir)).toThrow(/the file of pack "event-organising" is named event-organising\.json/);
    rmSync(join(dir, 'events.json'));
    writeFileSync(join(dir, `${eventPack.slug}.json`), packFileText(eventPack, first));
    writeFileSync(join(dir, 'copy.json'), packFileText({ ...eventPack, slug: 'copy' }, first));
    expect(() => readLibrary(dir)).toThrow(/the service id "public-event-police" is in two library packs/);
  });

  it('keeps the repository’s pack files as the builder exports them: two-space JSON, final newline', () => {
    for (const pack of readLibrary(LIBRARY_DIR)) {
      expect(readFileSync(join(LIBRARY_DIR, pack.fileName), 'utf8'), pack.fileName).toBe(packFileText(pack.content, pack.changelog));
    }
  });
});
