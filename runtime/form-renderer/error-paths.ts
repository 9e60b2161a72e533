/**
 * Field errors travel as dotted paths ('organiser.businessId', 'participants.0.name'), the same
 * from the browser's checks and from a server 422. This maps them to rjsf's error tree and to the
 * DOM ids rjsf gives fields (root_organiser_businessId), so one error list serves both.
 */
import type { ErrorSchema } from '@rjsf/utils';
import type { FieldError } from '../../form-library/format/types';

export const ID_PREFIX = 'root';
export const ID_SEPARATOR = '_';

export function toErrorSchema(errors: FieldError[]): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const { path, message } of errors) {
    let node = root;
    for (const segment of path.split('.').filter(Boolean)) {
      node[segment] ??= {};
      node = node[segment] as Record<string, unknown>;
    }
    const list = (node.__errors ??= []) as string[];
    if (!list.includes(message)) list.push(message);
  }
  return root as ErrorSchema;
}

export function fieldIdForPath(path: string): string {
  return [ID_PREFIX, ...path.split('.').filter(Boolean)].join(ID_SEPARATOR);
}

export function topKey(path: string): string {
  return path.split('.')[0] ?? path;
}

/**
 * Moves focus to the input of a field: the element with the field's id, or else the first
 * focusable control inside it or whose id starts with it (radio options, address parts).
 */
export function focusField(path: string, root: ParentNode = document): boolean {
  const id = fieldIdForPath(path);
  const escaped = typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id;
  const focusable = 'input:not([type=hidden]), select, textarea, button';
  const exact = root.querySelector<HTMLElement>(`#${escaped}`);
  const target =
    (exact && exact.matches(focusable) ? exact : exact?.querySelector<HTMLElement>(focusable)) ??
    root.querySelector<HTMLElement>(`[id^="${id}"]:is(${focusable})`);
  if (!target) return false;
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
  return true;
}
