import { describe, expect, it } from 'vitest';
import type { FormPackContent } from '../format/types';
import { describeChange, diffPacks, groupPackChanges, packChanged, type PackChange } from '.';
import { readyPack } from '../library/index';
import { eventPackV1, eventPackV2 } from './test-fixtures/event-pack-versions';

const changes = diffPacks(eventPackV1, eventPackV2());

function find<T extends PackChange['type']>(type: T, predicate: (c: Extract<PackChange, { type: T }>) => boolean = () => true) {
  return changes.filter((c): c is Extract<PackChange, { type: T }> => c.type === type && predicate(c as Extract<PackChange, { type: T }>));
}

function single<T extends PackChange['type']>(type: T, predicate?: (c: Extract<PackChange, { type: T }>) => boolean) {
  const found = find(type, predicate);
  expect(found, `exactly one ${type}`).toHaveLength(1);
  return found[0];
}

describe('diffPacks between version 1 and 2 of the event-organising pack', () => {
  it('finds no changes between a version and itself', () => {
    expect(diffPacks(eventPackV1, structuredClone(eventPackV1))).toEqual([]);
  });

  it('reports the services added and removed', () => {
    expect(single('serviceAdded').serviceId).toBe('temporary-food-sales');
    expect(single('serviceRemoved').serviceId).toBe('public-area-use');
    // A removed or added service is one change, not one per field.
    expect(changes.filter((c) => 'serviceId' in c && c.serviceId === 'public-area-use')).toHaveLength(1);
    expect(changes.filter((c) => 'serviceId' in c && c.serviceId === 'temporary-food-sales')).toHaveLength(1);
  });

  it('reports a service’s identification level changed, absent counting as none', () => {
    const after = structuredClone(eventPackV1);
    after.services[0].identification = 'strong';
    const found = diffPacks(eventPackV1, after);
    expect(found).toEqual([expect.objectContaining({ type: 'serviceIdentification', before: 'none', after: 'strong', serviceId: eventPackV1.services[0].id })]);
    expect(describeChange(found[0], 'en')).toMatch(/no identification.*strong identification/);
    const none = structuredClone(eventPackV1);
    none.services[0].identification = 'none';
    expect(diffPacks(eventPackV1, none)).toEqual([]);
  });

  it('reports the pack name changed in Swedish only', () => {
    expect(single('packText')).toEqual({ type: 'packText', property: 'name', lang: 'sv', before: 'Ordnande av evenemang', after: 'Att ordna evenemang' });
  });

  it('reports a page added at its position', () => {
    expect(single('pageAdded')).toMatchObject({ pageId: 'p-schedule', index: 2, serviceId: 'noise-notification' });
    expect(find('pageMoved')).toEqual([]); // the attachments page shifted, but was not moved
  });

  it('reports elements added, including inside a new page, and the one removed from its section', () => {
    expect(find('elementAdded').map((c) => c.key)).toEqual(['neighboursInfo', 'loudHours']);
    const removed = single('elementRemoved');
    expect(removed).toMatchObject({ key: 'phone', at: { pageId: 'p-applicant', parent: { key: 'applicant' }, index: 2 } });
  });

  it('reports only the dragged field as moved, not the ones it jumped over', () => {
    const moved = single('elementMoved');
    expect(moved.key).toBe('description');
    expect(moved.from.index).toBe(5);
    expect(moved.to.index).toBe(1);
  });

  it('reports which properties of an element changed', () => {
    expect(single('elementSetting', (c) => c.key === 'eventName')).toMatchObject({ property: 'maxLength', before: 120, after: 200 });
    expect(single('elementText', (c) => c.key === 'eventName')).toMatchObject({ property: 'label', lang: 'en', before: 'Event name', after: 'Name of the event' });
    expect(single('elementRequired')).toMatchObject({ key: 'description', before: false, after: true });
    const condition = single('elementCondition');
    expect(condition.key).toBe('loudspeakerCount');
    expect(condition.before?.condition).toEqual({ field: 'loudspeakers', op: 'equals', value: true });
    expect(condition.after).toBeUndefined();
  });

  it('reports options added, removed and relabelled, matched by value', () => {
    expect(single('optionAdded')).toMatchObject({ key: 'noiseSource', value: 'generator' });
    expect(single('optionRemoved')).toMatchObject({ key: 'noiseSource', value: 'fireworks' });
    expect(single('optionText')).toMatchObject({ value: 'music', lang: 'sv', before: 'Musik', after: 'Levande musik' });
    expect(find('optionsReordered')).toEqual([]);
  });

  it('matches an element with a fresh id by its key, so a re-import shows a change, not a swap', () => {
    expect(find('elementAdded', (c) => c.key === 'siteMap')).toEqual([]);
    expect(find('elementRemoved', (c) => c.key === 'siteMap')).toEqual([]);
    expect(single('elementSetting', (c) => c.key === 'siteMap')).toMatchObject({ property: 'maxFiles', before: 1, after: 3, elementId: 'e-map-2' });
  });

  it('reports workflow states and transitions added and changed', () => {
    expect(single('stateAdded')).toMatchObject({ stateId: 'FORWARDED' });
    expect(single('transitionAdded')).toMatchObject({ event: 'FORWARD', from: ['SUBMITTED'], to: 'FORWARDED' });
    expect(single('transitionRoles')).toMatchObject({ event: 'CANCEL', before: ['customer'], after: ['customer', 'handler'] });
    expect(single('transitionText')).toMatchObject({ event: 'ACKNOWLEDGE', property: 'customerAlert', lang: 'en' });
  });

  it('lists nothing it cannot explain: every change of the fixture is accounted for', () => {
    expect(changes.map((c) => c.type).sort()).toEqual(
      [
        'packText', 'pageAdded', 'elementText', 'elementSetting', 'elementMoved', 'elementRequired', 'optionText',
        'optionAdded', 'optionRemoved', 'elementCondition', 'elementAdded', 'elementAdded', 'elementSetting',
        'elementRemoved', 'stateAdded', 'transitionText', 'transitionRoles', 'transitionAdded', 'serviceAdded',
        'serviceRemoved',
      ].sort(),
    );
  });
});

