/**
 * What the offering page shows for a municipality and a chosen topic, including when there is
 * little or nothing: the services on the topic, how many there are on each other topic here, and
 * the services every municipality has (those of the regional and national authorities: rescue
 * department, police, wellbeing services county), so a customer is never left at "0 services".
 */
import type { OfferedService, Topic } from './api';

/** Fewer services than this on a topic is a thin offering: the page points elsewhere too. */
export const THIN_OFFERING = 3;

export interface OfferingView {
  shown: OfferedService[];
  /** Topics other than the chosen one with at least one service here, with their counts, in topic order. */
  otherTopics: Array<{ topic: Topic; count: number }>;
  /** Services of authorities other than the municipality itself, not already shown. */
  everywhere: OfferedService[];
  thin: boolean;
}

export function offeringView(services: OfferedService[], topics: Topic[], topic: string): OfferingView {
  const shown = topic ? services.filter((s) => s.topics.includes(topic)) : services;
  const otherTopics = topics
    .filter((tp) => tp.id !== topic)
    .map((tp) => ({ topic: tp, count: services.filter((s) => s.topics.includes(tp.id)).length }))
    .filter((c) => c.count > 0);
  const shownIds = new Set(shown.map((s) => s.deploymentId));
  const everywhere = services.filter((s) => s.authority.kind !== 'municipality' && !shownIds.has(s.deploymentId));
  return { shown, otherTopics, everywhere, thin: shown.length < THIN_OFFERING };
}

/** The host of a web address, as a link text ("www.inari.fi"). */
export function webHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
