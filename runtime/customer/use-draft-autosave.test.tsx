import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_SAVE_IDLE_MS, useDraftAutosave } from './use-draft-autosave';

interface Draft { eventName: string }

function typing(save: (d: Draft) => void) {
  return renderHook(({ draft }) => useDraftAutosave(draft, save), { initialProps: { draft: { eventName: '' } } });
}

describe('draft autosave while filling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the draft once typing pauses, not on every keystroke', () => {
    const save = vi.fn();
    const { rerender } = typing(save);
    for (const eventName of ['K', 'Ke', 'Kes', 'Kesä']) {
      rerender({ draft: { eventName } });
      act(() => vi.advanceTimersByTime(100));
    }
    expect(save).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(DRAFT_SAVE_IDLE_MS));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({ eventName: 'Kesä' });
  });

  it('writes at once when the tab is closed or reloaded, and when the form is left', () => {
    const save = vi.fn();
    const { rerender, unmount } = typing(save);
    rerender({ draft: { eventName: 'Kesäkonsertti' } });
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(save).toHaveBeenLastCalledWith({ eventName: 'Kesäkonsertti' });
    rerender({ draft: { eventName: 'Kesäkonsertti Kaivopuistossa' } });
    unmount();
    expect(save).toHaveBeenLastCalledWith({ eventName: 'Kesäkonsertti Kaivopuistossa' });
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('forgets a pending write once the draft is cleared after sending', () => {
    const save = vi.fn();
    const { result, rerender, unmount } = typing(save);
    rerender({ draft: { eventName: 'Kesäkonsertti' } });
    act(() => result.current.cancel());
    unmount();
    act(() => vi.advanceTimersByTime(DRAFT_SAVE_IDLE_MS * 2));
    expect(save).not.toHaveBeenCalled();
  });
});
