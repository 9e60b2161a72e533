/**
 * The outbox for authority admins (coordinators see every authority's): each alert with its
 * recipient, kind, submission reference, times, attempts and last error, newest first, filtered by
 * state (?tila= in the URL), a page at a time. Without SMTP the screen says plainly that alerts are
 * kept here and not emailed; with SMTP a failed alert can be put back in the queue.
 */
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { outboxTexts } from '../../i18n/catalogs/builder';
import { type TextsOf } from '../../i18n/translate';
import { ApiErrorMessage } from '../requests/ApiErrorMessage';
import { LoadState } from '../requests/LoadState';
import { useAction } from '../requests/use-action';
import { useLoad } from '../requests/use-load';
import { formatDateTime } from '../../i18n/intl-format';
import { useStaffSession } from '../shell/session';
import { isOutboxState, listOutbox, OUTBOX_STATES, retryAlert, type OutboxItem, type OutboxPage as Page, type OutboxState } from './api';
import '../packs/packs.css';

type Texts = TextsOf<typeof outboxTexts>;

const STATE_PARAM = 'tila';

function kindName(t: Texts, kind: string): string {
  const key = `kind_${kind}`;
  return t.has(key) ? t(key) : kind;
}

function stateName(t: Texts, state: string): string {
  return isOutboxState(state) ? t(`state_${state}`) : state;
}

export function OutboxPage() {
  const t = useTexts(outboxTexts);
  const lang = useLang();
  const { me } = useStaffSession();
  const [params, setParams] = useSearchParams();
  const raw = params.get(STATE_PARAM);
  const status: OutboxState | null = isOutboxState(raw) ? raw : null;
  const [loaded, reload] = useLoad(() => listOutbox(status), [status]);
  // Pages after the first, appended by "show more"; a new filter starts over.
  const [more, setMore] = useState<{ items: OutboxItem[]; nextCursor: string | null } | null>(null);
  const [changed, setChanged] = useState<Record<number, OutboxItem>>({});
  const [notice, setNotice] = useState('');
  const paging = useAction();
  const retrying = useAction();

  useEffect(() => {
    setMore(null);
    setChanged({});
  }, [status]);
  useEffect(() => {
    document.title = `${t('title')} – Kevyt`;
  }, [t('title')]);

  const first: Page | null = loaded.state === 'ready' ? loaded.value : null;
  const items = first ? [...first.items, ...(more?.items ?? [])].map((i) => changed[i.id] ?? i) : [];
  const nextCursor = more ? more.nextCursor : (first?.nextCursor ?? null);

  async function loadMore() {
    if (!nextCursor) return;
    const done = await paging.run(() => listOutbox(status, nextCursor));
    if (done.ok) setMore({ items: [...(more?.items ?? []), ...done.value.items], nextCursor: done.value.nextCursor });
  }

  async function retry(item: OutboxItem) {
    setNotice('');
    const done = await retrying.run(() => retryAlert(item.id));
    if (done.ok) {
      setChanged((c) => ({ ...c, [item.id]: { ...item, ...done.value } }));
      setNotice(t('retried'));
    }
  }

  return (
    <section className="bl-page">
      <h1>{t('title')}</h1>
      <p>{me.role === 'coordinator' ? t('introAll') : t('intro')}</p>
      {first && !first.smtp && <p className="bl-error-box" style={{ borderColor: 'var(--warn)', background: '#fffaf0' }}>{t('noSmtp')}</p>}
      <div className="pk-row">
        <div className="pk-field">
          <label htmlFor="ob-state">{t('filter')}</label>
          <select
            id="ob-state"
            value={status ?? ''}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              if (e.target.value) next.set(STATE_PARAM, e.target.value);
              else next.delete(STATE_PARAM);
              setParams(next);
            }}
          >
            <option value="">{t('allStates')}</option>
            {OUTBOX_STATES.map((s) => <option key={s} value={s}>{stateName(t, s)}</option>)}
          </select>
        </div>
      </div>
      <p role="status" className="pk-status pk-status-ok">{notice}</p>
      {retrying.error !== null && <ApiErrorMessage error={retrying.error} />}
      <LoadState loaded={loaded} onRetry={() => void reload()} />
      {first && items.length === 0 && <p>{status ? t('emptyState') : t('emptyAll')}</p>}
      {first && items.length > 0 && (
        <>
          <table className="pk-table">
            <caption className="pk-hint" style={{ textAlign: 'left' }}>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colCreated')}</th>
                <th scope="col">{t('colKind')}</th>
                <th scope="col">{t('colRecipient')}</th>
                <th scope="col">{t('colReference')}</th>
                <th scope="col">{t('colState')}</th>
                <th scope="col">{t('colAttempts')}</th>
                <th scope="col">{t('colSent')}</th>
                <th scope="col">{t('colError')}</th>
                {first.smtp && <th scope="col">{t('colActions')}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id}>
                  <td>{formatDateTime(i.createdAt, lang)}</td>
                  <th scope="row">{kindName(t, i.kind)}</th>
                  <td>{i.audience === 'authority' ? t('authorityRecipient') : i.audience === 'admins' ? t('adminsRecipient') : (i.toEmail ?? t('none'))}</td>
                  <td>{i.reference ?? t('none')}</td>
                  <td>{i.status === 'failed' ? <span className="pk-badge pk-badge-warn">{stateName(t, i.status)}</span> : stateName(t, i.status)}</td>
                  <td>{i.attempts}</td>
                  <td>{i.sentAt ? formatDateTime(i.sentAt, lang) : t('none')}</td>
                  <td>{i.lastError ?? t('none')}</td>
                  {first.smtp && (
                    <td>
                      {i.status === 'failed' && (
                        <button type="button" disabled={retrying.busy} aria-label={t('retryLabel', { what: `${kindName(t, i.kind)} ${i.reference ?? ''}`.trim() })} onClick={() => void retry(i)}>
                          {t('retry')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="pk-hint">{t('shown', { n: items.length })}</p>
          {paging.error !== null && <ApiErrorMessage error={paging.error} />}
          {nextCursor && (
            <button type="button" onClick={() => void loadMore()} disabled={paging.busy} aria-busy={paging.busy}>
              {paging.busy ? t('loadingMore') : t('more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
