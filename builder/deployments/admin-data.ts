/** Everything the deployment screens need about the admin's authority, loaded in one go. */
import type { FormPackContent, Lang } from '../../form-library/format/types';
import { listPacks, type PackListItem } from '../packs/api';
import { listAuthorities, listDeployments, listMunicipalities, listTopics, type Authority, type Deployment, type Municipality, type Topic } from './api';
import { deployableVersions, libraryFor, versionContent, type LibraryService } from './deployable';
import { localize } from '../../form-library/format/localize';

export interface AdminData {
  authority: Authority;
  municipalities: Map<string, Municipality>;
  packs: Map<number, PackListItem>;
  deployments: Deployment[];
  library: LibraryService[];
  topics: Topic[];
}

export async function loadAdminData(authorityId: string): Promise<AdminData> {
  const [authorities, municipalities, packs, deployments, topics] = await Promise.all([listAuthorities(), listMunicipalities(), listPacks(), listDeployments(), listTopics()]);
  const authority = authorities.find((a) => a.id === authorityId);
  if (!authority) throw new Error(`Unknown authority ${authorityId}`);
  const latest = await Promise.all(
    packs.flatMap((pack) => {
      const newest = deployableVersions(pack.versions)[0];
      return newest ? [versionContent(pack.id, newest.version).then((content: FormPackContent) => ({ pack, latest: { version: newest.version, content } }))] : [];
    }),
  );
  return {
    authority,
    municipalities: new Map(municipalities.map((m) => [m.code, m])),
    packs: new Map(packs.map((p) => [p.id, p])),
    deployments,
    library: libraryFor(authority.kind, latest),
    topics,
  };
}

/** A municipality's name in the reader's language (Swedish name in Swedish). */
export function municipalityName(m: Municipality | undefined, code: string, lang: Lang): string {
  return localize(m, lang, code);
}
