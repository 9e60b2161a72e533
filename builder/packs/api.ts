/** The packs API (server/API.md, "Packs") as the coordinator's screens use it. */
import type { PackDraft, PackSummary, PackVersion, ReviewRequest, VersionSummary as ContractVersionSummary, VersionWithChangelog } from '../../api-contract';
import type { Lang } from '../../form-library/format/types';
import { api, ApiError } from '../../ui/api/http';

/** A published version as the pack list gives it, or with its changelog as the versions list does. */
export type VersionSummary = ContractVersionSummary & { changelog?: string };
export type { PackSummary as PackListItem, PackDraft, PackVersion };

/** A designer's open request that a coordinator review and publish the draft (server/API.md). */
export type { ReviewRequest };

/** The draft against the latest version, by the diff; null for someone who may read only the published versions. */
export type DraftStatus = NonNullable<PackSummary['draftStatus']>;

export const listPacks = () => api<PackSummary[]>('GET', '/api/packs');
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
export const listVersions = (packId: number) => api<VersionWithChangelog[]>('GET', `/api/packs/${packId}/versions`);
export const getVersion = (packId: number, version: number) => api<PackVersion>('GET', `/api/packs/${packId}/versions/${version}`);
/** `lang`: the coordinator's language, in which the server words the problems that stop publishing. */
export const publishDraft = (packId: number, changelog: string, lang: Lang) => api<{ version: number }>('POST', `/api/packs/${packId}/publish?lang=${lang}`, { changelog });
export const retireVersion = (packId: number, version: number) => api<{ version: number; retired: boolean }>('POST', `/api/packs/${packId}/versions/${version}/retire`);
/** `lang`: the designer's language, in which the server words the problems that stop the request. */
export const requestReview = (packId: number, message: string, lang: Lang) => api<{ requestedAt: string }>('POST', `/api/packs/${packId}/review-request?lang=${lang}`, message ? { message } : {});
export const withdrawReview = (packId: number) => api<void>('DELETE', `/api/packs/${packId}/review-request`);