describe('diffPacks on smaller edits', () => {
  function edit(change: (pack: FormPackContent) => void): PackChange[] {
    const after = structuredClone(eventPackV1);
    change(after);
    return diffPacks(eventPackV1, after);
  }

  it('reports a field moved from a section to another page', () => {
    const result = edit((pack) => {
      const [applicantPage, eventPage] = pack.services[0].form.pages;
      const section = applicantPage.elements[0];
      if (section.kind !== 'section') throw new Error('section expected');
      const email = section.elements.splice(1, 1)[0];
      eventPage.elements.unshift(email);
    });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ type: 'elementMoved', key: 'email', from: { pageId: 'p-applicant', parent: { key: 'applicant' } }, to: { pageId: 'p-event', index: 0 } });
    expect(describeChange(result[0], 'fi')).toBe(
      'Kenttä ”Sähköposti” siirrettiin: sivu ”Ilmoittaja”, osio ”Ilmoittajan tiedot” → sivu ”Tapahtuma”.',
    );
  });

  it('reports a page moved and its condition added', () => {
    const result = edit((pack) => {
      const pages = pack.services[0].form.pages;
      const attachments = pages.pop()!;
      attachments.condition = { field: 'noiseSource', op: 'oneOf', values: ['music', 'speech'] };
      pages.unshift(attachments);
    });
    expect(result.map((c) => c.type)).toEqual(['pageMoved', 'pageCondition']);
    expect(describeChange(result[0], 'en')).toBe('Moved page “Attachments” from position 3 to 1.');
    expect(describeChange(result[1], 'sv')).toBe('Sidan ”Bilagor”: visas nu när ”Bullerkälla” är något av: ”Musik”, ”Förstärkt tal” (tidigare alltid).');
  });

  it('words a page whose number stayed the same while the pages around it swapped', () => {
    const result = edit((pack) => {
      const pages = pack.services[0].form.pages;
      pack.services[0].form.pages = [pages[2], pages[1], pages[0]];
    });
    expect(result.map((c) => describeChange(c, 'en'))).toEqual([
      'Moved page “Event” to another place (now page 2).',
      'Moved page “Notifier” from position 1 to 3.',
    ]);
  });

  it('reports a change of element kind and data key', () => {
    const result = edit((pack) => {
      const description = pack.services[0].form.pages[1].elements[5];
      description.kind = 'text';
      description.key = 'eventDescription';
    });
    expect(result.map((c) => describeChange(c, 'en'))).toEqual([
      'Field “Description of the event”: type changed from long text to short text.',
      'Field “Description of the event”: data key changed from description to eventDescription.',
    ]);
  });

  it('reports options reordered', () => {
    const result = edit((pack) => {
      const source = pack.services[0].form.pages[1].elements[2];
      if (source.kind !== 'choice') throw new Error('choice expected');
      source.options.reverse();
    });
    expect(result).toHaveLength(1);
    expect(describeChange(result[0], 'fi')).toBe('Kenttä ”Melun lähde”: vaihtoehtojen järjestys muuttui.');
  });

  it('reports a state hidden from the customer, a transition retargeted and a comment no longer required', () => {
    const result = edit((pack) => {
      const workflow = pack.services[1].workflow;
      workflow.states.find((s) => s.id === 'RECEIVED')!.customerVisible = false;
      const decide = workflow.transitions.find((t) => t.event === 'DECIDE')!;
      decide.commentRequired = false;
      workflow.transitions.find((t) => t.event === 'START')!.from = ['SUBMITTED', 'RECEIVED'];
    });
    expect(result.map((c) => describeChange(c, 'fi'))).toEqual([
      'Tila ”Vastaanotettu” (RECEIVED): ei enää näy asiakkaalle.',
      'Siirtymä ”Aloita käsittely” (START): lähtötilat muuttuivat ”Vastaanotettu” → ”Lähetetty”, ”Vastaanotettu”.',
      'Siirtymä ”Tee päätös” (DECIDE): ei enää vaadi kommenttia.',
    ]);
  });

  it('reports a transition and a state removed', () => {
    const result = edit((pack) => {
      const workflow = pack.services[1].workflow;
      workflow.transitions = workflow.transitions.filter((t) => t.event !== 'CLOSE');
      workflow.states = workflow.states.filter((s) => s.id !== 'CLOSED');
    });
    expect(result.map((c) => describeChange(c, 'sv'))).toEqual([
      'Statusen ”Behandlingen avslutad” (CLOSED) togs bort.',
      'Övergången ”Avsluta behandlingen” (CLOSE) togs bort: ”Beslut fattat” → ”Behandlingen avslutad”.',
    ]);
  });

  it('reports a help text removed and a Swedish label added', () => {
    const result = edit((pack) => {
      const dates = pack.services[0].form.pages[1].elements[1];
      delete dates.help;
      pack.services[0].form.pages[0].title.sv = '  ';
    });
    expect(result.map((c) => describeChange(c, 'en'))).toEqual([
      'Page “Notifier”: the Swedish title was removed (was “Anmälare”).',
      'Field “Dates”: the Finnish help text was removed (was “Ilmoitus on tehtävä viimeistään 30 päivää ennen tapahtumaa.”).',
      'Field “Dates”: the Swedish help text was removed (was “Anmälan ska göras senast 30 dagar före evenemanget.”).',
      'Field “Dates”: the English help text was removed (was “Notify at least 30 days before the event.”).',
    ]);
  });

  it('reports a service handed to another kind of authority and given another topic', () => {
    const result = edit((pack) => {
      pack.services[0].authorityKind = 'wellbeing';
      pack.services[0].topics = ['events', 'environment'];
    });
    expect(result.map((c) => describeChange(c, 'fi'))).toEqual([
      'Asiointi ”Meluilmoitus tilapäisestä tapahtumasta”: käsittelevä viranomainen muuttui kunta → hyvinvointialue.',
      'Asiointi ”Meluilmoitus tilapäisestä tapahtumasta”: aihealueet muuttuivat events → events, environment.',
    ]);
  });
});

