/**
 * What an assessment's rules may name outside their own pack, as the database has it: a service
 * of another pack's published, not retired versions (newest first), and the topics. The publishing
 * gate checks rules against it; the result builds on the same lookup.
 */
import type { AssessmentCatalog } from '../../form-library/assessment';
import type { ServiceDefinition, ServiceRef } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { packVersionContent } from '../routing/pack-content';

/** The newest published, not retired version of `ref.pack` that holds the service, with its place. */
export function publishedService(ctx: AppContext, ref: ServiceRef): { packId: number; version: number; service: ServiceDefinition } | null {
  for (const { packId, version, retired } of ctx.repos.assessments.versionsOfSlug(ref.pack)) {
    if (retired) continue;
    const service = packVersionContent(ctx, packId, version)?.services.find((s) => s.id === ref.service);
    if (service) return { packId, version, service };
  }
  return null;
}

export function assessmentCatalog(ctx: AppContext): AssessmentCatalog {
  return {
    service: (ref) => publishedService(ctx, ref)?.service ?? null,
    topic: (id) => ctx.repos.assessments.topicExists(id),
  };
}
