import { describe, expect, it } from 'vitest';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { createSchemaUtils, optionsList, orderProperties, type RJSFSchema, type UiSchema as RjsfUiSchema } from '@rjsf/utils';
import { compileForm, compilePage } from './index';
import { finnishFormats } from '../formats/index';
import { foodStallsForm } from '../test-fixtures/food-stalls';
import { publicEventForm, validEventData } from '../test-fixtures/public-event-notification';

type Props = Record<string, Record<string, unknown>>;
const props = (schema: { properties?: unknown }): Props => schema.properties as Props;

describe('compileForm', () => {
  it('nests sections as objects and groups as arrays of objects', () => {
    const { schema } = compileForm(publicEventForm, 'fi');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(props(schema).organiser).toMatchObject({ type: 'object', additionalProperties: false, required: ['name', 'businessId', 'phone', 'email'] });
    expect(props(schema).performers).toMatchObject({ type: 'array', maxItems: 20, items: { type: 'object', additionalProperties: false } });
  });

  it('uses the Finnish format names and ajv-formats names', () => {
    const { schema } = compileForm(publicEventForm, 'fi');
    const organiser = props(props(schema).organiser);
    expect(organiser.businessId.format).toBe('fi-business-id');
    expect(organiser.phone.format).toBe('fi-phone');
    expect(organiser.email.format).toBe('email');
    expect(props(schema).municipality.format).toBe('fi-municipality');
    expect(props(organiser.address).postalCode.format).toBe('fi-postal-code');
    expect(props(props(schema).dates).start).toEqual({ type: 'string', format: 'date', formatMinimum: '2026-01-01' });
  });

  it('gives titles, help, option names and widget names in the chosen language', () => {
    const sv = compileForm(publicEventForm, 'sv').uiSchema as Record<string, Record<string, unknown>>;
    expect(sv.organiser['ui:title']).toBe('Arrangörens uppgifter');
    expect((sv.organiser.businessId as Record<string, unknown>)).toMatchObject({
      'ui:title': 'FO-nummer', 'ui:description': 'I formatet 1234567-1', 'ui:widget': 'businessId',
    });
    expect(sv.eventType).toMatchObject({ 'ui:widget': 'radio', 'ui:enumNames': ['Konsert', 'Marknad', 'Idrottsevenemang'] });
    expect(sv.alcohol).toMatchObject({ 'ui:widget': 'radio', 'ui:enumNames': ['Ja', 'Nej'] });
    expect(sv.dates['ui:field']).toBe('dateRange');
    expect((sv.organiser.address as Record<string, unknown>)['ui:field']).toBe('address');
    expect(sv.siteMap).toMatchObject({ 'ui:widget': 'attachment', 'ui:options': { maxFiles: 3, accept: ['application/pdf', 'image/png', 'image/jpeg'] } });
    expect(sv.attachmentInfo).toMatchObject({ 'ui:field': 'info', 'ui:options': { text: 'Bifoga en karta över evenemangsområdet.' } });
    expect(sv.performers.items).toMatchObject({ 'ui:title': 'Artist' });
    expect(sv['ui:order']).toEqual([
      'organiser', 'eventName', 'municipality', 'dates', 'attendance', 'eventType', 'alcohol', 'performers',
      'servingArea', 'servingLicence', 'attachmentInfo', 'siteMap', 'securityPlan',
    ]);
  });

  it('without data requires only fields that have no condition', () => {
    const { schema } = compileForm(publicEventForm, 'en');
    expect(schema.required).toEqual(['eventName', 'municipality', 'dates', 'attendance', 'eventType', 'alcohol', 'siteMap']);
    expect(props(schema).siteMap).toMatchObject({ type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3 });
  });

  it('with data leaves hidden fields and pages out and requires the visible ones', () => {
    const { schema, uiSchema } = compileForm(publicEventForm, 'fi', { ...validEventData(), alcohol: false, eventType: 'market' });
    expect(Object.keys(props(schema))).not.toContain('servingArea');
    expect(Object.keys(props(schema))).not.toContain('securityPlan');
    expect(uiSchema['ui:order']).not.toContain('securityPlan');
    const concert = compileForm(publicEventForm, 'fi', validEventData()).schema;
    expect(concert.required).toContain('securityPlan');
    expect(concert.required).toContain('servingArea');
  });

  it('fields inside a section on a conditional page are not required without data', () => {
    const def = {
      pages: [
        { id: 'p1', title: { fi: 'Tapahtuma' }, elements: [{ id: 'a', kind: 'yesNo' as const, key: 'alcohol', label: { fi: 'Alkoholia?' } }] },
        {
          id: 'p2', title: { fi: 'Anniskelu' }, condition: { field: 'alcohol', op: 'equals' as const, value: true },
          elements: [{ id: 's', kind: 'section' as const, key: 'serving', label: { fi: 'Anniskelu' }, elements: [
            { id: 'r', kind: 'text' as const, key: 'responsiblePerson', required: true, label: { fi: 'Vastaava hoitaja' } },
          ] }],
        },
      ],
    };
    expect(props(compileForm(def, 'fi').schema).serving.required).toBeUndefined();
    expect(props(compileForm(def, 'fi', { alcohol: true }).schema).serving.required).toEqual(['responsiblePerson']);
    expect(props(compileForm(def, 'fi', { alcohol: false }).schema).serving).toBeUndefined();
  });

  it('a group field whose condition differs between items stays in, not required', () => {
    const { schema } = compileForm(publicEventForm, 'fi', validEventData());
    const item = props(schema).performers.items as { properties: Props; required: string[] };
    expect(Object.keys(item.properties)).toContain('pyrotechnicsPlan');
    expect(item.required).toEqual(['performerName']);
  });

  it('compiled schemas work with rjsf validator and our formats', () => {
    const validator = customizeValidator({ customFormats: finnishFormats });
    const { schema } = compileForm(publicEventForm, 'fi', validEventData());
    expect(validator.validateFormData(validEventData(), schema as RJSFSchema).errors).toEqual([]);
    const bad = validEventData();
    (bad.organiser as Record<string, unknown>).businessId = '0737546-3';
    const { errors } = validator.validateFormData(bad, schema as RJSFSchema);
    expect(errors.map((e) => e.property)).toEqual(['.organiser.businessId']);
  });
});

