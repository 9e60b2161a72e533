import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyPacks } from '../../form-library/library/index';
import { seedDemo, DEMO_STAFF, DEMO_MUNICIPALITIES } from '../../server/seed/demo';
import { seedReference } from '../../server/seed/reference';
import { referenceContext, type TestContext } from './fixtures';

let t: TestContext;
const count = (sql: string) => (t.ctx.sqlite.prepare(sql).get() as { n: number }).n;

beforeAll(async () => {
  t = referenceContext();
  await seedDemo(t.ctx, (m) => {
    throw new Error(m);
  });
});
afterAll(() => t.close());

describe('demo seed', () => {
  it('publishes every ready pack as version 1', () => {
    expect(count('SELECT count(*) AS n FROM pack_versions WHERE version = 1')).toBe(readyPacks.length);
  });

  it('deploys each rescue and police service by every department for its whole area, municipal services by the demo municipalities', () => {
    for (const pack of readyPacks) {
      for (const service of pack.services) {
        const n = (t.ctx.sqlite.prepare('SELECT count(*) AS n FROM deployments WHERE service_id = ?').get(service.id) as { n: number }).n;
        if (service.authorityKind === 'rescue') expect(n, service.id).toBe(21);
        if (service.authorityKind === 'police') expect(n, service.id).toBe(12);
        if (service.authorityKind === 'wellbeing') expect(n, service.id).toBe(22);
        if (service.authorityKind === 'municipality') expect(n, service.id).toBe(DEMO_MUNICIPALITIES.length);
      }
    }
    // Whole areas: the rescue deployments together cover the 292 mainland municipalities.
    const rescueService = readyPacks.flatMap((p) => p.services).find((s) => s.authorityKind === 'rescue');
    if (rescueService)
      expect((t.ctx.sqlite.prepare('SELECT count(DISTINCT municipality_code) AS n FROM deployment_municipalities WHERE service_id = ?').get(rescueService.id) as { n: number }).n).toBe(292);
  });

  it('creates the documented staff accounts and records the publications in the audit log', () => {
    expect(count('SELECT count(*) AS n FROM users')).toBe(DEMO_STAFF.length);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'pack.publish'")).toBe(readyPacks.length);
  });

  it('does nothing the second time', async () => {
    const before = [count('SELECT count(*) AS n FROM deployments'), count('SELECT count(*) AS n FROM users'), count('SELECT count(*) AS n FROM municipalities')];
    await seedReference(t.ctx);
    await seedDemo(t.ctx);
    expect([count('SELECT count(*) AS n FROM deployments'), count('SELECT count(*) AS n FROM users'), count('SELECT count(*) AS n FROM municipalities')]).toEqual(before);
  });
});
