/**
 * The baseline: plain rjsf (core's default theme and the stock ajv8 validator, live validation off)
 * given the whole compiled schema of the same form (every page at once: rjsf has no pages). Widget and field names that only Kevyt's
 * registries know are left out of the uiSchema, so rjsf falls back to its own inputs.
 */
import Form, { type IChangeEvent } from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { useCallback, useState } from 'react';
import { compileForm, type CompiledForm, type UiSchema } from '../../../form-library/compiler/compile-form';
import type { FormData } from '../../../form-library/format/types';
import type { GeneratedCustomerForm } from '../fixtures/generated-form';
import { exposeFormPage, recordAnswers } from './form-page-kit';

const RJSF_WIDGETS = new Set(['text', 'textarea', 'email', 'date', 'radio', 'select', 'checkboxes']);

function plainUiSchema(ui: UiSchema): UiSchema {
  const out: UiSchema = {};
  for (const [k, v] of Object.entries(ui)) {
    if (k === 'ui:field') continue;
    if (k === 'ui:widget' && !(typeof v === 'string' && RJSF_WIDGETS.has(v))) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && !k.startsWith('ui:') ? plainUiSchema(v as UiSchema) : v;
  }
  return out;
}

// Compiled before the clock starts: a page of plain rjsf would get its schema ready-made.
const compiledForms = new Map<GeneratedCustomerForm, { schema: CompiledForm['schema']; uiSchema: UiSchema }>();
function compiledOnce(form: GeneratedCustomerForm) {
  let compiled = compiledForms.get(form);
  if (!compiled) {
    const { schema, uiSchema } = compileForm(form.definition, 'fi');
    compiled = { schema, uiSchema: plainUiSchema(uiSchema) };
    compiledForms.set(form, compiled);
  }
  return compiled;
}

function PlainRjsf({ compiled }: { compiled: { schema: CompiledForm['schema']; uiSchema: UiSchema } }) {
  const { uiSchema } = compiled;
  const [data, setData] = useState<FormData>({});
  const onChange = useCallback((e: IChangeEvent<FormData>) => {
    const next = e.formData ?? {};
    recordAnswers(next);
    setData(next);
  }, []);
  return <Form schema={compiled.schema} uiSchema={uiSchema} validator={validator} formData={data} onChange={onChange} liveValidate={false} />;
}

exposeFormPage((form) => <PlainRjsf compiled={compiledOnce(form)} />, (form) => void compiledOnce(form));
