/**
 * An assessment's result for one municipality: the services its rules call for, each with the
 * authority responsible there (the routing's own rule: the one active deployment covering the
 * municipality), the reasons and their legal sources, the response time as a target, and what to
 * do where a service is not offered electronically (the authority to contact) or was withdrawn
 * since. Built anew on every read, so it follows deployments as they change.
 */
import { neededServices } from '../../form-library/assessment/evaluate-assessment';
import type { AssessmentResultView, ResultService, ServiceOffer } from '../../form-library/assessment/result-view';
import { localize } from '../../form-library/format/localize';
import type { AssessmentDefinition, FormData, Lang, ServiceDefinition, ServiceRef } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { namesOf, type NameColumns } from '../reference/names';
import { packVersionContent } from '../routing/pack-content';
import { publishedService } from './catalog';
import { contactAuthority } from './contact-authority';

/** The service as any version of its pack last had it, retired ones too: only its name is wanted. */
async function lastKnownService(ctx: AppContext, packId: number, serviceId: string): Promise<ServiceDefinition | null> {
  for (const version of await ctx.repos.assessments.versionNumbers(packId)) {
    const service = (await packVersionContent(ctx, packId, version))?.services.find((s) => s.id === serviceId);
    if (service) return service;
  }
  return null;
}

/** Where `ref` stands in `municipality`: its definition and how the customer gets to it. */
async function placeService(ctx: AppContext, ref: ServiceRef, municipality: string, lang: Lang): Promise<{ service: ServiceDefinition | null; offer: ServiceOffer }> {
  const packId = await ctx.repos.assessments.packIdOfSlug(ref.pack);
  if (packId === undefined) return { service: null, offer: { kind: 'withdrawn' } };
  const responsible = await ctx.repos.assessments.responsible(packId, ref.service, municipality);
  if (responsible) {
    const service = (await packVersionContent(ctx, packId, responsible.packVersion))?.services.find((x) => x.id === ref.service) ?? null;
    if (service) {
      return {
        service,
        offer: {
          kind: 'online',
          deploymentId: responsible.deploymentId,
          packVersion: responsible.packVersion,
          authority: { id: responsible.authorityId, name: namesOf(responsible)[lang] },
          estimate: responsible.respondWithinDays ? { kind: 'target', days: responsible.respondWithinDays } : null,
        },
      };
    }
  }
  const published = await publishedService(ctx, ref);
  if (!published) return { service: await lastKnownService(ctx, packId, ref.service), offer: { kind: 'withdrawn' } };
  const authority = await contactAuthority(ctx, published.service.authorityKind, municipality, { packId, serviceId: ref.service });
  return {
    service: published.service,
    offer: { kind: 'contact', authority: authority ? { id: authority.id, name: namesOf(authority)[lang] } : null },
  };
}

export interface ResultInput {
  id: string;
  createdAt: string;
  packSlug: string;
  version: number;
  assessment: AssessmentDefinition;
  municipality: { code: string; fi: string; sv: string };
  answers: FormData;
}

export async function buildAssessmentResult(ctx: AppContext, input: ResultInput, lang: Lang): Promise<AssessmentResultView> {
  const { assessment, municipality } = input;
  const needs = neededServices(assessment, input.answers);
  const placed = await Promise.all(needs.map((needed) => placeService(ctx, needed.service, municipality.code, lang)));
  const services: ResultService[] = needs.map((needed, i) => {
    const { service, offer } = placed[i];
    return {
      service: needed.service,
      kind: service?.kind ?? null,
      name: service ? localize(service.name, lang) : needed.service.service,
      description: service ? localize(service.description, lang) : '',
      level: needed.level,
      reasons: needed.rules.map((rule) => ({
        rule: rule.id,
        level: rule.level,
        reason: localize(rule.reason, lang),
        legalSource: localize(rule.legalSource, lang),
      })),
      offer,
    };
  });
  return {
    id: input.id,
    createdAt: input.createdAt,
    assessment: {
      pack: input.packSlug,
      id: assessment.id,
      version: input.version,
      name: localize(assessment.name, lang),
      description: localize(assessment.description, lang),
    },
    municipality,
    answers: input.answers,
    form: assessment.form,
    services,
    onlineCount: services.filter((s) => s.offer.kind === 'online').length,
  };
}
