/**
 * THE form renderer: customers fill with it, the builder previews with it, the desk reads with
 * it. In 'fill' mode each visible page is a step (progress, back/next, next checks the page); in
 * 'read' mode every visible page is shown read-only.
 */
import Form from '@rjsf/core';
import './form-renderer.css';
import type { IChangeEvent } from '@rjsf/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FieldError, FormData, FormDefinition, Lang } from '../../form-library/format/types';
import { LangContext } from '../../ui/i18n/texts';
import { useHydrated } from '../../ui/hydration/use-hydrated';
import { rendererTexts } from '../../i18n/catalogs/form';
import { translator } from '../../i18n/translate';
import type { AttachmentInfo, MunicipalityOption, RendererContext } from './context';
import { ErrorSummary, type SummaryError } from './ErrorSummary';
import { focusField, toErrorSchema, topKey } from './error-paths';
import { labelForPath } from './labels';
import { fieldErrorsOf, pruneHidden, visiblePages } from './library';
import type { SchemaCheck } from './precompiled-check';
import { renderablePage } from './page-compiler';
import { fields, templates, validator, widgets } from './registry';
import { localize } from '../../form-library/format/localize';
import { HiddenPathsContext, visibilityOf, type Visibility } from './visibility';
import { FixedFieldsContext, fixedNotesById, withFixedFields, type FixedField } from './fixed-fields';

export interface FormRendererProps {
  definition: FormDefinition;
  lang: Lang;
  data: FormData;
  onChange(data: FormData): void;
  mode: 'fill' | 'read';
  /** Field errors from the server (422), shown in the summary and by the fields. */
  serverErrors?: FieldError[];
  /** Called with the answers (hidden ones pruned) when "next" passes on the last page. */
  onComplete?(data: FormData): void;
  /** Index among the visible pages; omit to let the renderer keep it. */
  step?: number;
  onStepChange?(step: number): void;
  /** Municipalities for the municipality picker; fetched from /api/municipalities when omitted. */
  municipalities?: MunicipalityOption[];
  /** Known attachments (names and sizes for the ids in data). */
  attachments?: AttachmentInfo[];
  onAttachmentUploaded?(info: AttachmentInfo): void;
  uploadPath?: string;
  attachmentHref?(id: string): string;
  /** Label of the button on the last page (default "Continue to summary"). */
  completeLabel?: string;
  /** Called by "back" on the first page; without it there is no back button there. */
  onBackFromFirst?(): void;
  /**
   * The form's submission check, which "next" checks a page with: compiled ahead by the server
   * (loadSchemaCheck) on the customer pages, whose CSP forbids compiling one; in the builder's
   * preview, compiled in the page (compiledCheck). Never called in read mode.
   */
  check: SchemaCheck;
  /** Fields shown read-only with a note by each (a project's shared data in a permit's form). */
  fixedFields?: readonly FixedField[];
}

function useRendererContext(props: FormRendererProps): RendererContext {
  const { lang, mode, municipalities, attachments, onAttachmentUploaded, uploadPath, attachmentHref } = props;
  const [uploaded, setUploaded] = useState<Record<string, AttachmentInfo>>({});
  const known = useMemo(() => {
    const map: Record<string, AttachmentInfo> = { ...uploaded };
    for (const a of attachments ?? []) map[a.id] = a;
    return map;
  }, [attachments, uploaded]);
  return useMemo(
    () => ({
      lang,
      mode,
      municipalities,
      attachments: known,
      uploadPath: uploadPath ?? '/api/attachments',
      attachmentHref,
      onAttachmentUploaded(info: AttachmentInfo) {
        setUploaded((prev) => ({ ...prev, [info.id]: info }));
        onAttachmentUploaded?.(info);
      },
    }),
    [lang, mode, municipalities, known, uploadPath, attachmentHref, onAttachmentUploaded],
  );
}

const NO_PATHS: ReadonlySet<string> = new Set();

