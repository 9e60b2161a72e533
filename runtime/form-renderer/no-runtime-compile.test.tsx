/**
 * The customer pages run under a CSP without 'unsafe-eval', so nothing may compile a schema in the
 * page: rjsf's validator must never be asked (registry.ts says why it is not), and "next" must use
 * the precompiled check it is given.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compilePage } from '../../form-library/compiler/compile-form';
import type { FormData, FormDefinition } from '../../form-library/format/types';
import { readyPackExamples, readyPacks } from '../../form-library/library/index';
import { validatorFor } from '../../form-library/validation/validate-submission';
import { FormRenderer } from './FormRenderer';
import { validator } from './registry';
import { testMunicipalities } from './test-harness';

// What would make rjsf's retrieveSchema / getDefaultFormState call validator.isValid.
const RESOLVED_AT_RUN_TIME = new Set(['if', 'then', 'else', 'oneOf', 'anyOf', 'allOf', 'not', 'dependencies', 'dependentSchemas', '$ref']);

function keywordsOf(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) keywordsOf(s, into);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      into.add(key);
      // Property names are data keys, not keywords.
      if (key === 'properties' && value && typeof value === 'object') for (const sub of Object.values(value)) keywordsOf(sub, into);
      else keywordsOf(value, into);
    }
  }
  return into;
}

const services = readyPacks.flatMap((p) => p.services);

describe('page schemas need no validator at run time', () => {
  it.each(services.map((s) => [s.id, s.form] as const))('%s: no page emits a keyword rjsf resolves with its validator', (id, form) => {
    const example = readyPackExamples[id] ?? {};
    for (const data of [{}, example]) {
      for (let i = 0; i < form.pages.length; i++) {
        const keywords = keywordsOf(compilePage(form, i, 'fi', data).schema);
        expect([...keywords].filter((k) => RESOLVED_AT_RUN_TIME.has(k)), `${id} page ${i}`).toEqual([]);
      }
    }
  });
});

describe('filling a ready form', () => {
  afterEach(() => vi.restoreAllMocks());

  function Fill({ form, initial, check }: { form: FormDefinition; initial: FormData; check: (data: unknown) => boolean }) {
    const [data, setData] = useState(initial);
    return <FormRenderer definition={form} lang="sv" mode="fill" data={data} onChange={setData} municipalities={testMunicipalities} check={check} />;
  }

  it('walks every page with the given check and never asks rjsf\'s validator', async () => {
    const asked = [
      vi.spyOn(validator, 'isValid'),
      vi.spyOn(validator, 'validateFormData'),
      vi.spyOn(validator, 'rawValidation'),
    ];
    const service = services.find((s) => s.id === 'informal-care-support');
    if (!service) throw new Error('informal-care-support is not a ready service');
    const compiled = validatorFor(service.form);
    const check = vi.fn((data: unknown) => compiled(data));
    render(<Fill form={service.form} initial={readyPackExamples['informal-care-support']} check={check} />);

    const total = Number(/\/(\d+)/.exec(screen.getByText(/^Steg 1\//).textContent ?? '')?.[1]);
    for (let step = 1; step < total; step++) {
      await userEvent.click(screen.getByRole('button', { name: /^Nästa/ }));
      expect(await screen.findByText(`Steg ${step + 1}/${total}`)).toBeTruthy();
    }
    expect(check).toHaveBeenCalledTimes(total - 1);
    for (const spy of asked) expect(spy).not.toHaveBeenCalled();
  });
});
