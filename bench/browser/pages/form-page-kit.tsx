/**
 * The shared driver of the two form pages (Kevyt's renderer and plain rjsf): mount one of the two
 * 200-field forms, then type into the text fields of its first page one keystroke at a time. Both
 * pages hold the answers in the page's state, as a customer page does, so a keystroke goes through
 * the page's onChange.
 *
 * A customer never meets a form as the first thing React renders in a blank tab: the customer app's
 * frame (header, navigation, language switch, footer) is on screen and the service page shows
 * "Loading" while the form's pack is fetched, and then the form takes the loading text's place. So
 * both pages show that frame first (the customer app's own Layout and Loading), and the form is
 * mounted into it, as the service page does when its pack arrives.
 */
import { useEffect, useLayoutEffect, useState, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { Layout } from '../../../runtime/customer/Layout';
import { Loading } from '../../../runtime/customer/page-kit';
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

/** Sets what the service page's place in the frame shows; there once the frame is on screen. */
let showContent: ((content: ReactElement) => void) | undefined;
let frameShown: () => void = () => undefined;
const frameReady = new Promise<void>((resolve) => (frameShown = resolve));

/** The customer app's frame with the service page loading, as a customer sees it while the pack is fetched. */
function CustomerFrame() {
  const [content, setContent] = useState<ReactElement>(<Loading />);
  useEffect(() => {
    showContent = setContent;
    frameShown();
  }, []);
  return (
    <MemoryRouter initialEntries={['/fi/asioi/091/palvelu/bench']}>
      <Routes>
        <Route element={<Layout />}>
          <Route path="*" element={content} />
        </Route>
      </Routes>
    </MemoryRouter>
  );
}

interface FormPlace {
  /** Resolves once the place is on screen. */
  ready: Promise<void>;
  show(content: ReactElement): void;
}

/**
 * Where a form is mounted: into the customer app's frame (the default, as customers meet it), or,
 * with `?in=blank` in the page's address, as React's first render in a blank page (the row that
 * shows what the frame changes).
 */
function formPlace(): FormPlace {
  const container = document.getElementById('root')!;
  if (new URLSearchParams(location.search).get('in') === 'blank') {
    let root: Root | undefined;
    return {
      ready: Promise.resolve(),
      show(content) {
        root?.unmount();
        root = createRoot(container);
        root.render(content);
      },
    };
  }
  createRoot(container).render(<CustomerFrame />);
  return { ready: frameReady, show: (content) => showContent?.(content) };
}

/** `prepare`: work done before the clock starts (what a real page would get ready-made). */
export function exposeFormPage(view: (form: GeneratedCustomerForm) => ReactElement, prepare?: (form: GeneratedCustomerForm) => void): void {
  let mounted: GeneratedCustomerForm | undefined;
  let mounts = 0;
  const place = formPlace();
  const api: FormPageApi = {
    async mount(name) {
      const form = benchForms[name];
      mounted = form;
      prepare?.(form);
      await place.ready;
      await settle();
      latest = {};
      return new Promise((resolve, reject) => {
        let start = 0;
        const onCommit = () => void frameAfter(start, () => true).then(resolve, reject);
        start = performance.now();
        place.show(<Committed key={++mounts} onCommit={onCommit}>{view(form)}</Committed>);
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
