/**
 * Gathers what the PDF and the CSV print from the database: the submission, the exact pack version
 * it was made with (for labels and status names), names of places, people and attachments.
 * Only the caller's authority is ever read: a case of another authority is simply not found.
 */
import type { Lang, ServiceDefinition } from '../../form-library/format/types';
import { exportTexts } from '../../i18n/catalogs/server';
import { translator } from '../../i18n/translate';
import type { AppContext } from '../context';
import { answerRows, formatDate } from '../../form-library/answers';
import { localize } from '../../form-library/format/localize';
import { supplementChanges } from '../cases/answer-changes';
import { parseDetails } from '../cases/case-event-details';
import { changeLines } from './change-lines';
import type { CaseExport, ExportHistoryEntry } from './case-export';

import type { SubmissionRow } from '../cases/case-repository';

/** Reads pack versions once per export (a CSV of thousands of rows uses a handful of versions). */
export class ExportLookups {
  private readonly services = new Map<string, { service: ServiceDefinition | null; slug: string; packName: string }>();
  private readonly authorityNames = new Map<string, { fi: string; sv: string; en: string }>();
  private municipalityNames: Map<string, { fi: string; sv: string }> | null = null;
  private readonly userNames = new Map<number, string>();

  constructor(private readonly ctx: AppContext, readonly lang: Lang) {}

  async service(packId: number, version: number, serviceId: string): Promise<{ service: ServiceDefinition | null; slug: string; packName: string }> {
    const key = `${packId}:${version}:${serviceId}`;
    let found = this.services.get(key);
    if (!found) {
      const content = await this.ctx.repos.packs.publishedContent(packId, version);
      const slug = (content ? (await this.ctx.repos.packs.byId(packId))?.slug : undefined) ?? String(packId);
      found = { service: content?.services.find((s) => s.id === serviceId) ?? null, slug, packName: content ? localize(content.name, this.lang, slug) : slug };
      this.services.set(key, found);
    }
    return found;
  }

  async authority(id: string): Promise<string> {
    let names = this.authorityNames.get(id);
    if (!names) {
      const row = await this.ctx.repos.reference.authority(id);
      names = row ? { fi: row.nameFi, sv: row.nameSv, en: row.nameEn } : { fi: id, sv: id, en: id };
      this.authorityNames.set(id, names);
    }
    return localize(names, this.lang);
  }

  /** Municipality names by code, read once; the lookup answers synchronously (as form answers ask). */
  async municipalityName(): Promise<(code: string, lang?: Lang) => string | undefined> {
    if (!this.municipalityNames) {
      this.municipalityNames = new Map(
        (await this.ctx.repos.reference.municipalities()).map((m) => [m.code, { fi: m.nameFi, sv: m.nameSv }]),
      );
    }
    const known = this.municipalityNames;
    return (code, lang = this.lang) => {
      const names = known.get(code);
      return names ? localize(names, lang) : undefined;
    };
  }

  /** Reads the names of these staff members not read yet (`userName` answers from what was read). */
  async readUserNames(ids: Iterable<number | null>): Promise<void> {
    const missing = [...new Set(ids)].filter((id): id is number => id !== null && !this.userNames.has(id));
    if (missing.length === 0) return;
    const names = await this.ctx.repos.staff.names(missing);
    for (const id of missing) this.userNames.set(id, names.get(id) ?? String(id));
  }

  /** A staff member's name as `readUserNames` read it. */
  userName(id: number | null): string | null {
    if (id === null) return null;
    return this.userNames.get(id) ?? String(id);
  }
}


function statusLabel(service: ServiceDefinition | null, status: string | null, lang: Lang): string {
  if (status === null) return '';
  const state = service?.workflow.states.find((s) => s.id === status);
  return state ? localize(state.label, lang, status) : status;
}

