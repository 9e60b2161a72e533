/**
 * One pack's draft open for editing: loads it, keeps the undo stack over the whole content (form
 * and workflow edits undo alike), saves it back, and warns before leaving unsaved work.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { FormPackContent, ServiceDefinition } from '../../form-library/format/types';
import { packProblems } from '../../form-library/problems';
import type { WorkflowDefinition } from '../../workflows/format/types';
import { ApiError } from '../../ui/api/http';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { designerTexts, draftTexts, projectDataTexts } from '../../i18n/catalogs/builder';
import { localize } from '../../form-library/format/localize';
import { FormDesigner } from './FormDesigner';
import { canRedo, canUndo, createStack, execute, redo, undo, type CommandStack } from './modeling/command-stack';
import { applyFormOp, ModelingError, type FormOp } from './modeling/operations';
import { withService, withServiceForm, withServiceWorkflow } from '../drafts/pack-content';
import { getDraft, saveDraft } from '../drafts/packs-api';
import { useUnsavedWarning } from '../drafts/use-unsaved-warning';
import { downloadPackFile } from '../pack-files/pack-file';
import { PackFileInput } from '../pack-files/PackFileInput';
import { WorkflowDesigner } from '../workflow-designer/WorkflowDesigner';
import { ServiceDetails } from './ServiceDetails';
import { AssessmentDesigner } from '../assessments/AssessmentDesigner';
import { AssessmentNav } from '../assessments/AssessmentNav';
import { withAssessment } from '../assessments/modeling/assessment-content';
import { PackProblemList } from './problems/PackProblemList';
import { ProjectDataDesigner } from '../project-data/ProjectDataDesigner';
import type { DesignerView, ProblemPlace } from './problems/problem-place';

type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; message: string } | { kind: 'conflict' };

export function DesignerPage() {
  const { packId = '' } = useParams();
  const t = useTexts(draftTexts);
  const [load, setLoad] = useState<'loading' | 'ready' | 'notFound' | 'failed'>('loading');
  const [stack, setStack] = useState<CommandStack<FormPackContent> | null>(null);
  const saved = useRef<FormPackContent | null>(null);
  const updatedAt = useRef<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    getDraft(packId).then(
      (draft) => {
        if (!live) return;
        saved.current = draft.content;
        updatedAt.current = draft.updatedAt;
        setStack(createStack(draft.content));
        setLoad('ready');
      },
      (err) => {
        if (live) setLoad(err instanceof ApiError && (err.status === 404 || err.status === 403) ? 'notFound' : 'failed');
      },
    );
    return () => { live = false; };
  }, [packId]);

  if (load === 'loading') return <p className="bl-page" aria-busy="true">{t('loading')}</p>;
  if (load !== 'ready' || !stack) {
    return (
      <section className="bl-page">
        <p role="alert" className="bl-error">{load === 'notFound' ? t('notFound') : t('loadFailed')}</p>
        <BackLink />
      </section>
    );
  }
  return <DraftEditor packId={packId} stack={stack} setStack={setStack} saved={saved} updatedAt={updatedAt} />;
}

function BackLink() {
  const t = useTexts(draftTexts);
  const lang = useLang();
  return <Link to={`/${lang}/designer`}>{t('backToList')}</Link>;
}

interface EditorProps {
  packId: string;
  stack: CommandStack<FormPackContent>;
  setStack: React.Dispatch<React.SetStateAction<CommandStack<FormPackContent> | null>>;
  saved: React.MutableRefObject<FormPackContent | null>;
  updatedAt: React.MutableRefObject<string | undefined>;
}

function DraftEditor({ packId, stack, setStack, saved, updatedAt }: EditorProps) {
  const t = useTexts(draftTexts);
  const d = useTexts(designerTexts);
  const lang = useLang();
  const content = stack.present;
  const [serviceId, setServiceId] = useState(content.services[0]?.id ?? '');
  const [view, setView] = useState<DesignerView>('form');
  // A permit-needs assessment open instead of a service (builder/assessments).
  const [assessmentId, setAssessmentId] = useState<string | null>(null);
  const assessment = assessmentId ? content.assessments?.find((a) => a.id === assessmentId) : undefined;
  // The pack's project data open instead of a service or an assessment (builder/project-data).
  const [projectDataOpen, setProjectDataOpen] = useState(false);
  const p = useTexts(projectDataTexts);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [notice, setNotice] = useState('');
  const service: ServiceDefinition | undefined = content.services.find((s) => s.id === serviceId) ?? content.services[0];
  const dirty = content !== saved.current;
  const blocker = useUnsavedWarning(dirty);
  // The whole pack's problems, a moment behind the edits (as the canvas's own notes are).
  const deferredContent = useDeferredValue(content);
  const problems = useMemo(() => packProblems(deferredContent, lang), [deferredContent, lang]);
  // What the problem list's "Show" asked to bring into view; the form designer takes its own part.
  const [reveal, setReveal] = useState<ProblemPlace | null>(null);
  const formReveal = useMemo(() => (reveal?.view === 'form' && reveal.target ? { id: reveal.target } : undefined), [reveal]);
  const showProblem = useCallback((place: ProblemPlace) => {
    if (place.serviceId) setServiceId(place.serviceId);
    setAssessmentId(place.assessmentId ?? null);
    setProjectDataOpen(place.projectData === true);
    setView(place.view);
    setReveal({ ...place });
  }, []);
  useEffect(() => {
    if (!reveal?.target || reveal.view === 'form') return;
    const node = document.getElementById(reveal.view === 'workflow' ? `wf-item-${reveal.target.replace(':', '-')}` : reveal.target);
    const details = node?.querySelector('details');
    if (details) details.open = true;
    const focusable = details?.querySelector<HTMLElement>('summary') ?? node;
    focusable?.scrollIntoView?.({ block: 'center' });
    focusable?.focus();
  }, [reveal]);
  const openView = (v: DesignerView) => {
    setReveal(null);
    setView(v);
  };

  const change = useCallback((next: (c: FormPackContent) => FormPackContent, coalesceKey?: string) => {
    setStack((s) => (s ? execute(s, next(s.present), coalesceKey) : s));
  }, [setStack]);

  const dispatchForm = useCallback((op: FormOp, coalesceKey?: string) => {
    if (!service) return;
    change((c) => {
      const current = c.services.find((s) => s.id === service.id);
      if (!current) return c;
      try {
        return withServiceForm(c, service.id, applyFormOp(current.form, op));
      } catch (err) {
        // An impossible edit (e.g. a section into itself) changes nothing.
        if (err instanceof ModelingError) return c;
        throw err;
      }
    }, coalesceKey);
  }, [change, service]);

  const changeWorkflow = useCallback((workflow: WorkflowDefinition, coalesceKey?: string) => {
    if (service) change((c) => withServiceWorkflow(c, service.id, workflow), coalesceKey);
  }, [change, service]);

  const save = useCallback(async () => {
    const toSave = content;
    setSaveState({ kind: 'saving' });
    try {
      const res = await saveDraft(packId, toSave, lang, updatedAt.current);
      saved.current = toSave;
      if (res?.updatedAt) updatedAt.current = res.updatedAt;
      setSaveState({ kind: 'saved' });
      // Re-render so "dirty" is recomputed against the new saved content.
      setStack((s) => (s ? { ...s } : s));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'conflict') setSaveState({ kind: 'conflict' });
      else if (err instanceof ApiError && err.status === 403) setSaveState({ kind: 'error', message: t('forbidden') });
      // The server words field messages in the builder's language (?lang=): they say what to fix.
      else setSaveState({ kind: 'error', message: err instanceof ApiError && err.fields.length ? err.fields.map((f) => `${f.path}: ${f.message}`).join('; ') : err instanceof Error ? err.message : String(err) });
    }
  }, [content, packId, lang, saved, updatedAt, setStack, t('forbidden')]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        setStack((s) => (s ? undo(s) : s));
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        setStack((s) => (s ? redo(s) : s));
      } else if (key === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, setStack]);

  const status =
    saveState.kind === 'saving' ? t('saving')
      : saveState.kind === 'conflict' ? t('conflict')
        : saveState.kind === 'error' ? t('saveFailed', { message: saveState.message })
          : dirty ? t('unsaved') : t('saved');

  const toolbar = (
    <div className="ds-toolbar" role="toolbar" aria-label={t('views')}>
      <button type="button" disabled={!canUndo(stack)} title={d('undoTitle')} aria-keyshortcuts="Control+Z" onClick={() => setStack((s) => (s ? undo(s) : s))}>↶ {d('undo')}</button>
      <button type="button" disabled={!canRedo(stack)} title={d('redoTitle')} aria-keyshortcuts="Control+Shift+Z" onClick={() => setStack((s) => (s ? redo(s) : s))}>↷ {d('redo')}</button>
      <button type="button" className="bl-primary" title={t('saveTitle')} aria-keyshortcuts="Control+S" disabled={saveState.kind === 'saving'} onClick={() => void save()}>{t('save')}</button>
      <span className={`ds-status ds-${saveState.kind}${dirty ? ' ds-dirty' : ''}`} role="status" data-testid="save-status">{status}</span>
    </div>
  );

  return (
    <section className="ds-page">
      <div className="ds-head">
        <h1>{t('editing', { name: localize(content.name, lang) || content.slug })}</h1>
        <div className="ds-file">
          <Link to={`/${lang}/packs/${packId}`}>{t('reviewLink')}</Link>
          <button type="button" onClick={() => downloadPackFile(content)}>{t('export')}</button>
          <PackFileInput
            id="import-into-draft"
            label={t('importIntoDraft')}
            onContent={(imported) => {
              change(() => imported);
              setServiceId(imported.services[0]?.id ?? '');
              setNotice(t('importedIntoDraft'));
            }}
          />
        </div>
      </div>
      <p role="status" className="ds-notice">{notice}</p>
      {(content.services.length > 1 || assessment || projectDataOpen) && (
        <nav aria-label={t('services')} className="ds-services">
          <ul>
            {content.services.map((s) => (
              <li key={s.id}>
                <button type="button" aria-pressed={!assessment && !projectDataOpen && s.id === service?.id} onClick={() => { setAssessmentId(null); setProjectDataOpen(false); setReveal(null); setServiceId(s.id); }}>{localize(s.name, lang) || s.id}</button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <AssessmentNav
        content={content}
        selected={assessment?.id ?? null}
        onSelect={(id) => { setProjectDataOpen(false); setAssessmentId(id); }}
        onAdd={(next, id) => {
          change(() => next);
          setProjectDataOpen(false);
          setAssessmentId(id);
        }}
      />
      <nav aria-label={p('navLabel')} className="ds-services ds-project-data">
        <ul>
          <li><button type="button" aria-pressed={projectDataOpen} onClick={() => { setAssessmentId(null); setReveal(null); setProjectDataOpen(true); }}>{p('nav')}</button></li>
        </ul>
      </nav>
      {projectDataOpen ? (
        <>
          <PackProblemList content={deferredContent} problems={problems} onShow={showProblem} />
          <ProjectDataDesigner content={content} onChange={change} toolbar={toolbar} reveal={formReveal} />
        </>
      ) : assessment ? (
        <AssessmentDesigner
          key={assessment.id}
          content={content}
          assessment={assessment}
          onChange={(next, key) => change((c) => withAssessment(c, assessment.id, () => next), key)}
          toolbar={toolbar}
        />
      ) : (<>
      <div role="tablist" aria-label={t('views')} className="ds-views">
        {(['form', 'workflow', 'service'] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            id={`view-${v}`}
            aria-controls={`view-panel-${v}`}
            aria-selected={view === v}
            onClick={() => openView(v)}
          >
            {t(v === 'form' ? 'viewForm' : v === 'workflow' ? 'viewWorkflow' : 'viewService')}
          </button>
        ))}
      </div>
      <PackProblemList content={deferredContent} problems={problems} onShow={showProblem} />
      {view !== 'form' && toolbar}
      {service && (
        <div role="tabpanel" id={`view-panel-${view}`} aria-labelledby={`view-${view}`}>
          {view === 'form' && <FormDesigner key={service.id} form={service.form} dispatch={dispatchForm} toolbar={toolbar} reveal={formReveal} projectData={content.projectData} />}
          {view === 'workflow' && <WorkflowDesigner def={service.workflow} onChange={changeWorkflow} />}
          {view === 'service' && (
            <ServiceDetails
              content={content}
              service={service}
              problems={problems}
              onChange={(next, key) => change(() => next, key)}
              onServiceChange={(s, key) => change((c) => withService(c, service.id, () => s), key)}
            />
          )}
        </div>
      )}
      </>)}
      {blocker.state === 'blocked' && (
        <div className="ds-dialog-backdrop">
          <div role="alertdialog" aria-modal="true" aria-labelledby="leave-title" className="ds-dialog">
            <p id="leave-title">{t('leaveConfirm')}</p>
            <button type="button" autoFocus onClick={() => blocker.reset()}>{t('stay')}</button>{' '}
            <button type="button" onClick={() => blocker.proceed()}>{t('leave')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
