/**
 * A case as an API key reaches it for write-back: its own authority's case with the e-service of
 * its pinned pack version (404 otherwise, as for a case that never was), and each write audited as
 * a use of the key, refused or done, beside the case's own audit row of what changed.
 */
import type { ServiceDefinition } from '../../form-library/format/types';
import { keyMayReachCase } from '../../permissions/permissions';
import type { SubmissionRow } from '../cases/case-repository';
import type { AppContext } from '../context';
import { HttpError, notFound } from '../http/errors';
import { pinnedService } from '../submissions/pinned-service';
import type { ApiKeyPrincipal } from './api-key-guard';

export async function ownCaseOfKey(ctx: AppContext, key: ApiKeyPrincipal, id: number): Promise<{ sub: SubmissionRow; service: ServiceDefinition }> {
  const sub = await ctx.repos.cases.byId(id);
  if (!sub || !keyMayReachCase(key, sub)) throw notFound('No such case');
  const service = await pinnedService(ctx, sub.packId, sub.packVersion, sub.serviceId);
  if (!service) throw notFound('The e-service of this case is not available');
  return { sub, service };
}

/** Runs a write and audits it as a use of the key: `outcome` done, or refused with the answer's status. */
export async function auditedWrite<T>(key: ApiKeyPrincipal, action: string, caseId: number, details: Record<string, unknown>, write: () => T | Promise<T>): Promise<T> {
  try {
    const result = await write();
    await key.audit(action, 'submission', caseId, { ...details, outcome: 'done' });
    return result;
  } catch (err) {
    await key.audit(action, 'submission', caseId, { ...details, outcome: 'refused', status: err instanceof HttpError ? err.status : 500 });
    throw err;
  }
}
