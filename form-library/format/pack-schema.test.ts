import { describe, expect, it } from 'vitest';
import { validatePackContent, validatePackFile } from './pack-schema';
import { eventPack } from '../test-fixtures/public-event-notification';

function clone<T>(value: T): T {
  return structuredClone(value);
}

describe('pack file schema', () => {
  it('accepts a complete pack file with form and workflow', () => {
    const result = validatePackFile({ format: 'kevyt-form-pack', formatVersion: 1, pack: eventPack });
    expect(result).toEqual({ ok: true, file: { format: 'kevyt-form-pack', formatVersion: 1, pack: eventPack } });
  });

  it('accepts project data and fields mapped to it, and names a malformed one', () => {
    const pack = clone(eventPack);
    const t = { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' };
    pack.projectData = { name: t, description: t, elements: [{ id: 'p-name', kind: 'text', key: 'eventName', label: t }] };
    pack.services[0].form.pages[1].elements[0].projectField = 'eventName';
    expect(validatePackContent(pack).ok).toBe(true);
    const file = validatePackFile({ format: 'kevyt-form-pack', formatVersion: 1, pack });
    expect(file.ok && file.file.pack.projectData?.elements[0].key).toBe('eventName');

    pack.services[0].form.pages[1].elements[0].projectField = 'event name';
    (pack.projectData as unknown as Record<string, unknown>).kind = 'event';
    delete (pack.projectData as unknown as Record<string, unknown>).description;
    expect(validatePackContent(pack)).toEqual({
      ok: false,
      errors: [
        { path: 'services.0.form.pages.1.elements.0.projectField', message: 'has the wrong format' },
        { path: 'projectData.description', message: 'is required' },
        { path: 'projectData.kind', message: 'is not a known property here' },
      ],
    });
  });

  it('accepts a service’s identification level and identity fields, and names a wrong one', () => {
    const pack = clone(eventPack);
    const field = pack.services[0].form.pages[1].elements[0];
    pack.services[0].identification = 'strong';
    if (field.kind === 'text') field.identityField = 'fullName';
    expect(field.kind).toBe('text');
    expect(validatePackContent(pack).ok).toBe(true);
    (pack.services[0] as unknown as Record<string, unknown>).identification = 'bank';
    if (field.kind === 'text') (field as unknown as Record<string, unknown>).identityField = 'shoeSize';
    const result = validatePackContent(pack);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((e) => e.path);
    expect(paths).toContain('services.0.identification');
    expect(paths).toContain('services.0.form.pages.1.elements.0.identityField');
  });

  it('lets a Y-tunnus field hold the company’s Y-tunnus and a text its name, and refuses the Y-tunnus on a text', () => {
    const pack = clone(eventPack);
    const form = pack.services[0].form;
    form.pages[1].elements.push(
      { id: 'org-name', key: 'orgName', kind: 'text', label: { fi: 'Yrityksen nimi' }, identityField: 'organisationName' },
      { id: 'org-id', key: 'orgId', kind: 'businessId', label: { fi: 'Y-tunnus' }, identityField: 'businessId' },
    );
    expect(validatePackContent(pack).ok).toBe(true);
    const last = form.pages[1].elements.length - 2;
    (form.pages[1].elements[last] as unknown as Record<string, unknown>).identityField = 'businessId';
    const result = validatePackContent(pack);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toContain(`services.0.form.pages.1.elements.${last}.identityField`);
  });

  it('names the exact place of an unknown element kind', () => {
    const pack = clone(eventPack);
    (pack.services[0].form.pages[1].elements[3] as { kind: string }).kind = 'slider';
    const result = validatePackFile({ format: 'kevyt-form-pack', formatVersion: 1, pack });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'pack.services.0.form.pages.1.elements.3.kind', message: expect.stringContaining('must be one of: text, textarea') },
    ]);
  });

  it('checks elements nested in sections and groups by their kind', () => {
    const pack = clone(eventPack);
    const group = pack.services[0].form.pages[1].elements[6];
    if (group.kind !== 'group') throw new Error('fixture changed');
    (group.elements[0] as unknown as Record<string, unknown>).options = [];
    const result = validatePackContent(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'services.0.form.pages.1.elements.6.elements.0.options', message: 'is not a known property here' },
    ]);
  });

  it('requires options of a choice and names the missing property', () => {
    const pack = clone(eventPack) as unknown as { services: Array<{ form: { pages: Array<{ elements: Array<Record<string, unknown>> }> } }> };
    delete pack.services[0].form.pages[1].elements[4].options;
    const result = validatePackContent(pack);
    expect(result).toEqual({ ok: false, errors: [{ path: 'services.0.form.pages.1.elements.4.options', message: 'is required' }] });
  });

  it('rejects a condition whose operator lacks its value', () => {
    const pack = clone(eventPack);
    pack.services[0].form.pages[2].condition = { field: 'alcohol', op: 'equals' } as never;
    const result = validatePackContent(pack);
    expect(result).toEqual({ ok: false, errors: [{ path: 'services.0.form.pages.2.condition.value', message: 'is required' }] });
  });

  it('takes comparisons of a number, a time or a date, and refuses other values', () => {
    const pack = clone(eventPack);
    pack.services[0].form.pages[2].condition = { field: 'attendance', op: 'atLeast', value: 200 };
    expect(validatePackContent(pack).ok).toBe(true);
    pack.services[0].form.pages[2].condition = { field: 'soundUntil', op: 'above', value: '22:00' };
    expect(validatePackContent(pack).ok).toBe(true);
    pack.services[0].form.pages[2].condition = { field: 'soundUntil', op: 'above', value: 'late' };
    const result = validatePackContent(pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('services.0.form.pages.2.condition.value');
  });

  it('checks the workflow part with the workflow schema', () => {
    const pack = clone(eventPack);
    (pack.services[0].workflow.transitions[0] as { roles: string[] }).roles = ['janitor'];
    const result = validatePackContent(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0].path).toBe('services.0.workflow.transitions.0.roles.0');
  });

  it('rejects a wrong format marker, version and non-objects', () => {
    const result = validatePackFile({ format: 'zip', formatVersion: 2, pack: eventPack });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['format', 'formatVersion']);
    expect(validatePackFile('not a pack')).toEqual({ ok: false, errors: [{ path: '', message: 'must be object' }] });
  });

  it('rejects a localized text in an unknown language', () => {
    const pack = clone(eventPack);
    (pack.name as Record<string, string>).de = 'Veranstaltungen';
    expect(validatePackContent(pack)).toEqual({ ok: false, errors: [{ path: 'name.de', message: 'is not a known property here' }] });
  });

  it('names each error in the reader’s language when asked (staff screens), in English by default (API clients)', () => {
    const pack = clone(eventPack) as unknown as { name: Record<string, string>; services: Array<{ form: { pages: Array<{ elements: Array<Record<string, unknown>> }> } }> };
    delete pack.services[0].form.pages[1].elements[4].options;
    pack.name.de = 'Veranstaltungen';
    const messages = (lang?: 'fi' | 'sv') => {
      const result = lang ? validatePackContent(pack, lang) : validatePackContent(pack);
      return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
    };
    expect(messages('fi')).toEqual(['name.de: ei kuulu tähän kohtaan', 'services.0.form.pages.1.elements.4.options: on pakollinen']);
    expect(messages('sv')).toEqual(['name.de: hör inte hemma här', 'services.0.form.pages.1.elements.4.options: är obligatorisk']);
    expect(messages()).toEqual(['name.de: is not a known property here', 'services.0.form.pages.1.elements.4.options: is required']);
    expect(validatePackFile('ei pakettia', 'fi')).toEqual({ ok: false, errors: [{ path: '', message: 'pitää olla tyyppiä object' }] });
  });
});
