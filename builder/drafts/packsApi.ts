/** The packs API (server/API.md, "Packs") as the designer uses it. */
import type { FieldError, FormPackContent, Lang, LocalizedText } from '../../form-library/format/types';
import { api } from '../../ui/api/http';

export interface PackSummary {
  id: number | string;
  slug: string;
  name: LocalizedText;
  ownerAuthority: unknown;
  draftUpdatedAt: string | null;
  /** Whether this staff member may edit the draft (designers: their own authority's packs). */
  editable?: boolean;
  versions: Array<{ version: number; publishedAt: string; retired: boolean }>;
}

export interface Draft {
  content: FormPackContent;
  updatedAt: string;
  problems?: unknown;
}

export function listPacks(): Promise<PackSummary[]> {
  return api<PackSummary[]>('GET', '/api/packs');
}

// `lang`: the builder's language, in which the server words its field messages and problems.

export function createPack(content: FormPackContent, lang: Lang): Promise<{ id: number | string }> {
  return api<{ id: number | string }>('POST', `/api/packs?lang=${lang}`, { content });
}

export function getDraft(packId: string): Promise<Draft> {
  return api<Draft>('GET', `/api/packs/${encodeURIComponent(packId)}/draft`);
}

export function saveDraft(packId: string, content: FormPackContent, lang: Lang, baseUpdatedAt?: string): Promise<{ updatedAt?: string; problems?: unknown }> {
  return api<{ updatedAt?: string; problems?: unknown }>('PUT', `/api/packs/${encodeURIComponent(packId)}/draft?lang=${lang}`, { content, baseUpdatedAt });
}

export type { FieldError };
