/**
 * Steps through the compiled machine (the same one the server decides with) as a handler or a
 * customer would: only the transitions the machine accepts for that role are offered.
 */
import { useEffect, useState } from 'react';
import { useMachine } from '@xstate/react';
import type { Lang } from '../../form-library/format/types';
import { compileWorkflow, type WorkflowMachine } from '../../workflows/machine/compile-machine';
import type { WorkflowDefinition, WorkflowRole } from '../../workflows/format/types';
import { useTexts } from '../../ui/i18n/texts';
import { workflowTexts } from '../../i18n/catalogs/builder';
import { localize } from '../../form-library/format/localize';

function tryCompile(def: WorkflowDefinition): WorkflowMachine | null {
  try {
    return compileWorkflow(def);
  } catch {
    return null;
  }
}

/** `onCurrentChange`: the status the simulation is in, for the diagram beside it (undefined when it cannot run). */
export function WorkflowSimulator({ def, lang, onCurrentChange }: { def: WorkflowDefinition; lang: Lang; onCurrentChange?(state: string | undefined): void }) {
  const t = useTexts(workflowTexts);
  const machine = tryCompile(def);
  const [round, setRound] = useState(0);
  const runs = machine !== null;
  useEffect(() => {
    if (!runs) onCurrentChange?.(undefined);
  }, [runs, onCurrentChange]);
  if (!machine) return <p role="status">{t('cannotSimulate')}</p>;
  // A new machine (the definition changed) or "start over" needs a fresh actor.
  return <Run key={`${JSON.stringify(def)}-${round}`} def={def} machine={machine} lang={lang} onRestart={() => setRound((r) => r + 1)} onCurrentChange={onCurrentChange} />;
}

interface Step {
  label: string;
  by: WorkflowRole;
  to: string;
  comment?: string;
  alert?: string;
}

function Run({ def, machine, lang, onRestart, onCurrentChange }: { def: WorkflowDefinition; machine: WorkflowMachine; lang: Lang; onRestart(): void; onCurrentChange?(state: string): void }) {
  const t = useTexts(workflowTexts);
  const [snapshot, send] = useMachine(machine);
  const [role, setRole] = useState<WorkflowRole>('handler');
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const [history, setHistory] = useState<Step[]>([]);
  const current = String(snapshot.value);
  useEffect(() => onCurrentChange?.(current), [current, onCurrentChange]);
  const state = def.states.find((s) => s.id === current);
  const options = def.transitions.filter((tr) => tr.from.includes(current) && tr.roles.includes(role));
  const visibleHistory = [def.states.find((s) => s.initial)?.id, ...history.map((h) => h.to)]
    .filter((id): id is string => Boolean(id))
    .filter((id) => def.states.find((s) => s.id === id)?.customerVisible);
  const customerSeesId = visibleHistory[visibleHistory.length - 1];
  const customerSees = def.states.find((s) => s.id === customerSeesId);

  const fire = (index: number) => {
    const tr = def.transitions[index];
    const event = { type: tr.event, role, comment: comment.trim() || undefined };
    if (!snapshot.can(event)) {
      setError(tr.commentRequired && !comment.trim() ? t('refusedComment') : '');
      return;
    }
    send(event);
    setHistory((h) => [...h, { label: localize(tr.label, lang), by: role, to: tr.to, comment: event.comment, alert: tr.customerAlert ? localize(tr.customerAlert, lang) : undefined }]);
    setComment('');
    setError('');
  };

  return (
    <div className="wf-sim">
      <fieldset className="pv-switch">
        <legend>{t('actAs')}</legend>
        {(['handler', 'customer'] as const).map((r) => (
          <label key={r}>
            <input type="radio" name="sim-role" value={r} checked={role === r} onChange={() => setRole(r)} /> {t(`role_${r}`)}
          </label>
        ))}
      </fieldset>
      <p>
        {t('current')}: <strong data-testid="sim-current">{state ? localize(state.label, lang) : current}</strong>
        {state && !state.customerVisible && <> {t('hidden')}</>}
      </p>
      <p>{t('customerSees')}: <strong>{customerSees ? localize(customerSees.label, lang) : '–'}</strong></p>
      {snapshot.status === 'done' ? (
        <p role="status">{t('finished')}</p>
      ) : (
        <>
          <h4>{t('available')}</h4>
          {options.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <>
              {options.some((o) => o.commentRequired) && (
                <div className="pp-entry">
                  <label htmlFor="sim-comment">{t('comment')}</label>
                  <textarea id="sim-comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
                </div>
              )}
              <ul className="wf-sim-actions">
                {options.map((o) => (
                  <li key={o.event}>
                    <button type="button" onClick={() => fire(def.transitions.indexOf(o))}>
                      {localize(o.label, lang) || o.event}{o.commentRequired ? ` (${t('commentRequired').toLowerCase()})` : ''}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {error && <p role="alert" className="bl-error">{error}</p>}
        </>
      )}
      <h4>{t('history')}</h4>
      <ol className="wf-sim-history" aria-live="polite">
        {history.map((h, i) => (
          <li key={i}>
            {h.label} ({t(`role_${h.by}`)}) → {localize(def.states.find((s) => s.id === h.to)?.label, lang) || h.to}
            {h.comment && <> — “{h.comment}”</>}
            {h.alert && <div className="wf-alert">{t('alertSent', { text: h.alert })}</div>}
          </li>
        ))}
      </ol>
      <button type="button" onClick={onRestart}>{t('restart')}</button>
    </div>
  );
}
