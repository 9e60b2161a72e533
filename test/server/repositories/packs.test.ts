/** Packs, deployments and routing give the same answers on SQLite and on PostgreSQL. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../../server/audit/audit-repository';
import type { Promised } from '../../../server/db/promised';
import type { DeploymentRepository } from '../../../server/deployments/deployment-repository';
import { createPgDeploymentRepository } from '../../../server/deployments/pg-deployment-repository';
import type { PackRepository, PackVersionRow } from '../../../server/packs/pack-repository';
import { createPgPackRepository } from '../../../server/packs/pg-pack-repository';
import { createPgRoutingRepository } from '../../../server/routing/pg-routing-repository';
import type { RoutingRepository } from '../../../server/routing/routing-repository';
import { POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';
import { clockless, LAST_AUDIT, sameAnswer, sameRefusal, sameRows } from '../../support/same-answers';
import { publishedPack, singleServicePack } from '../fixtures';
import { terracePack } from '../terrace-pack';

const AT = '2026-12-07T10:00:00.000Z';
const audit = (action: string, targetId: string | number = 0): AuditRecord => ({ at: AT, actor: { kind: 'system' }, action, targetType: 'pack', targetId });
const version = (changelog: string) => ({ contentJson: JSON.stringify(terracePack), changelog, publishedAt: AT, publishedBy: null, libraryVersion: null });

describe.skipIf(!POSTGRES_AVAILABLE)('packs, deployments and routing on both databases', () => {
  const both = useBothDatabases('packs', async ({ ctx }) => {
    const terrace = await publishedPack(ctx, terracePack);
    const fireworks = await publishedPack(ctx, singleServicePack('fireworks', 'fireworks-notice', 'rescue'));
    const deploy = (authorityId: string, packId: number, serviceId: string, codes: string[]) =>
      ctx.repos.deployments.create(
        { authorityId, packId, packVersion: 1, serviceId, respondWithinDays: 14, contactText: null, privacyNoticeUrl: null, privacyNoticeText: null, appealKind: null, appealTextJson: null },
        codes, () => undefined, audit('deployment.create'),
      );
    const helsinki = await deploy('municipality-091', terrace, 'terrace-permit', ['091']);
    const rescue = await deploy('rescue-ita-uusimaa', fireworks, 'fireworks-notice', ['020', '018']);
    return { terrace, fireworks, helsinki, rescue };
  });
  let packs: PackRepository;
  let pgPacks: Promised<PackRepository>;
  let deployments: DeploymentRepository;
  let pgDeployments: Promised<DeploymentRepository>;
  let routing: RoutingRepository;
  let pgRouting: Promised<RoutingRepository>;
  let terrace: number;
  let fireworks: number;
  let helsinki: number;
  let rescue: number;

  beforeAll(() => {
    ({ terrace, fireworks, helsinki, rescue } = both.seeded);
    ({ packs, deployments, routing } = both.sqlite.ctx.repos);
    pgPacks = createPgPackRepository(both.pool);
    pgDeployments = createPgDeploymentRepository(both.pool);
    pgRouting = createPgRoutingRepository(both.pool);
  });

  it('reads packs and versions alike', async () => {
    expect(await sameAnswer(packs, pgPacks, (r) => r.byId(terrace))).toMatchObject({ slug: 'street-terraces', ownerAuthorityId: null, reviewRequestedAt: null });
    expect(await sameAnswer(packs, pgPacks, (r) => r.bySlug('fireworks'))).toMatchObject({ id: fireworks });
    expect(await sameAnswer(packs, pgPacks, (r) => r.bySlug('none'))).toBeUndefined();
    expect((await sameAnswer(packs, pgPacks, (r) => r.all())).map((p) => p.slug)).toEqual(['fireworks', 'street-terraces']);
    expect(await sameAnswer(packs, pgPacks, (r) => r.versionsOf([terrace, fireworks]))).toHaveLength(2);
    expect(await sameAnswer(packs, pgPacks, (r) => r.versionsOf([]))).toEqual([]);
    expect(await sameAnswer(packs, pgPacks, (r) => r.versions(terrace))).toEqual([expect.objectContaining({ version: 1, changelog: 'First version', retiredAt: null })]);
    expect(await sameAnswer(packs, pgPacks, (r) => r.version(terrace, 2))).toBeUndefined();
    expect(await sameAnswer(packs, pgPacks, (r) => r.latest(terrace))).toMatchObject({ version: 1 });
    expect(await sameAnswer(packs, pgPacks, (r) => r.publishedContent(terrace, 1))).toMatchObject({ slug: 'street-terraces' });
    expect(await sameAnswer(packs, pgPacks, (r) => r.publishedContent(terrace, 9))).toBeNull();
    expect(await sameAnswer(packs, pgPacks, (r) => r.heldLibraryVersion(terrace))).toBeNull();
  });

  it('creates a pack, refusing a taken slug, and saves its draft unless it changed meanwhile', async () => {
    const draft = { slug: 'own-pack', ownerAuthorityId: 'municipality-091', draftJson: '{}', draftUpdatedAt: AT };
    const id = await sameAnswer(packs, pgPacks, (r) => r.create(draft, audit('pack.create')));
    expect(id).toBeGreaterThan(fireworks);
    expect(await sameAnswer(packs, pgPacks, (r) => r.create(draft, audit('pack.create.again')))).toBeNull();
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'pack.create', targetId: String(id) })]);
    const later = '2026-12-07T11:00:00.000Z';
    expect(await sameAnswer(packs, pgPacks, (r) => r.saveDraft(id ?? 0, '{"a":1}', later, AT, audit('pack.draft', id ?? 0)))).toEqual({ saved: true });
    expect(await sameAnswer(packs, pgPacks, (r) => r.saveDraft(id ?? 0, '{"a":2}', later, AT, null))).toEqual({ saved: false, currentUpdatedAt: later });
    expect(await sameAnswer(packs, pgPacks, (r) => r.saveDraft(id ?? 0, '{"a":3}', AT, undefined, null))).toEqual({ saved: true });
    expect(await sameAnswer(packs, pgPacks, (r) => r.saveDraft(999_999, '{}', AT, undefined, null))).toEqual({ saved: false, currentUpdatedAt: null });
    expect(await sameAnswer(packs, pgPacks, async (r) => clockless(await r.byId(id ?? 0)))).toMatchObject({ draftJson: '{"a":3}', draftUpdatedAt: AT });
  });

  it('publishes the next version with its changelog, answering the review; a refused check writes nothing', async () => {
    const seen: Array<PackVersionRow | undefined> = [];
    await sameAnswer(packs, pgPacks, (r) =>
      r.requestReview(terrace, { requestedAt: AT, requestedBy: null, message: 'Katsokaa' }, (latest) => void seen.push(latest), audit('pack.review', terrace)),
    );
    expect(seen.map((v) => v?.version)).toEqual([1, 1]);
    expect(await sameAnswer(packs, pgPacks, (r) => r.byId(terrace))).toMatchObject({ reviewRequestedAt: AT, reviewMessage: 'Katsokaa' });
    const published = await sameAnswer(packs, pgPacks, (r) => r.publish(terrace, version('Second'), { answerReview: true }, (v) => audit(`pack.publish.${v}`, terrace)));
    expect(published).toBe(2);
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'pack.publish.2' })]);
    expect(await sameAnswer(packs, pgPacks, (r) => r.byId(terrace))).toMatchObject({ reviewRequestedAt: null, reviewMessage: null, reviewRequestedBy: null });
    expect(await sameAnswer(packs, pgPacks, (r) => r.latest(terrace))).toMatchObject({ version: 2, changelog: 'Second' });

    await sameRefusal(packs, pgPacks, (r) =>
      r.publish(terrace, version('Refused'), { answerReview: false, check: (latest) => { if (latest?.version === 2) throw new Error('no changes since version 2'); } }, () => audit('pack.publish.refused')),
    'no changes since version 2');
    await sameRefusal(packs, pgPacks, (r) => r.requestReview(terrace, { requestedAt: AT, requestedBy: null, message: null }, () => { throw new Error('nothing to review'); }, audit('pack.review.refused')), 'nothing to review');
    expect(await sameAnswer(packs, pgPacks, (r) => r.versions(terrace))).toHaveLength(2);
    expect(await sameAnswer(packs, pgPacks, (r) => r.byId(terrace))).toMatchObject({ reviewRequestedAt: null });
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'pack.publish.2' })]);

    const library = await sameAnswer(packs, pgPacks, (r) => r.publish(terrace, { ...version('From the library'), libraryVersion: 4 }, { answerReview: false }, (v) => audit(`pack.publish.${v}`)));
    expect(library).toBe(3);
    expect(await sameAnswer(packs, pgPacks, (r) => r.heldLibraryVersion(terrace))).toBe(4);
    expect(await sameAnswer(packs, pgPacks, (r) => r.publishedContent(terrace, 3))).toMatchObject({ slug: 'street-terraces' });
  });

  it('retires a version once, and withdraws a review request once', async () => {
    expect(await sameAnswer(packs, pgPacks, (r) => r.retire(terrace, 2, AT, audit('pack.retire')))).toBe('retired');
    expect(await sameAnswer(packs, pgPacks, (r) => r.retire(terrace, 2, AT, audit('pack.retire.again')))).toBe('already');
    expect(await sameAnswer(packs, pgPacks, (r) => r.retire(terrace, 99, AT, audit('pack.retire.missing')))).toBe('missing');
    expect(await sameAnswer(packs, pgPacks, (r) => r.version(terrace, 2))).toMatchObject({ retiredAt: AT });
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'pack.retire' })]);
    expect(await sameAnswer(packs, pgPacks, (r) => r.withdrawReview(terrace, () => audit('pack.unreview')))).toBeNull();
    await sameAnswer(packs, pgPacks, (r) => r.requestReview(terrace, { requestedAt: AT, requestedBy: null, message: null }, () => undefined, audit('pack.review')));
    expect(await sameAnswer(packs, pgPacks, (r) => r.withdrawReview(terrace, (at) => audit(`pack.unreview ${at}`)))).toBe(AT);
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: `pack.unreview ${AT}` })]);
  });

  it('reads deployments and routes alike', async () => {
    expect(await sameAnswer(deployments, pgDeployments, (r) => r.byId(helsinki))).toMatchObject({ authorityId: 'municipality-091', active: true, respondWithinDays: 14 });
    expect(await sameAnswer(deployments, pgDeployments, (r) => r.byId(999_999))).toBeUndefined();
    expect(await sameAnswer(deployments, pgDeployments, (r) => r.ofAuthority('rescue-ita-uusimaa'))).toEqual([expect.objectContaining({ id: rescue })]);
    expect(await sameAnswer(deployments, pgDeployments, (r) => r.municipalityCodes(rescue))).toEqual(['018', '020']);

    expect(await sameAnswer(routing, pgRouting, (r) => r.offering('091'))).toEqual([expect.objectContaining({ deploymentId: helsinki, packSlug: 'street-terraces', authorityKind: 'municipality' })]);
    expect(await sameAnswer(routing, pgRouting, (r) => r.offering('999'))).toEqual([]);
    expect(await sameAnswer(routing, pgRouting, (r) => r.responsibleDeployment(rescue, '020'))).toMatchObject({ serviceId: 'fireworks-notice', respondWithinDays: 14 });
    expect(await sameAnswer(routing, pgRouting, (r) => r.responsibleDeployment(rescue, '091'))).toBeUndefined();
    expect(await sameAnswer(routing, pgRouting, (r) => r.responsibleForService(terrace, 'terrace-permit', '091'))).toMatchObject({ id: helsinki, active: true });
    expect(await sameAnswer(routing, pgRouting, (r) => r.coverage(fireworks, 'fireworks-notice', ['018', '020', '091'], null))).toHaveLength(2);
    expect(await sameAnswer(routing, pgRouting, (r) => r.coverage(fireworks, 'fireworks-notice', ['018'], rescue))).toEqual([]);
    const area = await sameAnswer(routing, pgRouting, (r) => r.authorityArea('rescue-ita-uusimaa'));
    expect(area).toEqual([...area].sort());
    expect(area).toContain('018');
    expect(await sameAnswer(routing, pgRouting, (r) => r.deployedPackVersion('street-terraces', 1, 'terrace-permit'))).toBe(terrace);
    expect(await sameAnswer(routing, pgRouting, (r) => r.deployedPackVersion('street-terraces', 2, 'terrace-permit'))).toBeUndefined();
  });

  it('creates a deployment with its municipalities after the overlap check sees what is covered; a refused check writes nothing', async () => {
    const espoo = { authorityId: 'municipality-049', packId: terrace, packVersion: 1, serviceId: 'terrace-permit', respondWithinDays: 14, contactText: null, privacyNoticeUrl: null, privacyNoticeText: null, appealKind: null, appealTextJson: null };
    const seen: unknown[] = [];
    const id = await sameAnswer(deployments, pgDeployments, (r) => r.create(espoo, ['049'], (covered) => void seen.push(covered), audit('deployment.create.espoo')));
    expect(seen).toEqual([[], []]);
    expect(await sameAnswer(deployments, pgDeployments, (r) => r.municipalityCodes(id))).toEqual(['049']);
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'deployment.create.espoo' })]);
    const overlap = (covered: Array<{ code: string }>) => {
      if (covered.length > 0) throw new Error(`already deployed in ${covered.map((c) => c.code).sort().join(', ')}`);
    };
    await sameRefusal(deployments, pgDeployments, (r) => r.create({ ...espoo, authorityId: 'municipality-091' }, ['049', '091'], overlap, audit('deployment.create.overlap')), 'already deployed in 049, 091');
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, 'SELECT count(*) AS n FROM deployments')).toHaveLength(1);
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'deployment.create.espoo' })]);
    await sameAnswer(deployments, pgDeployments, (r) => r.withdraw(id, AT, audit('deployment.withdraw.espoo', id)));
  });

  it('changes a deployment\'s version and settings, and withdraws it from routing', async () => {
    await sameAnswer(deployments, pgDeployments, (r) => r.setVersion(helsinki, 3, audit('deployment.version', helsinki)));
    await sameAnswer(deployments, pgDeployments, (r) => r.updateSettings(helsinki, { contactText: 'Soita', respondWithinDays: null }, audit('deployment.settings', helsinki)));
    await sameAnswer(deployments, pgDeployments, (r) => r.updateSettings(helsinki, {}, audit('deployment.settings.none', helsinki)));
    expect(await sameAnswer(deployments, pgDeployments, (r) => r.byId(helsinki))).toMatchObject({ packVersion: 3, contactText: 'Soita', respondWithinDays: null, appealKind: null });
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'deployment.settings.none' })]);
    expect(await sameAnswer(routing, pgRouting, (r) => r.deployedPackVersion('street-terraces', 3, 'terrace-permit'))).toBe(terrace);
    await sameAnswer(deployments, pgDeployments, (r) => r.withdraw(helsinki, AT, audit('deployment.withdraw', helsinki)));
    expect(await sameAnswer(deployments, pgDeployments, (r) => r.byId(helsinki))).toMatchObject({ active: false, withdrawnAt: AT });
    expect(await sameAnswer(routing, pgRouting, (r) => r.offering('091'))).toEqual([]);
    expect(await sameAnswer(routing, pgRouting, (r) => r.responsibleForService(terrace, 'terrace-permit', '091'))).toBeUndefined();
  });

  // Last: PostgreSQL only, so its data part from SQLite's here.
  it('numbers two publications of one pack made at once one after the other on PostgreSQL', async () => {
    const publish = (changelog: string) => pgPacks.publish(fireworks, version(changelog), { answerReview: false }, (v) => audit(`pack.publish.${v}`, fireworks));
    expect((await Promise.all([publish('A'), publish('B')])).sort()).toEqual([2, 3]);
    expect((await pgPacks.versions(fireworks)).map((v) => v.version)).toEqual([1, 2, 3]);
  });
});