/** Walks a compiled object schema with its uiSchema, calling `check` on each (schema, uiSchema) pair. */
function eachPair(schema: Record<string, unknown>, ui: Record<string, unknown>, check: (s: Record<string, unknown>, u: Record<string, unknown>) => void) {
  check(schema, ui);
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  for (const [key, child] of Object.entries(properties)) {
    const childUi = (ui[key] ?? {}) as Record<string, unknown>;
    if (child.type === 'array' && (child.items as Record<string, unknown>).type === 'object') {
      eachPair(child.items as Record<string, unknown>, (childUi.items ?? {}) as Record<string, unknown>, check);
    } else eachPair(child, childUi, check);
  }
}

describe('rjsf accepts the compiled output', () => {
  it('every ui:order matches its properties (rjsf throws otherwise) in every page and language', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (let page = 0; page < publicEventForm.pages.length; page++) {
        for (const data of [undefined, validEventData(), { alcohol: false }] as Array<Record<string, unknown> | undefined>) {
          const { schema, uiSchema } = compilePage(publicEventForm, page, lang, data);
          eachPair(schema as Record<string, unknown>, uiSchema, (s, u) => {
            if (s.type !== 'object' || !s.properties) return;
            const keys = Object.keys(s.properties as object);
            expect(orderProperties(keys, u['ui:order'] as string[])).toEqual(keys);
          });
        }
      }
    }
  });

  it('rjsf reads option labels from ui:enumNames and fills defaults without errors', () => {
    const { schema, uiSchema } = compileForm(publicEventForm, 'sv', validEventData());
    const eventType = (schema.properties as Record<string, RJSFSchema>).eventType;
    expect(optionsList(eventType, uiSchema.eventType as RjsfUiSchema)?.map((o) => [o.value, o.label])).toEqual([
      ['concert', 'Konsert'], ['market', 'Marknad'], ['sports', 'Idrottsevenemang'],
    ]);
    type Data = Record<string, unknown>;
    const utils = createSchemaUtils<Data>(customizeValidator<Data>({ customFormats: finnishFormats }), schema as RJSFSchema);
    expect(utils.getDefaultFormState(schema as RJSFSchema, validEventData())).toMatchObject({ eventType: 'concert' });
  });
});

