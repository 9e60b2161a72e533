/** The admin's API keys (server/integration/api-key-admin.ts, contract api-contract/integration.ts). */
import type { ApiKeyInfo, CreatedApiKey, NewApiKey } from '../../api-contract';
import { api } from '../../ui/api/http';

export type { ApiKeyInfo, CreatedApiKey, NewApiKey };

export const listApiKeys = () => api<ApiKeyInfo[]>('GET', '/api/admin/api-keys');
export const createApiKey = (body: NewApiKey) => api<CreatedApiKey>('POST', '/api/admin/api-keys', body);
export const revokeApiKey = (id: string) => api<void>('DELETE', `/api/admin/api-keys/${encodeURIComponent(id)}`);
