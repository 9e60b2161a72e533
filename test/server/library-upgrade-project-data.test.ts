/**
 * The event organising pack's version 4 brings project data: a database that holds version 3 of
 * the library gets it on start as the pack's next version, with the library's changelog entry, and
 * the diff the coordinator reads names the project data and every mapping to it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeChange, diffPacks } from '../../form-library/diff';
import { packFileText, readPackFile } from '../../form-library/format/pack-file';
import type { FormElement, FormPackContent, FormPackFile } from '../../form-library/format/types';
import { LIBRARY_DIR } from '../../form-library/library/index';
import { startServer, type StartOptions } from '../../server/app';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { ApiClient } from '../support/server';
import type { PackSummary as PackListItem } from '../../api-contract';

// Each start of the server signs the coordinator in again with a fresh authenticator code; after
// three in a row the next waits for a new 30-second step, which a loaded machine adds to slow starts.
const RESTARTS_MS = 180_000;

const EVENTS = 'event-organising.json';

function shippedEvents(): FormPackFile {
  const read = readPackFile(readFileSync(join(LIBRARY_DIR, EVENTS), 'utf8'), 'en');
  if (!read.ok || !read.file.changelog) throw new Error('the shipped event organising pack does not read');
  return read.file;
}

/** The shipped pack as library version 3 was: no project data and no field or question mapped to it. */
function eventsBeforeProjectData(): FormPackFile {
  const file = structuredClone(shippedEvents());
  delete file.pack.projectData;
  const strip = (elements: FormElement[]) => {
    for (const el of elements) {
      delete el.projectField;
      if (el.kind === 'section' || el.kind === 'group') strip(el.elements);
    }
  };
  for (const service of file.pack.services) for (const page of service.form.pages) strip(page.elements);
  for (const assessment of file.pack.assessments ?? []) for (const page of assessment.form.pages) strip(page.elements);
  return { ...file, changelog: file.changelog!.filter((entry) => entry.version <= 3) };
}

let dir: string;
let libraryDir: string;
let options: StartOptions;

function writeLibrary(file: FormPackFile): void {
  writeFileSync(join(libraryDir, EVENTS), packFileText(file.pack, file.changelog));
}

async function startedOn<T>(use: (client: ApiClient) => Promise<T>): Promise<T> {
  const server = await startServer(options);
  try {
    // One database across the restarts: the authenticator steps it has seen are this client's too.
    const client = new ApiClient(server.url, { totpScope: options.dbPath });
    await client.loginStaff('coordinator@kevyt.example', DEMO_PASSWORD);
    return await use(client);
  } finally {
    await server.close();
  }
}

async function eventsPack(client: ApiClient): Promise<PackListItem> {
  const res = await client.get<PackListItem[]>('/api/packs');
  const pack = res.body.find((p) => p.slug === 'event-organising');
  if (!pack) throw new Error('no event organising pack');
  return pack;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kevyt-library-project-data-'));
  libraryDir = join(dir, 'library');
  mkdirSync(libraryDir);
  // The pack's permit-needs assessment names the alcohol licensing pack's service too.
  copyFileSync(join(LIBRARY_DIR, 'alcohol-licensing.json'), join(libraryDir, 'alcohol-licensing.json'));
  writeLibrary(eventsBeforeProjectData());
  options = { dbPath: join(dir, 'kevyt.db'), filesDir: join(dir, 'files'), port: 0, host: '127.0.0.1', smtpUrl: null, seed: 'demo', libraryDir, config: { cookieSecure: false } };
  await startedOn(async () => undefined);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the event organising pack with project data (library version 4)', () => {
  it('is published on start over version 3, with its changelog, and its diff names the project data and the mappings', async () => {
    writeLibrary(shippedEvents());
    await startedOn(async (client) => {
      const pack = await eventsPack(client);
      expect(pack.versions.map((v) => v.version)).toEqual([1, 2]);
      const versions = await client.get<Array<{ version: number; changelog: string }>>(`/api/packs/${pack.id}/versions`);
      const v4 = shippedEvents().changelog![0];
      expect(v4.version).toBe(4);
      expect(versions.body[1].changelog).toBe(`${v4.changes.fi} / ${v4.changes.sv} / ${v4.changes.en}`);
      const content = async (version: number) => (await client.get<{ content: FormPackContent }>(`/api/packs/${pack.id}/versions/${version}`)).body.content;
      const [three, four] = [await content(1), await content(2)];
      expect(four).toEqual(shippedEvents().pack);
      const sentences = diffPacks(three, four).map((c) => describeChange(c, 'en'));
      expect(sentences[0]).toBe('Added project data “Event”.');
      expect(sentences).toContain('Field “Expected number of attendees in total”: now prefilled from project data “Event › Expected number of attendees in total”.');
    });
  }, RESTARTS_MS);
});
