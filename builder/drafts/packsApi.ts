/** The packs API (server/API.md, "Packs") as the designer uses it. */
import type { FieldError, FormPackContent, LocalizedText } from '../../form-library/format/types';
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

export function createPack(content: FormPackContent): Promise<{ id: number | string }> {
  return api<{ id: number | string }>('POST', '/api/packs', { content });
}

export function getDraft(packId: string): Promise<Draft> {
  return api<Draft>('GET', `/api/packs/${encodeURIComponent(packId)}/draft`);
}

export function saveDraft(packId: string, content: FormPackContent, baseUpdatedAt?: string): Promise<{ updatedAt?: string; problems?: unknown }> {
  return api<{ updatedAt?: string; problems?: unknown }>('PUT', `/api/packs/${encodeURIComponent(packId)}/draft`, { content, baseUpdatedAt });
}

export type { FieldError };
