import { describe, expect, it } from 'vitest';
import { applicationTemplate } from '../../workflows/templates';
import { validateWorkflow } from '../../workflows/validation/validate-workflow';
import { addState, addTransition, layers, removeState, updateState, updateTransition, upperSnake } from './workflow-ops';

const template = () => structuredClone(applicationTemplate);

describe('workflow list editing', () => {
  it('adds a state with an UPPER_SNAKE id from its Finnish label', () => {
    const def = addState(template(), { fi: 'Lausunnolla', sv: 'På remiss', en: 'Out for comments' });
    expect(def.states.at(-1)).toMatchObject({ id: 'LAUSUNNOLLA', customerVisible: true });
    expect(upperSnake('Pyydä lausunto')).toBe('PYYDA_LAUSUNTO');
  });

  it('wires a new state in with transitions and stays valid', () => {
    let def = addState(template(), { fi: 'Lausunnolla', sv: 'På remiss', en: 'Out for comments' });
    def = addTransition(def, 'IN_PROCESSING', 'LAUSUNNOLLA', { fi: 'Pyydä lausunto', sv: 'Begär utlåtande', en: 'Ask for a statement' });
    def = addTransition(def, 'LAUSUNNOLLA', 'IN_PROCESSING', { fi: 'Lausunto saatu', sv: 'Utlåtande mottaget', en: 'Statement received' });
    expect(def.transitions.at(-2)?.event).toBe('ASK_FOR_A_STATEMENT');
    expect(validateWorkflow(def).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('renaming a state id follows into every transition', () => {
    const def = updateState(template(), 'IN_PROCESSING', { id: 'PROCESSING' });
    expect(def.transitions.some((t) => t.to === 'IN_PROCESSING' || t.from.includes('IN_PROCESSING'))).toBe(false);
    expect(def.transitions.find((t) => t.event === 'START')?.to).toBe('PROCESSING');
  });

  it('keeps exactly one initial state', () => {
    const def = updateState(template(), 'RECEIVED', { initial: true });
    expect(def.states.filter((s) => s.initial).map((s) => s.id)).toEqual(['RECEIVED']);
  });

  it('removing a state removes the transitions into and only out of it', () => {
    const def = removeState(template(), 'INFO_REQUESTED');
    expect(def.transitions.map((t) => t.event)).not.toContain('REQUEST_INFO');
    expect(def.transitions.map((t) => t.event)).not.toContain('SUPPLEMENT');
    expect(def.transitions.find((t) => t.event === 'CANCEL')?.from).not.toContain('INFO_REQUESTED');
  });

  it('drops an empty customer alert and an unset comment flag', () => {
    const def = updateTransition(template(), 0, { customerAlert: { fi: '' }, commentRequired: false });
    expect(def.transitions[0]).not.toHaveProperty('customerAlert');
    expect(def.transitions[0]).not.toHaveProperty('commentRequired');
  });

  it('lays states out by distance from the initial state', () => {
    const l = layers(template());
    expect(l[0]).toEqual(['SUBMITTED']);
    expect(l[1]).toContain('RECEIVED');
    expect(l[1]).toContain('CANCELLED');
    expect(l.flat().length).toBe(template().states.length);
  });
});
