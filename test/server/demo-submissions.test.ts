/**
 * The demo inbox `npm start` seeds: example submissions sent through the real send path to the
 * right authorities, moved only along their workflows, and each handler sees only their own.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormData } from '../../form-library/format/types';
import { validateSubmission } from '../../form-library/validation/validate-submission';
import { startServer, type RunningServer } from '../../server/app';
import { completeSqliteConfig, configFromEnv } from '../../server/config';
import { createAppContext, sqliteContext, type SqliteAppContext } from '../../server/context';
import { openDatabase } from '../../server/db/connection';
import { submissionById } from '../../server/cases/submission-row';
import { DEMO_PASSWORD, seedDemo } from '../../server/seed/demo';
import { DEMO_CUSTOMER, demoCases } from '../../server/seed/demo-case-plan';
import { seedDemoSubmissions } from '../../server/seed/demo-submissions';
import { seedDemoProject } from '../../server/seed/demo-project';
import { myProject, myProjects } from '../../server/projects/project-view';
import type { CaseDetail } from '../../api-contract';
import { seedReference } from '../../server/seed/reference';
import { pinnedService } from '../../server/submissions/pinned-service';
import { ApiClient } from '../support/server';

let dir: string;
let server: RunningServer;
let ctx: SqliteAppContext;
const rows = (sql: string, ...params: unknown[]) => ctx.sqlite.prepare(sql).all(...params) as Array<Record<string, unknown>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kevyt-demo-inbox-'));
  const dbPath = join(dir, 'kevyt.db');
  const filesDir = join(dir, 'files');
  mkdirSync(filesDir);
  const { sqlite, db } = openDatabase(dbPath);
  const seedCtx = createAppContext({ sqlite, db, config: completeSqliteConfig({ ...configFromEnv(), databasePath: dbPath, filesDir }, sqlite), now: () => new Date() });
  await seedReference(seedCtx);
  await seedDemo(seedCtx);
  const sent = await seedDemoSubmissions(seedCtx, (m) => {
    throw new Error(m);
  });
  expect(sent).toBe(demoCases().length);
  expect(await seedDemoProject(seedCtx, (m) => {
    throw new Error(m);
  })).toBe(true);
  sqlite.close();
  server = await startServer({ dbPath, filesDir, port: 0, host: '127.0.0.1', smtpUrl: null, seed: false, config: { cookieSecure: false } });
  ctx = sqliteContext(server.ctx);
}, 180_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo inbox', () => {
  it('routes 8–20 submissions to each Helsinki authority and a few to Espoo, with real references', () => {
    const perAuthority = Object.fromEntries(
      rows('SELECT authority_id AS a, count(*) AS n FROM submissions GROUP BY authority_id').map((r) => [r.a, r.n]),
    );
    for (const id of ['municipality-091', 'rescue-helsinki', 'police-helsinki']) {
      expect(perAuthority[id], id).toBeGreaterThanOrEqual(8);
      expect(perAuthority[id], id).toBeLessThanOrEqual(20);
    }
    expect(perAuthority['municipality-049']).toBeGreaterThanOrEqual(2);
    expect(Object.keys(perAuthority).sort()).toEqual(['municipality-049', 'municipality-091', 'police-helsinki', 'rescue-helsinki']);
    for (const r of rows('SELECT reference, municipality_code AS m, authority_id AS a FROM submissions')) {
      expect(r.reference).toMatch(/^KV-\d{4}-\d{6}$/);
      expect(r.m).toBe(r.a === 'municipality-049' ? '049' : '091');
    }
  });

  it('keeps valid answers, spread over the last weeks in received order, each with its receipt and the authority alert', async () => {
    const subs = rows('SELECT id, submitted_at AS at FROM submissions ORDER BY id');
    const times = subs.map((s) => String(s.at));
    expect(times).toEqual([...times].sort());
    expect(Date.now() - Date.parse(times[0])).toBeGreaterThan(14 * 24 * 3600_000);
    expect(Date.parse(times[times.length - 1])).toBeLessThan(Date.now());
    for (const { id } of subs) {
      const sub = await submissionById(ctx, Number(id));
      if (!sub) throw new Error('missing');
      const service = await pinnedService(ctx, sub.packId, sub.packVersion, sub.serviceId);
      if (!service) throw new Error('missing service');
      const result = validateSubmission(service.form, JSON.parse(sub.dataJson) as FormData, sub.lang);
      expect(result.ok, `${sub.reference} ${JSON.stringify(result.ok ? [] : result.errors)}`).toBe(true);
      const kinds = rows('SELECT kind FROM outbox WHERE submission_id = ?', sub.id).map((r) => r.kind);
      expect(kinds).toEqual(expect.arrayContaining(['new_submission', 'receipt']));
    }
  });

  it('reaches every status only along its workflow, with received, in-handling, supplemented, decided and closed cases', async () => {
    const seen = new Set<string>();
    for (const sub of rows('SELECT id, status, pack_id AS packId, pack_version AS v, service_id AS serviceId FROM submissions')) {
      const service = await pinnedService(ctx, Number(sub.packId), Number(sub.v), String(sub.serviceId));
      if (!service) throw new Error('missing service');
      const events = rows("SELECT kind, event, from_status AS f, to_status AS t FROM case_events WHERE submission_id = ? AND kind IN ('submitted', 'status') ORDER BY id", sub.id);
      let status = String(events[0].t);
      expect(events[0].kind).toBe('submitted');
      for (const e of events.slice(1)) {
        expect(e.f).toBe(status);
        const transition = service.workflow.transitions.find((t) => t.event === e.event && t.from.includes(status));
        expect(transition?.to, `${service.id}: ${status} --${String(e.event)}-->`).toBe(e.t);
        status = String(e.t);
      }
      expect(sub.status).toBe(status);
      seen.add(status);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['SUBMITTED', 'RECEIVED', 'IN_PROCESSING', 'INFO_REQUESTED', 'DECIDED', 'CLOSED', 'ACKNOWLEDGED']));
    const kinds = rows('SELECT DISTINCT kind FROM case_events').map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['note', 'message', 'supplement', 'assignment']));
  });

  it('gives the demo customer several submissions of their own, one waiting for their supplement', () => {
    const own = rows('SELECT status FROM submissions WHERE contact_email = ?', DEMO_CUSTOMER.email).map((r) => r.status);
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(own).toContain('INFO_REQUESTED');
  });

  it('gives the rescue department’s public event notification a measured processing-time estimate; other services show a target', async () => {
    const client = new ApiClient(server.url);
    const offering = await client.get<{ services: Array<{ deploymentId: number; serviceId: string; authority: { id: string } }> }>('/api/offering?municipality=091&lang=fi');
    const deploymentOf = (serviceId: string) => offering.body.services.find((s) => s.serviceId === serviceId)?.deploymentId;
    type Estimate = { kind: string; medianDays?: number; p80Days?: number; cases?: number } | null;
    const estimateOf = async (serviceId: string) => (await client.get<{ estimate: Estimate }>(`/api/deployments/${deploymentOf(serviceId)}/form?lang=fi`)).body.estimate;
    const decided = rows("SELECT count(*) AS n FROM submissions WHERE authority_id = 'rescue-helsinki' AND status = 'ACKNOWLEDGED'")[0].n;
    expect(await estimateOf('public-event-rescue')).toEqual({ kind: 'measured', medianDays: expect.any(Number), p80Days: expect.any(Number), cases: decided });
    expect(Number(decided)).toBeGreaterThanOrEqual(10);
    expect((await estimateOf('public-area-use'))?.kind).toBe('target');
  });

  it('shows the Helsinki handler their cases in the desk and the Espoo handler none of Helsinki’s', async () => {
    const helsinki = new ApiClient(server.url);
    await helsinki.loginStaff('handler.helsinki@kevyt.example', DEMO_PASSWORD);
    const inbox = await helsinki.get<{ items: Array<{ reference: string }> }>('/api/inbox?lang=fi');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.length).toBe(rows("SELECT id FROM submissions WHERE authority_id = 'municipality-091'").length);

    const espoo = new ApiClient(server.url);
    await espoo.loginStaff('handler.espoo@kevyt.example', DEMO_PASSWORD);
    const theirs = await espoo.get<{ items: Array<{ reference: string }> }>('/api/inbox?lang=fi');
    expect(theirs.status).toBe(200);
    const espooRefs = rows("SELECT reference FROM submissions WHERE authority_id = 'municipality-049'").map((r) => r.reference);
    expect(theirs.body.items.map((i) => i.reference).sort()).toEqual(espooRefs.sort());
    const helsinkiRefs = new Set(inbox.body.items.map((i) => i.reference));
    expect(theirs.body.items.some((i) => helsinkiRefs.has(i.reference))).toBe(false);
  });

  it('gives the demo customer one project in progress in Helsinki: two permits sent to their own authorities, two drafts', async () => {
    const repo = ctx.repos.projects;
    const projects = await myProjects(ctx, repo, { kind: 'email', email: DEMO_CUSTOMER.email }, 'fi');
    expect(projects).toEqual([expect.objectContaining({ name: 'Kallion kesäkonsertti', municipality: { code: '091', name: 'Helsinki' }, permits: expect.objectContaining({ drafts: 2, sent: 2 }) })]);
    const record = await repo.project(projects[0].id);
    if (!record) throw new Error('no demo project');
    const project = await myProject(ctx, repo, record, 'fi');
    expect(project.permits.filter((p) => p.state === 'sent').map((p) => p.authority.id).sort()).toEqual(['police-helsinki', 'rescue-helsinki']);
    const drafts = project.permits.filter((p) => p.state === 'draft');
    expect(drafts.map((p) => p.service.id).sort()).toEqual(['event-noise', 'temporary-food-sales']);
    expect(drafts.find((p) => p.service.id === 'event-noise')?.missing).toEqual([]);
    expect(drafts.find((p) => p.service.id === 'temporary-food-sales')?.missing.length).toBeGreaterThan(0);
    // The police handler sees the project's other permits: the customer consented.
    const police = new ApiClient(server.url);
    await police.loginStaff('handler.police-helsinki@kevyt.example', DEMO_PASSWORD);
    const policeCase = project.permits.find((p) => p.authority.id === 'police-helsinki')?.submission?.id;
    const view = (await police.get<CaseDetail>(`/api/cases/${policeCase}`)).body;
    expect(view.project?.permits?.map((p) => p.service).length).toBe(3);
    expect(view.project?.data).toContainEqual({ label: 'Tapahtuma: Tapahtuman nimi', value: 'Kallion kesäkonsertti' });
  });
});
