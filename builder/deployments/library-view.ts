/**
 * The library an authority admin deploys from, as plain functions: each service of the newest
 * deployable version with what the authority already has of it (deployed on which version, a newer
 * one to upgrade to), searched by name, description and pack, filtered by topic.
 */
import { localize } from '../../form-library/format/localize';
import type { Lang } from '../../form-library/format/types';
import type { Deployment } from './api';
import type { LibraryService } from './deployable';

export interface LibraryEntry {
  item: LibraryService;
  /** The authority's active deployments of this service (usually one). */
  deployments: Deployment[];
  /** The lowest version the authority has deployed, or null when it has none. */
  deployedVersion: number | null;
  /** The library's version when it is newer than what is deployed: an upgrade, not a new deployment. */
  newerVersion: number | null;
  municipalityCount: number;
}

export function libraryEntries(library: LibraryService[], deployments: Deployment[]): LibraryEntry[] {
  return library.map((item) => {
    const own = deployments.filter((d) => d.active && d.packId === item.packId && d.serviceId === item.service.id);
    const deployedVersion = own.length > 0 ? Math.min(...own.map((d) => d.packVersion)) : null;
    return {
      item,
      deployments: own,
      deployedVersion,
      newerVersion: deployedVersion !== null && item.version > deployedVersion ? item.version : null,
      municipalityCount: new Set(own.flatMap((d) => d.municipalities)).size,
    };
  });
}

function normalise(text: string): string {
  return text.toLocaleLowerCase('fi').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Entries whose name, description or pack name contains every word of `query`, on `topic` when one is chosen. */
export function filterLibrary(entries: LibraryEntry[], query: string, topic: string, lang: Lang): LibraryEntry[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  return entries.filter(({ item }) => {
    if (topic && !item.service.topics.includes(topic)) return false;
    if (words.length === 0) return true;
    const haystack = normalise([localize(item.service.name, lang), localize(item.service.description, lang), localize(item.packName, lang)].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}

/** The customer's address of a deployed service, opened in its first municipality. */
export function liveServicePath(lang: Lang, deployment: Pick<Deployment, 'id' | 'municipalities'>): string | null {
  const first = [...deployment.municipalities].sort()[0];
  return first ? `/${lang}/asioi/${first}/palvelu/${deployment.id}` : null;
}
