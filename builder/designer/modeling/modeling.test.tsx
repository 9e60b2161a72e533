import { describe, expect, it } from 'vitest';
import type { FormDefinition, FormElement } from '../../../form-library/format/types';
import { applyFormOp, ModelingError, stepMove } from './operations';
import { canRedo, canUndo, createStack, execute, redo, undo } from './command-stack';
import { camelKey, keyFromLabel, takenKeys } from './keys';
import { cloneElement, createElement, createPage } from './element-factory';
import { keyFollowsLabel, relabel, resetKey } from './labels';
import { allLocations, findElement, moveTargets } from './tree';
import { conditionIsOffered, earlierFields } from './conditions';

// A public event notification as a designer would start it: organiser details on page 1, the event on page 2.
function eventForm(): FormDefinition {
  return {
    pages: [
      {
        id: 'page-organiser',
        title: { fi: 'Järjestäjä', sv: 'Arrangör', en: 'Organiser' },
        elements: [
          { id: 'el-name', kind: 'text', key: 'jarjestajanNimi', label: { fi: 'Järjestäjän nimi', sv: 'Arrangörens namn' }, required: true },
          { id: 'el-bid', kind: 'businessId', key: 'yTunnus', label: { fi: 'Y-tunnus', sv: 'FO-nummer' } },
          {
            id: 'el-contact', kind: 'section', key: 'yhteyshenkilo', label: { fi: 'Yhteyshenkilö', sv: 'Kontaktperson' },
            elements: [{ id: 'el-email', kind: 'email', key: 'sahkoposti', label: { fi: 'Sähköposti', sv: 'E-post' } }],
          },
        ],
      },
      {
        id: 'page-event',
        title: { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' },
        elements: [
          {
            id: 'el-kind', kind: 'choice', key: 'tapahtumanTyyppi', label: { fi: 'Tapahtuman tyyppi', sv: 'Typ av evenemang' },
            options: [
              { value: 'concert', label: { fi: 'Konsertti', sv: 'Konsert' } },
              { value: 'market', label: { fi: 'Markkinat', sv: 'Marknad' } },
            ],
          },
          { id: 'el-stage', kind: 'yesNo', key: 'esiintymislava', label: { fi: 'Esiintymislava', sv: 'Scen' } },
          {
            id: 'el-people', kind: 'group', key: 'jarjestyksenvalvojat', label: { fi: 'Järjestyksenvalvojat', sv: 'Ordningsvakter' },
            elements: [{ id: 'el-guard', kind: 'text', key: 'valvojanNimi', label: { fi: 'Nimi', sv: 'Namn' } }],
          },
        ],
      },
    ],
  };
}

const ids = (elements: FormElement[]) => elements.map((e) => e.id);

describe('inserting an element from the palette', () => {
  it('puts it at the given index of a page', () => {
    const def = eventForm();
    const el = createElement('date', def, 'el-date');
    const next = applyFormOp(def, { type: 'insert', element: el, containerId: 'page-organiser', index: 1 });
    expect(ids(next.pages[0].elements)).toEqual(['el-name', 'el-date', 'el-bid', 'el-contact']);
  });

  it('puts it inside a section or a repeating group', () => {
    const def = eventForm();
    const next = applyFormOp(def, { type: 'insert', element: createElement('phone', def, 'el-phone'), containerId: 'el-contact', index: 99 });
    expect(findElement(next, 'el-phone')).toMatchObject({ containerId: 'el-contact', index: 1, ancestors: ['el-contact'] });
  });

  it('leaves the original definition untouched and shares unchanged pages', () => {
    const def = eventForm();
    const before = JSON.stringify(def);
    const next = applyFormOp(def, { type: 'insert', element: createElement('text', def, 'el-new'), containerId: 'el-contact', index: 0 });
    expect(JSON.stringify(def)).toBe(before);
    expect(next.pages[1]).toBe(def.pages[1]);
  });

  it('refuses an unknown container', () => {
    const def = eventForm();
    expect(() => applyFormOp(def, { type: 'insert', element: createElement('text', def), containerId: 'nowhere', index: 0 })).toThrow(ModelingError);
  });

  it('gives every palette kind a valid element with a unique key', () => {
    let def = eventForm();
    const kinds = ['text', 'text', 'choice', 'section', 'group', 'info', 'attachment'] as const;
    for (const kind of kinds) {
      def = applyFormOp(def, { type: 'insert', element: createElement(kind, def), containerId: 'page-event', index: 0 });
    }
    const keys = allLocations(def).map((l) => l.element.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('tekstikentta');
    expect(keys).toContain('tekstikentta2');
  });
});

describe('moving an element', () => {
  it('reorders within a page', () => {
    const next = applyFormOp(eventForm(), { type: 'move', elementId: 'el-name', containerId: 'page-organiser', index: 2 });
    expect(ids(next.pages[0].elements)).toEqual(['el-bid', 'el-contact', 'el-name']);
  });

  it('moves into a section and out of it again', () => {
    const into = applyFormOp(eventForm(), { type: 'move', elementId: 'el-bid', containerId: 'el-contact', index: 0 });
    expect(findElement(into, 'el-bid')?.containerId).toBe('el-contact');
    const out = applyFormOp(into, { type: 'move', elementId: 'el-bid', containerId: 'page-organiser', index: 0 });
    expect(ids(out.pages[0].elements)).toEqual(['el-bid', 'el-name', 'el-contact']);
  });

  it('moves into a repeating group and between pages', () => {
    const def = applyFormOp(eventForm(), { type: 'move', elementId: 'el-email', containerId: 'el-people', index: 1 });
    expect(findElement(def, 'el-email')).toMatchObject({ containerId: 'el-people', pageId: 'page-event' });
    const back = applyFormOp(def, { type: 'move', elementId: 'el-people', containerId: 'page-organiser', index: 0 });
    expect(ids(back.pages[0].elements)[0]).toBe('el-people');
    expect(findElement(back, 'el-guard')?.pageId).toBe('page-organiser');
  });

  it('never moves a section into itself or its own contents', () => {
    expect(() => applyFormOp(eventForm(), { type: 'move', elementId: 'el-contact', containerId: 'el-contact', index: 0 })).toThrow(ModelingError);
    const nested = applyFormOp(eventForm(), { type: 'move', elementId: 'el-people', containerId: 'el-contact', index: 0 });
    expect(() => applyFormOp(nested, { type: 'move', elementId: 'el-contact', containerId: 'el-people', index: 0 })).toThrow(ModelingError);
    expect(moveTargets(nested, 'el-contact').map((t) => t.id)).toEqual(['page-organiser', 'page-event']);
  });

  it('steps up and down with the buttons, stopping at the edges', () => {
    const def = eventForm();
    expect(stepMove(def, 'el-name', -1)).toBeUndefined();
    const op = stepMove(def, 'el-name', 1);
    expect(op).toEqual({ type: 'move', elementId: 'el-name', containerId: 'page-organiser', index: 1 });
    expect(ids(applyFormOp(def, op!).pages[0].elements)).toEqual(['el-bid', 'el-name', 'el-contact']);
  });
});

describe('deleting and duplicating', () => {
  it('deletes an element with its contents', () => {
    const next = applyFormOp(eventForm(), { type: 'delete', elementId: 'el-contact' });
    expect(findElement(next, 'el-email')).toBeUndefined();
    expect(ids(next.pages[0].elements)).toEqual(['el-name', 'el-bid']);
  });

  it('duplicates right after the original with fresh ids and unique keys', () => {
    const def = eventForm();
    let n = 0;
    const copy = cloneElement(findElement(def, 'el-contact')!.element, def, () => `copy-${++n}`);
    const next = applyFormOp(def, { type: 'duplicate', elementId: 'el-contact', copy });
    expect(ids(next.pages[0].elements)).toEqual(['el-name', 'el-bid', 'el-contact', 'copy-1']);
    expect(findElement(next, 'copy-2')?.element.key).toBe('sahkoposti2');
    expect(findElement(next, 'copy-1')?.element.key).toBe('yhteyshenkilo2');
  });
});

describe('updating properties', () => {
  it('merges a patch and removes properties set to undefined', () => {
    let def = applyFormOp(eventForm(), { type: 'update', elementId: 'el-name', patch: { maxLength: 80, required: undefined } });
    expect(findElement(def, 'el-name')?.element).toMatchObject({ maxLength: 80 });
    expect(findElement(def, 'el-name')?.element).not.toHaveProperty('required');
    def = applyFormOp(def, { type: 'update', elementId: 'el-name', patch: { id: 'hijack', kind: 'number' } });
    expect(findElement(def, 'el-name')?.element.kind).toBe('text');
  });

  it('adds, renames, reorders and removes pages, keeping at least one', () => {
    let def = eventForm();
    def = applyFormOp(def, { type: 'addPage', page: createPage(def, 'page-3'), index: 2 });
    expect(def.pages[2].title.fi).toBe('Sivu 3');
    def = applyFormOp(def, { type: 'updatePage', pageId: 'page-3', patch: { title: { fi: 'Liitteet', sv: 'Bilagor' } } });
    def = applyFormOp(def, { type: 'movePage', pageId: 'page-3', index: 0 });
    expect(def.pages.map((p) => p.id)).toEqual(['page-3', 'page-organiser', 'page-event']);
    def = applyFormOp(def, { type: 'removePage', pageId: 'page-organiser' });
    def = applyFormOp(def, { type: 'removePage', pageId: 'page-event' });
    expect(() => applyFormOp(def, { type: 'removePage', pageId: 'page-3' })).toThrow(ModelingError);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes every change in order', () => {
    const start = eventForm();
    let stack = createStack(start);
    const a = applyFormOp(start, { type: 'delete', elementId: 'el-bid' });
    stack = execute(stack, a);
    const b = applyFormOp(a, { type: 'move', elementId: 'el-name', containerId: 'el-contact', index: 0 });
    stack = execute(stack, b);
    stack = undo(stack);
    expect(stack.present).toBe(a);
    stack = undo(stack);
    expect(stack.present).toBe(start);
    expect(canUndo(stack)).toBe(false);
    stack = redo(redo(stack));
    expect(stack.present).toBe(b);
    expect(canRedo(stack)).toBe(false);
  });

  it('a new change after undo drops the redo branch', () => {
    const start = eventForm();
    let stack = execute(createStack(start), applyFormOp(start, { type: 'delete', elementId: 'el-bid' }));
    stack = undo(stack);
    stack = execute(stack, applyFormOp(start, { type: 'delete', elementId: 'el-name' }));
    expect(canRedo(stack)).toBe(false);
    expect(stack.past).toEqual([start]);
  });

  it('typing into one field is one undo step', () => {
    let def = eventForm();
    let stack = createStack(def);
    for (const text of ['K', 'Ko', 'Kon']) {
      def = applyFormOp(def, relabel(def, 'el-name', 'en', text)!);
      stack = execute(stack, def, 'el-name:label.en');
    }
    stack = execute(stack, applyFormOp(def, { type: 'delete', elementId: 'el-bid' }));
    expect(stack.past.length).toBe(2);
    expect(findElement(undo(undo(stack)).present, 'el-name')?.element.label.en).toBeUndefined();
  });
});

describe('key derivation from the label', () => {
  it('turns Finnish and Swedish letters into plain ones and camelCases the words', () => {
    expect(camelKey('Tapahtuman nimi')).toBe('tapahtumanNimi');
    expect(camelKey('Äänentoiston äänitaso (dB)')).toBe('aanentoistonAanitasoDb');
    expect(camelKey('Årets öppettider på Åland')).toBe('aretsOppettiderPaAland');
    expect(camelKey('Crème brûlée')).toBe('cremeBrulee');
    expect(camelKey('2. Osoite')).toBe('field2Osoite');
    expect(camelKey('!!!')).toBe('field');
  });

  it('adds a numeric suffix until the key is unique in the form', () => {
    expect(keyFromLabel('Nimi', new Set(['nimi', 'nimi2']))).toBe('nimi3');
    expect(takenKeys(eventForm())).toContain('valvojanNimi');
  });

  it('follows the Finnish label while the key is derived, and stops once edited by hand', () => {
    let def = eventForm();
    def = applyFormOp(def, relabel(def, 'el-name', 'fi', 'Järjestäjä')!);
    expect(findElement(def, 'el-name')?.element.key).toBe('jarjestaja');
    def = applyFormOp(def, relabel(def, 'el-name', 'sv', 'Arrangör')!);
    expect(findElement(def, 'el-name')?.element.key).toBe('jarjestaja');
    def = applyFormOp(def, { type: 'update', elementId: 'el-name', patch: { key: 'organiser' } });
    def = applyFormOp(def, relabel(def, 'el-name', 'fi', 'Järjestävä yhteisö')!);
    expect(findElement(def, 'el-name')?.element.key).toBe('organiser');
  });

  it('keeps a hand-edited key when the Finnish label is cleared and typed again, until the designer resets it', () => {
    let def = eventForm();
    def = applyFormOp(def, { type: 'update', elementId: 'el-name', patch: { key: 'organiser' } });
    def = applyFormOp(def, relabel(def, 'el-name', 'fi', '')!);
    expect(findElement(def, 'el-name')?.element.label.fi).toBeUndefined();
    expect(findElement(def, 'el-name')?.element.key).toBe('organiser');
    def = applyFormOp(def, relabel(def, 'el-name', 'fi', 'Tapahtuman järjestäjä')!);
    expect(findElement(def, 'el-name')?.element.key).toBe('organiser');
    expect(keyFollowsLabel(def, 'el-name')).toBe(false);

    def = applyFormOp(def, resetKey(def, 'el-name')!);
    expect(findElement(def, 'el-name')?.element.key).toBe('tapahtumanJarjestaja');
    expect(keyFollowsLabel(def, 'el-name')).toBe(true);
    expect(resetKey(def, 'el-name')).toBeUndefined();
    def = applyFormOp(def, relabel(def, 'el-name', 'fi', 'Järjestäjä')!);
    expect(findElement(def, 'el-name')?.element.key).toBe('jarjestaja');
  });

  it('a derived key follows a cleared Finnish label to "field" and the new label after it', () => {
    let def = eventForm();
    def = applyFormOp(def, relabel(def, 'el-bid', 'fi', '')!);
    expect(findElement(def, 'el-bid')?.element.key).toBe('field');
    def = applyFormOp(def, relabel(def, 'el-bid', 'fi', 'Yrityksen Y-tunnus')!);
    expect(findElement(def, 'el-bid')?.element.key).toBe('yrityksenYTunnus');
  });

  it('never derives a key that another field already has', () => {
    let def = eventForm();
    def = applyFormOp(def, relabel(def, 'el-bid', 'fi', 'Järjestäjän nimi')!);
    expect(findElement(def, 'el-bid')?.element.key).toBe('jarjestajanNimi2');
  });
});

describe('condition builder choices', () => {
  it('offers only earlier fields, never groups or their contents, with choice values', () => {
    const def = eventForm();
    const fields = earlierFields(def, 'el-stage');
    expect(fields.map((f) => f.key)).toEqual(['jarjestajanNimi', 'yTunnus', 'sahkoposti', 'tapahtumanTyyppi']);
    expect(fields[3].values?.map((v) => v.value)).toEqual(['concert', 'market']);
    expect(earlierFields(def, 'el-name')).toEqual([]);
  });

  it('offers fields of earlier pages for a page condition', () => {
    expect(earlierFields(eventForm(), 'page-event').map((f) => f.key)).toEqual(['jarjestajanNimi', 'yTunnus', 'sahkoposti']);
  });

  it('rejects a condition on a later field or an impossible value', () => {
    const def = eventForm();
    expect(conditionIsOffered(def, 'el-stage', { field: 'tapahtumanTyyppi', op: 'equals', value: 'market' })).toBe(true);
    expect(conditionIsOffered(def, 'el-stage', { field: 'tapahtumanTyyppi', op: 'equals', value: 'circus' })).toBe(false);
    expect(conditionIsOffered(def, 'el-kind', { field: 'esiintymislava', op: 'equals', value: true })).toBe(false);
  });
});

describe('placeholder labels from the palette', () => {
  it('drops the Swedish and English kind names once the Finnish label is the designer\'s own', () => {
    let def = eventForm();
    const el = createElement('text', def, 'el-new');
    def = applyFormOp(def, { type: 'insert', element: el, containerId: 'page-event', index: 0 });
    def = applyFormOp(def, relabel(def, 'el-new', 'fi', 'Tapahtuman nimi')!);
    expect(findElement(def, 'el-new')?.element).toMatchObject({ key: 'tapahtumanNimi', label: { fi: 'Tapahtuman nimi' } });
    expect(findElement(def, 'el-new')?.element.label.sv).toBeUndefined();
  });
});
