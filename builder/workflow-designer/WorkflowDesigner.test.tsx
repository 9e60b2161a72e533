/** The workflow designer shows its diagram once, marks the simulated status in it, and keeps codes out of the main path. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/i18n/texts';
import type { WorkflowDefinition } from '../../workflows/format/types';
import { workflowTemplate } from '../drafts/pack-content';
import { WorkflowDesigner } from './WorkflowDesigner';

function Host() {
  const [def, setDef] = useState<WorkflowDefinition>(workflowTemplate('application'));
  return <WorkflowDesigner def={def} onChange={setDef} />;
}

describe('the workflow designer', () => {
  it('draws one diagram, labelled with button texts, and marks where the simulation is', async () => {
    const { container } = render(<LangContext.Provider value="sv"><Host /></LangContext.Provider>);
    expect(container.querySelectorAll('svg')).toHaveLength(1);
    const svg = container.querySelector('svg')!;
    expect(svg.textContent).toContain('Markera som mottagen');
    expect(svg.textContent).not.toContain('RECEIVE');
    const fillOf = (id: string) => svg.querySelector(`[data-state="${id}"] rect`)?.getAttribute('fill');
    expect(fillOf('SUBMITTED')).toBe('#0b5394');
    expect(fillOf('RECEIVED')).toBe('#ffffff');
    await act(async () => {
      fireEvent.click(within(container.querySelector('.wf-sim')!).getByRole('button', { name: 'Markera som mottagen' }));
    });
    expect(fillOf('RECEIVED')).toBe('#0b5394');
    expect(fillOf('SUBMITTED')).not.toBe('#0b5394');
  });

  it('names statuses and transitions by their labels and keeps the event name under "Avancerade inställningar"', () => {
    const { container } = render(<LangContext.Provider value="sv"><Host /></LangContext.Provider>);
    const receive = container.querySelector('li[data-event="RECEIVE"]')!;
    expect(receive.querySelector('summary')?.textContent).toBe('Markera som mottagen: Skickad → Mottagen');
    expect(container.querySelector('li[data-state="SUBMITTED"] summary')?.textContent).not.toContain('SUBMITTED');
    const event = within(receive as HTMLElement).getByLabelText('Händelsens identifierare');
    expect(event.closest('details.pp-advanced')?.hasAttribute('open')).toBe(false);
    expect(screen.getAllByRole('button', { name: /^Ta bort övergången "Markera som mottagen"$/ })).toHaveLength(1);
  });
});
