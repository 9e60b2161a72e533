/**
 * The desk's hand-onward exports against a real server: a handler of Helsinki exports a case as
 * PDF and the filtered inbox as CSV; both are parsed and compared with the submission itself.
 * Another authority's handler gets neither.
 */
import { parse } from 'csv-parse/sync';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormData, FormDefinition } from '../../form-library/format/types';
import { answerRows } from '../../form-library/answers';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { DEMO_PASSWORD, HANDLER_ESPOO, HANDLER_HELSINKI, submitPublicAreaUse, type Submitted } from './exports-fixtures';
import type { CaseDetail as CaseBody } from '../../api-contract';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

let server: TestServer;
let helsinki: ApiClient;
let kallio: Submitted;
let tori: Submitted;

beforeAll(async () => {
  server = await startTestServer();
  const customer = new ApiClient(server.url);
  kallio = await submitPublicAreaUse(customer, { email: 'aino.virtanen@example.fi', name: 'Aino Virtanen', eventName: 'Kallio Block Party' });
  tori = await submitPublicAreaUse(customer, { email: 'mikko.lahti@example.fi', name: 'Mikko Lahti', eventName: 'Hakaniemen torijuhla', streetClosure: false });
  helsinki = new ApiClient(server.url);
  await helsinki.loginStaff(HANDLER_HELSINKI, DEMO_PASSWORD);
});
afterAll(() => server?.close());

async function fetchBinary(client: ApiClient, path: string): Promise<Response> {
  return fetch(client.baseUrl + path, { headers: { cookie: client.cookieHeader() } });
}

describe('case PDF', () => {
  it('holds the reference, pack version, status and every visible answer with its label', async () => {
    const res = await fetchBinary(helsinki, `/api/cases/${kallio.id}/export.pdf?lang=fi`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`${kallio.reference}.pdf`);
    const text = squash(await pdfText(await res.arrayBuffer()));

    const view = (await helsinki.get<CaseBody>(`/api/cases/${kallio.id}?lang=fi`)).body;
    expect(text).toContain(kallio.reference);
    expect(text).toContain(`(${view.pack.slug}) v${view.packVersion}`);
    expect(text).toContain(view.pack.name);
    expect(text).toContain(view.status.label);
    expect(text).toContain('Helsinki (091)');
    const names = new Map(view.attachments.map((a) => [a.id, a.name]));
    const places = (await helsinki.get<Array<{ code: string; fi: string }>>('/api/municipalities')).body;
    const rows = answerRows(view.definition, view.data, 'fi', {
      attachmentName: (id) => names.get(id),
      municipalityName: (code) => places.find((m) => m.code === code)?.fi,
    });
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(text).toContain(squash(row.label));
      if (row.value) expect(text).toContain(squash(row.value));
    }
    expect(text).toContain('Kallio Block Party');
    expect(text).toContain('Käsittelyhistoria');
  });

  it('speaks Swedish when asked, with the pack’s Swedish labels', async () => {
    const res = await fetchBinary(helsinki, `/api/cases/${kallio.id}/export.pdf?lang=sv`);
    const text = squash(await pdfText(await res.arrayBuffer()));
    const view = (await helsinki.get<CaseBody>(`/api/cases/${kallio.id}?lang=sv`)).body;
    expect(text).toContain('Formulärpaketets version');
    for (const row of answerRows(view.definition, view.data, 'sv').slice(0, 10)) expect(text).toContain(squash(row.label));
  });

  it('leaves out a required question hidden by its condition, answered or not (no "no answer" for it)', async () => {
    // No streets close at the Hakaniemi market, so its traffic plan is hidden (the customer's earlier upload was dropped).
    const text = squash(await pdfText(await (await fetchBinary(helsinki, `/api/cases/${tori.id}/export.pdf?lang=fi`)).arrayBuffer()));
    expect(text).toContain('Suljetaanko katuja liikenteeltä? Ei');
    expect(text).not.toContain('Liikennejärjestelysuunnitelma');
    const view = (await helsinki.get<CaseBody>(`/api/cases/${tori.id}?lang=fi`)).body;
    expect(view.data).not.toHaveProperty('trafficPlan');
  });

  it('is not found for a handler of another authority, and needs a staff sign-in', async () => {
    const espoo = new ApiClient(server.url);
    await espoo.loginStaff(HANDLER_ESPOO, DEMO_PASSWORD);
    expect((await fetchBinary(espoo, `/api/cases/${kallio.id}/export.pdf`)).status).toBe(404);
    expect((await fetchBinary(new ApiClient(server.url), `/api/cases/${kallio.id}/export.pdf`)).status).toBe(401);
    expect((await fetchBinary(helsinki, '/api/cases/999999/export.pdf')).status).toBe(404);
  });
});

