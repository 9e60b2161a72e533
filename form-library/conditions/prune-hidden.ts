import type { FormData, FormDefinition } from '../format/types';
import { isRecord, walkForm, type DataPath } from './walk-form';
import { specOfElement } from '../kinds/kind-specs';

/**
 * A copy of `data` without the answers of hidden fields, pages, sections and group-item fields,
 * and without info elements (they hold no data). Keys the form does not know are kept, so that
 * validation can name them instead of silently dropping them.
 */
export function pruneHidden(def: FormDefinition, data: FormData): FormData {
  const copy = copyData(data, false) as FormData;
  deleteAll(copy, hiddenPaths(def, copy));
  return copy;
}

/** Paths of answers that must not be kept: hidden elements and info elements. */
export function hiddenPaths(def: FormDefinition, data: FormData): DataPath[] {
  const drop: DataPath[] = [];
  walkForm(def, data, ({ element, path, visible }) => {
    if (!visible || !specOfElement(element).holdsData) drop.push(path);
  });
  return drop;
}

/**
 * A deep copy of JSON-like data (faster than structuredClone for small answers). With
 * `dropBlanks`, object entries that are null, '' or [] are left out: a blank answer is no answer.
 */
export function copyData(value: unknown, dropBlanks: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => copyData(item, dropBlanks));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const inner = value[key];
    if (dropBlanks && (inner === null || inner === '' || (Array.isArray(inner) && inner.length === 0))) continue;
    const copied = copyData(inner, dropBlanks);
    // A '__proto__' key from JSON.parse must stay an own (hence unknown, reported) key, never a
    // prototype whose inherited answers would pass checks and then vanish from the stored data.
    if (key === '__proto__') Object.defineProperty(out, key, { value: copied, enumerable: true, writable: true, configurable: true });
    else out[key] = copied;
  }
  return out;
}

export function deleteAll(data: FormData, paths: DataPath[]): void {
  for (const path of paths) deleteAt(data, path);
}

function deleteAt(data: FormData, path: DataPath): void {
  let node: unknown = data;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i];
    if (Array.isArray(node) && typeof step === 'number') node = node[step];
    else if (isRecord(node) && typeof step === 'string') node = node[step];
    else return;
  }
  const last = path[path.length - 1];
  if (isRecord(node) && typeof last === 'string') delete node[last];
}
