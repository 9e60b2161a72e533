/**
 * Assessments, attachment records, acting-for choices, API keys and the integration API's reads
 * give the same answers on SQLite and on PostgreSQL.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentRepository, ResultRow } from '../../../server/assessments/assessment-repository';
import { createPgAssessmentRepository } from '../../../server/assessments/pg-assessment-repository';
import type { AttachmentRepository } from '../../../server/attachments/attachment-repository';
import { createPgAttachmentRepository } from '../../../server/attachments/pg-attachment-repository';
import type { AuditRecord } from '../../../server/audit/audit-repository';
import type { Promised } from '../../../server/db/promised';
import { inTransaction } from '../../../server/db/postgres/transaction';
import type { ApiKeyRepository, NewApiKey } from '../../../server/integration/api-key-repository';
import type { IntegrationCaseRepository } from '../../../server/integration/integration-case-repository';
import { createPgApiKeyRepository } from '../../../server/integration/pg-api-key-repository';
import { createPgIntegrationCaseRepository } from '../../../server/integration/pg-integration-case-repository';
import type { ActingForRepository } from '../../../server/mandates/acting-for-repository';
import { createPgActingForRepository } from '../../../server/mandates/pg-acting-for-repository';
import { POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';
import { LAST_AUDIT, sameAnswer, sameRefusal, sameRows } from '../../support/same-answers';
import { publishedPack } from '../fixtures';
import { terracePack } from '../terrace-pack';

const HELSINKI = 'municipality-091';
const AT = '2026-12-07T10:00:00.000Z';
const audit = (action: string, targetId: string | number = 0): AuditRecord => ({ at: AT, actor: { kind: 'system' }, action, targetType: 'x', targetId });

describe.skipIf(!POSTGRES_AVAILABLE)('assessments, attachments, acting for, API keys and integration reads on both databases', () => {
  const both = useBothDatabases('assessments', async ({ ctx }) => {
    const terrace = await publishedPack(ctx, terracePack);
    const deployment = await ctx.repos.deployments.create(
      { authorityId: HELSINKI, packId: terrace, packVersion: 1, serviceId: 'terrace-permit', respondWithinDays: 21, contactText: null, privacyNoticeUrl: null, privacyNoticeText: null, appealKind: null, appealTextJson: null },
      ['091'], () => undefined, audit('deployment.create'),
    );
    // Cases as a send stores them: the row and its 'submitted' history row (the trigger sets change_seq).
    const cases = [1, 2, 3].map((n) => {
      const at = `2026-12-07T09:00:0${n}.000Z`;
      const id = Number(
        ctx.sqlite
          .prepare(
            `INSERT INTO submissions (reference, deployment_id, authority_id, pack_id, pack_version, service_id, municipality_code, data_json,
               contact_name, contact_email, lang, status, status_since, submitted_at, updated_at, idempotency_key)
             VALUES (?, ?, ?, ?, 1, 'terrace-permit', '091', '{}', 'Saara Virtanen', 'saara@example.fi', 'fi', 'SUBMITTED', ?, ?, ?, ?)`,
          )
          .run(`KV-2026-00000${n}`, deployment, HELSINKI, terrace, at, at, at, `feed-${n}`).lastInsertRowid,
      );
      ctx.sqlite.prepare(`INSERT INTO case_events (submission_id, at, kind, actor_kind, to_status, customer_visible) VALUES (?, ?, 'submitted', 'customer', 'SUBMITTED', 1)`).run(id, at);
      return id;
    });
    ctx.sqlite.prepare(`INSERT INTO decisions (submission_id, decided_at, file_id) VALUES (?, ?, 'decision-file')`).run(cases[0], AT);
    ctx.sqlite.prepare(`INSERT INTO sessions (id, kind, customer_email, expires_at) VALUES ('person-session', 'customer', NULL, '2099-01-01T00:00:00.000Z')`).run();
    const topic = ctx.sqlite.prepare<[], { id: string }>('SELECT id FROM topics ORDER BY id LIMIT 1').get()?.id ?? '';
    return { terrace, deployment, cases, topic };
  });
  let terrace: number;
  let deployment: number;
  let cases: number[];
  let topic: string;
  let assessments: AssessmentRepository;
  let pgAssessments: Promised<AssessmentRepository>;
  let attachments: AttachmentRepository;
  let pgAttachments: Promised<AttachmentRepository>;
  let actingFor: ActingForRepository;
  let pgActingFor: Promised<ActingForRepository>;
  let apiKeys: ApiKeyRepository;
  let pgApiKeys: Promised<ApiKeyRepository>;
  let feed: IntegrationCaseRepository;
  let pgFeed: Promised<IntegrationCaseRepository>;

  beforeAll(() => {
    ({ terrace, deployment, cases, topic } = both.seeded);
    ({ assessments, attachments, actingFor, apiKeys, integrationCases: feed } = both.sqlite.ctx.repos);
    const { pool } = both;
    pgAssessments = createPgAssessmentRepository(pool);
    pgAttachments = createPgAttachmentRepository(pool);
    pgActingFor = createPgActingForRepository(pool);
    pgApiKeys = createPgApiKeyRepository(pool);
    pgFeed = createPgIntegrationCaseRepository(pool);
  });

  it('reads what assessments build on alike', async () => {
    expect(await sameAnswer(assessments, pgAssessments, (r) => r.versionsOfSlug('street-terraces'))).toEqual([{ packId: terrace, slug: 'street-terraces', version: 1, retired: false }]);
    expect(await sameAnswer(assessments, pgAssessments, (r) => r.newestVersions())).toEqual([{ packId: terrace, slug: 'street-terraces', version: 1, retired: false }]);
    expect(await sameAnswer(assessments, pgAssessments, (r) => r.topicExists(topic))).toBe(true);
    expect(await sameAnswer(assessments, pgAssessments, (r) => r.topicExists('no-such-topic'))).toBe(false);
    expect(await sameAnswer(assessments, pgAssessments, (r) => r.packIdOfSlug('street-terraces'))).toBe(terrace);
    expect(await sameAnswer(assessments, pgAssessments, (r) => r.packIdOfSlug('none'))).toBeUndefined();
    expect(await sameAnswer(assessments, pgAssessments, (r) => r.versionNumbers(terrace))).toEqual([1]);
    expect(await sameAnswer(assessments, pgAssessments, (r) => r.responsible(terrace, 'terrace-permit', '091'))).toMatchObject({ deploymentId: deployment, authorityId: HELSINKI, respondWithinDays: 21 });
    expect(await sameAnswer(assessments, pgAssessments, (r) => r.responsible(terrace, 'terrace-permit', '049'))).toBeUndefined();
    expect(await sameAnswer(assessments, pgAssessments, (r) => r.authorityById(HELSINKI))).toMatchObject({ id: HELSINKI });
    expect(await sameAnswer(assessments, pgAssessments, (r) => r.authorityOfArea('091', 'rescue'))).toMatchObject({ id: expect.stringMatching(/^rescue-/) });
    expect(await sameAnswer(assessments, pgAssessments, (r) => r.nationalDeploying(terrace, 'terrace-permit'))).toBeUndefined();
    expect((await sameAnswer(assessments, pgAssessments, (r) => r.nationalAuthorities())).length).toBeGreaterThan(0);
  });

  it('keeps results and reads a customer\'s newest first', async () => {
    const result = (id: string, createdAt: string, customerEmail: string | null): ResultRow => ({
      id, packId: terrace, packVersion: 1, assessmentId: 'a1', municipalityCode: '091', answersJson: '{}', lang: 'fi', customerEmail, createdAt,
    });
    await sameAnswer(assessments, pgAssessments, (r) => r.saveResult(result('r1', '2026-12-07T10:00:00.000Z', 'maija@example.fi')));
    await sameAnswer(assessments, pgAssessments, (r) => r.saveResult(result('r2', '2026-12-07T11:00:00.000Z', 'maija@example.fi')));
    await sameAnswer(assessments, pgAssessments, (r) => r.saveResult(result('r3', '2026-12-07T12:00:00.000Z', null)));
    expect(await sameAnswer(assessments, pgAssessments, (r) => r.resultById('r3'))).toEqual(result('r3', '2026-12-07T12:00:00.000Z', null));
    expect((await sameAnswer(assessments, pgAssessments, (r) => r.resultsOf('maija@example.fi', 10))).map((r) => r.id)).toEqual(['r2', 'r1']);
    expect((await sameAnswer(assessments, pgAssessments, (r) => r.resultsOf('maija@example.fi', 1))).map((r) => r.id)).toEqual(['r2']);
    await sameRefusal(assessments, pgAssessments, (r) => r.saveResult(result('r1', AT, null)), /UNIQUE|duplicate key/);
  });

  it('records uploads, knows file ids and removes unclaimed ones', async () => {
    const upload = (id: string) => ({ id, name: `${id}.pdf`, mime: 'application/pdf', size: 1234, sha256: 'ab'.repeat(32) });
    await sameAnswer(attachments, pgAttachments, (r) => r.insert(upload('old-b'), '2026-12-01T00:00:00.000Z'));
    await sameAnswer(attachments, pgAttachments, (r) => r.insert(upload('old-a'), '2026-12-01T00:00:00.000Z'));
    await sameAnswer(attachments, pgAttachments, (r) => r.insert(upload('new'), AT));
    expect(await sameAnswer(attachments, pgAttachments, (r) => r.byId('new'))).toEqual({ ...upload('new'), submissionId: null });
    expect(await sameAnswer(attachments, pgAttachments, (r) => r.byId('none'))).toBeUndefined();
    await sameRows(both.sqlite.ctx.sqlite, both.pool, `UPDATE attachments SET submission_id = ${cases[0]} WHERE id = 'old-b' RETURNING id`);
    expect((await sameAnswer(attachments, pgAttachments, (r) => r.ofSubmission(cases[0]))).map((a) => a.id)).toEqual(['old-b']);
    expect(await sameAnswer(attachments, pgAttachments, (r) => r.knownFileIds(['new', 'decision-file', 'nothing']))).toEqual(new Set(['new', 'decision-file']));
    expect(await sameAnswer(attachments, pgAttachments, (r) => r.knownFileIds([]))).toEqual(new Set());
    expect(await sameAnswer(attachments, pgAttachments, async (r) => (await r.removeUnclaimed('2026-12-05T00:00:00.000Z')).sort())).toEqual(['old-a']);
    expect(await sameAnswer(attachments, pgAttachments, (r) => r.byId('old-a'))).toBeUndefined();
  });

  it('keeps, replaces and clears a session\'s acting-for choice', async () => {
    expect(await sameAnswer(actingFor, pgActingFor, (r) => r.of('person-session'))).toBeUndefined();
    await sameAnswer(actingFor, pgActingFor, (r) => r.choose('person-session', { businessId: '1234567-8', name: 'Oy Ab', chosenAt: AT }));
    await sameAnswer(actingFor, pgActingFor, (r) => r.choose('person-session', { businessId: '7654321-0', name: 'Toinen Oy', chosenAt: AT }));
    expect(await sameAnswer(actingFor, pgActingFor, (r) => r.of('person-session'))).toEqual({ businessId: '7654321-0', name: 'Toinen Oy', chosenAt: AT });
    await sameAnswer(actingFor, pgActingFor, (r) => r.clear('person-session'));
    expect(await sameAnswer(actingFor, pgActingFor, (r) => r.of('person-session'))).toBeUndefined();
  });

  it('keeps API keys, revokes them once and notes their use', async () => {
    const key = (id: string, createdAt: string): NewApiKey => ({
      id, authorityId: HELSINKI, name: `Avain ${id}`, secretHash: 'cd'.repeat(32), scopes: ['cases:read'], ipAllowList: id === 'k1' ? ['10.0.0.0/8'] : null, expiresAt: null, createdBy: null, createdAt,
    });
    await sameAnswer(apiKeys, pgApiKeys, (r) => r.create(key('k1', '2026-12-07T08:00:00.000Z'), audit('apikey.create', 'k1')));
    await sameAnswer(apiKeys, pgApiKeys, (r) => r.create(key('k2', '2026-12-07T09:00:00.000Z'), audit('apikey.create', 'k2')));
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'apikey.create', targetId: 'k2' })]);
    await sameRefusal(apiKeys, pgApiKeys, (r) => r.create(key('k1', AT), audit('apikey.create.again')), /UNIQUE|duplicate key/);
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ targetId: 'k2' })]);
    expect((await sameAnswer(apiKeys, pgApiKeys, (r) => r.list(HELSINKI))).map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(await sameAnswer(apiKeys, pgApiKeys, (r) => r.byId('k1'))).toMatchObject({ scopes: ['cases:read'], ipAllowList: ['10.0.0.0/8'], revokedAt: null });
    expect(await sameAnswer(apiKeys, pgApiKeys, (r) => r.revoke('k1', 'municipality-049', AT, audit('apikey.revoke.other')))).toBe(false);
    expect(await sameAnswer(apiKeys, pgApiKeys, (r) => r.revoke('k1', HELSINKI, AT, audit('apikey.revoke')))).toBe(true);
    expect(await sameAnswer(apiKeys, pgApiKeys, (r) => r.revoke('k1', HELSINKI, AT, audit('apikey.revoke.again')))).toBe(false);
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'apikey.revoke' })]);
    await sameAnswer(apiKeys, pgApiKeys, (r) => r.recordUse('k2', AT, audit('cases.read', 'k2')));
    expect(await sameAnswer(apiKeys, pgApiKeys, (r) => r.byId('k2'))).toMatchObject({ lastUsedAt: AT });
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'cases.read' })]);
  });

  it('reads the case feed and keeps the first acknowledgement', async () => {
    const changed = await sameAnswer(feed, pgFeed, (r) => r.changedAfter(HELSINKI, 0, 2));
    expect(changed.map((c) => c.id)).toEqual(cases.slice(0, 2));
    expect(changed[0]).toMatchObject({ packSlug: 'street-terraces', changeKind: 'submitted', changeBy: 'customer', status: 'SUBMITTED' });
    expect((await sameAnswer(feed, pgFeed, (r) => r.changedAfter(HELSINKI, changed[1].changeSeq, 10))).map((c) => c.id)).toEqual([cases[2]]);
    expect(await sameAnswer(feed, pgFeed, (r) => r.changedAfter('municipality-049', 0, 10))).toEqual([]);
    expect(await sameAnswer(feed, pgFeed, (r) => r.lastChange(cases[0]))).toEqual({ kind: 'submitted', at: '2026-12-07T09:00:01.000Z', by: 'customer' });
    expect(await sameAnswer(feed, pgFeed, (r) => r.lastChange(999_999))).toBeUndefined();
    expect(await sameAnswer(feed, pgFeed, (r) => r.packSlug(terrace))).toBe('street-terraces');
    expect(await sameAnswer(feed, pgFeed, (r) => r.caseManagementRef(cases[0]))).toBeUndefined();
    const first = { caseManagementId: 'ASIA-1', acknowledgedAt: AT };
    expect(await sameAnswer(feed, pgFeed, (r) => r.acknowledge(cases[0], first, 'k2', audit('case.ack', cases[0])))).toEqual({ ref: first, created: true });
    expect(await sameAnswer(feed, pgFeed, (r) => r.acknowledge(cases[0], { caseManagementId: 'ASIA-2', acknowledgedAt: AT }, 'k2', audit('case.ack.again')))).toEqual({ ref: first, created: false });
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'case.ack' })]);
    expect(await sameAnswer(feed, pgFeed, (r) => r.caseManagementRef(cases[0]))).toEqual(first);
  });

  it('writes inside the caller\'s transaction and rolls back with it', async () => {
    await expect(
      inTransaction(both.pool, async (client) => {
        await createPgApiKeyRepository(client).recordUse('k2', '2026-12-08T00:00:00.000Z', audit('cases.read.rolled-back'));
        throw new Error('refused later in the unit of work');
      }),
    ).rejects.toThrow('refused later');
    expect(await pgApiKeys.byId('k2')).toMatchObject({ lastUsedAt: AT });
    expect((await both.pool.query(LAST_AUDIT)).rows[0]).toMatchObject({ action: 'case.ack' });
  });
});
