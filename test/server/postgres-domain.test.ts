/**
 * The app's own domain code on PostgreSQL: an app context whose repositories are PostgreSQL's
 * (server/db/postgres/pg-repositories.ts) deploys a service, takes a send with its retry, moves the
 * case through its workflow and finds it in the inbox, as it does on SQLite (the server itself on
 * PostgreSQL: postgres-server.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fireTransition } from '../../server/cases/fire-transition';
import { parseInboxFilters } from '../../server/cases/inbox-filters';
import { contextOn, type AppContext } from '../../server/context';
import { createPgRepositories } from '../../server/db/postgres/pg-repositories';
import { createDeployment } from '../../server/deployments/deployments';
import { submit } from '../../server/submissions/submit';
import type { FormPackContent } from '../../form-library/format/types';
import { POSTGRES_AVAILABLE, useBothDatabases } from '../support/both-databases';
import { publishedPack } from './fixtures';
import { terracePack } from './terrace-pack';

/** The terrace pack with one question, so that a send's answers are one line. */
function oneQuestionPack(): FormPackContent {
  const pack = structuredClone(terracePack);
  pack.slug = 'one-question-terraces';
  pack.services[0].form.pages = [{ ...pack.services[0].form.pages[0], elements: [pack.services[0].form.pages[0].elements[0]] }];
  return pack;
}

describe.skipIf(!POSTGRES_AVAILABLE)('the domain code on PostgreSQL', () => {
  const both = useBothDatabases('domain', ({ ctx }) => publishedPack(ctx, oneQuestionPack()));
  let ctx: AppContext;
  let packId: number;
  beforeAll(() => {
    packId = both.seeded;
    // The same configuration on the copied data: the domain code reaches the database through the repositories only.
    ctx = contextOn({ kind: 'postgres', pool: both.pool }, createPgRepositories(both.pool), both.sqlite.ctx.config);
  });

  it('deploys, takes a send and its retry once, moves the case and lists it in the inbox', async () => {
    expect(await ctx.repos.readiness.appliedMigrations()).toBeGreaterThan(0);
    const deploymentId = await createDeployment(ctx, { authorityId: 'municipality-091', packId, version: 1, serviceId: 'terrace-permit', municipalities: ['091'] }, { kind: 'system' });
    const input = {
      deploymentId, municipality: '091', data: { businessName: 'Kahvila Kaivopuisto' }, lang: 'fi' as const,
      contact: { name: 'Aino Virtanen', email: 'aino@example.fi' }, idempotencyKey: 'domain-on-postgres-1',
    };
    const first = await submit(ctx, input);
    expect(first.created).toBe(true);
    expect(first.receipt).toMatchObject({ reference: expect.stringMatching(/^KV-\d{4}-000001$/), status: 'SUBMITTED', authority: { id: 'municipality-091' } });
    expect(await submit(ctx, input)).toEqual({ created: false, receipt: first.receipt });
    // The SQLite file saw none of it.
    expect(both.sqlite.ctx.sqlite.prepare('SELECT count(*) AS n FROM submissions').get()).toEqual({ n: 0 });

    const handler = await ctx.repos.staff.create(
      { email: 'kasittelija@hel.example', name: 'Kaisa Käsittelijä', role: 'handler', authorityId: 'municipality-091', passwordHash: 'x', mustChangePassword: false },
      { at: new Date().toISOString(), actor: { kind: 'system' }, action: 'user.create', targetType: 'user' },
    );
    if (!handler) throw new Error('no handler');
    const row = await ctx.repos.cases.byId(first.receipt.id);
    if (!row) throw new Error('the case is not there');
    const service = (await ctx.repos.packs.publishedContent(packId, 1))?.services[0];
    if (!service) throw new Error('the pack is not there');
    const moved = await fireTransition(ctx, row, service, { event: 'RECEIVE', role: 'handler', actor: { kind: 'handler', userId: handler.id, email: handler.email } });
    expect(moved).toMatchObject({ from: 'SUBMITTED', status: 'RECEIVED' });
    expect((await ctx.repos.cases.byId(first.receipt.id))?.status).toBe('RECEIVED');
    expect((await ctx.repos.cases.history(first.receipt.id)).map((e) => e.kind)).toEqual(['submitted', 'status']);
    // A second press of the same step finds the case moved on: refused, nothing written.
    await expect(fireTransition(ctx, row, service, { event: 'RECEIVE', role: 'handler', actor: { kind: 'handler', userId: handler.id, email: handler.email } })).rejects.toMatchObject({ status: 409 });
    expect(await ctx.repos.cases.history(first.receipt.id)).toHaveLength(2);
    const parsed = parseInboxFilters({ q: 'Kaivopuisto' }, handler.id);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.fields));
    const inbox = await ctx.repos.inbox.page('municipality-091', handler.id, parsed.filters);
    expect(inbox.rows.map((r) => r.reference)).toEqual([first.receipt.reference]);
  });
});
