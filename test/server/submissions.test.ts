import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextOn, type AppContext } from '../../server/context';
import { closeDatabase, openConfiguredDatabase, repositoriesOf, type Database } from '../../server/db/database';
import { submit, type SubmitInput } from '../../server/submissions/submit';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { sqlOn } from '../support/sql-on';
import { deploymentOf, exampleWithUploads, newKey, send, upload, type Receipt } from './case-fixtures';
import { checkContact } from '../../form-library/contact';
import { CONTACT_CASES } from '../../form-library/test-fixtures/contact-cases';

let server: TestServer;
let customer: ApiClient;

beforeAll(async () => {
  // These sends are many more than one person makes (rate-limits.test.ts has the limits), so this
  // machine's address is allowed as a load test's is.
  server = await startTestServer({ config: { rateLimitAllow: ['127.0.0.1'] } });
  customer = new ApiClient(server.url);
}, 120_000);
afterAll(() => server?.close());

/** Another connection to the test server's database (its SQLite file or its PostgreSQL database), as a second process has. */
function anotherConnection(): Promise<Database> {
  return openConfiguredDatabase(server.ctx.config);
}

async function submissionCount(): Promise<number> {
  const [row] = await server.sql<{ n: number }>('SELECT COUNT(*) AS n FROM submissions');
  return row.n;
}

