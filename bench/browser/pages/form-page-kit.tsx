/**
 * The shared driver of the two form pages (Kevyt's renderer and plain rjsf): mount one of the two
 * 200-field forms, then type into the text fields of its first page one keystroke at a time. Both
 * pages hold the answers in the page's state, as a customer page does, so a keystroke goes through
 * the page's onChange.
 */
import { useLayoutEffect, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { FormData } from '../../../form-library/format/types';
import { generateCustomerForm, type GeneratedCustomerForm } from '../fixtures/generated-form';
import type { ActionTiming, BenchForm, FormPageApi } from './bench-api';
import { afterCommit, frameAfter, pressKey, releaseKey, settle } from './frame-timing';

export const FORM_FIELDS = 200;
export const benchForms: Record<BenchForm, GeneratedCustomerForm> = {
  paged: generateCustomerForm({ fields: FORM_FIELDS, pages: 8, fieldsPerSection: 13 }),
  single: generateCustomerForm({ fields: FORM_FIELDS, pages: 1 }),
};

/** The answers as the page last received them through onChange. */
let latest: FormData = {};
export function recordAnswers(data: FormData): void {
  latest = data;
}

function Committed({ onCommit, children }: { onCommit(): void; children: ReactElement }) {
  // A parent's layout effect runs after all of its children's: the whole form is in the DOM.
  useLayoutEffect(() => onCommit(), [onCommit]);
  return children;
}

function answerAt(section: string, key: string): unknown {
  const s = latest[section];
  return s && typeof s === 'object' ? (s as Record<string, unknown>)[key] : undefined;
}

function inputOf(section: string, key: string): HTMLInputElement {
  const input = document.getElementById(`root_${section}_${key}`);
  if (!(input instanceof HTMLInputElement)) throw new Error(`no text input root_${section}_${key} in the page`);
  return input;
}

/** `prepare`: work done before the clock starts (what a real page would get ready-made). */
export function exposeFormPage(view: (form: GeneratedCustomerForm) => ReactElement, prepare?: (form: GeneratedCustomerForm) => void): void {
  let root: Root | undefined;
  let mounted: GeneratedCustomerForm | undefined;
  const api: FormPageApi = {
    mount(name) {
      const form = benchForms[name];
      mounted = form;
      prepare?.(form);
      const container = document.getElementById('root')!;
      return new Promise((resolve, reject) => {
        root?.unmount();
        latest = {};
        let start = 0;
        const onCommit = () => void frameAfter(start, () => true).then(resolve, reject);
        start = performance.now();
        root = createRoot(container);
        root.render(<Committed onCommit={onCommit}>{view(form)}</Committed>);
      });
    },
    async keystrokes(count) {
      if (!mounted) throw new Error('mount a form first');
      const textFields = mounted.textFields.filter((f) => f.page === 0);
      const warmUp = 5;
      const times: ActionTiming[] = [];
      for (let i = 0; i < count + warmUp; i++) {
        const { section, key } = textFields[(i * 7) % textFields.length];
        inputOf(section, key).focus();
        await settle();
        const input = inputOf(section, key);
        const expected = input.value + 'aä'[i % 2];
        const start = performance.now();
        pressKey(input, expected.slice(-1));
        const toCommit = await afterCommit(start);
        const toFrame = await frameAfter(start, () => inputOf(section, key).value === expected && answerAt(section, key) === expected);
        releaseKey(inputOf(section, key), expected.slice(-1));
        if (i >= warmUp) times.push({ toFrame, toCommit });
      }
      return times;
    },
    fieldCount() {
      return document.querySelectorAll('#root input, #root select, #root textarea').length;
    },
  };
  window.kevytBench = api;
}