// Never invent empty items (an attachment list of [undefined]): the customer adds what they mean to.
const DEFAULT_STATE = { arrayMinItems: { populate: 'never' as const }, emptyObjectFields: 'skipDefaults' as const };

interface PageFormProps {
  definition: FormDefinition;
  pageIndex: number;
  lang: Lang;
  data: FormData;
  visibility: Visibility;
  context: RendererContext;
  readonly: boolean;
  errors: FieldError[];
  fixedFields?: readonly FixedField[];
  onChange?(data: FormData): void;
  onSubmit?(): void;
  children?: React.ReactNode;
}

/** What the page last handed up through onChange: the merged answers, and rjsf's own data they came from. */
interface Emitted {
  merged: FormData;
  own: FormData | undefined;
}

/**
 * The formData prop for rjsf's Form. rjsf already holds what it reported through onChange; handing
 * that same data straight back makes it re-derive its whole state (defaults and schema retrieval
 * over every field) a second time per keystroke. So while the parent only echoes what this page
 * emitted and nothing else the form derives its state from changed, the prop stays as it was and
 * rjsf finds nothing new. Any other data (a draft restored, a value set from outside) or a new
 * schema, errors or context passes the current data through.
 *
 * An asynchronous change (an upload finishing after later keystrokes) can make rjsf re-derive its
 * state from an older prop while its report is under way; after each commit that kept the old
 * prop, the data rjsf holds is compared with what it emitted, and when they differ the page
 * renders once more with the parent's data, as if the echo had not been skipped.
 */
function useEchoFreeFormData(data: FormData, inputs: unknown[], form: React.RefObject<Form<FormData> | null>) {
  const emitted = useRef<Emitted | null>(null);
  const shown = useRef<{ prop: FormData; inputs: unknown[] } | null>(null);
  const [resyncs, setResyncs] = useState(0);
  const all = [...inputs, resyncs];
  const prev = shown.current;
  const echo = prev !== null && data === emitted.current?.merged && all.length === prev.inputs.length && all.every((v, i) => v === prev.inputs[i]);
  const prop = echo ? prev.prop : data;
  useLayoutEffect(() => {
    shown.current = { prop, inputs: all };
    if (prop !== data && form.current?.state.formData !== emitted.current?.own) setResyncs((n) => n + 1);
  });
  return { prop, emitted };
}

/** One page as an rjsf form; compiled again only when the page, the language or the form's shape changes. */
function PageForm({ definition, pageIndex, lang, data, visibility, context, readonly, errors, fixedFields, onChange, onSubmit, children }: PageFormProps) {
  const page = useMemo(() => {
    const compiled = renderablePage(definition, pageIndex, lang, data);
    return fixedFields?.length ? { ...compiled, uiSchema: withFixedFields(compiled.uiSchema, compiled.keys, fixedFields) } : compiled;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- data matters only through the visibility key
  }, [definition, pageIndex, lang, visibility.key, fixedFields]);
  const extraErrors = useMemo(() => (errors.length ? toErrorSchema(errors.filter((e) => page.keys.has(topKey(e.path)))) : undefined), [errors, page]);
  const formRef = useRef<Form<FormData>>(null);
  const formData = useEchoFreeFormData(data, [page, extraErrors, context, readonly], formRef);
  return (
    <Form
      ref={formRef}
      schema={page.schema}
      uiSchema={page.uiSchema}
      formData={formData.prop}
      validator={validator}
      widgets={widgets}
      fields={fields}
      templates={templates}
      formContext={context}
      readonly={readonly}
      noValidate
      noHtml5Validate
      showErrorList={false}
      experimental_defaultFormStateBehavior={DEFAULT_STATE}
      extraErrors={extraErrors}
      onChange={(e: IChangeEvent<FormData>) => {
        const merged = { ...data, ...(e.formData ?? {}) };
        formData.emitted.current = { merged, own: e.formData };
        onChange?.(merged);
      }}
      onSubmit={() => onSubmit?.()}
      className="kevyt-form"
    >
      {children ?? <></>}
    </Form>
  );
}

