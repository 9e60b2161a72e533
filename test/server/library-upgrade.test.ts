/**
 * A library fix reaches a database that already holds the library, not only an empty one: the
 * server, started on a database seeded with an older library version of a pack, publishes the
 * newer one as the pack's next version with the library's changelog; the coordinator reads both
 * and their diff over the API, and every deployment stays on the version it was made with until
 * its admin upgrades.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeChange, diffPacks } from '../../form-library/diff';
import { packFileText, readPackFile } from '../../form-library/format/pack-file';
import type { FormPackContent, FormPackFile } from '../../form-library/format/types';
import { LIBRARY_DIR } from '../../form-library/library/index';
import { startServer, type StartOptions } from '../../server/app';
import { openDatabase } from '../../server/db/connection';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { ApiClient } from '../support/server';
import type { PackSummary as PackListItem } from '../../api-contract';

// Each start of the server signs the coordinator in again with a fresh authenticator code; after
// three in a row the next waits for a new 30-second step, which a loaded machine adds to slow starts.
const RESTARTS_MS = 180_000;

const HEALTH = 'health.json';
const fix = {
  fi: 'Omaishoitajan yhteystiedoissa kysytään nyt myös sähköposti.',
  sv: 'Närståendevårdarens kontaktuppgifter frågar nu också e-post.',
  en: 'The carer’s contact details now also ask for an email address.',
};

/**
 * The shipped health pack as its first library version (the shipped file may be further on; its
 * content stands in for version 1 here), so that the test's own fix is always the next version.
 */
function shippedHealth(): FormPackFile {
  const read = readPackFile(readFileSync(join(LIBRARY_DIR, HEALTH), 'utf8'), 'en');
  if (!read.ok || !read.file.changelog) throw new Error('the shipped health pack does not read');
  return { ...read.file, changelog: read.file.changelog.filter((entry) => entry.version === 1) };
}

/** The shipped pack, one version on: a care-support label reworded in all three languages. */
function fixedHealth(): FormPackFile {
  const file = shippedHealth();
  const element = file.pack.services.find((s) => s.id === 'informal-care-support')!.form.pages[0].elements[0];
  element.label = { fi: `${element.label.fi} (korjattu)`, sv: `${element.label.sv} (rättad)`, en: `${element.label.en} (corrected)` };
  return { ...file, changelog: [{ version: file.changelog![0].version + 1, changes: fix }, ...file.changelog!] };
}

let dir: string;
let libraryDir: string;
let options: StartOptions;

function writeLibrary(file: FormPackFile): void {
  writeFileSync(join(libraryDir, HEALTH), packFileText(file.pack, file.changelog));
}

async function startedOn<T>(use: (client: ApiClient, url: string) => Promise<T>): Promise<T> {
  const server = await startServer(options);
  try {
    // One database across the restarts: the authenticator steps it has seen are this client's too.
    const client = new ApiClient(server.url, { totpScope: options.dbPath });
    await client.loginStaff('coordinator@kevyt.example', DEMO_PASSWORD);
    return await use(client, server.url);
  } finally {
    await server.close();
  }
}

async function healthPack(client: ApiClient): Promise<PackListItem> {
  const res = await client.get<PackListItem[]>('/api/packs');
  expect(res.status).toBe(200);
  const pack = res.body.find((p) => p.slug === 'health');
  if (!pack) throw new Error('no health pack');
  return pack;
}

function deployedVersions(packId: number): number[] {
  const { sqlite } = openDatabase(options.dbPath!);
  try {
    return (sqlite.prepare('SELECT DISTINCT pack_version AS v FROM deployments WHERE pack_id = ? ORDER BY v').all(packId) as Array<{ v: number }>).map((r) => r.v);
  } finally {
    sqlite.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kevyt-library-upgrade-'));
  libraryDir = join(dir, 'library');
  mkdirSync(libraryDir);
  writeLibrary(shippedHealth());
  options = { dbPath: join(dir, 'kevyt.db'), filesDir: join(dir, 'files'), port: 0, host: '127.0.0.1', smtpUrl: null, seed: 'demo', libraryDir, config: { cookieSecure: false } };
  // The first start: an empty database gets the library as it was, published and deployed.
  await startedOn(async () => undefined);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a newer library on a database that holds an older one', () => {
  it('holds library version 1 after the migration on a database seeded before library versions were recorded', async () => {
    const migration = readdirSync(join(import.meta.dirname, '../../server/db/migrations')).find((name) => name.endsWith('_library_version.sql'));
    const backfill = readFileSync(join(import.meta.dirname, '../../server/db/migrations', migration!), 'utf8').split('--> statement-breakpoint')[1];
    const { sqlite } = openDatabase(options.dbPath!);
    try {
      // As such a database was: version 1 published by the seed, with no library version; then the migration's backfill.
      sqlite.exec('UPDATE pack_versions SET library_version = NULL');
      sqlite.exec(backfill);
      expect(sqlite.prepare('SELECT version, library_version AS libraryVersion FROM pack_versions').all()).toEqual([{ version: 1, libraryVersion: 1 }]);
    } finally {
      sqlite.close();
    }
    // So the same library publishes nothing on the next start.
    expect((await startedOn(healthPack)).versions.map((v) => v.version)).toEqual([1]);
  }, RESTARTS_MS);

  it('is published on start as the next version, with its changelog and a diff, and deployments stay on theirs', async () => {
    const before = await startedOn(healthPack);
    expect(before.versions.map((v) => v.version)).toEqual([1]);
    expect(deployedVersions(before.id)).toEqual([1]);

    writeLibrary(fixedHealth());
    await startedOn(async (client) => {
      const pack = await healthPack(client);
      expect(pack.versions.map((v) => v.version)).toEqual([1, 2]);
      const versions = await client.get<Array<{ version: number; changelog: string }>>(`/api/packs/${pack.id}/versions`);
      expect(versions.body.map((v) => v.changelog)).toEqual([
        'Ensimmäinen julkaistu versio / Första publicerade versionen / First published version',
        `${fix.fi} / ${fix.sv} / ${fix.en}`,
      ]);
      const content = async (version: number) => (await client.get<{ content: FormPackContent }>(`/api/packs/${pack.id}/versions/${version}`)).body.content;
      const [one, two] = [await content(1), await content(2)];
      expect(two).toEqual(fixedHealth().pack);
      const changes = diffPacks(one, two);
      expect(changes.map((c) => c.type)).toEqual(['elementText', 'elementText', 'elementText']);
      expect(describeChange(changes[2], 'en')).toContain('(corrected)');
      // The draft follows the library, as no one had edits in it.
      expect((await client.get<{ content: FormPackContent }>(`/api/packs/${pack.id}/draft`)).body.content).toEqual(two);
    });
    expect(deployedVersions(before.id)).toEqual([1]);

    // A third start on the same library publishes nothing more.
    expect((await startedOn(healthPack)).versions.map((v) => v.version)).toEqual([1, 2]);
  }, RESTARTS_MS);
});