describe('POST /api/submissions', () => {
  it('accepts a waste water exemption sent in Porvoo, answers with a reference after commit and routes it to Porvoo', async () => {
    const res = await send(customer, { serviceId: 'wastewater-exemption', municipality: '638', email: 'Erik.Holmstrom@example.fi' });
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatch(/^KV-\d{4}-\d{6}$/);
    expect(res.body.status).toBe('SUBMITTED');
    expect(res.body.authority).toEqual({ id: 'municipality-638', name: expect.stringContaining('Porvoo') });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(JSON.stringify(res.body)));
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const [row] = await server.sql('SELECT authority_id, contact_email, pack_version, status FROM submissions WHERE id = ?', res.body.id);
    expect(row).toEqual({ authority_id: 'municipality-638', contact_email: 'erik.holmstrom@example.fi', pack_version: 1, status: 'SUBMITTED' });
    const [claimed] = await server.sql<{ n: number }>('SELECT COUNT(*) AS n FROM attachments WHERE submission_id = ?', res.body.id);
    expect(claimed.n).toBe(2);
    const alerts = (await server.outbox()).filter((r) => r.submissionId === res.body.id);
    expect(alerts.map((a) => [a.kind, a.audience])).toEqual([['new_submission', 'authority'], ['receipt', 'customer']]);
    expect(alerts[0].authorityId).toBe('municipality-638');
    expect(alerts.map((a) => a.status)).toEqual(['kept', 'kept']);
    expect(alerts[1].toEmail).toBe('erik.holmstrom@example.fi');
    const history = await server.sql('SELECT kind, to_status FROM case_events WHERE submission_id = ?', res.body.id);
    expect(history).toEqual([{ kind: 'submitted', to_status: 'SUBMITTED' }]);
    const audit = await server.sql("SELECT action FROM audit_log WHERE target_type = 'submission' AND target_id = ?", String(res.body.id));
    expect(audit).toEqual([{ action: 'submission.create' }]);
  });

  it('numbers references one after another within the year', async () => {
    const a = await send(customer, { serviceId: 'public-event-police', municipality: '853', email: 'saara.virtanen@aurajoenkulttuuri.fi' });
    const b = await send(customer, { serviceId: 'public-event-police', municipality: '853', email: 'saara.virtanen@aurajoenkulttuuri.fi' });
    const seq = (r: Receipt) => Number(r.reference.slice(-6));
    expect(seq(b.body)).toBe(seq(a.body) + 1);
    expect(a.body.authority.id).toBe('police-lounais-suomi');
  });

  it('answers a retry with the same idempotency key with the first answer and no duplicate', async () => {
    const deploymentId = await deploymentOf(customer, '091', 'public-event-police');
    const body = {
      deploymentId,
      municipality: '091',
      data: await exampleWithUploads(customer, 'public-event-police'),
      contact: { name: 'Saara Virtanen', email: 'saara@example.fi' },
      lang: 'sv',
      idempotencyKey: newKey(),
    };
    const first = await customer.post<Receipt>('/api/submissions', body);
    const again = await customer.post<Receipt>('/api/submissions', body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(first.body.authority.name).toMatch(/polisinrättning/i);
    expect(await rowsWithKey(body.idempotencyKey)).toBe(1);
  });

  it('makes one submission of ten concurrent retries', async () => {
    const deploymentId = await deploymentOf(customer, '049', 'event-noise');
    const body = {
      deploymentId,
      municipality: '049',
      data: await exampleWithUploads(customer, 'event-noise'),
      contact: { name: 'Aino Virtanen', email: 'aino@example.fi' },
      lang: 'fi',
      idempotencyKey: newKey(),
    };
    const answers = await Promise.all(Array.from({ length: 10 }, () => customer.post<Receipt>('/api/submissions', body)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.reference)).size).toBe(1);
    const alerts = (await server.outbox()).filter((r) => r.submissionId === answers[0].body.id && r.kind === 'new_submission');
    expect(alerts).toHaveLength(1);
  });

  it('answers each of twenty concurrent sends only after it is committed, numbering them without gaps', async () => {
    const deploymentId = await deploymentOf(customer, '853', 'temporary-food-sales');
    const data = await exampleWithUploads(customer, 'temporary-food-sales'); // a form without attachments
    const committed = await anotherConnection();
    try {
      const storedNow = async (id: number) => (await sqlOn(committed, 'SELECT reference FROM submissions WHERE id = ?', id))[0];
      const answers = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const res = await customer.post<Receipt>('/api/submissions', {
            deploymentId, municipality: '853', data, lang: 'sv', idempotencyKey: newKey(),
            contact: { name: `Saara Virtanen ${i + 1}`, email: 'saara.virtanen@aurajoenkulttuuri.fi' },
          });
          // Read through another connection, which sees committed rows only.
          return { status: res.status, reference: res.body.reference, stored: await storedNow(res.body.id) };
        }),
      );
      expect(answers.every((a) => a.status === 201)).toBe(true);
      for (const a of answers) expect(a.stored).toEqual({ reference: a.reference });
      const sequences = answers.map((a) => Number(a.reference.slice(-6))).sort((x, y) => x - y);
      expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => sequences[0] + i));
    } finally {
      await closeDatabase(committed);
    }
  });

  it('never stores a send as earlier than the one before it, even when the clock steps back', async () => {
    const first = await send(customer, { serviceId: 'temporary-food-sales', municipality: '853', email: 'saara.virtanen@aurajoenkulttuuri.fi' });
    const realNow = server.ctx.now;
    server.ctx.now = () => new Date(realNow().getTime() - 3_600_000); // an NTP step an hour back
    try {
      const stepped = await send(customer, { serviceId: 'temporary-food-sales', municipality: '853', email: 'saara.virtanen@aurajoenkulttuuri.fi' });
      expect(stepped.status).toBe(201);
      expect(stepped.body.id).toBeGreaterThan(first.body.id);
      // Ids and times keep one order, so the inbox can find a date range as an id range.
      expect(stepped.body.submittedAt).toBe(first.body.submittedAt);
      const [stored] = await server.sql<{ at: string }>('SELECT submitted_at AS at FROM submissions WHERE id = ?', stepped.body.id);
      expect(stored.at).toBe(first.body.submittedAt);
    } finally {
      server.ctx.now = realNow;
    }
    const later = await send(customer, { serviceId: 'temporary-food-sales', municipality: '853', email: 'saara.virtanen@aurajoenkulttuuri.fi' });
    expect(later.body.submittedAt >= first.body.submittedAt).toBe(true);
  });

  it('gives a file to one of two concurrent sends; the other gets 422 and stores nothing', async () => {
    const data = await exampleWithUploads(customer, 'wastewater-exemption');
    const before = await submissionCount();
    const [a, b] = await Promise.all([
      send(customer, { serviceId: 'wastewater-exemption', municipality: '638', email: 'erik.holmstrom@example.fi', data }),
      send(customer, { serviceId: 'wastewater-exemption', municipality: '638', email: 'anna.lindqvist@example.fi', data }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 422]);
    const loser = (a.status === 422 ? a : b).body as unknown as ApiErrorBody;
    expect(loser.error.fields.map((f) => f.path)).toContain('systemReport.0');
    expect(await submissionCount()).toBe(before + 1);
    const winner = a.status === 201 ? a : b;
    const owners = await server.sql('SELECT DISTINCT submission_id AS id FROM attachments WHERE id IN (?, ?)',
      (data.systemReport as string[])[0], (data.sitePlan as string[])[0]);
    expect(owners).toEqual([{ id: winner.body.id }]);
  });

  it('refuses the same key for another e-service', async () => {
    const key = newKey();
    const first = await send(customer, { serviceId: 'event-noise', municipality: '091', email: 'aino@example.fi', idempotencyKey: key });
    expect(first.status).toBe(201);
    const other = await send(customer, { serviceId: 'public-event-police', municipality: '091', email: 'aino@example.fi', idempotencyKey: key });
    expect(other.status).toBe(409);
  });

  it('names each invalid answer in the chosen language and stores nothing', async () => {
    const before = await submissionCount();
    const data = await exampleWithUploads(customer, 'public-event-police');
    const organiser = data.organiser as Record<string, unknown>;
    organiser.organiserBusinessId = '1618033-4';
    delete (data.event as Record<string, unknown>).eventName;
    const res = await send(customer, { serviceId: 'public-event-police', municipality: '091', email: 'not-an-email', lang: 'sv', data });
    expect(res.status).toBe(422);
    const body = res.body as unknown as ApiErrorBody;
    expect(body.error.code).toBe('validation_failed');
    const paths = body.error.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['organiser.organiserBusinessId', 'event.eventName', 'contact.email']));
    expect(body.error.fields.find((f) => f.path === 'contact.email')?.message).toContain('e-postadressen');
    expect(await submissionCount()).toBe(before);
  });

  it('holds a designer’s minimum without "required": no noise mitigation chosen is refused, by the number', async () => {
    // The noise notification asks for at least one mitigation measure; "required" is not ticked on it.
    for (const mitigationMeasures of [[], undefined]) {
      const data = await exampleWithUploads(customer, 'event-noise');
      if (mitigationMeasures) data.mitigationMeasures = mitigationMeasures;
      else delete data.mitigationMeasures;
      const res = await send(customer, { serviceId: 'event-noise', municipality: '049', email: 'aino@example.fi', lang: 'fi', data });
      expect(res.status).toBe(422);
      expect((res.body as unknown as ApiErrorBody).error.fields).toEqual([{ path: 'mitigationMeasures', message: 'Valitse vähintään 1.' }]);
    }
  });

  it('checks the contact details as the browser’s contact step does: the same cases, the same answer, stored as checked', async () => {
    const deploymentId = await deploymentOf(customer, '049', 'event-noise');
    const data = await exampleWithUploads(customer, 'event-noise');
    for (const [i, { contact }] of CONTACT_CASES.entries()) {
      const browser = checkContact(contact, 'sv');
      // A fresh copy of the attachments for each send that goes through.
      const answers = browser.ok ? await exampleWithUploads(customer, 'event-noise') : data;
      const res = await customer.post<ApiErrorBody & Receipt>('/api/submissions', { deploymentId, municipality: '049', data: answers, contact, lang: 'sv', idempotencyKey: newKey() });
      if (browser.ok) {
        expect(res.status, `case ${i}`).toBe(201);
        const [row] = await server.sql('SELECT contact_name AS name, contact_email AS email, contact_phone AS phone FROM submissions WHERE id = ?', res.body.id);
        expect(row, `case ${i}`).toEqual(browser.contact);
      } else {
        expect(res.status, `case ${i}`).toBe(422);
        expect(res.body.error.fields, `case ${i}`).toEqual(browser.errors);
      }
    }
  });

  it('refuses control characters in the contact details and the answers, naming the field and the character', async () => {
    const data = await exampleWithUploads(customer, 'public-event-police');
    const nulInEmail = await send(customer, { serviceId: 'public-event-police', municipality: '091', email: 'a\u0000b@example.fi', lang: 'en', data });
    expect(nulInEmail.status).toBe(422);
    expect((nulInEmail.body as unknown as ApiErrorBody).error.fields).toEqual([
      { path: 'contact.email', message: 'The text contains a control character (U+0000) that cannot be stored. Remove it.' },
    ]);
    const escInName = await send(customer, { serviceId: 'public-event-police', municipality: '091', email: 'saara@example.fi', name: 'Saara\u001b[2J', data });
    expect((escInName.body as unknown as ApiErrorBody).error.fields).toEqual([
      { path: 'contact.name', message: 'Tekstissä on ohjausmerkki (U+001B), jota ei voi tallentaa. Poista se.' },
    ]);
    (data.event as Record<string, unknown>).eventName = 'Kesäjuhla\u0000';
    const inAnswer = await send(customer, { serviceId: 'public-event-police', municipality: '091', email: 'saara@example.fi', lang: 'sv', data });
    expect((inAnswer.body as unknown as ApiErrorBody).error.fields).toEqual([
      { path: 'event.eventName', message: 'Texten innehåller ett styrtecken (U+0000) som inte kan sparas. Ta bort det.' },
    ]);
    const code = await customer.post<ApiErrorBody>('/api/customer/code', { email: 'a\u0000b@example.fi', lang: 'fi' });
    expect(code.status).toBe(422);
    expect(code.body.error.fields[0]).toEqual({ path: 'email', message: 'Must not contain control characters (U+0000 at position 2)' });
  });

  it('refuses a municipality the deployment does not serve, naming municipality', async () => {
    const helsinkiNoise = await deploymentOf(customer, '091', 'event-noise');
    const res = await customer.post<ApiErrorBody>('/api/submissions', {
      deploymentId: helsinkiNoise, municipality: '853', data: {}, contact: { name: 'Aino', email: 'aino@example.fi' }, lang: 'en', idempotencyKey: newKey(),
    });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([{ path: 'municipality', message: expect.stringContaining('(853)') }]);
  });

  it('answers 404 for an unknown deployment', async () => {
    const res = await customer.post<ApiErrorBody>('/api/submissions', {
      deploymentId: 999999, municipality: '091', data: {}, contact: { name: 'Aino', email: 'aino@example.fi' }, lang: 'fi', idempotencyKey: newKey(),
    });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('refuses wrong types, naming each field', async () => {
    const res = await customer.post<ApiErrorBody>('/api/submissions', {
      deploymentId: '12', municipality: 91, data: [], contact: 'me', lang: 'de', idempotencyKey: 'short',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f) => f.path).sort()).toEqual(['contact', 'data', 'deploymentId', 'idempotencyKey', 'lang', 'municipality']);
  });

  it('refuses malformed JSON with 400 bad_json', async () => {
    const res = await customer.request<ApiErrorBody>('POST', '/api/submissions', { raw: '{"deploymentId": 1,', contentType: 'application/json' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_json');
  });

  it('refuses a body over 1 MB with 413', async () => {
    const res = await customer.post<ApiErrorBody>('/api/submissions', { data: { text: 'x'.repeat(1_100_000) } });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('refuses a send without the CSRF token', async () => {
    const res = await customer.post<ApiErrorBody>('/api/submissions', { deploymentId: 1 }, { csrf: false });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf');
    // The send route is mounted ahead of the general chain (server/app.ts): the same headers still apply.
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses unknown attachments and attachments of another submission, naming the field', async () => {
    const data = await exampleWithUploads(customer, 'wastewater-exemption');
    const first = await send(customer, { serviceId: 'wastewater-exemption', municipality: '638', email: 'erik@example.fi', data });
    expect(first.status).toBe(201);
    const reused = await send(customer, { serviceId: 'wastewater-exemption', municipality: '638', email: 'other@example.fi', data });
    expect(reused.status).toBe(422);
    expect((reused.body as unknown as ApiErrorBody).error.fields.map((f) => f.path)).toEqual(['systemReport.0', 'sitePlan.0']);
    const unknown = { ...data, systemReport: ['00000000-0000-4000-8000-000000000000'], sitePlan: [(await upload(customer)).body.id] };
    const res = await send(customer, { serviceId: 'wastewater-exemption', municipality: '638', email: 'erik@example.fi', data: unknown, lang: 'en' });
    expect(res.status).toBe(422);
    expect((res.body as unknown as ApiErrorBody).error.fields).toEqual([{ path: 'systemReport.0', message: 'The attachment was not found. Add the file again.' }]);
  });
});

// Sends that share one group-commit batch (they arrive in the same turn of the event loop), called
// through submit() itself so that they surely do.
const sequence = (reference: string) => Number(reference.slice(-6));
async function rowsWithKey(key: string): Promise<number> {
  const [row] = await server.sql<{ n: number }>('SELECT COUNT(*) AS n FROM submissions WHERE idempotency_key = ?', key);
  return row.n;
}

async function foodSalesIn(municipality: string, name: string): Promise<SubmitInput> {
  return {
    deploymentId: await deploymentOf(customer, municipality, 'temporary-food-sales'),
    municipality,
    data: await exampleWithUploads(customer, 'temporary-food-sales'),
    contact: { name, email: 'saara.virtanen@aurajoenkulttuuri.fi' },
    lang: 'sv',
    idempotencyKey: newKey(),
  };
}

describe('sends in one group-commit batch', () => {
  it('stores one submission for two sends with one key in the same batch, and answers both with it', async () => {
    const input = await foodSalesIn('853', 'Saara Virtanen');
    // The one that stored it first: in SQLite's batch the first called, on PostgreSQL whichever inserted first.
    const answers = await Promise.all([submit(server.ctx, input), submit(server.ctx, input)]);
    // SQLite's batch stores them in the order called.
    if (server.ctx.database.kind === 'sqlite') expect(answers[0].created).toBe(true);
    const [first, retry] = [...answers].sort((x, y) => Number(y.created) - Number(x.created));
    expect(first.created).toBe(true);
    expect(retry).toEqual({ created: false, receipt: first.receipt });
    expect(await rowsWithKey(input.idempotencyKey)).toBe(1);
  });

  it('gives back the reference of a send that fails inside the batch, so the others stay without gaps', async () => {
    const deploymentId = await deploymentOf(customer, '638', 'wastewater-exemption');
    const data = await exampleWithUploads(customer, 'wastewater-exemption');
    const otherFiles = await exampleWithUploads(customer, 'wastewater-exemption');
    const send = (name: string, answers: Record<string, unknown>) =>
      submit(server.ctx, {
        deploymentId, municipality: '638', data: answers, lang: 'fi', idempotencyKey: newKey(),
        contact: { name, email: 'erik.holmstrom@example.fi' },
      });
    // Called in one turn, so one batch: both see the files free before it; on SQLite the second finds
    // them taken inside it, after it was numbered; on PostgreSQL whichever claims them second does.
    const outcomes = await Promise.allSettled([send('Erik Holmström', data), send('Anna Lindqvist', data), send('Erik Holmström', otherFiles)]);
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ status: 422 });
    if (server.ctx.database.kind === 'sqlite') expect(outcomes[1].status).toBe('rejected');
    const stored = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [sequence(o.value.receipt.reference)] : []));
    // The two stored have consecutive numbers: the refused one gave its number back.
    const numbers = [...stored].sort((x, y) => x - y);
    expect(numbers[1]).toBe(numbers[0] + 1);
    // SQLite's batch numbers them in the order called.
    if (server.ctx.database.kind === 'sqlite') expect(stored).toEqual(numbers);
  });

  it('numbers on from another connection to the same database (a restarted or second process) without repeating a reference', async () => {
    const other = await anotherConnection();
    const otherCtx: AppContext = contextOn(other, repositoriesOf(other), server.ctx.config, server.ctx.now);
    try {
      const references: string[] = [];
      for (const ctx of [server.ctx, otherCtx, server.ctx, otherCtx]) {
        const inputs = [await foodSalesIn('853', 'Saara Virtanen'), await foodSalesIn('853', 'Saara Virtanen')];
        const batch = await Promise.all(inputs.map((input) => submit(ctx, input)));
        references.push(...batch.map((r) => r.receipt.reference));
      }
      // In the order they reached the counter (the two of a batch race on PostgreSQL): eight numbers on, none repeated.
      const sequences = references.map(sequence).sort((x, y) => x - y);
      expect(sequences).toEqual(Array.from({ length: 8 }, (_, i) => sequences[0] + i));
      // On SQLite each batch numbers its sends in the order called.
      if (server.ctx.database.kind === 'sqlite') expect(references.map(sequence)).toEqual(sequences);
    } finally {
      await closeDatabase(other);
    }
  });
});
