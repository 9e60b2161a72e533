/**
 * What the form walk hides with the answers as they stand, for the renderer. The walk is the one
 * that prunes and validates on the server (form-library/conditions), so the page shows exactly the
 * fields the server will keep and require: per repeating-group item, with chains, and with
 * conditions that read a field outside the group.
 */
import { createContext } from 'react';
import { walkForm } from '../../form-library/conditions/walk-form';
import type { FormData, FormDefinition } from '../../form-library/format/types';

export interface Visibility {
  /** Dotted data paths of hidden elements ('performers.1.pyrotechnicsPlan'); a hidden container hides what is under it. */
  hidden: ReadonlySet<string>;
  /**
   * Changes exactly when the shape of the form does: an element is shown or hidden, or a group gets
   * or loses an item (its items decide how the page compiles). Typing into a field leaves it as it is.
   */
  key: string;
}

export function visibilityOf(definition: FormDefinition, data: FormData): Visibility {
  const hidden = new Set<string>();
  const parts: string[] = [];
  walkForm(definition, data, ({ element, path, value, visible }) => {
    if (!visible) {
      const dotted = path.join('.');
      hidden.add(dotted);
      parts.push(dotted);
    } else if (element.kind === 'group') {
      parts.push(`${path.join('.')}#${Array.isArray(value) ? value.length : 0}`);
    }
  });
  return { hidden, key: parts.join('|') };
}

/** The hidden paths of the answers being rendered; templates leave those fields out. */
export const HiddenPathsContext = createContext<ReadonlySet<string>>(new Set());

export function isHiddenPath(hidden: ReadonlySet<string>, path: ReadonlyArray<string | number>): boolean {
  return hidden.size > 0 && hidden.has(path.join('.'));
}
