import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { deskAlertTexts } from '../../../i18n/catalogs/desk';
import type { DeskAlert } from '../../../api-contract';
import { formatTimestamp } from '../../../i18n/intl-format';
import { deskPaths } from '../layout/paths';
import { useAlerts } from './alerts-store';

type KindKey = 'kind_new_submission' | 'kind_supplement' | 'kind_customer_message' | 'kind_deadline_near' | 'kind_other';

export function alertKindKey(kind: string): KindKey {
  const key = `kind_${kind}`;
  return (['kind_new_submission', 'kind_supplement', 'kind_customer_message', 'kind_deadline_near'] as const).find((k) => k === key) ?? 'kind_other';
}

export function AlertsPage() {
  const t = useTexts(deskAlertTexts);
  const lang = useLang();
  const { list, failed, refresh, markRead } = useAlerts();
  const [busy, setBusy] = useState<number | 'all' | null>(null);

  useEffect(() => {
    document.title = `${t('title')} – Kevyt`;
    void refresh();
  }, [t('title'), refresh]);

  async function read(alert: DeskAlert) {
    setBusy(alert.id);
    try {
      await markRead(alert.id);
    } finally {
      setBusy(null);
    }
  }

  async function readAll() {
    setBusy('all');
    try {
      for (const a of list?.items ?? []) if (!a.readAt) await markRead(a.id);
      await refresh();
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <h1>{t('title')}</h1>
      {failed && <p role="alert" className="desk-error">{t('loadFailed')}</p>}
      {list && <p role="status">{t('unreadCount', { n: list.unread })}</p>}
      {list && list.items.some((a) => !a.readAt) && (
        <p>
          <button type="button" className="desk-button" disabled={busy !== null} aria-busy={busy === 'all'} onClick={() => void readAll()}>{t('markAllRead')}</button>
        </p>
      )}
      {list && list.items.length === 0 && <p>{t('none')}</p>}
      {list && list.items.length > 0 && (
        <ul className="desk-alerts">
          {list.items.map((a) => (
            <li key={a.id} className={a.readAt ? 'desk-alert' : 'desk-alert desk-alert--unread'}>
              <div className="desk-alert__head">
                <span className={a.readAt ? 'desk-tag' : 'desk-tag desk-tag--new'}>{a.readAt ? t('read') : t('unread')}</span>{' '}
                <strong>{t(alertKindKey(a.kind))}</strong> · <time dateTime={a.createdAt}>{formatTimestamp(a.createdAt, lang)}</time>
              </div>
              <p className="desk-alert__subject">{a.subject}</p>
              <div className="desk-alert__actions">
                {a.submissionId !== null && (
                  <Link to={deskPaths.case(lang, a.submissionId)} onClick={() => void (a.readAt ? undefined : markRead(a.id).catch(() => undefined))}>
                    {t('open', { reference: a.reference ?? `#${a.submissionId}` })}
                  </Link>
                )}
                {!a.readAt && (
                  <button type="button" className="desk-button" disabled={busy !== null} aria-busy={busy === a.id} onClick={() => void read(a)}>
                    {t('markRead')}
                    <span className="visually-hidden">: {a.subject}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