describe('describeChange', () => {
  it('names an element by its label in the reader’s language', () => {
    const required = changes.find((c) => c.type === 'elementRequired')!;
    expect(describeChange(required, 'fi')).toBe('Kenttä ”Kuvaus tapahtumasta”: nyt pakollinen.');
    expect(describeChange(required, 'sv')).toBe('Fältet ”Beskrivning av evenemanget”: nu obligatorisk uppgift.');
    expect(describeChange(required, 'en')).toBe('Field “Description of the event”: now required.');
  });

  it('words every change of the fixture in all three languages, with the labels of that language', () => {
    for (const change of changes) {
      const fi = describeChange(change, 'fi');
      const sv = describeChange(change, 'sv');
      const en = describeChange(change, 'en');
      for (const text of [fi, sv, en]) {
        expect(text).toMatch(/\.$/);
        expect(text).not.toContain('undefined');
        expect(text).not.toContain('[object');
      }
      expect(new Set([fi, sv, en]).size).toBe(3);
    }
    const removedOption = changes.find((c) => c.type === 'optionRemoved')!;
    expect(describeChange(removedOption, 'sv')).toBe('Fältet ”Bullerkälla”: alternativet ”Fyrverkerier” togs bort.');
    const condition = changes.find((c) => c.type === 'elementCondition')!;
    expect(describeChange(condition, 'fi')).toBe(
      'Kenttä ”Kaiuttimien määrä”: näytetään nyt aina (aiemmin kun ”Käytetäänkö kaiuttimia?” on ”kyllä”).',
    );
  });

  it('falls back to another language, then to the key, when a label is missing', () => {
    const change: PackChange = {
      type: 'elementAdded',
      serviceId: 'noise-notification',
      serviceName: { fi: 'Meluilmoitus' },
      elementId: 'e-x',
      key: 'generatorPower',
      elementKind: 'number',
      elementLabel: { fi: 'Aggregaatin teho (kW)' },
      at: { pageId: 'p-event', pageTitle: {}, index: 3 },
    };
    expect(describeChange(change, 'sv')).toBe('Fältet ”Aggregaatin teho (kW)” lades till (sida ”p-event”).');
  });
});