/** Builds the export of one submission; `withHistory` false skips the history (CSV needs none). */
export async function caseExport(ctx: AppContext, lookups: ExportLookups, s: SubmissionRow, withHistory: boolean): Promise<CaseExport> {
  const { lang } = lookups;
  const { service, slug, packName } = await lookups.service(s.packId, s.packVersion, s.serviceId);
  const files = (await ctx.repos.attachments.ofSubmission(s.id)).map((f) => ({ id: f.id, name: f.name, size: f.size, type: f.mime }));
  const fileNames = new Map(files.map((f) => [f.id, f.name]));
  const data = JSON.parse(s.dataJson) as Record<string, unknown>;
  const municipalityOf = await lookups.municipalityName();
  const answers = service
    ? answerRows(service.form, data, lang, {
        attachmentName: (id) => fileNames.get(id),
        municipalityName: municipalityOf,
      })
    : [];
  const municipalityName = municipalityOf(s.municipalityCode);

  let history: ExportHistoryEntry[] = [];
  if (withHistory) {
    const events = await ctx.repos.cases.history(s.id);
    await lookups.readUserNames(events.flatMap((e) => [e.actorUserId, e.kind === 'assignment' && e.body ? Number(e.body) : null]));
    history = events.map((e) => {
      const t = translator(exportTexts, lang);
      const by =
        e.actorKind === 'customer'
          ? `${t('actor_customer')} (${s.contactName})`
          : e.actorKind === 'apiKey'
            ? t('actor_apiKey')
            : (lookups.userName(e.actorUserId) ?? t('actor_system'));
      const kind = (['submitted', 'status', 'note', 'message', 'supplement', 'assignment'] as const).find((k) => k === e.kind) ?? 'status';
      if (e.kind === 'assignment') {
        // The body of an assignment event holds the assignee's user id (empty when unassigned).
        const assignee = e.body ? lookups.userName(Number(e.body)) : null;
        return { at: e.at, by, kind, text: assignee ?? '—', internal: false };
      }
      const change = e.kind === 'status' ? `${statusLabel(service, e.fromStatus, lang)} → ${statusLabel(service, e.toStatus, lang)}` : '';
      const details = parseDetails(e.detailsJson);
      const replyBy = details.replyBy ? `${t('replyBy')}: ${formatDate(details.replyBy, lang)}` : '';
      const changed = details.before && details.after && service
        ? changeLines(supplementChanges(service.form, details.before, details.after, lang, { attachmentName: (id) => fileNames.get(id) }), lang)
        : [];
      return { at: e.at, by, kind, text: [change, e.body ?? '', replyBy, ...changed].filter(Boolean).join('\n'), internal: e.kind === 'note' };
    });
  }

  return {
    id: s.id,
    reference: s.reference,
    service: service ? localize(service.name, lang, s.serviceId) : s.serviceId,
    authority: await lookups.authority(s.authorityId),
    // The pack by name and by its stable slug, and the exact version.
    packVersion: `${packName} (${slug}) v${s.packVersion}`,
    status: statusLabel(service, s.status, lang),
    municipality: municipalityName ? `${municipalityName} (${s.municipalityCode})` : s.municipalityCode,
    submittedAt: s.submittedAt,
    dueDate: s.dueDate,
    decidedAt: s.decidedAt,
    customer: { name: s.contactName, email: s.contactEmail, phone: s.contactPhone },
    answers,
    attachments: files.map((f) => ({ name: f.name, size: f.size, type: f.type })),
    history,
  };
}

/** One submission of the authority, or null (another authority's case is not found, never forbidden). */
export async function findOwnSubmission(ctx: AppContext, authorityId: string, id: number): Promise<SubmissionRow | null> {
  const row = await ctx.repos.cases.byId(id);
  return row && row.authorityId === authorityId ? row : null;
}

/** The submissions of these ids in the given order (the inbox's order). */
export async function submissionsByIds(ctx: AppContext, authorityId: string, ids: number[]): Promise<SubmissionRow[]> {
  if (ids.length === 0) return [];
  const rows = (await ctx.repos.cases.byIds(ids)).filter((r) => r.authorityId === authorityId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is SubmissionRow => r !== undefined);
}
