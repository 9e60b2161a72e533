/**
 * One line of a case's history as the desk shows it, whatever detail the API gives for its kind:
 * a status change names both statuses, a message its direction, a note is always internal.
 */
import type { HistoryEntry } from '../../../api-contract';

export interface HistoryLine {
  at: string;
  kind: 'submitted' | 'status' | 'note' | 'message_out' | 'message_in' | 'supplement' | 'assignment';
  /** 'apiKey': the authority's case-management system, named by its key's name. */
  who: { kind: HistoryEntry['by']['kind']; name: string | null };
  /** e.g. 'Vastaanotettu → Käsittelyssä' or the assignee's name. */
  summary: string | null;
  text: string | null;
  internal: boolean;
}

function label(value: HistoryEntry['from']): string | null {
  return value ? value.label : null;
}

function whoOf(entry: HistoryEntry): HistoryLine['who'] {
  const kind = entry.by.kind;
  return { kind, name: kind === 'system' ? null : entry.by.name };
}

export function historyLine(entry: HistoryEntry): HistoryLine {
  const who = whoOf(entry);
  const text = entry.comment ?? entry.body ?? null;
  switch (entry.kind) {
    case 'status': {
      const from = label(entry.from);
      const to = label(entry.to) ?? entry.status?.label ?? null;
      return { at: entry.at, kind: 'status', who, summary: from && to ? `${from} → ${to}` : to, text, internal: false };
    }
    case 'message': {
      const incoming = entry.direction ? entry.direction === 'in' : who.kind === 'customer';
      return { at: entry.at, kind: incoming ? 'message_in' : 'message_out', who: incoming ? { kind: 'customer', name: who.name } : who, summary: null, text, internal: false };
    }
    case 'note':
      return { at: entry.at, kind: 'note', who, summary: null, text, internal: true };
    case 'assignment':
      return { at: entry.at, kind: 'assignment', who, summary: entry.assignee?.name ?? null, text, internal: false };
    case 'supplement':
      return { at: entry.at, kind: 'supplement', who: { kind: 'customer', name: who.name }, summary: null, text, internal: false };
    default:
      return { at: entry.at, kind: 'submitted', who: { kind: 'customer', name: who.name }, summary: label(entry.to) ?? entry.status?.label ?? null, text, internal: false };
  }
}
