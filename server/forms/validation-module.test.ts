import { describe, expect, it } from 'vitest';
import { FINNISH_FORMAT_NAMES, finnishFormats } from '../../form-library/formats';
import type { FormDefinition } from '../../form-library/format/types';
import { buildValidationModule, FINNISH_FORMAT_SOURCES, validationModuleFor } from './validation-module';

const ROOT = new URL('../../', import.meta.url);

function oneFieldForm(kind: 'businessId' | 'municipality'): FormDefinition {
  return {
    pages: [{ id: 'p1', title: { fi: 'Tiedot', sv: 'Uppgifter' }, elements: [{ id: 'e1', key: 'answer', kind, label: { fi: 'Vastaus', sv: 'Svar' } }] }],
  };
}

describe('validation module', () => {
  it('finds every Finnish format check where the table says it is', async () => {
    for (const name of FINNISH_FORMAT_NAMES) {
      const { file, name: exported } = FINNISH_FORMAT_SOURCES[name];
      const module = (await import(/* @vite-ignore */ new URL(file, ROOT).href)) as Record<string, unknown>;
      expect(module[exported], name).toBe(finnishFormats[name]);
    }
  });

  it('carries only the formats the form uses (the list of municipalities only with a municipality field)', async () => {
    const businessOnly = await buildValidationModule(oneFieldForm('businessId'));
    const municipality = await buildValidationModule(oneFieldForm('municipality'));
    expect(businessOnly.code).not.toContain('Alavieska');
    expect(municipality.code).toContain('Alavieska');
    expect(businessOnly.code.length).toBeLessThan(10_000);
  });

  it('builds once per definition object', async () => {
    const form = oneFieldForm('businessId');
    const first = validationModuleFor(form);
    expect(validationModuleFor(form)).toBe(first);
    expect((await first).etag).toBe((await buildValidationModule(structuredClone(form))).etag);
  });
});
