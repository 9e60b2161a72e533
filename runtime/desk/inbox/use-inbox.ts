/** Loads the inbox for the filters and sort in the URL, and further pages on demand (keyset cursor of that sort). */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../ui/api/http';
import type { Lang } from '../../../form-library/format/types';
import type { InboxItem } from '../../../api-contract';
import { deskApi, type InboxQuery } from '../api/desk-api';

export interface InboxState {
  items: InboxItem[];
  counts: Record<string, number>;
  countsExact: boolean;
  nextCursor: string | null;
  loading: boolean;
  loadingMore: boolean;
  error: ApiError | Error | null;
}

export function useInbox(filters: InboxQuery, lang: Lang) {
  const key = JSON.stringify(filters);
  const [state, setState] = useState<InboxState>({ items: [], counts: {}, countsExact: true, nextCursor: null, loading: true, loadingMore: false, error: null });
  const generation = useRef(0);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const gen = ++generation.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    deskApi
      .inbox(JSON.parse(key) as InboxQuery, lang)
      .then((page) => {
        if (gen === generation.current) setState({ items: page.items, counts: page.counts, countsExact: page.countsExact !== false, nextCursor: page.nextCursor, loading: false, loadingMore: false, error: null });
      })
      .catch((error: Error) => {
        if (gen === generation.current) setState((s) => ({ ...s, items: [], loading: false, error }));
      });
  }, [key, lang, reloads]);

  const loadMore = useCallback(async () => {
    const cursor = state.nextCursor;
    if (!cursor) return;
    const gen = generation.current;
    setState((s) => ({ ...s, loadingMore: true }));
    try {
      const page = await deskApi.inbox({ ...(JSON.parse(key) as InboxQuery), cursor }, lang);
      if (gen === generation.current) {
        setState((s) => ({ ...s, items: [...s.items, ...page.items], counts: page.counts, nextCursor: page.nextCursor, loadingMore: false }));
      }
    } catch (error) {
      if (gen === generation.current) setState((s) => ({ ...s, loadingMore: false, error: error as Error }));
    }
  }, [key, lang, state.nextCursor]);

  return { ...state, loadMore, reload: () => setReloads((n) => n + 1) };
}
