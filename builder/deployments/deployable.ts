/**
 * What an authority admin can deploy and what needs an upgrade, as plain functions over the
 * packs list: the newest version that is not retired carries each pack's services; a deployment
 * on a retired version needs an upgrade, one with a newer version available may have one.
 */
import type { AuthorityKind, FormPackContent, ServiceDefinition } from '../../form-library/format/types';
import type { PackListItem, VersionSummary } from '../packs/api';
import { getVersion } from '../packs/api';

export interface LibraryService {
  packId: number;
  packName: FormPackContent['name'];
  version: number;
  service: ServiceDefinition;
}

export function deployableVersions(versions: VersionSummary[]): VersionSummary[] {
  return versions.filter((v) => !v.retired).sort((a, b) => b.version - a.version);
}

export function libraryFor(kind: AuthorityKind, packs: Array<{ pack: PackListItem; latest: { version: number; content: FormPackContent } }>): LibraryService[] {
  return packs.flatMap(({ pack, latest }) =>
    latest.content.services
      .filter((s) => s.authorityKind === kind)
      .map((service) => ({ packId: pack.id, packName: latest.content.name, version: latest.version, service })),
  );
}

export interface UpgradeStatus {
  /** The pinned version is retired: no new deployments of it, so this one should move on. */
  needsUpgrade: boolean;
  /** The newest version after the pinned one that may be deployed, or null. */
  newer: number | null;
}

export function upgradeStatus(pinned: number, versions: VersionSummary[]): UpgradeStatus {
  const own = versions.find((v) => v.version === pinned);
  const newer = deployableVersions(versions).find((v) => v.version > pinned)?.version ?? null;
  return { needsUpgrade: own?.retired ?? false, newer };
}

// Published versions never change, so their content is cached for the life of the page.
const versionCache = new Map<string, Promise<FormPackContent>>();

export function versionContent(packId: number, version: number): Promise<FormPackContent> {
  const key = `${packId}:${version}`;
  let hit = versionCache.get(key);
  if (!hit) {
    hit = getVersion(packId, version).then((v) => v.content);
    hit.catch(() => versionCache.delete(key));
    versionCache.set(key, hit);
  }
  return hit;
}
