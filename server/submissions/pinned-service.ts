/**
 * The service definition a deployment or a submission is pinned to. Published pack versions are
 * immutable, so each is parsed once per process and kept; every validator and machine cached on
 * the definition objects (form-library, workflows use WeakMaps) then lives as long as it does.
 */
import type { Statement } from 'better-sqlite3';
import type { FormPackContent, Lang, LocalizedText, ServiceDefinition } from '../../form-library/format/types';
import type { Sqlite } from '../db/connection';

interface CacheEntry {
  content: FormPackContent;
  services: Map<string, ServiceDefinition>;
}

const caches = new WeakMap<Sqlite, Map<string, CacheEntry | null>>();
const selects = new WeakMap<Sqlite, Statement<[number, number], { contentJson: string }>>();

function packVersion(sqlite: Sqlite, packId: number, version: number): CacheEntry | null {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new Map();
    caches.set(sqlite, cache);
  }
  const key = `${packId}:${version}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let select = selects.get(sqlite);
  if (!select) {
    select = sqlite.prepare<[number, number], { contentJson: string }>(
      'SELECT content_json AS contentJson FROM pack_versions WHERE pack_id = ? AND version = ?',
    );
    selects.set(sqlite, select);
  }
  const row = select.get(packId, version);
  if (!row) return null; // not cached: the version may be published a moment later
  const content = JSON.parse(row.contentJson) as FormPackContent;
  const entry: CacheEntry = { content, services: new Map(content.services.map((s) => [s.id, s])) };
  cache.set(key, entry);
  return entry;
}

export function pinnedService(sqlite: Sqlite, packId: number, version: number, serviceId: string): ServiceDefinition | null {
  return packVersion(sqlite, packId, version)?.services.get(serviceId) ?? null;
}

/** A text in `lang`, falling back to Finnish, then Swedish, then English (drafts may lack some). */
export function inLang(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.fi ?? text.sv ?? text.en ?? '';
}

/** The label of a workflow status in `lang`; the id itself when the workflow does not know it. */
export function statusLabel(service: ServiceDefinition | null, status: string, lang: Lang): string {
  const state = service?.workflow.states.find((s) => s.id === status);
  return state ? inLang(state.label, lang) || status : status;
}
