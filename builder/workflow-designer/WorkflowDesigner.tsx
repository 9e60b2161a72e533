/**
 * The workflow designer: states and transitions edited as lists, a diagram, the validator's
 * problems live, and a simulator. Edits go out as whole new definitions through `onChange`.
 */
import { useMemo, useState } from 'react';
import { LANGS, type LocalizedText, type ServiceKind } from '../../form-library/format/types';
import { WORKFLOW_ROLES, type WorkflowDefinition, type WorkflowRole } from '../../workflows/format/types';
import { isUpperSnake, validateWorkflow } from '../../workflows/validation/validate-workflow';
import { describeWorkflowProblem } from '../../workflows/validation/workflow-problem';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { workflowTexts } from '../../i18n/catalogs/builder';
import { localize } from '../../form-library/format/localize';
import { LocalizedTextEntry } from '../designer/properties-panel/entries/LocalizedTextEntry';
import { AdvancedFold } from '../designer/properties-panel/entries/AdvancedFold';
import { CheckboxEntry, TextEntry } from '../designer/properties-panel/entries/SimpleEntries';
import { workflowTemplate } from '../drafts/pack-content';
import { WorkflowDiagram } from './WorkflowDiagram';
import { WorkflowSimulator } from './WorkflowSimulator';
import { addState, addTransition, removeState, removeTransition, updateState, updateTransition } from './workflow-ops';

interface Props {
  def: WorkflowDefinition;
  onChange(def: WorkflowDefinition, coalesceKey?: string): void;
}

function setText(text: LocalizedText | undefined, lang: (typeof LANGS)[number], value: string): LocalizedText {
  const next = { ...text, [lang]: value };
  if (value === '') delete next[lang];
  return next;
}