describe('compilePage', () => {
  it('compiles one page whose root lets other pages\' answers through', () => {
    const { schema, uiSchema } = compilePage(publicEventForm, 3, 'en', validEventData());
    expect(Object.keys(props(schema))).toEqual(['attachmentInfo', 'siteMap', 'securityPlan']);
    expect(schema.additionalProperties).toBeUndefined();
    expect(schema.required).toEqual(['siteMap', 'securityPlan']);
    expect(uiSchema['ui:title']).toBe('Attachments');
  });
  it('refuses a page that does not exist', () => {
    expect(() => compilePage(publicEventForm, 9, 'fi')).toThrow(RangeError);
  });
});

describe('compilePage with conditions inside a repeating group', () => {
  type ItemSchema = { properties: Record<string, unknown>; required?: string[] };
  const itemSchema = (data: Record<string, unknown>): ItemSchema => {
    const { schema } = compilePage(foodStallsForm, 0, 'fi', data);
    return (schema.properties?.stalls as { items: ItemSchema }).items;
  };

  it('decides a field reading an outside answer from that answer as it stands', () => {
    const stalls = [{ stallName: 'Kahvila Kaivopuisto' }, { stallName: 'Torin Lettu' }];
    expect(itemSchema({ foodSales: false, stalls }).properties).not.toHaveProperty('foodHandler');
    const selling = itemSchema({ foodSales: true, stalls });
    expect(selling.properties).toHaveProperty('foodHandler');
    expect(selling.required).toContain('foodHandler');
  });

  it('keeps a field its items decide differently, required where it shows (the renderer hides it per item)', () => {
    const item = itemSchema({ foodSales: false, stalls: [{ stallName: 'Kahvila', electricity: true }, { stallName: 'Lettu', electricity: false }] });
    expect(item.properties).toHaveProperty('electricityNeed');
    expect(item.required).toContain('electricityNeed');
  });
});

describe('a minimum of rows or choices without "required"', () => {
  const def = {
    pages: [{
      id: 'p1', title: { fi: 'Päivät' }, elements: [
        { id: 'g', kind: 'group' as const, key: 'eventDays', minItems: 2, label: { fi: 'Tapahtumapäivät' },
          elements: [{ id: 'd', kind: 'date' as const, key: 'day', label: { fi: 'Päivä' } }] },
        { id: 'm', kind: 'multiChoice' as const, key: 'services', minItems: 1, label: { fi: 'Palvelut' }, options: [{ value: 'food', label: { fi: 'Ruoka' } }] },
        { id: 'o', kind: 'multiChoice' as const, key: 'extras', label: { fi: 'Lisät' }, options: [{ value: 'wifi', label: { fi: 'Verkko' } }] },
      ],
    }],
  };

  it('marks the question required in the page the customer fills, with the minimum in the schema', () => {
    const { schema } = compilePage(def, 0, 'fi', {});
    expect(schema.required).toEqual(['eventDays', 'services']);
    expect(props(schema).eventDays).toMatchObject({ minItems: 2 });
    expect(props(schema).services).toMatchObject({ minItems: 1 });
    expect(props(schema).extras.minItems).toBeUndefined();
  });
});

