/**
 * A few cases on SQLite to mirror into PostgreSQL: a deployment of a published pack at Helsinki,
 * a handler, cases with contacts, a strongly identified person and a company, an attachment and a
 * webhook endpoint that hears status changes.
 */
import type { TestContext } from '../fixtures';
import { publishedPack, singleServicePack } from '../fixtures';

export const AUTHORITY = 'municipality-091';

export interface CaseData {
  deploymentId: number;
  handlerId: number;
  /** Case ids, oldest first. */
  cases: number[];
}

const INSERT_SUBMISSION = `INSERT INTO submissions (reference, deployment_id, authority_id, pack_id, pack_version, service_id,
  municipality_code, data_json, contact_name, contact_email, identified_person_key, acting_for_business_id, acting_for_name, lang, status, status_since,
  submitted_at, updated_at, idempotency_key)
  VALUES (@reference, @deploymentId, @authorityId, @packId, 1, @serviceId, '091', @data, @name, @email, @person, @company, @companyName, 'fi', 'SUBMITTED',
  @at, @at, @at, @key)`;

export async function seedCases(test: TestContext, count = 4): Promise<CaseData> {
  const { sqlite } = test.ctx;
  const packId = await publishedPack(test.ctx, singleServicePack('terassit', 'terrace-permit', 'municipality'));
  const deploymentId = Number(
    sqlite
      .prepare(`INSERT INTO deployments (authority_id, pack_id, pack_version, service_id, respond_within_days, appeal_kind, appeal_text_json)
                VALUES (?, ?, 1, 'terrace-permit', 14, 'oikaisuvaatimus', '{"fi":"Oikaisuvaatimus 14 päivässä"}')`)
      .run(AUTHORITY, packId).lastInsertRowid,
  );
  const handlerId = Number(
    sqlite.prepare(`INSERT INTO users (email, name, password_hash, role, authority_id) VALUES ('kaisa@hel.example', 'Kaisa Käsittelijä', 'x', 'handler', ?)`).run(AUTHORITY)
      .lastInsertRowid,
  );
  const insert = sqlite.prepare(INSERT_SUBMISSION);
  const cases: number[] = [];
  for (let i = 1; i <= count; i++) {
    const at = new Date(Date.UTC(2026, 4, i, 9)).toISOString();
    cases.push(
      Number(
        insert.run({
          reference: `KV-2026-${String(i).padStart(6, '0')}`,
          deploymentId,
          authorityId: AUTHORITY,
          packId,
          serviceId: 'terrace-permit',
          data: JSON.stringify({ name: `Terassi ${i}` }),
          name: i % 2 ? 'Aino Virtanen' : 'Björn Lindqvist',
          email: i % 2 ? 'aino@example.fi' : 'bjorn@example.fi',
          person: i === 1 || i === 2 ? 'person-1' : null,
          company: i === 2 ? '1234567-8' : null,
          companyName: i === 2 ? 'Terassi Oy' : null,
          at,
          key: `key-${i}`,
        }).lastInsertRowid,
      ),
    );
  }
  sqlite.prepare(`INSERT INTO attachments (id, submission_id, name, mime, size, sha256) VALUES ('att-free', NULL, 'a.pdf', 'application/pdf', 10, 'aa'), ('att-taken', ?, 'b.pdf', 'application/pdf', 10, 'bb')`).run(cases[0]);
  sqlite
    .prepare(`INSERT INTO webhook_endpoints (authority_id, url, description, events_json, secret_sealed, created_at, updated_at)
              VALUES (?, 'https://asianhallinta.example/hooks', '', '["case.status_changed","case.cancelled"]', 'sealed', '2026-05-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z')`)
    .run(AUTHORITY);
  return { deploymentId, handlerId, cases };
}