export function WorkflowDesigner({ def, onChange }: Props) {
  const t = useTexts(workflowTexts);
  const lang = useLang();
  const [newState, setNewState] = useState('');
  const [newTransition, setNewTransition] = useState('');
  const [newFrom, setNewFrom] = useState('');
  const [newTo, setNewTo] = useState('');
  // What was just added opens for editing; everything else stays folded to keep the lists short.
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const problems = useMemo(() => validateWorkflow(def), [def]);
  // The simulator's current status, marked in the one diagram beside it.
  const [simulated, setSimulated] = useState<string | undefined>(undefined);
  const stateName = (id: string) => localize(def.states.find((s) => s.id === id)?.label, lang) || id;

  const applyTemplate = (kind: ServiceKind) => {
    onChange(workflowTemplate(kind));
  };

  return (
    <div className="wf-designer">
      <div className="wf-main">
        <h2>{t('title')}</h2>
        <div className="wf-templates" role="group" aria-label={t('template')}>
          <span>{t('template')}:</span>{' '}
          <button type="button" onClick={() => applyTemplate('application')}>{t('applicationTemplate')}</button>{' '}
          <button type="button" onClick={() => applyTemplate('notification')}>{t('notificationTemplate')}</button>
        </div>

        <section className="wf-problems" aria-labelledby="wf-problems-h">
          <h3 id="wf-problems-h">{t('problems', { n: problems.length })}</h3>
          {problems.length === 0 ? <p>{t('noProblems')}</p> : (
            <ul>{problems.map((p, i) => <li key={i} className={`pr-${p.severity}`}>{describeWorkflowProblem(p, lang)}</li>)}</ul>
          )}
        </section>

        <section aria-labelledby="wf-states-h">
          <h3 id="wf-states-h">{t('states')}</h3>
          <ol className="wf-list">
            {def.states.map((s) => {
              const id = `wf-state-${s.id}`;
              return (
                <li key={s.id} id={`wf-item-state-${s.id}`} className="wf-item" data-state={s.id}>
                  <details open={justAdded === `state:${s.id}` || undefined}>
                  <summary>{stateName(s.id)}{s.initial ? ` · ${t('initial')}` : ''}{s.final ? ` · ${t('final')}` : ''}</summary>
                  <fieldset>
                    <legend>{t('state', { name: stateName(s.id) })}</legend>
                    <LocalizedTextEntry id={`${id}-label`} legend={t('stateLabel')} value={s.label} onChange={(l, v) => onChange(updateState(def, s.id, { label: setText(s.label, l, v) }), `${id}:label.${l}`)} />
                    <div className="wf-flags">
                      <CheckboxEntry id={`${id}-visible`} label={t('customerVisible')} checked={s.customerVisible} onChange={(v) => onChange(updateState(def, s.id, { customerVisible: v }))} />
                      <CheckboxEntry id={`${id}-initial`} label={t('initial')} checked={s.initial === true} onChange={(v) => onChange(updateState(def, s.id, { initial: v || undefined }))} />
                      <CheckboxEntry id={`${id}-final`} label={t('final')} checked={s.final === true} onChange={(v) => onChange(updateState(def, s.id, { final: v || undefined }))} />
                    </div>
                    <button type="button" onClick={() => onChange(removeState(def, s.id))}>{t('removeState', { name: stateName(s.id) })}</button>
                  </fieldset>
                  </details>
                </li>
              );
            })}
          </ol>
          <form
            className="wf-add"
            onSubmit={(e) => {
              e.preventDefault();
              if (!newState.trim()) return;
              const next = addState(def, { fi: newState.trim() });
              onChange(next);
              setJustAdded(`state:${next.states[next.states.length - 1].id}`);
              setNewState('');
            }}
          >
            <label htmlFor="wf-new-state">{t('newStateLabel')}</label>
            <input id="wf-new-state" value={newState} onChange={(e) => setNewState(e.target.value)} />
            <button type="submit">{t('addState')}</button>
          </form>
        </section>

        <section aria-labelledby="wf-transitions-h">
          <h3 id="wf-transitions-h">{t('transitions')}</h3>
          <ol className="wf-list">
            {def.transitions.map((tr, i) => {
              const id = `wf-tr-${i}`;
              return (
                <li key={i} id={`wf-item-transition-${i}`} className="wf-item" data-event={tr.event}>
                  <details open={justAdded === `transition:${i}` || undefined}>
                  <summary>{localize(tr.label, lang) || tr.event}: {tr.from.map(stateName).join(', ')} → {stateName(tr.to)}</summary>
                  <fieldset>
                    <legend>{t('transition', { name: localize(tr.label, lang) || tr.event })}</legend>
                    <fieldset className="pp-checks">
                      <legend>{t('from')}</legend>
                      {def.states.filter((s) => !s.final).map((s) => (
                        <CheckboxEntry
                          key={s.id}
                          id={`${id}-from-${s.id}`}
                          label={localize(s.label, lang) || s.id}
                          checked={tr.from.includes(s.id)}
                          onChange={(v) => onChange(updateTransition(def, i, { from: v ? [...tr.from, s.id] : tr.from.filter((f) => f !== s.id) }))}
                        />
                      ))}
                    </fieldset>
                    <div className="pp-entry">
                      <label htmlFor={`${id}-to`}>{t('to')}</label>
                      <select id={`${id}-to`} value={tr.to} onChange={(e) => onChange(updateTransition(def, i, { to: e.target.value }))}>
                        {def.states.map((s) => <option key={s.id} value={s.id}>{localize(s.label, lang) || s.id}</option>)}
                      </select>
                    </div>
                    <LocalizedTextEntry id={`${id}-label`} legend={t('transitionLabel')} value={tr.label} onChange={(l, v) => onChange(updateTransition(def, i, { label: setText(tr.label, l, v) }), `${id}:label.${l}`)} />
                    <fieldset className="pp-checks">
                      <legend>{t('roles')}</legend>
                      {WORKFLOW_ROLES.map((r: WorkflowRole) => (
                        <CheckboxEntry
                          key={r}
                          id={`${id}-role-${r}`}
                          label={t(`role_${r}`)}
                          checked={tr.roles.includes(r)}
                          onChange={(v) => onChange(updateTransition(def, i, { roles: v ? [...tr.roles, r] : tr.roles.filter((x) => x !== r) }))}
                        />
                      ))}
                    </fieldset>
                    <CheckboxEntry id={`${id}-comment`} label={t('commentRequired')} checked={tr.commentRequired === true} onChange={(v) => onChange(updateTransition(def, i, { commentRequired: v }))} />
                    <LocalizedTextEntry id={`${id}-alert`} legend={t('customerAlert')} multiline value={tr.customerAlert} onChange={(l, v) => onChange(updateTransition(def, i, { customerAlert: setText(tr.customerAlert, l, v) }), `${id}:alert.${l}`)} />
                    <AdvancedFold open={!isUpperSnake(tr.event)}>
                      <TextEntry id={`${id}-event`} label={t('event')} help={t('eventHelp')} value={tr.event} invalid={!isUpperSnake(tr.event)} onChange={(v) => onChange(updateTransition(def, i, { event: v.toUpperCase() }), `${id}:event`)} />
                    </AdvancedFold>
                    <button type="button" onClick={() => onChange(removeTransition(def, i))}>{t('removeTransition', { name: localize(tr.label, lang) || tr.event })}</button>
                  </fieldset>
                  </details>
                </li>
              );
            })}
          </ol>
          <form
            className="wf-add"
            onSubmit={(e) => {
              e.preventDefault();
              const from = newFrom || def.states[0]?.id;
              const to = newTo || def.states[0]?.id;
              if (!newTransition.trim() || !from || !to) return;
              onChange(addTransition(def, from, to, { fi: newTransition.trim() }));
              setJustAdded(`transition:${def.transitions.length}`);
              setNewTransition('');
            }}
          >
            <label htmlFor="wf-new-tr">{t('newTransitionLabel')}</label>
            <input id="wf-new-tr" value={newTransition} onChange={(e) => setNewTransition(e.target.value)} />
            <label htmlFor="wf-new-from">{t('from')}</label>
            <select id="wf-new-from" value={newFrom} onChange={(e) => setNewFrom(e.target.value)}>
              <option value="">–</option>
              {def.states.filter((s) => !s.final).map((s) => <option key={s.id} value={s.id}>{localize(s.label, lang) || s.id}</option>)}
            </select>
            <label htmlFor="wf-new-to">{t('to')}</label>
            <select id="wf-new-to" value={newTo} onChange={(e) => setNewTo(e.target.value)}>
              <option value="">–</option>
              {def.states.map((s) => <option key={s.id} value={s.id}>{localize(s.label, lang) || s.id}</option>)}
            </select>
            <button type="submit">{t('addTransition')}</button>
          </form>
        </section>
      </div>
      <aside className="wf-side" aria-label={t('diagram')}>
        <h3>{t('diagram')}</h3>
        <WorkflowDiagram def={def} lang={lang} current={simulated} />
        <section aria-labelledby="wf-sim-h">
          <h3 id="wf-sim-h">{t('simulator')}</h3>
          <p>{t('simulatorIntro')}</p>
          <WorkflowSimulator def={def} lang={lang} onCurrentChange={setSimulated} />
        </section>
      </aside>
    </div>
  );
}

