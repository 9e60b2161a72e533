/**
 * The diff of a pack's project data and of its forms' mappings to it: what the coordinator's
 * review and the admin's upgrade screen list, in Finnish, Swedish and English.
 */
import { describe, expect, it } from 'vitest';
import type { FormElement, FormPackContent } from '../format/types';
import { readyPack } from '../library/index';
import { describeChange, diffPacks, groupPackChanges } from '.';

function eventPack(): FormPackContent {
  return structuredClone(readyPack('event-organising'));
}

function withoutProjectData(pack: FormPackContent): FormPackContent {
  const out = structuredClone(pack);
  delete out.projectData;
  const strip = (elements: FormElement[]) => {
    for (const el of elements) {
      delete el.projectField;
      if (el.kind === 'section' || el.kind === 'group') strip(el.elements);
    }
  };
  for (const service of out.services) for (const page of service.form.pages) strip(page.elements);
  return out;
}

function policeField(pack: FormPackContent, key: string): FormElement {
  const page = pack.services[0].form.pages.flatMap((p) => p.elements);
  const all = page.flatMap((e) => (e.kind === 'section' ? [e, ...e.elements] : [e]));
  const found = all.find((e) => e.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
}

describe('the diff of project data', () => {
  it('lists project data added with its fields, and each mapping added, under the pack and its services', () => {
    const after = eventPack();
    const changes = diffPacks(withoutProjectData(after), after);
    expect(changes[0]).toEqual({ type: 'projectDataAdded', name: after.projectData!.name });
    expect(describeChange(changes[0], 'en')).toBe('Added project data “Event”.');
    const added = changes.filter((c) => c.type === 'projectElementAdded');
    expect(added.map((c) => c.type === 'projectElementAdded' && c.fieldKey)).toContain('organiser.organiserBusinessId');
    const businessId = added.find((c) => c.type === 'projectElementAdded' && c.fieldKey === 'organiser.organiserBusinessId')!;
    expect(describeChange(businessId, 'en')).toBe('Project data: added field “Organiser › Business ID”.');
    expect(describeChange(businessId, 'fi')).toBe('Hanketiedot: Kenttä ”Järjestäjä › Y-tunnus” lisättiin.');
    expect(describeChange(businessId, 'sv')).toBe('Projektuppgifterna: Fältet ”Arrangör › FO-nummer” lades till.');

    const mapped = changes.filter((c) => c.type === 'elementProjectField');
    expect(mapped.length).toBeGreaterThan(50);
    const first = mapped.find((c) => c.type === 'elementProjectField' && c.key === 'organiserBusinessId' && c.serviceId === 'public-event-police')!;
    expect(describeChange(first, 'en')).toBe('Field “Business ID”: now prefilled from project data “Organiser › Business ID”.');
    expect(describeChange(first, 'fi')).toBe('Kenttä ”Y-tunnus”: esitäytetään nyt hanketiedosta ”Järjestäjä › Y-tunnus”.');
    expect(describeChange(first, 'sv')).toBe('Fältet ”FO-nummer”: förifylls nu från projektuppgiften ”Arrangör › FO-nummer”.');

    const groups = groupPackChanges(changes);
    expect(groups[0].serviceId).toBeNull();
    expect(groups[0].changes.every((c) => c.type.startsWith('project'))).toBe(true);
  });

  it('lists project data removed as one change, and the mappings that went with it', () => {
    const before = eventPack();
    const changes = diffPacks(before, withoutProjectData(before));
    expect(describeChange(changes[0], 'sv')).toBe('Projektuppgifterna ”Evenemang” togs bort.');
    const unmapped = changes.find((c) => c.type === 'elementProjectField' && c.key === 'eventName')!;
    expect(describeChange(unmapped, 'en')).toBe('Field “Name of the event”: no longer prefilled from project data (before: “Event › Name of the event”).');
  });

  it('lists a project field changed, added and removed, and a mapping moved to another field', () => {
    const before = eventPack();
    const after = eventPack();
    const data = after.projectData!;
    const organiser = data.elements[0];
    if (organiser.kind !== 'section') throw new Error('organiser is a section');
    const name = organiser.elements[1];
    name.label = { ...name.label, en: 'Organiser’s name' };
    name.required = false;
    organiser.elements = organiser.elements.filter((e) => e.key !== 'organiserPhone');
    data.elements.push({ id: 'p-website', kind: 'text', key: 'website', label: { fi: 'Verkkosivu', sv: 'Webbplats', en: 'Website' } });
    data.description = { ...data.description, en: 'About the event.' };
    policeField(after, 'eventPlace').projectField = 'event.eventAddress';
    delete policeField(after, 'organiserPhone').projectField;
    for (const service of after.services.slice(1)) {
      for (const page of service.form.pages) {
        for (const el of page.elements) if (el.kind === 'section') for (const child of el.elements) if (child.projectField === 'organiser.organiserPhone') delete child.projectField;
      }
    }

    const sentences = diffPacks(before, after).map((c) => describeChange(c, 'en'));
    expect(sentences).toEqual(expect.arrayContaining([
      'Project data: Field “Organiser › Organiser’s name”: the English label changed from “Name of the organiser” to “Organiser’s name”.',
      'Project data: Field “Organiser › Organiser’s name”: no longer required.',
      'Project data: removed field “Organiser › Phone number”.',
      'Project data: added field “Website”.',
      'Field “Venue”: now prefilled from project data “Event › Address of the venue” (before: “Event › Venue”).',
      'Field “Phone number”: no longer prefilled from project data (before: “Organiser › Phone number”).',
    ]));
    expect(sentences.find((s) => s.startsWith('Project data: the English description changed from “The event'))).toMatch(/ to “About the event\.”\.$/);
    expect(sentences.filter((s) => s.startsWith('Project data'))).toHaveLength(5);
  });

  it('finds nothing between a pack with project data and itself', () => {
    expect(diffPacks(eventPack(), eventPack())).toEqual([]);
  });
});
