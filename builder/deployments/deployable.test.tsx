/** Which versions an admin may deploy, and when a deployment needs or may have an upgrade. */
import { describe, expect, it } from 'vitest';
import { readyPack } from '../../form-library/library/index';
import { deployableVersions, libraryFor, upgradeStatus } from './deployable';
import type { PackListItem } from '../packs/api';

const eventOrganisingPack = readyPack('event-organising');

const v = (version: number, retired = false) => ({ version, publishedAt: `2026-0${version}-01T10:00:00Z`, retired });

describe('deployable versions and upgrades', () => {
  it('offers versions that are not retired, newest first', () => {
    expect(deployableVersions([v(1, true), v(2), v(3)]).map((x) => x.version)).toEqual([3, 2]);
  });

  it('says a deployment on a retired version needs an upgrade, and which newer version there is', () => {
    expect(upgradeStatus(1, [v(1, true), v(2)])).toEqual({ needsUpgrade: true, newer: 2 });
    expect(upgradeStatus(1, [v(1), v(2), v(3, true)])).toEqual({ needsUpgrade: false, newer: 2 });
    expect(upgradeStatus(2, [v(1), v(2)])).toEqual({ needsUpgrade: false, newer: null });
  });

  it('lists for a police department only the police service of the event organising pack', () => {
    const pack = { id: 1, slug: 'event-organising', name: eventOrganisingPack.name, ownerAuthority: null, draftUpdatedAt: '', editable: false, services: [], versions: [v(1)], draftStatus: 'unchanged', review: null } satisfies PackListItem;
    const police = libraryFor('police', [{ pack, latest: { version: 1, content: eventOrganisingPack } }]);
    expect(police.map((s) => s.service.id)).toEqual(['public-event-police']);
    const municipal = libraryFor('municipality', [{ pack, latest: { version: 1, content: eventOrganisingPack } }]);
    expect(municipal.map((s) => s.service.id)).toEqual(['event-noise', 'temporary-food-sales', 'public-area-use']);
  });
});
