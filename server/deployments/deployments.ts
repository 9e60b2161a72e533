/**
 * Deployments (käyttöönotot): an authority turns one service of a published pack version on for
 * (part of) its area. Refused when the area is wrong, the service is for another kind of
 * authority, or another deployment of the same service already covers a municipality.
 */
import type { LocalizedText, ServiceDefinition } from '../../form-library/format/types';
import { isAppealKind, type AppealKind } from '../../workflows/decision/appeal';
import { auditRecord, type AuditActor } from '../audit/log';
import type { AppContext } from '../context';
import { HttpError, notFound, unprocessable } from '../http/errors';
import { getPack, getVersion } from '../packs/packs';
import { authorityArea, findOverlaps, overlapsOf, type Overlap } from '../routing/routing';
import { serviceOfVersion } from '../routing/pack-content';
import { deploymentLanguageGaps, describeLanguageGaps } from './language-check';
import { privacyNoticeProblems } from './privacy-notice';

import type { DeploymentRow, DeploymentSettings } from './deployment-repository';

export type { DeploymentRow } from './deployment-repository';

export interface DeploymentInput {
  authorityId: string;
  packId: number;
  version: number;
  serviceId: string;
  municipalities?: string[];
  respondWithinDays?: number | null;
  contactText?: string | null;
  privacyNoticeUrl?: string | null;
  privacyNoticeText?: string | null;
  appeal?: AppealSettings | null;
}

/** The appeal instructions a deployment's decisions carry. */
export interface AppealSettings {
  kind: AppealKind;
  text: LocalizedText;
}

export function appealSettings(d: Pick<DeploymentRow, 'appealKind' | 'appealTextJson'>): AppealSettings | null {
  if (!isAppealKind(d.appealKind) || d.appealTextJson === null) return null;
  return { kind: d.appealKind, text: JSON.parse(d.appealTextJson) as LocalizedText };
}

function appealColumns(appeal: AppealSettings | null | undefined): { appealKind: string | null; appealTextJson: string | null } {
  return appeal ? { appealKind: appeal.kind, appealTextJson: JSON.stringify(appeal.text) } : { appealKind: null, appealTextJson: null };
}

function overlapError(overlaps: Overlap[]): HttpError {
  const named = overlaps.map((o) => `${o.authority.name.fi} (${o.municipalities.join(', ')})`).join('; ');
  return new HttpError(
    409,
    'overlap',
    `Another deployment of this service already covers some of these municipalities: ${named}`,
    overlaps.flatMap((o) => o.municipalities.map((code) => ({ path: 'municipalities', message: `${code} is served by ${o.authority.name.fi}` }))),
    { overlaps: overlaps.map((o) => ({ deploymentId: o.deploymentId, authority: o.authority, municipalities: o.municipalities })) },
  );
}

/** The service of a published, not retired version that this authority kind may deploy. */
async function deployableService(ctx: AppContext, authorityKind: string, packId: number, version: number, serviceId: string): Promise<ServiceDefinition> {
  const pack = await getPack(ctx, packId);
  if (!pack) throw unprocessable('No such pack', [{ path: 'packId', message: 'No such pack' }]);
  const row = await getVersion(ctx, packId, version);
  if (!row) throw unprocessable(`Pack ${pack.slug} has no published version ${version}`, [{ path: 'version', message: 'No such published version' }]);
  if (row.retiredAt) throw unprocessable(`Version ${version} of ${pack.slug} is retired`, [{ path: 'version', message: 'This version is retired' }]);
  const service = await serviceOfVersion(ctx, packId, version, serviceId);
  if (!service) throw unprocessable(`Version ${version} of ${pack.slug} has no service "${serviceId}"`, [{ path: 'serviceId', message: 'No such service in this version' }]);
  if (service.authorityKind !== authorityKind)
    throw unprocessable(`The service is handled by a ${service.authorityKind} authority, not a ${authorityKind} authority`, [
      { path: 'serviceId', message: `Only ${service.authorityKind} authorities may deploy this service` },
    ]);
  return service;
}

/** 422 when a covered municipality's official language lacks texts in the service (language-check.ts). */
async function checkLanguages(ctx: AppContext, service: ServiceDefinition, codes: string[]): Promise<void> {
  const wanted = new Set(codes);
  const covered = (await ctx.repos.reference.municipalities()).filter((m) => wanted.has(m.code));
  const gaps = deploymentLanguageGaps(service, covered);
  if (gaps.length === 0) return;
  throw new HttpError(
    422,
    'validation_failed',
    `The service lacks texts in the official languages of the municipalities it would cover: ${describeLanguageGaps(gaps)}`,
    gaps.flatMap((g) => [
      ...g.municipalities.map((m) => ({ path: 'municipalities', message: `${m.name.fi} (${m.code}) needs the service in ${g.lang === 'fi' ? 'Finnish' : 'Swedish'}` })),
      ...g.missing.map((path) => ({ path: `service.${path}.${g.lang}`, message: `Text missing in ${g.lang === 'fi' ? 'Finnish' : 'Swedish'}` })),
    ]),
    { languageGaps: gaps },
  );
}

