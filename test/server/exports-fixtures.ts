/**
 * Fixtures for the desk's API and browser tests: a real customer submission to Helsinki's
 * public-area-use service (an application with the basic workflow), made through the API with
 * the ready pack's example answers and freshly uploaded PDF attachments.
 */
import PDFDocument from 'pdfkit';
import { readyPackExamples } from '../../form-library/library/index';
import type { ApiClient } from '../support/server';

export const HANDLER_HELSINKI = 'handler.helsinki@kevyt.example';
export const ADMIN_HELSINKI = 'admin.helsinki@kevyt.example';
export const HANDLER_ESPOO = 'handler.espoo@kevyt.example';
export const DEMO_PASSWORD = 'kevyt-demo-2026';
export const SERVICE_ID = 'public-area-use';

/** A small real PDF, so the server's content sniffing accepts it. */
export function samplePdf(title: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text(title);
  doc.end();
  return done;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function withUploadedAttachments(client: ApiClient, value: unknown): Promise<unknown> {
  if (typeof value === 'string' && UUID.test(value)) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await samplePdf('Liite'))], { type: 'application/pdf' }), 'liite.pdf');
    const res = await client.request<{ id: string }>('POST', '/api/attachments', { raw: form });
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }
  if (Array.isArray(value)) return Promise.all(value.map((v) => withUploadedAttachments(client, v)));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await withUploadedAttachments(client, v);
    return out;
  }
  return value;
}

export interface Submitted {
  id: number;
  reference: string;
  data: Record<string, unknown>;
}

/**
 * Sends the public-area-use application for `municipality` as the customer `email`. With
 * `streetClosure: false` no streets close, so the traffic plan (a required attachment shown only
 * when they do) is hidden; the answer given before is still sent, as a browser draft would keep it.
 */
export async function submitPublicAreaUse(client: ApiClient, opts: { municipality?: string; email: string; name: string; eventName?: string; streetClosure?: boolean }): Promise<Submitted> {
  const municipality = opts.municipality ?? '091';
  const offering = await client.get<{ services: Array<{ deploymentId: number; serviceId: string }> }>(`/api/offering?municipality=${municipality}&lang=fi`);
  const service = offering.body.services.find((s) => s.serviceId === SERVICE_ID);
  if (!service) throw new Error(`${SERVICE_ID} is not offered in ${municipality}: ${JSON.stringify(offering.body)}`);
  const example = structuredClone(readyPackExamples[SERVICE_ID]);
  if (opts.eventName) (example.event as Record<string, unknown>).eventName = opts.eventName;
  if (opts.streetClosure !== undefined) example.streetClosure = opts.streetClosure;
  const data = (await withUploadedAttachments(client, example)) as Record<string, unknown>;
  const res = await client.post<{ id: number; reference: string }>('/api/submissions', {
    deploymentId: service.deploymentId,
    municipality,
    data,
    contact: { name: opts.name, email: opts.email },
    lang: 'fi',
    idempotencyKey: `desk-test-${Math.random().toString(36).slice(2)}`,
  });
  if (res.status !== 201) throw new Error(`submission failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, reference: res.body.reference, data };
}
