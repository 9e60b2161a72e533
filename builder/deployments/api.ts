/** The deployments and reference API (server/API.md) as the authority admin's screens use it. */
import type { Authority, Deployment, DeploymentSettings, LanguageGapDetail, Municipality, NewDeployment, OverlapDetail, Topic } from '../../api-contract';
import { api } from '../../ui/api/http';

export type { Authority, Deployment, DeploymentSettings, LanguageGapDetail, Municipality, NewDeployment, OverlapDetail, Topic };

export const listDeployments = () => api<Deployment[]>('GET', '/api/deployments');
export const getDeployment = (id: number) => api<Deployment>('GET', `/api/deployments/${id}`);
export const createDeployment = (body: NewDeployment) => api<{ id: number }>('POST', '/api/deployments', body);
/** What an admin may change of a running deployment: what customers are told and what decisions carry. */
export const updateDeploymentSettings = (id: number, body: DeploymentSettings) => api<Deployment>('PATCH', `/api/deployments/${id}`, body);
export const upgradeDeployment = (id: number, version: number) => api<Deployment>('POST', `/api/deployments/${id}/upgrade`, { version });
export const withdrawDeployment = (id: number) => api<void>('DELETE', `/api/deployments/${id}`);
export const listMunicipalities = () => api<Municipality[]>('GET', '/api/municipalities');
export const listAuthorities = () => api<Authority[]>('GET', '/api/authorities');
export const listTopics = () => api<Topic[]>('GET', '/api/topics');

/** The extra members of a refused overlap's (409) and the language check's (422) error body. */
export function errorExtra(body: unknown): { overlaps: OverlapDetail[]; languageGaps: LanguageGapDetail[] } {
  const error = typeof body === 'object' && body !== null && 'error' in body ? (body as { error: Record<string, unknown> }).error : {};
  return {
    overlaps: Array.isArray(error.overlaps) ? (error.overlaps as OverlapDetail[]) : [],
    languageGaps: Array.isArray(error.languageGaps) ? (error.languageGaps as LanguageGapDetail[]) : [],
  };
}
