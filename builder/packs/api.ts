/** The packs API (server/API.md, "Packs") as the coordinator's screens use it. */
import type { AuthorityKind, FormPackContent, Lang, LocalizedText } from '../../form-library/format/types';
import { api, ApiError } from '../../ui/api/http';

export interface VersionSummary {
  version: number;
  publishedAt: string;
  retired: boolean;
  changelog?: string;
}

export interface PackListItem {
  id: number;
  slug: string;
  name: LocalizedText;
  ownerAuthority: { id: string; name: LocalizedText } | null;
  /** null when the caller may read only the published versions (another authority's pack). */
  draftUpdatedAt: string | null;
  editable?: boolean;
  services?: Array<{ id: string; name: LocalizedText; authorityKind: AuthorityKind }>;
  versions: VersionSummary[];
}

export interface PackVersion {
  version: number;
  content: FormPackContent;
  changelog: string;
  publishedAt: string;
  retired: boolean;
}

export interface PackDraft {
  content: FormPackContent;
  updatedAt: string;
  problems: Array<{ path: string; message: string }>;
}

export const listPacks = () => api<PackListItem[]>('GET', '/api/packs');
export const getDraft = (packId: number) => api<PackDraft>('GET', `/api/packs/${packId}/draft`);
/** The draft, or null when it is not the caller's to read (403: another authority's admin sees published versions only). */
export async function getDraftIfReadable(packId: number): Promise<PackDraft | null> {
  try {
    return await getDraft(packId);
  } catch (err) {
    if (err instanceof ApiError && err.status === 403) return null;
    throw err;
  }
}
export const listVersions = (packId: number) => api<VersionSummary[]>('GET', `/api/packs/${packId}/versions`);
export const getVersion = (packId: number, version: number) => api<PackVersion>('GET', `/api/packs/${packId}/versions/${version}`);
/** `lang`: the coordinator's language, in which the server words the problems that stop publishing. */
export const publishDraft = (packId: number, changelog: string, lang: Lang) => api<{ version: number }>('POST', `/api/packs/${packId}/publish?lang=${lang}`, { changelog });
export const retireVersion = (packId: number, version: number) => api<{ version: number; retired: boolean }>('POST', `/api/packs/${packId}/versions/${version}/retire`);
