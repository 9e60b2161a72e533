/**
 * What an assessment's rules may name outside their own pack, as the database has it: a service
 * of another pack's published, not retired versions (newest first), and the topics. The publishing
 * gate checks rules against it; the result builds on the same lookup.
 */
import { catalogQuestions, type AssessmentCatalog } from '../../form-library/assessment';
import type { FormPackContent, ServiceDefinition, ServiceRef } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { packVersionContent } from '../routing/pack-content';

/** The newest published, not retired version of `ref.pack` that holds the service, with its place. */
export async function publishedService(ctx: AppContext, ref: ServiceRef): Promise<{ packId: number; version: number; service: ServiceDefinition } | null> {
  for (const { packId, version, retired } of await ctx.repos.assessments.versionsOfSlug(ref.pack)) {
    if (retired) continue;
    const service = (await packVersionContent(ctx, packId, version))?.services.find((s) => s.id === ref.service);
    if (service) return { packId, version, service };
  }
  return null;
}

/**
 * The catalog the publishing gate's check asks about `content`, read before it asks (form-library's
 * checks ask synchronously): the services its rules name in other packs and its topics.
 */
export async function assessmentCatalog(ctx: AppContext, content: FormPackContent): Promise<AssessmentCatalog> {
  const asked = catalogQuestions(content);
  const refKey = (ref: ServiceRef) => `${ref.pack}\u0000${ref.service}`;
  const services = new Map<string, ServiceDefinition | null>();
  for (const ref of asked.services) services.set(refKey(ref), (await publishedService(ctx, ref))?.service ?? null);
  const topics = new Set<string>();
  for (const id of asked.topics) if (await ctx.repos.assessments.topicExists(id)) topics.add(id);
  return {
    service: (ref) => services.get(refKey(ref)) ?? null,
    topic: (id) => topics.has(id),
  };
}
