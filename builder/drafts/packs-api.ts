/** The packs API (server/API.md, "Packs") as the designer uses it. */
import type { PackDraft, PackSummary, SavedDraft } from '../../api-contract';
import type { FieldError, FormPackContent, Lang } from '../../form-library/format/types';
import { api } from '../../ui/api/http';

export type { PackDraft as Draft, PackSummary };

export function listPacks(): Promise<PackSummary[]> {
  return api<PackSummary[]>('GET', '/api/packs');
}

// `lang`: the builder's language, in which the server words its field messages and problems.

export function createPack(content: FormPackContent, lang: Lang): Promise<{ id: number }> {
  return api<{ id: number }>('POST', `/api/packs?lang=${lang}`, { content });
}

export function getDraft(packId: string): Promise<PackDraft> {
  return api<PackDraft>('GET', `/api/packs/${encodeURIComponent(packId)}/draft`);
}

export function saveDraft(packId: string, content: FormPackContent, lang: Lang, baseUpdatedAt?: string): Promise<SavedDraft> {
  return api<SavedDraft>('PUT', `/api/packs/${encodeURIComponent(packId)}/draft?lang=${lang}`, { content, baseUpdatedAt });
}

export type { FieldError };
