/**
 * The routing rule of DESIGN.md: the offering of a municipality is every service some authority
 * has deployed for an area containing it; for one service and one municipality there is at most
 * one responsible authority (enforced by the unique index on active deployment_municipalities,
 * and refused up front by `findOverlaps` with a clear error).
 */
import { localize } from '../../form-library/format/localize';
import type { OfferedService, Offering } from '../../api-contract';
import type { Lang } from '../../form-library/format/types';
import type { AppContext } from '../context';
import type { DeploymentRow } from '../deployments/deployment-repository';
import { namesOf, type NameColumns } from '../reference/names';
import { servicesOfVersions } from './pack-content';
import { municipalityWeb } from '../reference/municipality-web';
import type { CoverageRow, ResponsibleDeployment } from './routing-repository';

export type { ResponsibleDeployment } from './routing-repository';

export function authorityName(row: NameColumns, lang: Lang): string {
  return namesOf(row)[lang];
}

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang);
    collators.set(lang, c);
  }
  return c;
}

/** What a customer sees for `municipality`; null when the code is not a municipality. */
export async function offering(ctx: AppContext, municipality: string, opts: { topic?: string; lang: Lang }): Promise<Offering | null> {
  const place = await ctx.repos.reference.place(municipality);
  if (!place) return null;
  const rows = await ctx.repos.routing.offering(municipality);
  const found = await servicesOfVersions(ctx, rows);
  const services: OfferedService[] = [];
  for (const [i, row] of rows.entries()) {
    const service = found[i];
    if (!service) continue;
    if (opts.topic && !service.topics.includes(opts.topic)) continue;
    services.push({
      deploymentId: row.deploymentId,
      serviceId: service.id,
      packSlug: row.packSlug,
      packVersion: row.packVersion,
      kind: service.kind,
      name: localize(service.name, opts.lang),
      description: localize(service.description, opts.lang),
      topics: service.topics,
      authority: { id: row.authorityId, name: authorityName(row, opts.lang), kind: row.authorityKind },
    });
  }
  const order = collator(opts.lang);
  services.sort((a, b) => order.compare(a.name, b.name) || a.deploymentId - b.deploymentId);
  return { municipality: { code: place.code, fi: place.fi, sv: place.sv, web: municipalityWeb(place.code) }, services };
}

/**
 * The deployment a submission for `municipality` may go to: the given one if it is active and
 * covers that municipality, else null (the customer picked a place the service is not offered in).
 */
export async function responsibleDeployment(ctx: AppContext, deploymentId: number, municipality: string): Promise<ResponsibleDeployment | null> {
  return await ctx.repos.routing.responsibleDeployment(deploymentId, municipality) ?? null;
}

/** The active deployment responsible for a service in a municipality, whoever deployed it. */
export async function responsibleForService(ctx: AppContext, packId: number, serviceId: string, municipality: string): Promise<DeploymentRow | null> {
  return await ctx.repos.routing.responsibleForService(packId, serviceId, municipality) ?? null;
}

export interface Overlap {
  deploymentId: number;
  authority: { id: string; name: { fi: string; sv: string; en: string } };
  municipalities: string[];
}

/** Active deployments of the same service that already cover some of `municipalityCodes`. */
export async function findOverlaps(
  ctx: AppContext,
  query: { packId: number; serviceId: string; municipalities: string[]; excludeDeploymentId?: number },
): Promise<Overlap[]> {
  if (query.municipalities.length === 0) return [];
  return overlapsOf(await ctx.repos.routing.coverage(query.packId, query.serviceId, query.municipalities, query.excludeDeploymentId ?? null));
}

/** The coverage rows grouped by deployment: the overlaps they make. */
export function overlapsOf(rows: readonly CoverageRow[]): Overlap[] {
  const byDeployment = new Map<number, Overlap>();
  for (const r of rows) {
    let o = byDeployment.get(r.deploymentId);
    if (!o) {
      o = { deploymentId: r.deploymentId, authority: { id: r.authorityId, name: namesOf(r) }, municipalities: [] };
      byDeployment.set(r.deploymentId, o);
    }
    o.municipalities.push(r.code);
  }
  return [...byDeployment.values()].map((o) => ({ ...o, municipalities: o.municipalities.sort() }));
}

/** The municipalities in an authority's area; national authorities (no rows) serve all. */
export async function authorityArea(ctx: AppContext, authorityId: string, kind: string): Promise<string[]> {
  if (kind === 'national') return (await ctx.repos.reference.municipalities()).map((m) => m.code);
  return ctx.repos.routing.authorityArea(authorityId);
}
