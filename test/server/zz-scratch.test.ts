import { it } from 'vitest';
import { ApiClient, startTestServer } from '../support/server';
it('prints', async () => {
  const server = await startTestServer();
  const c = new ApiClient(server.url);
  await c.post('/api/customer/code', { email: 'x@example.fi', lang: 'fi' });
  const mail = (await server.outbox()).filter((m) => m.kind === 'sign_in_code').pop()!;
  const code = /\b(\d{6,8})\b/.exec(server.mail(mail).body)![1];
  console.log((await c.post('/api/customer/session', { email: 'x@example.fi', code })).status);
  const res = await c.post<{ id: number; permits: Array<{ id: number; service: { name: string }; missing: unknown[]; state: string }> }>('/api/my/projects?lang=fi', {
    name: 'P', municipality: '091', packSlug: 'event-organising', data: {}, contact: { name: 'A' }, consent: true, services: ['public-event-police', 'temporary-food-sales'], lang: 'fi' });
  console.log('CREATE', res.status, JSON.stringify(res.body).slice(0, 600));
  const got = await c.get<{ permits: Array<{ service: { name: string }; missing: unknown[]; state: string }> }>(`/api/my/projects/${res.body.id}?lang=fi`);
  console.log('GOT', JSON.stringify(got.body.permits.map((p) => [p.service.name, p.state, p.missing.length])));
  await server.close();
}, 300_000);
