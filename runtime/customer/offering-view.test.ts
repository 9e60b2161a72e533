import { describe, expect, it } from 'vitest';
import type { OfferedService, Topic } from './api';
import { offeringView, webHost } from './offering-view';

const topics: Topic[] = [
  { id: 'events', name: { fi: 'Tapahtumat', sv: 'Evenemang', en: 'Events' } },
  { id: 'building', name: { fi: 'Rakentaminen', sv: 'Byggande', en: 'Building' } },
  { id: 'safety', name: { fi: 'Turvallisuus', sv: 'Säkerhet', en: 'Safety' } },
];
const service = (deploymentId: number, kind: string, serviceTopics: string[]): OfferedService => ({
  deploymentId, serviceId: `s${deploymentId}`, packSlug: 'p', packVersion: 1, kind: 'notification', name: `Palvelu ${deploymentId}`,
  description: '', topics: serviceTopics, authority: { id: `${kind}-x`, name: kind, kind },
});
// Inari as the issue met it: the rescue department's and police's event notifications, nothing on building.
const inari = [service(1, 'rescue', ['events', 'safety']), service(2, 'police', ['events']), service(3, 'rescue', ['safety'])];

describe('the offering of a municipality for a topic', () => {
  it('with nothing on the topic, points to the other topics here and the services every municipality has', () => {
    const view = offeringView(inari, topics, 'building');
    expect(view.shown).toEqual([]);
    expect(view.thin).toBe(true);
    expect(view.otherTopics.map((c) => [c.topic.id, c.count])).toEqual([['events', 2], ['safety', 2]]);
    expect(view.everywhere.map((s) => s.deploymentId)).toEqual([1, 2, 3]);
  });

  it('with a thin topic, lists its services and does not repeat them among those every municipality has', () => {
    const view = offeringView([...inari, service(4, 'municipality', ['events'])], topics, 'safety');
    expect(view.shown.map((s) => s.deploymentId)).toEqual([1, 3]);
    expect(view.thin).toBe(true);
    expect(view.everywhere.map((s) => s.deploymentId)).toEqual([2]);
    expect(view.otherTopics.map((c) => c.topic.id)).toEqual(['events']);
  });

  it('without a topic shows everything, and is not thin when there are enough', () => {
    const view = offeringView(inari, topics, '');
    expect(view.shown).toHaveLength(3);
    expect(view.thin).toBe(false);
  });

  it('shows a web address by its host', () => {
    expect(webHost('https://www.inari.fi')).toBe('www.inari.fi');
    expect(webHost('not a url')).toBe('not a url');
  });
});
