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

  service(packId: number, version: number, serviceId: string): { service: ServiceDefinition | null; slug: string; packName: string } {
    const key = `${packId}:${version}:${serviceId}`;
    let found = this.services.get(key);
    if (!found) {
      const content = this.ctx.repos.packs.publishedContent(packId, version);
      const slug = (content ? this.ctx.repos.packs.byId(packId)?.slug : undefined) ?? String(packId);
      found = { service: content?.services.find((s) => s.id === serviceId) ?? null, slug, packName: content ? localize(content.name, this.lang, slug) : slug };
      this.services.set(key, found);
    }
    return found;
  }

  authority(id: string): string {
    let names = this.authorityNames.get(id);
    if (!names) {
      const row = this.ctx.repos.reference.authority(id);
      names = row ? { fi: row.nameFi, sv: row.nameSv, en: row.nameEn } : { fi: id, sv: id, en: id };
      this.authorityNames.set(id, names);
    }
    return localize(names, this.lang);
  }

  municipality(code: string, lang: Lang = this.lang): string | undefined {
    if (!this.municipalityNames) {
      this.municipalityNames = new Map(
        this.ctx.repos.reference.municipalities().map((m) => [m.code, { fi: m.nameFi, sv: m.nameSv }]),
      );
    }
    const names = this.municipalityNames.get(code);
    if (!names) return undefined;
    return localize(names, lang);
  }

  userName(id: number | null): string | null {
    if (id === null) return null;
    let name = this.userNames.get(id);
    if (name === undefined) {
      name = this.ctx.repos.staff.names([id]).get(id) ?? String(id);
      this.userNames.set(id, name);
    }
    return name;
  }
}


function statusLabel(service: ServiceDefinition | null, status: string | null, lang: Lang): string {
  if (status === null) return '';
  const state = service?.workflow.states.find((s) => s.id === status);
  return state ? localize(state.label, lang, status) : status;
}

/** Builds the export of one submission; `withHistory` false skips the history (CSV needs none). */
export function caseExport(ctx: AppContext, lookups: ExportLookups, s: SubmissionRow, withHistory: boolean): CaseExport {
  const { lang } = lookups;
  const { service, slug, packName } = lookups.service(s.packId, s.packVersion, s.serviceId);
  const files = ctx.repos.attachments.ofSubmission(s.id).map((f) => ({ id: f.id, name: f.name, size: f.size, type: f.mime }));
  const fileNames = new Map(files.map((f) => [f.id, f.name]));
  const data = JSON.parse(s.dataJson) as Record<string, unknown>;
  const answers = service
    ? answerRows(service.form, data, lang, {
        attachmentName: (id) => fileNames.get(id),
        municipalityName: (code, l) => lookups.municipality(code, l),
      })
    : [];
  const municipalityName = lookups.municipality(s.municipalityCode);

  let history: ExportHistoryEntry[] = [];
  if (withHistory) {
    const events = ctx.repos.cases.history(s.id);
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
    authority: lookups.authority(s.authorityId),
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
export function findOwnSubmission(ctx: AppContext, authorityId: string, id: number): SubmissionRow | null {
  const row = ctx.repos.cases.byId(id);
  return row && row.authorityId === authorityId ? row : null;
}

/** The submissions of these ids in the given order (the inbox's order). */
export function submissionsByIds(ctx: AppContext, authorityId: string, ids: number[]): SubmissionRow[] {
  if (ids.length === 0) return [];
  const rows = ctx.repos.cases.byIds(ids).filter((r) => r.authorityId === authorityId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is SubmissionRow => r !== undefined);
}
