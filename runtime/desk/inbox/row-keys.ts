/**
 * j / k move between the inbox's row links (as in mail clients); Enter opens the focused case.
 * Ignored while typing in a field or with a modifier key, so it never eats text or shortcuts.
 */
export function rowKeyTarget(key: string, links: HTMLElement[], active: Element | null): HTMLElement | null {
  if (key !== 'j' && key !== 'k') return null;
  if (links.length === 0) return null;
  const index = links.findIndex((l) => l === active);
  if (index === -1) return key === 'j' ? links[0] : links[links.length - 1];
  const next = key === 'j' ? Math.min(index + 1, links.length - 1) : Math.max(index - 1, 0);
  return links[next];
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