describe('groupPackChanges', () => {
  it('puts the pack’s own changes first, then each service with its changes', () => {
    const groups = groupPackChanges(changes);
    expect(groups.map((g) => [g.serviceId, g.changes.length])).toEqual([
      [null, 1],
      ['noise-notification', 17],
      ['temporary-food-sales', 1],
      ['public-area-use', 1],
    ]);
    expect(groups[1].serviceName?.sv).toBe('Bullerannmälan om ett tillfälligt evenemang');
  });
});

describe('packChanged', () => {
  it('says whether a draft changes the latest version, its permit-needs assessments too', () => {
    const v1 = readyPack('event-organising');
    expect(packChanged(v1, structuredClone(v1))).toBe(false);
    expect(packChanged(eventPackV1, eventPackV2())).toBe(true);
    // A question added to the assessment alone is a change worth a version, though the diff lists services only.
    const draft = structuredClone(v1);
    draft.assessments![0].rules = draft.assessments![0].rules.slice(1);
    expect(diffPacks(v1, draft)).toEqual([]);
    expect(packChanged(v1, draft)).toBe(true);
    // The same assessment with its keys in another order is no change.
    const reordered = structuredClone(v1);
    reordered.assessments = reordered.assessments!.map((a) => Object.fromEntries(Object.entries(a).reverse()) as typeof a);
    expect(packChanged(v1, reordered)).toBe(false);
  });
});
