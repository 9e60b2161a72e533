/**
 * The project's one timeline: for each sent permit what its customer may see (the customer view's
 * own events: visible statuses, information requests with their reply day, supplements, messages
 * both ways, decisions with their documents), the project's own data changes, and ahead of them
 * when each open permit is expected to be decided: the day its authority promised an answer, else,
 * where enough of the authority's cases are decided to measure it, the days its cases usually take.
 * In time order, each line in the request's language.
 */
import type { ProcessingEstimate, TimelineEntry } from '../../api-contract';
import { awaitsAnswer } from '../../workflows/machine/case-steps';
import { formatDate } from '../../form-library/answers/format-answer';
import { localize } from '../../form-library/format/localize';
import type { Lang, ProjectDataDefinition } from '../../form-library/format/types';
import { projectTexts } from '../../i18n/catalogs/server';
import { translator } from '../../i18n/translate';
import type { MyCaseEvent } from '../customer/customer-view';
import { changeLabels } from './project-change-labels';
import type { PermitState } from './project-permits';
import type { ProjectEventRecord } from './project-repository';

function caseEntry(e: MyCaseEvent, permitId: number, service: string, reference: string, lang: Lang): TimelineEntry {
  const t = translator(projectTexts, lang);
  switch (e.kind) {
    case 'sent':
      return { at: e.at, permitId, kind: 'sent', text: t('timeline_sent', { service, reference }), status: e.status };
    case 'status':
      return { at: e.at, permitId, kind: 'status', text: t('timeline_status', { service, status: e.status.label }), status: e.status };
    case 'info_request':
      return {
        at: e.at, permitId, kind: 'info_request', status: e.status, replyBy: e.replyBy,
        text: e.replyBy ? t('timeline_info_request_by', { service, replyBy: formatDate(e.replyBy, lang) }) : t('timeline_info_request', { service }),
      };
    case 'supplement':
      return { at: e.at, permitId, kind: 'supplement', from: e.from, text: t('timeline_supplement', { service }) };
    case 'message':
      return { at: e.at, permitId, kind: 'message', from: e.from, text: t(e.from === 'authority' ? 'timeline_message_authority' : 'timeline_message_customer', { service }) };
    case 'decision':
      return { at: e.at, permitId, kind: 'decision', text: t('timeline_decision', { service }), decision: e.decision, ...(e.status ? { status: e.status } : {}) };
  }
}

export interface SentPermitEvents {
  state: PermitState;
  events: MyCaseEvent[];
  /** The service's processing-time estimate at the permit's authority. */
  estimate: ProcessingEstimate;
}

/** The calendar day `days` after an instant, as 'YYYY-MM-DD' (UTC, as the due dates are). */
function dayAfter(at: string, days: number): string {
  const d = new Date(at);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function projectTimeline(sent: SentPermitEvents[], changes: ProjectEventRecord[], def: ProjectDataDefinition | undefined, lang: Lang): TimelineEntry[] {
  const t = translator(projectTexts, lang);
  const entries: TimelineEntry[] = [];
  for (const { state, events, estimate } of sent) {
    const service = localize(state.service.name, lang);
    const reference = state.sub?.reference ?? '';
    for (const e of events) entries.push(caseEntry(e, state.permit.id, service, reference, lang));
    // Ahead: the day the authority promised its answer, while the case still waits for it.
    if (state.sub?.openDueDate) {
      entries.push({ at: state.sub.openDueDate, permitId: state.permit.id, kind: 'expected', text: t('timeline_expected', { service, day: formatDate(state.sub.openDueDate, lang) }) });
    } else if (state.sub && estimate?.kind === 'measured' && awaitsAnswer(state.service.workflow, state.sub.status, state.sub.decidedAt !== null)) {
      // No promised day, but a measured one: usually decided between the median and the 80th percentile.
      const from = dayAfter(state.sub.submittedAt, estimate.medianDays);
      const to = dayAfter(state.sub.submittedAt, Math.max(estimate.p80Days, estimate.medianDays));
      entries.push({
        at: from, permitId: state.permit.id, kind: 'expected',
        text: from === to
          ? t('timeline_estimated_day', { service, day: formatDate(from, lang), cases: estimate.cases })
          : t('timeline_estimated', { service, from: formatDate(from, lang), to: formatDate(to, lang), cases: estimate.cases }),
      });
    }
  }
  for (const change of changes) {
    entries.push({ at: change.at, permitId: null, kind: 'project_change', text: t('timeline_project_change', { fields: changeLabels(def, change.fields, lang).join(', ') }) });
  }
  // A day ('2026-06-01') sorts before the instants of that day; stable, so a permit's own order holds.
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