describe('inbox CSV', () => {
  it('has one row per submission with reference, pack version and every answer under its label', async () => {
    const res = await fetchBinary(helsinki, '/api/inbox/export.csv?lang=fi');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const csv = await res.text();
    const records = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.Viite).sort()).toEqual([kallio.reference, tori.reference].sort());

    const view = (await helsinki.get<CaseBody>(`/api/cases/${kallio.id}?lang=fi`)).body;
    const record = records.find((r) => r.Viite === kallio.reference)!;
    expect(record['Lomakepaketin versio']).toBe(`${view.pack.name} (${view.pack.slug}) v${view.packVersion}`);
    expect(record.Tila).toBe(view.status.label);
    expect(record.Asiakas).toBe('Aino Virtanen');
    const names = new Map(view.attachments.map((a) => [a.id, a.name]));
    const places = (await helsinki.get<Array<{ code: string; fi: string }>>('/api/municipalities')).body;
    const lookups = { attachmentName: (id: string) => names.get(id), municipalityName: (code: string) => places.find((m) => m.code === code)?.fi };
    for (const row of answerRows(view.definition, view.data, 'fi', lookups)) {
      expect(record[row.label], row.label).toBe(row.value);
    }
  });

  it('has no column for a hidden question when no exported case shows it, and an empty cell where one does', async () => {
    const only = parse(await (await fetchBinary(helsinki, '/api/inbox/export.csv?q=torijuhla')).text(), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(only.map((r) => r.Viite)).toEqual([tori.reference]);
    expect(Object.keys(only[0])).not.toContain('Liikennejärjestelysuunnitelma');
    expect(only[0]['Suljetaanko katuja liikenteeltä?']).toBe('Ei');
    const both = parse(await (await fetchBinary(helsinki, '/api/inbox/export.csv')).text(), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(both.find((r) => r.Viite === tori.reference)?.Liikennejärjestelysuunnitelma).toBe('');
    expect(both.find((r) => r.Viite === kallio.reference)?.Liikennejärjestelysuunnitelma).toBe('liite.pdf');
  });

  it('applies the same filters as the inbox (free text, status)', async () => {
    const byText = parse(await (await fetchBinary(helsinki, '/api/inbox/export.csv?q=torijuhla')).text(), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(byText.map((r) => r.Viite)).toEqual([tori.reference]);
    const byStatus = parse(await (await fetchBinary(helsinki, '/api/inbox/export.csv?status=CLOSED')).text(), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(byStatus).toEqual([]);
    expect((await fetchBinary(helsinki, '/api/inbox/export.csv?municipality=Helsinki')).status).toBe(400);
  });

  it('follows the inbox’s sort, and refuses a bad one', async () => {
    const rows = async (sort: string) =>
      (parse(await (await fetchBinary(helsinki, `/api/inbox/export.csv?sort=${sort}`)).text(), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[]).map((r) => r.Asiakas);
    expect(await rows('customer')).toEqual(['Aino Virtanen', 'Mikko Lahti']);
    expect(await rows('-customer')).toEqual(['Mikko Lahti', 'Aino Virtanen']);
    expect((await fetchBinary(helsinki, '/api/inbox/export.csv?sort=price')).status).toBe(400);
  });

  it('can be comma-separated for other tools', async () => {
    const csv = await (await fetchBinary(helsinki, '/api/inbox/export.csv?delimiter=comma&lang=en')).text();
    expect(csv.split('\r\n')[0]).toContain('Reference,Pack version,Service');
  });

  it('holds nothing of Helsinki for a handler of Espoo', async () => {
    const espoo = new ApiClient(server.url);
    await espoo.loginStaff(HANDLER_ESPOO, DEMO_PASSWORD);
    const csv = await (await fetchBinary(espoo, '/api/inbox/export.csv')).text();
    expect(csv).not.toContain(kallio.reference);
    expect(csv).not.toContain('Aino Virtanen');
  });
});

describe('colleagues to assign to', () => {
  it('lists the handlers and admins of the own authority only', async () => {
    const res = await helsinki.get<Array<{ id: number; name: string; role: string }>>('/api/desk/colleagues');
    expect(res.status).toBe(200);
    expect(res.body.map((c) => c.name).sort()).toEqual(['Anna Pääkäyttäjä', 'Heikki Käsittelijä']);
  });
});