/** What every template and widget reads from React context: the language and the hidden answers. */
function RendererScope({ lang, hidden, fixed, children }: { lang: Lang; hidden: ReadonlySet<string>; fixed?: readonly FixedField[]; children: React.ReactNode }) {
  const notes = useMemo(() => fixedNotesById(fixed ?? []), [fixed]);
  return (
    <LangContext.Provider value={lang}>
      <HiddenPathsContext.Provider value={hidden}>
        <FixedFieldsContext.Provider value={notes}>{children}</FixedFieldsContext.Provider>
      </HiddenPathsContext.Provider>
    </LangContext.Provider>
  );
}

export function FormRenderer(props: FormRendererProps) {
  const { definition, lang, data, onChange, mode, serverErrors, onComplete, onStepChange, completeLabel, onBackFromFirst, fixedFields } = props;
  const t = translator(rendererTexts, lang);
  const hydrated = useHydrated();
  const context = useRendererContext(props);
  const currentVisibility = visibilityOf(definition, data);
  // The same object while the form's shape stays, so pages and templates are not redone per keystroke.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the hidden set
  const visibility = useMemo(() => currentVisibility, [definition, currentVisibility.key]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- visibility depends on data only through the key
  const pages = useMemo(() => visiblePages(definition, data), [definition, visibility]);
  const [ownStep, setOwnStep] = useState(0);
  const step = Math.min(Math.max(props.step ?? ownStep, 0), Math.max(pages.length - 1, 0));
  const focusedStep = useRef(step);
  const [pageErrors, setPageErrors] = useState<FieldError[]>([]);
  const [showKey, setShowKey] = useState(0);
  // Server errors the customer has since edited away, kept with the errors they came from: new
  // server errors are all shown again (without an effect, which would render the form twice).
  const [dismissed, setDismissed] = useState<{ of: FieldError[] | undefined; paths: ReadonlySet<string> }>({ of: serverErrors, paths: NO_PATHS });
  const dismissedPaths = dismissed.of === serverErrors ? dismissed.paths : NO_PATHS;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);

  const activeServerErrors = useMemo(() => (serverErrors ?? []).filter((e) => !dismissedPaths.has(e.path)), [serverErrors, dismissedPaths]);

  const goTo = useCallback(
    (next: number) => {
      setOwnStep(next);
      onStepChange?.(next);
    },
    [onStepChange],
  );

  // Focus follows a change of page only: not on the form's first showing (nor on React's second
  // run of the effect in development), where it would take the focus from a field being typed in.
  useEffect(() => {
    if (focusedStep.current === step) return;
    focusedStep.current = step;
    if (pendingFocus.current) {
      const path = pendingFocus.current;
      pendingFocus.current = null;
      if (focusField(path)) return;
    }
    headingRef.current?.focus();
  }, [step]);

  const page = pages[step];
  const pageIndex = page ? definition.pages.indexOf(page) : -1;
  const pageKeys = useMemo(() => new Set(page?.elements.map((e) => e.key) ?? []), [page]);

  const errorsOfPage = useCallback(
    (values: FormData) => fieldErrorsOf(definition, values, lang, props.check).filter((e) => pageKeys.has(topKey(e.path))),
    [definition, lang, pageKeys, props.check],
  );

  // Errors once shown follow a change of language at once: worded anew in this render, not at the
  // next "next" (React's pattern for state that follows a prop).
  const [errorsLang, setErrorsLang] = useState(lang);
  if (errorsLang !== lang) {
    setErrorsLang(lang);
    if (pageErrors.length > 0) setPageErrors(errorsOfPage(data));
  }

  const handleChange = useCallback(
    (next: FormData) => {
      // A server error goes away once its field is edited; page errors are re-checked once shown.
      const changed = new Set(Object.keys(next).filter((k) => next[k] !== data[k]));
      if (activeServerErrors.some((e) => changed.has(topKey(e.path)))) {
        const edited = activeServerErrors.filter((e) => changed.has(topKey(e.path))).map((e) => e.path);
        setDismissed({ of: serverErrors, paths: new Set([...dismissedPaths, ...edited]) });
      }
      if (pageErrors.length > 0) setPageErrors(errorsOfPage(next));
      onChange(next);
    },
    [data, activeServerErrors, serverErrors, dismissedPaths, pageErrors.length, errorsOfPage, onChange],
  );

  const handleNext = useCallback(() => {
    const errors = errorsOfPage(data);
    setPageErrors(errors);
    if (errors.length > 0) {
      setShowKey((k) => k + 1);
      return;
    }
    if (step < pages.length - 1) goTo(step + 1);
    else onComplete?.(pruneHidden(definition, data));
  }, [errorsOfPage, data, step, pages.length, goTo, onComplete, definition]);

  const handleSelect = useCallback(
    (path: string) => {
      const target = pages.findIndex((p) => p.elements.some((e) => e.key === topKey(path)));
      if (target === -1 || target === step) focusField(path);
      else {
        pendingFocus.current = path;
        goTo(target);
      }
    },
    [pages, step, goTo],
  );

  const summaryErrors: SummaryError[] = useMemo(() => {
    const seen = new Set<string>();
    return [...pageErrors, ...activeServerErrors]
      .filter((e) => {
        const k = `${e.path}:${e.message}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .map((e) => ({ ...e, label: labelForPath(definition, e.path, lang) }));
  }, [pageErrors, activeServerErrors, definition, lang]);

  const fieldErrors = useMemo(() => [...pageErrors, ...activeServerErrors], [pageErrors, activeServerErrors]);

  if (mode === 'read') {
    return (
      <RendererScope lang={lang} hidden={visibility.hidden}>
        <div className="form-renderer form-renderer--read">
          {pages.map((p) => (
            <section key={p.id} className="form-page" aria-labelledby={`page-${p.id}`}>
              <h2 id={`page-${p.id}`}>{localize(p.title, lang)}</h2>
              <PageForm definition={definition} pageIndex={definition.pages.indexOf(p)} lang={lang} data={data} visibility={visibility} context={context} readonly errors={[]} />
            </section>
          ))}
        </div>
      </RendererScope>
    );
  }

  if (!page) return null;
  const isLast = step === pages.length - 1;
  return (
    <RendererScope lang={lang} hidden={visibility.hidden} fixed={fixedFields}>
      <div className="form-renderer">
        <nav className="steps" aria-label={t('steps')}>
          <p className="steps__label">{t('step', { n: step + 1, total: pages.length })}</p>
          <ol className="steps__list">
            {pages.map((p, i) => (
              <li key={p.id} className={i === step ? 'steps__item steps__item--current' : i < step ? 'steps__item steps__item--done' : 'steps__item'} aria-current={i === step ? 'step' : undefined}>
                {localize(p.title, lang)}
              </li>
            ))}
          </ol>
        </nav>
        <ErrorSummary errors={summaryErrors} onSelect={handleSelect} showKey={showKey} />
        <h2 className="form-page__title" tabIndex={-1} ref={headingRef}>
          {localize(page.title, lang)}
        </h2>
        <p className="form-page__hint">{t('requiredHint')}</p>
        <PageForm
          key={page.id}
          definition={definition}
          pageIndex={pageIndex}
          lang={lang}
          data={data}
          visibility={visibility}
          context={context}
          readonly={false}
          errors={fieldErrors}
          fixedFields={fixedFields}
          onChange={handleChange}
          onSubmit={handleNext}
        >
          <div className="form-nav">
            {(step > 0 || onBackFromFirst) && (
              <button type="button" className="button button--secondary" onClick={() => (step > 0 ? goTo(step - 1) : onBackFromFirst?.())}>
                ← {t('back')}
              </button>
            )}
            {/* A plain button until the app runs the page: a server-rendered form must not be sent as HTML. */}
            <button type={hydrated ? 'submit' : 'button'} className="button button--primary">
              {isLast ? completeLabel ?? t('complete') : `${t('next')} →`}
            </button>
          </div>
        </PageForm>
      </div>
    </RendererScope>
  );
}
