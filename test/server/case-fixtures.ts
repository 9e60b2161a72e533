/**
 * Helpers for the submission, case and customer API tests: real uploads, real sends through the
 * offering, and customer sign-in by reading the code from the outbox as the customer reads e-mail.
 */
import { readyPackExamples } from '../../form-library/library/index';
import type { ApiClient, ApiResponse, TestServer } from '../support/server';
import type { Receipt } from '../../api-contract';

/** A minimal but real PDF (what file-type recognises by its %PDF- header). */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
/** The first bytes of a Windows program (MZ header), padded. */
export const EXE = Buffer.concat([Buffer.from('4d5a90000300000004000000ffff0000b800000000000000400000000000000000000000', 'hex'), Buffer.alloc(512)]);

export type { Receipt };

export async function upload(client: ApiClient, name = 'asemapiirros.pdf', content: Buffer = PDF, type = 'application/pdf') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type }), name);
  return client.request<{ id: string; name: string; size: number; type: string }>('POST', '/api/attachments', { raw: form });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The example answers of a ready service with each attachment id replaced by a real upload. */
export async function exampleWithUploads(client: ApiClient, serviceId: string): Promise<Record<string, unknown>> {
  const example = readyPackExamples[serviceId];
  if (!example) throw new Error(`no example for ${serviceId}`);
  const replace = async (value: unknown): Promise<unknown> => {
    if (typeof value === 'string' && UUID.test(value)) {
      const res = await upload(client);
      if (res.status !== 201) throw new Error(`upload failed: ${res.status}`);
      return res.body.id;
    }
    if (Array.isArray(value)) return Promise.all(value.map(replace));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = await replace(v);
      return out;
    }
    return value;
  };
  return (await replace(structuredClone(example))) as Record<string, unknown>;
}

export async function deploymentOf(client: ApiClient, municipality: string, serviceId: string): Promise<number> {
  const res = await client.get<{ services: Array<{ deploymentId: number; serviceId: string }> }>(`/api/offering?municipality=${municipality}&lang=fi`);
  const found = res.body.services.find((s) => s.serviceId === serviceId);
  if (!found) throw new Error(`${serviceId} is not offered in ${municipality}`);
  return found.deploymentId;
}

let keyCounter = 0;
export function newKey(): string {
  keyCounter++;
  return `test-${Date.now().toString(36)}-${keyCounter}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface SendOptions {
  serviceId: string;
  municipality: string;
  email: string;
  name?: string;
  lang?: 'fi' | 'sv' | 'en';
  data?: Record<string, unknown>;
  idempotencyKey?: string;
}

export async function send(client: ApiClient, opts: SendOptions): Promise<ApiResponse<Receipt>> {
  const deploymentId = await deploymentOf(client, opts.municipality, opts.serviceId);
  const data = opts.data ?? (await exampleWithUploads(client, opts.serviceId));
  return client.post<Receipt>('/api/submissions', {
    deploymentId,
    municipality: opts.municipality,
    data,
    contact: { name: opts.name ?? 'Erik Holmström', email: opts.email, phone: '+358 50 321 7788' },
    lang: opts.lang ?? 'fi',
    idempotencyKey: opts.idempotencyKey ?? newKey(),
  });
}

/**
 * Asks for a code, reads it from the outbox as the customer would read the mail (or with
 * `readCode`, e.g. from a test SMTP server once delivery dropped it from the outbox) and signs in.
 */
export async function signInCustomer(
  server: TestServer,
  client: ApiClient,
  email: string,
  readCode?: () => Promise<string | undefined>,
): Promise<void> {
  const asked = await client.post('/api/customer/code', { email, lang: 'fi' });
  if (asked.status !== 202) throw new Error(`code request failed: ${asked.status}`);
  const mail = (await server.outbox()).filter((r) => r.kind === 'sign_in_code' && r.toEmail === email.toLowerCase()).pop();
  const code = readCode ? await readCode() : mail && server.mail(mail).subject.match(/\d{6}/)?.[0];
  if (!code) throw new Error('no code in the outbox');
  const res = await client.post('/api/customer/session', { email, code });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
}

export const HELSINKI_HANDLER = 'handler.helsinki@kevyt.example';
export const HELSINKI_ADMIN = 'admin.helsinki@kevyt.example';
export const ESPOO_HANDLER = 'handler.espoo@kevyt.example';
export const POLICE_HANDLER = 'handler.police-helsinki@kevyt.example';
export const DESIGNER = 'designer.helsinki@kevyt.example';
export const COORDINATOR = 'coordinator@kevyt.example';
export { DEMO_PASSWORD } from '../../server/seed/demo';
