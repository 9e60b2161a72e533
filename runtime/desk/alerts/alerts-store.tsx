/**
 * The desk's alerts (viranomaisherätteet): new submissions, customers' supplements and messages,
 * deadlines near. Polled while the desk is open so the header badge counts them until read.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLang } from '../../../ui/i18n/texts';
import type { DeskAlertList } from '../../../api-contract';
import { deskApi } from '../api/desk-api';

const POLL_MS = 15_000;

interface AlertsApi {
  list: DeskAlertList | null;
  failed: boolean;
  refresh(): Promise<void>;
  markRead(id: number): Promise<void>;
}

const AlertsContext = createContext<AlertsApi | null>(null);

export function AlertsProvider({ children }: { children: ReactNode }) {
  const lang = useLang();
  const [list, setList] = useState<DeskAlertList | null>(null);
  const [failed, setFailed] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setList(await deskApi.alerts(lang));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [lang]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [refresh]);

  const markRead = useCallback(async (id: number) => {
    await deskApi.markAlertRead(id);
    setList((cur) => {
      if (!cur) return cur;
      const target = cur.items.find((a) => a.id === id);
      if (!target || target.readAt) return cur;
      const readAt = new Date().toISOString();
      const unread = Math.max(0, cur.unread - 1);
      return { items: cur.items.map((a) => (a.id === id ? { ...a, readAt } : a)), unread, counts: { ...cur.counts, unread } };
    });
  }, []);

  const value = useMemo(() => ({ list, failed, refresh, markRead }), [list, failed, refresh, markRead]);
  return <AlertsContext.Provider value={value}>{children}</AlertsContext.Provider>;
}

export function useAlerts(): AlertsApi {
  const a = useContext(AlertsContext);
  if (!a) throw new Error('useAlerts outside AlertsProvider');
  return a;
}
