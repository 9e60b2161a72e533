/**
 * A case as the integration API shows it: the summary of the feed, and the whole case with its
 * answers, the URL of its submission contract and its attachments with their download links.
 */
import type { IntegrationCaseChange, IntegrationAttachment, IntegrationCase, IntegrationCaseSummary } from '../../api-contract/integration';
import type { FormData } from '../../form-library/format/types';
import { attachmentsOf } from '../attachments/store';
import type { SubmissionRow } from '../cases/case-repository';
import type { AppContext } from '../context';
import { attachmentRefs } from '../submissions/attachment-refs';
import { pinnedService } from '../submissions/pinned-service';
import type { IntegrationCaseRow } from './integration-case-repository';

export function caseSummary(row: IntegrationCaseRow, lastChange: IntegrationCaseChange): IntegrationCaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    service: { pack: row.packSlug, version: row.packVersion, id: row.serviceId },
    municipality: row.municipalityCode,
    status: row.status,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
    lastChange,
  };
}

export async function integrationCase(ctx: AppContext, row: SubmissionRow): Promise<IntegrationCase> {
  const repo = ctx.repos.integrationCases;
  const pack = await repo.packSlug(row.packId) ?? '';
  const answers = JSON.parse(row.dataJson) as FormData;
  const schemaPath = `/api/packs/${encodeURIComponent(pack)}/versions/${row.packVersion}/services/${encodeURIComponent(row.serviceId)}/schema`;
  // A case's every stored change writes a history row, so it always has one; its arrival stands in otherwise.
  const lastChange: IntegrationCaseChange = await repo.lastChange(row.id) ?? { kind: 'submitted', at: row.submittedAt, by: 'customer' };
  return {
    ...caseSummary({ ...row, packSlug: pack }, lastChange),
    answers,
    schema: new URL(schemaPath, ctx.config.publicUrl).href,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    lang: row.lang,
    caseManagement: await repo.caseManagementRef(row.id) ?? null,
    attachments: await caseAttachments(ctx, row, answers),
  };
}

/** The case's files in upload order, each with the answer that names it (null once a supplement took it out). */
async function caseAttachments(ctx: AppContext, row: SubmissionRow, answers: FormData): Promise<IntegrationAttachment[]> {
  const files = await attachmentsOf(ctx, row.id);
  if (files.length === 0) return [];
  const service = await pinnedService(ctx, row.packId, row.packVersion, row.serviceId);
  const paths = new Map((service ? attachmentRefs(service.form, answers) : []).map((ref) => [ref.id, ref.path]));
  return files.map((f) => ({
    id: f.id,
    path: paths.get(f.id) ?? null,
    name: f.name,
    type: f.mime,
    size: f.size,
    sha256: f.sha256,
    href: new URL(`/api/integration/v1/cases/${row.id}/attachments/${encodeURIComponent(f.id)}`, ctx.config.publicUrl).href,
  }));
}