export async function createDeployment(ctx: AppContext, input: DeploymentInput, actor: AuditActor): Promise<number> {
  const privacy = privacyNoticeProblems(input);
  if (privacy.length > 0) throw unprocessable(privacy.map((p) => `${p.path}: ${p.message}`).join('; '), privacy);
  const authority = await ctx.repos.reference.authority(input.authorityId);
  if (!authority) throw notFound('No such authority');
  const service = await deployableService(ctx, authority.kind, input.packId, input.version, input.serviceId);
  const area = await authorityArea(ctx, authority.id, authority.kind);
  const areaSet = new Set(area);
  const wanted = input.municipalities === undefined ? area : [...new Set(input.municipalities)].sort();
  if (wanted.length === 0) throw unprocessable('A deployment needs at least one municipality', [{ path: 'municipalities', message: 'Choose at least one municipality' }]);
  const outside = input.municipalities === undefined ? [] : input.municipalities.map((code, i) => ({ code, i })).filter(({ code }) => !areaSet.has(code));
  if (outside.length > 0)
    throw unprocessable(
      `Not in the area of ${authority.nameFi}: ${outside.map((o) => o.code).join(', ')}`,
      outside.map(({ code, i }) => ({ path: `municipalities.${i}`, message: `${code} is not in your authority's area` })),
    );
  await checkLanguages(ctx, service, wanted);

  return ctx.repos.deployments.create(
    {
      authorityId: authority.id,
      packId: input.packId,
      packVersion: input.version,
      serviceId: input.serviceId,
      respondWithinDays: input.respondWithinDays ?? null,
      contactText: input.contactText ?? null,
      privacyNoticeUrl: input.privacyNoticeUrl?.trim() || null,
      privacyNoticeText: input.privacyNoticeText?.trim() || null,
      ...appealColumns(input.appeal),
    },
    wanted,
    (covered) => {
      // Inside the unit of work, so two deployments cannot both pass.
      const overlaps = overlapsOf(covered);
      if (overlaps.length > 0) throw overlapError(overlaps);
    },
    {
      at: ctx.now().toISOString(),
      actor,
      action: 'deployment.create',
      targetType: 'deployment',
      details: { authorityId: authority.id, packId: input.packId, version: input.version, serviceId: input.serviceId, municipalities: wanted },
    },
  );
}

export async function getDeployment(ctx: AppContext, id: number): Promise<DeploymentRow | null> {
  return await ctx.repos.deployments.byId(id) ?? null;
}

export async function deploymentMunicipalityCodes(ctx: AppContext, id: number): Promise<string[]> {
  return ctx.repos.deployments.municipalityCodes(id);
}

/** Moves a deployment to another published version of the same pack (the admin's explicit act). */
export async function upgradeDeployment(ctx: AppContext, deployment: DeploymentRow, version: number, actor: AuditActor): Promise<void> {
  if (!deployment.active) throw new HttpError(409, 'conflict', 'A withdrawn deployment cannot be upgraded');
  const authority = await ctx.repos.reference.authority(deployment.authorityId);
  if (!authority) throw notFound('No such authority');
  const service = await deployableService(ctx, authority.kind, deployment.packId, version, deployment.serviceId);
  await checkLanguages(ctx, service, await deploymentMunicipalityCodes(ctx, deployment.id));
  await ctx.repos.deployments.setVersion(
    deployment.id,
    version,
    auditRecord(ctx, { actor, action: 'deployment.upgrade', targetType: 'deployment', targetId: deployment.id, details: { from: deployment.packVersion, to: version } }),
  );
}

/** Changes what customers are told (response time, contact text) and what decisions carry (appeal instructions). */
export async function updateDeploymentSettings(
  ctx: AppContext,
  deployment: DeploymentRow,
  input: Pick<DeploymentInput, 'respondWithinDays' | 'contactText' | 'appeal'>,
  actor: AuditActor,
): Promise<void> {
  const set: DeploymentSettings = {};
  if (input.respondWithinDays !== undefined) set.respondWithinDays = input.respondWithinDays;
  if (input.contactText !== undefined) set.contactText = input.contactText === null || input.contactText.trim() === '' ? null : input.contactText.trim();
  if (input.appeal !== undefined) Object.assign(set, appealColumns(input.appeal));
  await ctx.repos.deployments.updateSettings(
    deployment.id,
    set,
    auditRecord(ctx, { actor, action: 'deployment.settings', targetType: 'deployment', targetId: deployment.id, details: { changed: Object.keys(set) } }),
  );
}

/** Withdraws a deployment: no new submissions; existing submissions keep their deployment. */
export async function withdrawDeployment(ctx: AppContext, deployment: DeploymentRow, actor: AuditActor): Promise<void> {
  if (!deployment.active) return;
  await ctx.repos.deployments.withdraw(
    deployment.id,
    ctx.now().toISOString(),
    auditRecord(ctx, { actor, action: 'deployment.withdraw', targetType: 'deployment', targetId: deployment.id }),
  );
}
