/** An authority admin's API keys: made (the key shown once), listed without secrets, revoked at once. */
import type { ApiKeyInfo, CreatedApiKey, NewApiKey } from '../../api-contract/integration';
import type { AuditActor } from '../audit/audit-actor';
import { auditRecord } from '../audit/log';
import type { AppContext } from '../context';
import { notFound, unprocessable } from '../http/errors';
import type { ApiKeyRow } from './api-key-repository';
import { isAllowListEntry, issueApiKey } from './api-keys';

function info(row: ApiKeyRow): ApiKeyInfo {
  return {
    id: row.id, name: row.name, scopes: [...row.scopes], ipAllowList: row.ipAllowList && [...row.ipAllowList],
    expiresAt: row.expiresAt, createdAt: row.createdAt, revokedAt: row.revokedAt, lastUsedAt: row.lastUsedAt,
  };
}

export async function listApiKeys(ctx: AppContext, authorityId: string): Promise<ApiKeyInfo[]> {
  return (await ctx.repos.apiKeys.list(authorityId)).map(info);
}

export async function createApiKey(ctx: AppContext, authorityId: string, input: NewApiKey, actor: AuditActor): Promise<CreatedApiKey> {
  const fields = (input.ipAllowList ?? []).flatMap((entry, i) =>
    isAllowListEntry(entry.trim()) ? [] : [{ path: `ipAllowList.${i}`, message: 'Must be an IPv4 or IPv6 address, or an IPv4 range such as 192.0.2.0/24' }]);
  const now = ctx.now();
  const expiresAt = input.expiresAt === undefined ? null : new Date(input.expiresAt);
  if (expiresAt && Number.isNaN(expiresAt.getTime())) fields.push({ path: 'expiresAt', message: 'Must be a time such as 2027-12-31T00:00:00Z' });
  else if (expiresAt && expiresAt.getTime() <= now.getTime()) fields.push({ path: 'expiresAt', message: 'Must be in the future' });
  if (fields.length > 0) throw unprocessable('The key cannot be made so', fields);
  const issued = issueApiKey();
  const createdAt = now.toISOString();
  await ctx.repos.apiKeys.create(
    {
      id: issued.id, authorityId, name: input.name, secretHash: issued.secretHash, scopes: input.scopes,
      ipAllowList: input.ipAllowList ? input.ipAllowList.map((e) => e.trim()) : null,
      expiresAt: expiresAt ? expiresAt.toISOString() : null, createdBy: actor.kind === 'staff' ? actor.userId : null, createdAt,
    },
    auditRecord(ctx, { actor, action: 'apiKey.create', targetType: 'api_key', targetId: issued.id, details: { scopes: input.scopes } }),
  );
  const row = await ctx.repos.apiKeys.byId(issued.id);
  if (!row) throw new Error('The key just made is gone');
  return { ...info(row), token: issued.token };
}

export async function revokeApiKey(ctx: AppContext, authorityId: string, id: string, actor: AuditActor): Promise<void> {
  const revoked = await ctx.repos.apiKeys.revoke(id, authorityId, ctx.now().toISOString(), auditRecord(ctx, { actor, action: 'apiKey.revoke', targetType: 'api_key', targetId: id }));
  if (!revoked) throw notFound('No such API key');
}
