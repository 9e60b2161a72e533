import { describe, expect, it } from 'vitest';
import { applicationTemplate } from '../../workflows/templates';
import { BOX_W, diagramLayout } from './diagram-layout';

describe('the workflow diagram', () => {
  it('labels its arrows with the button texts in the reader’s language, each transition once', () => {
    const sv = diagramLayout(applicationTemplate, 'sv');
    const labels = sv.arrows.flatMap((a) => (a.shortLabel ? [a.shortLabel] : []));
    expect(labels).toEqual(applicationTemplate.transitions.map((t) => t.label.sv));
    expect(labels).toContain('Markera som mottagen');
    expect(labels.some((l) => /^[A-Z_]+$/.test(l))).toBe(false);
    // "Cancel" leaves from every open status: one arrow each, one label for them all.
    const cancel = applicationTemplate.transitions.find((t) => t.event === 'CANCEL');
    expect(sv.arrows.filter((a) => a.label === cancel?.label.sv)).toHaveLength(cancel?.from.length ?? 0);
    expect(sv.boxes.map((b) => b.label)).toContain('Under behandling');
  });

  it('stacks the statuses from top to bottom, so the application workflow is at most two boxes wide', () => {
    const layout = diagramLayout(applicationTemplate, 'fi');
    expect(layout.width).toBeLessThanOrEqual(2 * BOX_W + 200);
    const submitted = layout.boxes.find((b) => b.id === 'SUBMITTED');
    expect(layout.boxes.every((b) => b.y >= (submitted?.y ?? 0))).toBe(true);
  });
});
