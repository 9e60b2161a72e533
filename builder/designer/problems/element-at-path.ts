/**
 * Problems name a place by a dotted path ('pages.1.elements.0.elements.2.label.sv'); the canvas
 * needs the element (or page) it belongs to, which is the deepest `elements.N` on the path.
 */
import type { FormDefinition, FormElement } from '../../../form-library/format/types';

export function elementIdAtPath(definition: FormDefinition, path: string): string | undefined {
  const parts = path.split('.');
  let i = parts[0] === 'form' ? 1 : 0;
  if (parts[i] !== 'pages') return undefined;
  const page = definition.pages[Number(parts[i + 1])];
  if (!page) return undefined;
  let id: string = page.id;
  let elements: FormElement[] = page.elements;
  i += 2;
  while (parts[i] === 'elements') {
    const el = elements[Number(parts[i + 1])];
    if (!el) break;
    id = el.id;
    elements = el.kind === 'section' || el.kind === 'group' ? el.elements : [];
    i += 2;
  }
  return id;
}
