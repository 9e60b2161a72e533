/**
 * Undo and redo as a stack of documents. Documents are immutable and share unchanged parts, so
 * keeping whole snapshots is cheap and makes every change undoable without inverse operations.
 * Typing into one field coalesces into one undo step (same `coalesceKey` back to back).
 */
export interface CommandStack<T> {
  past: T[];
  present: T;
  future: T[];
  /** Key of the last change, to merge a run of keystrokes into one step. */
  lastKey?: string;
}

export const UNDO_LIMIT = 200;

export function createStack<T>(present: T): CommandStack<T> {
  return { past: [], present, future: [] };
}

export function execute<T>(stack: CommandStack<T>, next: T, coalesceKey?: string): CommandStack<T> {
  if (next === stack.present) return stack;
  if (coalesceKey !== undefined && coalesceKey === stack.lastKey && stack.past.length > 0) {
    return { past: stack.past, present: next, future: [], lastKey: coalesceKey };
  }
  const past = [...stack.past, stack.present];
  if (past.length > UNDO_LIMIT) past.shift();
  return { past, present: next, future: [], lastKey: coalesceKey };
}

export function canUndo<T>(stack: CommandStack<T>): boolean {
  return stack.past.length > 0;
}

export function canRedo<T>(stack: CommandStack<T>): boolean {
  return stack.future.length > 0;
}

export function undo<T>(stack: CommandStack<T>): CommandStack<T> {
  if (stack.past.length === 0) return stack;
  const previous = stack.past[stack.past.length - 1];
  return { past: stack.past.slice(0, -1), present: previous, future: [stack.present, ...stack.future] };
}

export function redo<T>(stack: CommandStack<T>): CommandStack<T> {
  if (stack.future.length === 0) return stack;
  const [next, ...future] = stack.future;
  return { past: [...stack.past, stack.present], present: next, future };
}
