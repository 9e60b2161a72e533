/**
 * The ready library of this repository (the `*.json` pack files beside this module), read once:
 * what the server publishes on start and what tests and the demo send. Shared objects: clone
 * before changing them.
 */
import type { AssessmentCatalog } from '../assessment/assessment-problems';
import type { FormData, FormPackContent, ServiceDefinition } from '../format/types';
import { readLibrary, readLibraryExamples, type LibraryPack } from './read-library';

export const LIBRARY_DIR = import.meta.dirname;

export const readyLibrary: LibraryPack[] = readLibrary(LIBRARY_DIR);

export const readyPacks: FormPackContent[] = readyLibrary.map((p) => p.content);

/** Valid customer data for every service in `readyPacks`, by service id. */
export const readyPackExamples: Record<string, FormData> = readLibraryExamples(LIBRARY_DIR);

export function readyPack(slug: string): FormPackContent {
  const pack = readyPacks.find((p) => p.slug === slug);
  if (!pack) throw new Error(`no ready pack "${slug}"`);
  return pack;
}

export function readyService(id: string): ServiceDefinition {
  const service = readyPacks.flatMap((p) => p.services).find((s) => s.id === id);
  if (!service) throw new Error(`no ready service "${id}"`);
  return service;
}

/**
 * The library as an assessment's rules see it when it is published into a database holding
 * nothing else: its own services, and `topics` (the server's topics; by default those the
 * library's services name).
 */
export function readyCatalog(topics: readonly string[] = readyPacks.flatMap((p) => p.services.flatMap((s) => s.topics))): AssessmentCatalog {
  return {
    service: (ref) => readyPacks.find((p) => p.slug === ref.pack)?.services.find((s) => s.id === ref.service) ?? null,
    topic: (id) => topics.includes(id),
  };
}
