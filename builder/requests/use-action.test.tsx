/** useAction: busy while the server works, the refusal kept as the error, and a fresh try clears it. */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAction } from './use-action';

describe('useAction', () => {
  it('is busy while the action runs and answers its value', async () => {
    const { result } = renderHook(() => useAction());
    let finish: (version: number) => void = () => {};
    let pending: Promise<unknown> = Promise.resolve();
    act(() => {
      pending = result.current.run(() => new Promise<number>((resolve) => (finish = resolve)));
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      finish(2);
      expect(await pending).toEqual({ ok: true, value: 2 });
    });
    expect(result.current).toMatchObject({ busy: false, error: null });
  });

  it('keeps a refusal as the error without throwing, and clears it on the next try', async () => {
    const { result } = renderHook(() => useAction());
    const refusal = new Error('Another deployment of this service already covers 091');
    await act(async () => {
      expect(await result.current.run(() => Promise.reject(refusal))).toEqual({ ok: false });
    });
    expect(result.current).toMatchObject({ busy: false, error: refusal });
    await act(async () => {
      await result.current.run(async () => undefined);
    });
    expect(result.current.error).toBeNull();
  });
});
