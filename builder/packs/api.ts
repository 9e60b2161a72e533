/** The packs API (server/API.md, "Packs") as the coordinator's screens use it. */
import type { AuthorityKind, FormPackContent, Lang, LocalizedText } from '../../form-library/format/types';
import { api } from '../../ui/api/http';

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
  draftUpdatedAt: string;
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
export const listVersions = (packId: number) => api<VersionSummary[]>('GET', `/api/packs/${packId}/versions`);
export const getVersion = (packId: number, version: number) => api<PackVersion>('GET', `/api/packs/${packId}/versions/${version}`);
/** `lang`: the coordinator's language, in which the server words the problems that stop publishing. */
export const publishDraft = (packId: number, changelog: string, lang: Lang) => api<{ version: number }>('POST', `/api/packs/${packId}/publish?lang=${lang}`, { changelog });
export const retireVersion = (packId: number, version: number) => api<{ version: number; retired: boolean }>('POST', `/api/packs/${packId}/versions/${version}/retire`);
