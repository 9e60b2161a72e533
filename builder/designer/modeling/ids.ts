/** Designer-only identities for elements and pages: stable across edits, never shown, never data keys. */
let counter = 0;

export function newId(prefix: 'el' | 'page' = 'el'): string {
  counter += 1;
  const random = Math.random().toString(36).slice(2, 8);
  return `${prefix}-${random}${counter.toString(36)}`;
}
