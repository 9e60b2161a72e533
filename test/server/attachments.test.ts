import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { removeOrphanAttachments, removeStrayFiles } from '../../server/attachments/store';
import { EXE, PDF, upload } from './case-fixtures';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b90000000049454e44ae426082', 'hex');

let server: TestServer;
let client: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' });
  client = new ApiClient(server.url);
}, 120_000);
afterAll(() => server?.close());

describe('POST /api/attachments', () => {
  it('stores a PDF under a random name with its checksum, keeping the customer’s name only as data', async () => {
    const res = await upload(client, 'Pelastussuunnitelma Åbo.pdf');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Pelastussuunnitelma Åbo.pdf', size: PDF.length, type: 'application/pdf' });
    expect(readdirSync(server.filesDir)).toContain(res.body.id);
    expect(readFileSync(join(server.filesDir, res.body.id)).equals(PDF)).toBe(true);
    const [row] = await server.sql<{ sha256: string; submission_id: null }>('SELECT sha256, submission_id FROM attachments WHERE id = ?', res.body.id);
    expect(row).toEqual({ sha256: createHash('sha256').update(PDF).digest('hex'), submission_id: null });
  });

  it('accepts a PNG and plain text declared as what they are', async () => {
    expect((await upload(client, 'kartta.png', PNG, 'image/png')).status).toBe(201);
    expect((await upload(client, 'järjestyksenvalvojat.txt', Buffer.from('Mikko Laine, JV-123456\n'), 'text/plain')).status).toBe(201);
  });

  it('refuses a program renamed to .pdf with 415 naming the file', async () => {
    const res = await upload(client, 'rescue-plan.pdf', EXE, 'application/pdf');
    expect(res.status).toBe(415);
    const body = res.body as unknown as ApiErrorBody;
    expect(body.error.code).toBe('unsupported_media_type');
    expect(body.error.message).toContain('rescue-plan.pdf');
    expect(body.error.fields[0].path).toBe('file');
  });

  it('refuses a PNG declared as a PDF, and types off the allow-list', async () => {
    expect((await upload(client, 'kartta.pdf', PNG, 'application/pdf')).status).toBe(415);
    expect((await upload(client, 'kuva.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml')).status).toBe(415);
  });

  it('refuses a file over 10 MB with 413', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const res = await upload(client, 'iso.pdf', big);
    expect(res.status).toBe(413);
    expect((res.body as unknown as ApiErrorBody).error.code).toBe('payload_too_large');
  });

  it('refuses a request without a file, an empty file, and one without the CSRF token', async () => {
    const none = await client.request<ApiErrorBody>('POST', '/api/attachments', { raw: new FormData() });
    expect(none.status).toBe(400);
    expect(none.body.error.fields[0].path).toBe('file');
    expect((await upload(client, 'tyhjä.pdf', Buffer.alloc(0))).status).toBe(400);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'a.pdf');
    const noToken = await client.request<ApiErrorBody>('POST', '/api/attachments', { raw: form, csrf: false });
    expect(noToken.status).toBe(403);
  });

  it('removes uploads no submission claimed within a day, file and row', async () => {
    const res = await upload(client, 'hylätty.pdf');
    expect(await removeOrphanAttachments(server.ctx)).toBe(0);
    const realNow = server.ctx.now;
    server.ctx.now = () => new Date(Date.now() + 25 * 3600_000);
    try {
      expect(await removeOrphanAttachments(server.ctx)).toBeGreaterThanOrEqual(1);
    } finally {
      server.ctx.now = realNow;
    }
    expect(readdirSync(server.filesDir)).not.toContain(res.body.id);
    expect(await server.sql('SELECT id FROM attachments WHERE id = ?', res.body.id)).toEqual([]);
  });
});

describe('files left without a row', () => {
  it('removes an hour-old file whose row was never written (a kill between the two), and nothing else', async () => {
    const kept = await upload(client, 'pelastussuunnitelma.pdf');
    const stray = randomUUID();
    writeFileSync(join(server.filesDir, stray), PDF);
    writeFileSync(join(server.filesDir, 'README.txt'), 'not an attachment');
    expect(await removeStrayFiles(server.ctx)).toBe(0);
    const realNow = server.ctx.now;
    server.ctx.now = () => new Date(Date.now() + 2 * 3600_000);
    try {
      expect(await removeStrayFiles(server.ctx)).toBe(1);
    } finally {
      server.ctx.now = realNow;
    }
    const left = readdirSync(server.filesDir);
    expect(left).not.toContain(stray);
    expect(left).toContain(kept.body.id);
    expect(left).toContain('README.txt');
  });
});

describe('broken multipart bodies and unsafe names', () => {
  const BOUNDARY = 'kevyt-raja-7f3a';
  const multipart = `multipart/form-data; boundary=${BOUNDARY}`;

  function filePart(name: string, content: Buffer = PDF, type = 'application/pdf'): Buffer {
    return Buffer.concat([
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]);
  }

  async function rawUpload(body: Buffer, contentType: string) {
    return client.request<ApiErrorBody>('POST', '/api/attachments', { raw: new Uint8Array(body), contentType });
  }

  it('answers a body cut short before its closing boundary with 400 saying so', async () => {
    const whole = filePart('asemapiirros.pdf');
    const res = await rawUpload(whole.subarray(0, whole.length - 30), multipart);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.message).toMatch(/ends before its closing boundary/);
    expect(res.body.error.fields).toEqual([{ path: 'file', message: res.body.error.message }]);
  });

  it('answers multipart/form-data without a boundary with 400 naming the missing boundary', async () => {
    const res = await rawUpload(filePart('asemapiirros.pdf'), 'multipart/form-data');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/no boundary/);
  });

  it('answers a file name holding a NUL byte, and a broken part header, with 400', async () => {
    const nul = await rawUpload(filePart('asema\u0000piirros.pdf'), multipart);
    expect(nul.status).toBe(400);
    expect(nul.body.error.message).toMatch(/part header .* malformed/);
    const broken = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nrikki\r\n\r\nx\r\n--${BOUNDARY}--\r\n`);
    expect((await rawUpload(broken, multipart)).status).toBe(400);
  });

  it('answers a file in another field, and an empty body, with 400', async () => {
    const other = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="liite"; filename="a.pdf"\r\n\r\nx\r\n--${BOUNDARY}--\r\n`);
    const res = await rawUpload(other, multipart);
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('liite');
    expect((await rawUpload(Buffer.alloc(0), multipart)).status).toBe(400);
  });

  it('stores a name without bidirectional overrides, with the extension of the detected type', async () => {
    const spoofed = await upload(client, 'invoice\u202Efdp.exe', PDF, 'application/pdf');
    expect(spoofed.status).toBe(201);
    expect(spoofed.body.name).toBe('invoicefdp.pdf');
    const html = await upload(client, 'päätös.html', Buffer.from('Päätös: myönnetään.\n'), 'text/plain');
    expect(html.body.name).toBe('päätös.txt');
    const svg = await upload(client, 'kartta.svg', Buffer.from('Kartta: Kauppatori\n'), 'text/plain');
    expect(svg.body.name).toBe('kartta.txt');
    const [row] = await server.sql<{ name: string }>('SELECT name FROM attachments WHERE id = ?', spoofed.body.id);
    expect(row.name).toBe('invoicefdp.pdf');
  });
});
