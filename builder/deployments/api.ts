/** The deployments and reference API (server/API.md) as the authority admin's screens use it. */
import type { AuthorityKind, LocalizedText } from '../../form-library/format/types';
import { api } from '../../ui/api/http';

export interface Deployment {
  id: number;
  packId: number;
  packVersion: number;
  serviceId: string;
  municipalities: string[];
  respondWithinDays: number | null;
  contactText: string | null;
  active: boolean;
  createdAt?: string;
  withdrawnAt?: string | null;
}

export interface Municipality {
  code: string;
  fi: string;
  sv: string;
  languages: string;
}

export interface Authority {
  id: string;
  kind: AuthorityKind;
  name: LocalizedText;
  municipalities: string[];
}

export interface NewDeployment {
  packId: number;
  version: number;
  serviceId: string;
  municipalities?: string[];
  respondWithinDays?: number | null;
  contactText?: string | null;
}

export const listDeployments = () => api<Deployment[]>('GET', '/api/deployments');
export const getDeployment = (id: number) => api<Deployment>('GET', `/api/deployments/${id}`);
export const createDeployment = (body: NewDeployment) => api<{ id: number }>('POST', '/api/deployments', body);
export const upgradeDeployment = (id: number, version: number) => api<Deployment>('POST', `/api/deployments/${id}/upgrade`, { version });
export const withdrawDeployment = (id: number) => api<void>('DELETE', `/api/deployments/${id}`);
export const listMunicipalities = () => api<Municipality[]>('GET', '/api/municipalities');
export const listAuthorities = () => api<Authority[]>('GET', '/api/authorities');

/** The error body of a refused overlap (409) and of the language check (422). */
export interface OverlapDetail {
  deploymentId: number;
  authority: { id: string; name: { fi: string; sv: string; en: string } };
  municipalities: string[];
}

export interface LanguageGapDetail {
  lang: 'fi' | 'sv';
  municipalities: Array<{ code: string; name: { fi: string; sv: string } }>;
  missing: string[];
}

export function errorExtra(body: unknown): { overlaps: OverlapDetail[]; languageGaps: LanguageGapDetail[] } {
  const error = typeof body === 'object' && body !== null && 'error' in body ? (body as { error: Record<string, unknown> }).error : {};
  return {
    overlaps: Array.isArray(error.overlaps) ? (error.overlaps as OverlapDetail[]) : [],
    languageGaps: Array.isArray(error.languageGaps) ? (error.languageGaps as LanguageGapDetail[]) : [],
  };
}
