/**
 * The ready library on start, against a real SQLite file with the reference data: what a database
 * lacks or holds older is published, nothing twice; deployments and unpublished drafts are left alone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readyLibrary } from '../../form-library/library/index';
import type { LibraryPack } from '../../form-library/library/read-library';
import { referenceContext, type TestContext } from '../../test/server/fixtures';
import { createDeployment } from '../deployments/deployments';
import { changelogText, publishLibrary } from './library-publish';
import { createPack, getPack, listVersions, saveDraft } from './packs';

const SYSTEM = { kind: 'system' } as const;
const health = readyLibrary.find((p) => p.content.slug === 'health') as LibraryPack;

/** The health pack as the library would ship it at `version`, its care-support form's first label changed at each version. */
function healthAt(version: number): LibraryPack {
  const content = structuredClone(health.content);
  const element = content.services[1].form.pages[0].elements[0];
  if (version > 1) element.label = { fi: `Hakija (v${version})`, sv: `Sökande (v${version})`, en: `Applicant (v${version})` };
  const changelog = Array.from({ length: version }, (_, i) => version - i).map((v) =>
    v === 1 ? health.changelog[health.changelog.length - 1] : { version: v, changes: { fi: `Muutos ${v}`, sv: `Ändring ${v}`, en: `Change ${v}` } },
  );
  return { fileName: 'health.json', version, changelog, content };
}

let t: TestContext;
let logged: string[];
const log = (m: string) => logged.push(m);

beforeEach(() => {
  t = referenceContext();
  logged = [];
});
afterEach(() => t.close());

describe('publishing the ready library on start', () => {
  it('creates and publishes a pack the database lacks, with its changelog, and then leaves it be', async () => {
    const [published] = await publishLibrary(t.ctx, [healthAt(1)], log);
    expect(published).toMatchObject({ slug: 'health', version: 1, libraryVersion: 1, created: true, changes: null });
    expect((await listVersions(t.ctx, published.packId)).map((v) => [v.version, v.libraryVersion, v.changelog])).toEqual([
      [1, 1, 'Ensimmäinen julkaistu versio / Första publicerade versionen / First published version'],
    ]);
    expect(await publishLibrary(t.ctx, [healthAt(1)], log)).toEqual([]);
    expect(logged).toEqual([]);
  });

  it('publishes a newer library version as the next version with the changelog since the held one, keeping deployments on theirs', async () => {
    const [first] = await publishLibrary(t.ctx, [healthAt(1)], log);
    const deployment = await createDeployment(t.ctx, { authorityId: 'municipality-091', packId: first.packId, version: 1, serviceId: 'health-protection-notification', respondWithinDays: null }, SYSTEM);
    const [next] = await publishLibrary(t.ctx, [healthAt(3)], log);
    expect(next).toMatchObject({ version: 2, libraryVersion: 3, created: false, changes: 3 });
    const versions = await listVersions(t.ctx, first.packId);
    expect(versions.map((v) => [v.version, v.libraryVersion])).toEqual([[1, 1], [2, 3]]);
    expect(versions[1].changelog).toBe('Muutos 3 / Ändring 3 / Change 3\nMuutos 2 / Ändring 2 / Change 2');
    expect(JSON.parse(versions[1].contentJson).services[1].form.pages[0].elements[0].label.en).toBe('Applicant (v3)');
    expect(JSON.parse((await getPack(t.ctx, first.packId))!.draftJson)).toEqual(healthAt(3).content);
    const pinned = t.ctx.sqlite.prepare('SELECT pack_version AS v FROM deployments WHERE id = ?').get(deployment) as { v: number };
    expect(pinned.v).toBe(1);
    expect(logged).toEqual([expect.stringMatching(/^Library pack health: library version 3 published as version 2 \(3 changes\)/)]);
    const audit = t.ctx.sqlite.prepare("SELECT details_json AS d FROM audit_log WHERE action = 'pack.publish' ORDER BY id DESC").get() as { d: string };
    expect(JSON.parse(audit.d)).toMatchObject({ slug: 'health', version: 2, libraryVersion: 3, changes: 3 });
  });

  it('leaves a coordinator’s unpublished edits in the draft', async () => {
    const [first] = await publishLibrary(t.ctx, [healthAt(1)], log);
    const edited = structuredClone(healthAt(1).content);
    edited.name = { fi: 'Terveys (luonnos)', sv: 'Hälsa (utkast)', en: 'Health (draft)' };
    await saveDraft(t.ctx, (await getPack(t.ctx, first.packId))!, edited, undefined, SYSTEM);
    await publishLibrary(t.ctx, [healthAt(2)], log);
    expect(await listVersions(t.ctx, first.packId)).toHaveLength(2);
    expect(JSON.parse((await getPack(t.ctx, first.packId))!.draftJson).name.en).toBe('Health (draft)');
  });

  it('publishes nothing over an authority’s own pack of the same slug, says so, and goes on with the rest', async () => {
    const own = structuredClone(healthAt(1).content);
    own.services = own.services.map((s) => ({ ...s, id: `own-${s.id}` }));
    await createPack(t.ctx, own, 'municipality-091', SYSTEM);
    const events = readyLibrary.find((p) => p.content.slug === 'event-organising') as LibraryPack;
    const alcohol = readyLibrary.find((p) => p.content.slug === 'alcohol-licensing') as LibraryPack;
    // The events pack's assessment names the alcohol pack's service: published first, whatever the order given.
    const published = await publishLibrary(t.ctx, [healthAt(2), events, alcohol], log);
    expect(published.map((p) => p.slug)).toEqual(['alcohol-licensing', 'event-organising']);
    expect(logged).toEqual(['Library pack health was not published: Error: the slug belongs to a pack of municipality-091, not to the library']);
  });

  it('writes a changelog entry’s languages on one line, newest first', () => {
    expect(changelogText(healthAt(2).changelog)).toBe('Muutos 2 / Ändring 2 / Change 2\nEnsimmäinen julkaistu versio / Första publicerade versionen / First published version');
  });
});
