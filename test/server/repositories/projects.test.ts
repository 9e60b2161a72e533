/** Customers' projects give the same answers on SQLite and on PostgreSQL. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectOwner } from '../../../permissions/acting-for';
import type { Promised } from '../../../server/db/promised';
import { inTransaction } from '../../../server/db/postgres/transaction';
import { createPgProjectRepository } from '../../../server/projects/pg-project-repository';
import type { NewProject, ProjectRepository } from '../../../server/projects/project-repository';
import { POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';
import { sameAnswer, sameRefusal } from '../../support/same-answers';
import { publishedPack } from '../fixtures';
import { terracePack } from '../terrace-pack';

const HELSINKI = 'municipality-091';
const AT = '2026-12-07T10:00:00.000Z';
const LATER = '2026-12-07T11:00:00.000Z';
const maija: ProjectOwner = { kind: 'email', email: 'maija@example.fi' };
const company: ProjectOwner = { kind: 'company', businessId: '1234567-8' };

describe.skipIf(!POSTGRES_AVAILABLE)('projects on both databases', () => {
  let projects: ProjectRepository;
  let pgProjects: Promised<ProjectRepository>;
  let terrace: number;
  let deployment: number;
  let submissions: number[];

  const newProject = (owner: ProjectOwner, name: string, at: string): NewProject => ({
    owner, companyName: owner.kind === 'company' ? 'Oy Ab' : null, createdByPersonKey: owner.kind === 'company' ? 'pk-1' : null, contactEmail: 'yhteys@example.fi',
    name, municipalityCode: '091', packId: terrace, packSlug: 'street-terraces', packVersion: 1, dataJson: '{"site":"Esplanadi"}',
    contactName: 'Maija', contactPhone: null, consent: owner.kind === 'email', at,
  });
  const permit = (key: string) => ({ deploymentId: deployment, serviceId: 'terrace-permit', idempotencyKey: key });

  const both = useBothDatabases('projects', async ({ ctx }) => {
    const terrace = await publishedPack(ctx, terracePack);
    const deployment = await ctx.repos.deployments.create(
      { authorityId: HELSINKI, packId: terrace, packVersion: 1, serviceId: 'terrace-permit', respondWithinDays: 21, contactText: null, privacyNoticeUrl: null, privacyNoticeText: null, appealKind: null, appealTextJson: null },
      ['091'], () => undefined, { at: AT, actor: { kind: 'system' }, action: 'deployment.create', targetType: 'deployment' },
    );
    const submissions = [1, 2].map((n) =>
      Number(
        ctx.sqlite
          .prepare(
            `INSERT INTO submissions (reference, deployment_id, authority_id, pack_id, pack_version, service_id, municipality_code, data_json,
               contact_name, contact_email, lang, status, status_since, submitted_at, updated_at, idempotency_key)
             VALUES (?, ?, ?, ?, 1, 'terrace-permit', '091', '{}', 'Maija', 'maija@example.fi', 'fi', 'SUBMITTED', ?, ?, ?, ?)`,
          )
          .run(`KV-2026-00000${n}`, deployment, HELSINKI, terrace, AT, AT, AT, `send-${n}`).lastInsertRowid,
      ),
    );
    return { terrace, deployment, submissions };
  });
  beforeAll(() => {
    ({ terrace, deployment, submissions } = both.seeded);
    projects = both.sqlite.ctx.repos.projects;
    pgProjects = createPgProjectRepository(both.pool);
  });

  it('creates projects with their permits and reads them by owner', async () => {
    const first = await sameAnswer(projects, pgProjects, (r) => r.createProject(newProject(maija, 'Terassi', AT), [permit('p-1')]));
    const second = await sameAnswer(projects, pgProjects, (r) => r.createProject(newProject(maija, 'Toinen', LATER), []));
    const theirs = await sameAnswer(projects, pgProjects, (r) => r.createProject(newProject(company, 'Yhtiön', AT), [permit('p-2')]));
    expect(await sameAnswer(projects, pgProjects, (r) => r.project(first))).toMatchObject({ owner: maija, contactEmail: 'maija@example.fi', consent: true, consentAt: AT, version: 1 });
    expect(await sameAnswer(projects, pgProjects, (r) => r.project(theirs))).toMatchObject({ owner: company, companyName: 'Oy Ab', contactEmail: 'yhteys@example.fi', consent: false });
    expect(await sameAnswer(projects, pgProjects, (r) => r.project(999_999))).toBeUndefined();
    expect((await sameAnswer(projects, pgProjects, (r) => r.projectsOf(maija))).map((p) => p.id)).toEqual([second, first]);
    expect(await sameAnswer(projects, pgProjects, (r) => r.permitTalliesOf(maija))).toEqual([
      { projectId: first, submissionId: null, packId: null, packVersion: null, serviceId: 'terrace-permit', status: null, decided: false },
    ]);
    expect(await sameAnswer(projects, pgProjects, (r) => r.permitsOf(first))).toEqual([expect.objectContaining({ idempotencyKey: 'p-1', authorityId: HELSINKI, sentDataJson: null, version: 1 })]);
    expect(await sameAnswer(projects, pgProjects, (r) => r.authorityNames(HELSINKI))).toMatchObject({ nameFi: expect.any(String) });
    expect(await sameAnswer(projects, pgProjects, (r) => r.municipalityNames('091'))).toMatchObject({ nameFi: 'Helsinki' });
    expect(await sameAnswer(projects, pgProjects, (r) => r.municipalityNames('999'))).toBeUndefined();
  });

  it('adds permits once per service, saves drafts at their version and removes drafts', async () => {
    const [first] = (await projects.projectsOf(maija)).slice(-1);
    expect(await sameAnswer(projects, pgProjects, (r) => r.addPermit(first.id, permit('p-3'), terrace, LATER))).toEqual({ ok: false, reason: 'duplicate' });
    const [draft] = await projects.permitsOf(first.id);
    expect(await sameAnswer(projects, pgProjects, (r) => r.saveDraft(draft.id, 1, '{"a":1}', LATER))).toEqual({ ok: true, version: 2 });
    expect(await sameAnswer(projects, pgProjects, (r) => r.saveDraft(draft.id, 1, '{"a":2}', LATER))).toEqual({ ok: false, reason: 'stale' });
    expect(await sameAnswer(projects, pgProjects, (r) => r.saveDraft(999_999, 1, '{}', LATER))).toEqual({ ok: false, reason: 'gone' });
    expect(await sameAnswer(projects, pgProjects, (r) => r.permit(first.id, draft.id))).toMatchObject({ draftJson: '{"a":1}', version: 2, updatedAt: LATER });
    expect(await sameAnswer(projects, pgProjects, (r) => r.project(first.id))).toMatchObject({ updatedAt: LATER });
    expect(await sameAnswer(projects, pgProjects, (r) => r.removeDraft(draft.id))).toBe('removed');
    expect(await sameAnswer(projects, pgProjects, (r) => r.removeDraft(draft.id))).toBe('gone');
    const added = await sameAnswer(projects, pgProjects, (r) => r.addPermit(first.id, permit('p-4'), terrace, LATER));
    expect(added).toMatchObject({ ok: true });
  });

  it('links a sent permit once, and then keeps its project', async () => {
    const [first] = (await projects.projectsOf(maija)).slice(-1);
    const [draft] = await projects.permitsOf(first.id);
    await sameAnswer(projects, pgProjects, (r) => r.linkSent(draft.id, submissions[0], '{"site":"Esplanadi"}', LATER));
    await sameRefusal(projects, pgProjects, (r) => r.linkSent(draft.id, submissions[1], '{}', LATER), `Permit ${draft.id} was sent already`);
    expect(await sameAnswer(projects, pgProjects, (r) => r.saveDraft(draft.id, 1, '{}', LATER))).toEqual({ ok: false, reason: 'sent' });
    expect(await sameAnswer(projects, pgProjects, (r) => r.removeDraft(draft.id))).toBe('sent');
    expect(await sameAnswer(projects, pgProjects, (r) => r.removeProject(first.id))).toBe('sent');
    expect(await sameAnswer(projects, pgProjects, (r) => r.permitTalliesOf(maija))).toEqual([
      { projectId: first.id, submissionId: submissions[0], packId: terrace, packVersion: 1, serviceId: 'terrace-permit', status: 'SUBMITTED', decided: false },
    ]);
    expect(await sameAnswer(projects, pgProjects, (r) => r.projectOfCase(submissions[0]))).toMatchObject({ permitId: draft.id, sentDataJson: '{"site":"Esplanadi"}', project: { id: first.id } });
    expect(await sameAnswer(projects, pgProjects, (r) => r.projectOfCase(submissions[1]))).toBeUndefined();
    await sameAnswer(projects, pgProjects, (r) => r.recordSentData(submissions[0], '{"site":"Kauppatori"}'));
    expect(await sameAnswer(projects, pgProjects, (r) => r.permit(first.id, draft.id))).toMatchObject({ sentDataJson: '{"site":"Kauppatori"}', submissionId: submissions[0] });
  });

  it('changes data at its version with an event, and removes an unsent project', async () => {
    const [theirs] = await projects.projectsOf(company);
    const change = { expectedVersion: 1, dataJson: '{"site":"Tori"}', name: 'Uusi nimi', contactName: 'Matti', contactPhone: '040', contactEmail: 'uusi@example.fi', fields: ['site', 'name'], at: LATER };
    expect(await sameAnswer(projects, pgProjects, (r) => r.changeData(theirs.id, change))).toEqual({ ok: true, version: 2 });
    expect(await sameAnswer(projects, pgProjects, (r) => r.changeData(theirs.id, change))).toEqual({ ok: false, reason: 'stale' });
    expect(await sameAnswer(projects, pgProjects, (r) => r.changeData(999_999, change))).toEqual({ ok: false, reason: 'gone' });
    expect(await sameAnswer(projects, pgProjects, (r) => r.changeData(theirs.id, { ...change, expectedVersion: 2, fields: [] }))).toEqual({ ok: true, version: 3 });
    expect(await sameAnswer(projects, pgProjects, (r) => r.project(theirs.id))).toMatchObject({ name: 'Uusi nimi', contactEmail: 'uusi@example.fi', version: 3 });
    expect(await sameAnswer(projects, pgProjects, (r) => r.eventsOf(theirs.id))).toEqual([expect.objectContaining({ kind: 'data_changed', version: 2, fields: ['site', 'name'], at: LATER })]);
    expect(await sameAnswer(projects, pgProjects, (r) => r.eventsOf(theirs.id, 2))).toEqual([]);
    expect(await sameAnswer(projects, pgProjects, (r) => r.removeProject(theirs.id))).toBe('removed');
    expect(await sameAnswer(projects, pgProjects, (r) => r.removeProject(theirs.id))).toBe('gone');
    expect(await sameAnswer(projects, pgProjects, (r) => r.projectsOf(company))).toEqual([]);
  });

  it('links a sent permit inside the send\'s transaction, and not when it rolls back', async () => {
    const [second] = await pgProjects.projectsOf(maija);
    const added = await pgProjects.addPermit(second.id, permit('p-5'), terrace, LATER);
    const permitId = added.ok ? added.permitId : 0;
    await expect(
      inTransaction(both.pool, async (client) => {
        await createPgProjectRepository(client).linkSent(permitId, submissions[1], '{}', LATER);
        throw new Error('the send failed later');
      }),
    ).rejects.toThrow('the send failed later');
    expect(await pgProjects.permit(second.id, permitId)).toMatchObject({ submissionId: null });
    expect(await pgProjects.projectOfCase(submissions[1])).toBeUndefined();
  });
});
