/**
 * Workflow edits as pure functions. Renaming a state carries its new id into every transition,
 * removing one takes its transitions with it, and "initial" stays with exactly one state, so the
 * list editor cannot leave dangling references behind.
 */
import type { LocalizedText } from '../../form-library/format/types';
import type { WorkflowDefinition, WorkflowState, WorkflowTransition } from '../../workflows/format/types';

/** UPPER_SNAKE from any text: 'Lausunnolla' → 'LAUSUNNOLLA', 'Ask a statement' → 'ASK_A_STATEMENT'. */
export function upperSnake(text: string): string {
  const ascii = text.replace(/[äåÄÅ]/g, 'a').replace(/[öÖ]/g, 'o').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const id = ascii.split(/[^a-zA-Z0-9]+/).filter(Boolean).join('_').toUpperCase();
  return /^[A-Z]/.test(id) ? id : `S_${id}`;
}

export function uniqueId(base: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  if (!set.has(base)) return base;
  for (let n = 2; ; n += 1) if (!set.has(`${base}_${n}`)) return `${base}_${n}`;
}

export function addState(def: WorkflowDefinition, label: LocalizedText): WorkflowDefinition {
  const id = uniqueId(upperSnake(label.fi || label.sv || label.en || 'TILA'), def.states.map((s) => s.id));
  return { ...def, states: [...def.states, { id, label, customerVisible: true }] };
}

export function updateState(def: WorkflowDefinition, id: string, patch: Partial<WorkflowState>): WorkflowDefinition {
  const newId = patch.id ?? id;
  const states = def.states.map((s) => {
    if (s.id !== id) return patch.initial ? { ...s, initial: undefined } : s;
    const next = { ...s, ...patch };
    for (const k of ['initial', 'final'] as const) if (!next[k]) delete next[k];
    return next;
  }).map((s) => {
    const copy = { ...s };
    if (copy.initial === undefined) delete copy.initial;
    return copy;
  });
  const transitions = newId === id ? def.transitions : def.transitions.map((t) => ({
    ...t,
    from: t.from.map((f) => (f === id ? newId : f)),
    to: t.to === id ? newId : t.to,
  }));
  return { states, transitions };
}

export function removeState(def: WorkflowDefinition, id: string): WorkflowDefinition {
  return {
    states: def.states.filter((s) => s.id !== id),
    transitions: def.transitions
      .filter((t) => t.to !== id)
      .map((t) => ({ ...t, from: t.from.filter((f) => f !== id) }))
      .filter((t) => t.from.length > 0),
  };
}

export function addTransition(def: WorkflowDefinition, from: string, to: string, label: LocalizedText): WorkflowDefinition {
  const event = uniqueId(upperSnake(label.en || label.fi || label.sv || 'EVENT'), def.transitions.map((t) => t.event));
  const transition: WorkflowTransition = { event, from: [from], to, label, roles: ['handler'] };
  return { ...def, transitions: [...def.transitions, transition] };
}

export function updateTransition(def: WorkflowDefinition, index: number, patch: Partial<WorkflowTransition>): WorkflowDefinition {
  return {
    ...def,
    transitions: def.transitions.map((t, i) => {
      if (i !== index) return t;
      const next = { ...t, ...patch };
      if (!next.commentRequired) delete next.commentRequired;
      if (!next.customerAlert || Object.values(next.customerAlert).every((v) => !v)) delete next.customerAlert;
      return next;
    }),
  };
}

export function removeTransition(def: WorkflowDefinition, index: number): WorkflowDefinition {
  return { ...def, transitions: def.transitions.filter((_, i) => i !== index) };
}

/** Layers for the diagram: a state's layer is its shortest distance from the initial state. */
export function layers(def: WorkflowDefinition): string[][] {
  const initial = def.states.find((s) => s.initial)?.id ?? def.states[0]?.id;
  const depth = new Map<string, number>();
  if (initial) {
    depth.set(initial, 0);
    const queue = [initial];
    while (queue.length) {
      const at = queue.shift()!;
      for (const t of def.transitions) {
        if (!t.from.includes(at) || depth.has(t.to)) continue;
        depth.set(t.to, depth.get(at)! + 1);
        queue.push(t.to);
      }
    }
  }
  const maxDepth = Math.max(-1, ...depth.values());
  const out: string[][] = [];
  for (const s of def.states) {
    // Unreachable states get a layer of their own at the end, where the validator's warning points.
    const d = depth.get(s.id) ?? maxDepth + 1;
    (out[d] ??= []).push(s.id);
  }
  return out.filter(Boolean);
}
