import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import authorityData from '../../reference-data/authorities.json';
import municipalityData from '../../reference-data/municipalities.json';
import { publishedPack, referenceContext, singleServicePack, type TestContext } from '../../test/server/fixtures';
import { createDeployment } from '../deployments/deployments';
import { HttpError } from '../http/errors';
import { findOverlaps, offering, responsibleDeployment, responsibleForService } from './routing';

const system = { kind: 'system' } as const;
const ALAND_REGION = '21';

describe('routing over every real municipality', () => {
  let t: TestContext;
  let rescuePackId: number;
  let policePackId: number;
  const deploymentOf = new Map<string, number>();

  beforeAll(async () => {
    t = referenceContext();
    rescuePackId = await publishedPack(t.ctx, singleServicePack('fireworks', 'fireworks-notice', 'rescue'));
    policePackId = await publishedPack(t.ctx, singleServicePack('assemblies', 'public-event-notice', 'police'));
    for (const a of authorityData) {
      if (a.type === 'rescue')
        deploymentOf.set(a.id, await createDeployment(t.ctx, { authorityId: a.id, packId: rescuePackId, version: 1, serviceId: 'fireworks-notice' }, system));
      if (a.type === 'police')
        deploymentOf.set(a.id, await createDeployment(t.ctx, { authorityId: a.id, packId: policePackId, version: 1, serviceId: 'public-event-notice' }, system));
    }
  });
  afterAll(() => t.close());

  it('has all 308 municipalities to route', () => {
    expect(municipalityData).toHaveLength(308);
  });

  for (const kind of ['rescue', 'police'] as const) {
    it(`sends a ${kind} service from each municipality to exactly the one department whose area holds it`, async () => {
      const serviceId = kind === 'rescue' ? 'fireworks-notice' : 'public-event-notice';
      const departments = authorityData.filter((a) => a.type === kind);
      let routed = 0;
      for (const m of municipalityData) {
        const holders = departments.filter((d) => d.municipalities.includes(m.code));
        const offered = (await offering(t.ctx, m.code, { lang: 'fi' }))?.services.filter((s) => s.serviceId === serviceId) ?? [];
        if (kind === 'rescue' && m.region.code === ALAND_REGION) {
          // Åland organises rescue services under its own law: no department, nothing offered.
          expect(holders).toHaveLength(0);
          expect(offered).toHaveLength(0);
          continue;
        }
        expect(holders, m.code).toHaveLength(1);
        expect(offered.map((s) => s.authority.id), `${m.code} ${m.fi}`).toEqual([holders[0].id]);
        expect((await responsibleDeployment(t.ctx, offered[0].deploymentId, m.code))?.authorityId).toBe(holders[0].id);
        // Any other department's deployment is not responsible here.
        for (const other of departments.filter((d) => d.id !== holders[0].id).slice(0, 3))
          expect(await responsibleDeployment(t.ctx, deploymentOf.get(other.id) ?? 0, m.code)).toBeNull();
        routed += 1;
      }
      expect(routed).toBe(kind === 'rescue' ? 292 : 308);
    });
  }

  it('routes Espoo to Länsi-Uusimaa, Porvoo to Itä-Uusimaa and Turku to Varsinais-Suomi', async () => {
    expect((await responsibleForService(t.ctx, rescuePackId, 'fireworks-notice', '049'))?.authorityId).toBe('rescue-lansi-uusimaa');
    expect((await responsibleForService(t.ctx, rescuePackId, 'fireworks-notice', '638'))?.authorityId).toBe('rescue-ita-uusimaa');
    expect((await responsibleForService(t.ctx, rescuePackId, 'fireworks-notice', '853'))?.authorityId).toBe('rescue-varsinais-suomi');
    expect((await responsibleForService(t.ctx, policePackId, 'public-event-notice', '478'))?.authorityId).toBe('police-ahvenanmaa');
  });

  it('names the department that already serves a municipality when a deployment would overlap', async () => {
    const overlaps = await findOverlaps(t.ctx, { packId: rescuePackId, serviceId: 'fireworks-notice', municipalities: ['091', '049', '078'] });
    expect(overlaps.map((o) => [o.authority.id, o.municipalities])).toEqual(
      expect.arrayContaining([
        ['rescue-helsinki', ['091']],
        ['rescue-lansi-uusimaa', ['049', '078']],
      ]),
    );
    expect(overlaps).toHaveLength(2);
  });

  it('refuses a second deployment of the same service in the same area with 409 overlap', async () => {
    try {
      await createDeployment(t.ctx, { authorityId: 'rescue-helsinki', packId: rescuePackId, version: 1, serviceId: 'fireworks-notice' }, system);
      expect.unreachable('the overlap was not refused');
    } catch (err) {
      expect(err).toBeInstanceOf(HttpError);
      const e = err as HttpError;
      expect(e.status).toBe(409);
      expect(e.code).toBe('overlap');
      expect(e.message).toContain('Helsingin kaupungin pelastuslaitos');
      expect(e.message).toContain('091');
    }
  });

  it('answers null for an unknown municipality and for a deployment that does not cover it', async () => {
    expect(await offering(t.ctx, '999', { lang: 'fi' })).toBeNull();
    expect(await responsibleDeployment(t.ctx, deploymentOf.get('rescue-helsinki') ?? 0, '049')).toBeNull();
  });

  it('filters the offering by topic and speaks the chosen language', async () => {
    const helsinki = await offering(t.ctx, '091', { lang: 'sv', topic: 'business' });
    expect(helsinki?.municipality).toEqual({ code: '091', fi: 'Helsinki', sv: 'Helsingfors', web: 'https://www.hel.fi' });
    expect(helsinki?.services.map((s) => s.authority.name).sort()).toEqual(['Helsingfors stads räddningsverk', 'Polisinrättningen i Helsingfors']);
    expect((await offering(t.ctx, '091', { lang: 'fi', topic: 'health' }))?.services).toEqual([]);
  });
});
