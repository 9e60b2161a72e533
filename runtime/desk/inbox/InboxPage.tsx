import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../ui/api/http';
import type { Lang } from '../../../form-library/format/types';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { inboxTexts, lifecycleTexts } from '../../../i18n/catalogs/desk';
import { loadMunicipalities, municipalityName, type MunicipalityOption } from '../../form-renderer';
import { api } from '../../../ui/api/http';
import type { DeskService } from '../../../api-contract';
import { deskApi } from '../api/desk-api';
import { deskPaths } from '../layout/paths';
import { useMe } from '../session/session';
import { useAlerts } from '../alerts/alerts-store';
import { hasFilters, inboxQuery, readInboxView, writeInboxView, type InboxView, type SortKey } from './inbox-url';
import { statusName, statusOrder } from './status-names';
import { formatAnswerDate, formatTimestamp } from '../../../i18n/intl-format';
import { timeInStatus } from './time-in-status';
import { useInbox } from './use-inbox';
import { isTypingTarget, rowKeyTarget } from './row-keys';

interface AuthorityInfo {
  id: string;
  municipalities: string[];
}

/** The municipalities of the handler's own area, for the municipality filter. */
function useAreaMunicipalities(authorityId: string | undefined): MunicipalityOption[] {
  const [list, setList] = useState<MunicipalityOption[]>([]);
  useEffect(() => {
    if (!authorityId) return;
    let live = true;
    Promise.all([api<AuthorityInfo[]>('GET', '/api/authorities'), loadMunicipalities()])
      .then(([authorities, municipalities]) => {
        const own = authorities.find((a) => a.id === authorityId);
        // National authorities have no area rows: they serve every municipality.
        const codes = own && own.municipalities.length > 0 ? new Set(own.municipalities) : null;
        if (live) setList(municipalities.filter((m) => codes === null || codes.has(m.code)));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [authorityId]);
  return list;
}

/** The services the handler's authority has deployed, named in the handler's language, for the service filter. */
function useDeskServices(lang: Lang): DeskService[] {
  const [list, setList] = useState<DeskService[]>([]);
  useEffect(() => {
    let live = true;
    deskApi
      .services(lang)
      .then((services) => {
        if (live) setList(services);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [lang]);
  return list;
}

export function InboxPage() {
  const t = useTexts(inboxTexts);
  const lc = useTexts(lifecycleTexts);
  const lang = useLang();
  const me = useMe();
  const id = useId();
  const [search, setSearch] = useSearchParams();
  const view = useMemo(() => readInboxView(search), [search]);
  const query = useMemo(() => inboxQuery(view), [view]);
  const inbox = useInbox(query, lang);
  const municipalities = useAreaMunicipalities(me.authority?.id);
  const services = useDeskServices(lang);
  const [now, setNow] = useState(() => new Date());
  const firstNewRef = useRef<HTMLAnchorElement | null>(null);
  // New alerts while the list is open: offer a refresh rather than moving rows under the handler's cursor.
  const unreadAlerts = useAlerts().list?.unread;
  const seenAlerts = useRef<number | undefined>(undefined);
  const [stale, setStale] = useState(false);
  useEffect(() => {
    if (unreadAlerts === undefined) return;
    if (seenAlerts.current !== undefined && unreadAlerts > seenAlerts.current) setStale(true);
    seenAlerts.current = unreadAlerts;
  }, [unreadAlerts]);
  const previousCount = useRef(0);

  useEffect(() => {
    document.title = `${t('title')} – Kevyt`;
  }, [t('title')]);
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target) || document.querySelector('[role="dialog"]')) return;
      const links = [...(tableRef.current?.querySelectorAll<HTMLElement>('tbody th a') ?? [])];
      const target = rowKeyTarget(e.key, links, document.activeElement);
      if (target) {
        e.preventDefault();
        target.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Status labels seen so far name the status chips.
  const [statusLabels, setStatusLabels] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    setStatusLabels((prev) => {
      const next = new Map(prev);
      for (const item of inbox.items) if (!next.has(item.status.id)) next.set(item.status.id, item.status.label);
      return next.size === prev.size ? prev : next;
    });
  }, [inbox.items]);

  const rows = inbox.items;

  // After "Load more", move focus to the first new row so keyboard users continue where they were.
  useEffect(() => {
    if (previousCount.current > 0 && rows.length > previousCount.current) firstNewRef.current?.focus();
    previousCount.current = rows.length;
  }, [rows.length]);

  function update(next: InboxView) {
    setSearch(writeInboxView(next));
  }

  function submitFilters(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
    };
    update({
      sort: view.sort,
      filters: {
        status: view.filters.status,
        q: text('q'),
        service: text('service'),
        municipality: text('municipality'),
        from: text('from'),
        to: text('to'),
        assigned: form.get('assigned') === 'me' ? 'me' : undefined,
        due: form.get('due') === 'overdue' ? 'overdue' : form.get('due') === 'week' ? 'week' : undefined,
      },
    });
  }

  const statusIds = statusOrder(Object.keys(inbox.counts));
  const total = Object.values(inbox.counts).reduce((a, b) => a + b, 0);
  // Counts of a very broad text search cover its newest matches only: show them as lower bounds.
  const countText = (n: number) => t(inbox.countsExact === false ? 'countAtLeast' : 'countSuffix', { n });
  const columns: Array<{ key: SortKey; label: string }> = [
    { key: 'reference', label: t('reference') },
    { key: 'service', label: t('service') },
    { key: 'customer', label: t('customer') },
    { key: 'municipality', label: t('municipality') },
    { key: 'status', label: t('status') },
    { key: 'received', label: t('received') },
    { key: 'inStatus', label: t('inStatus') },
    { key: 'due', label: lc('dueDate') },
  ];
  const muniName = (code: string) => {
    const m = municipalities.find((x) => x.code === code);
    return m ? municipalityName(m, lang) : code;
  };
  const badFilter = inbox.error instanceof ApiError && inbox.error.status === 400;

  return (
    <>
      <h1>{t('title')}</h1>

      <nav aria-label={t('statusFilter')} className="desk-chips">
        <ul>
          <li>
            <button type="button" className="desk-chip" aria-pressed={!view.filters.status} onClick={() => update({ ...view, filters: { ...view.filters, status: undefined } })}>
              {t('allStatuses')} <span className="desk-chip__count">{countText(total)}</span>
            </button>
          </li>
          {statusIds.map((s) => (
            <li key={s}>
              <button type="button" className="desk-chip" aria-pressed={view.filters.status === s} onClick={() => update({ ...view, filters: { ...view.filters, status: s } })}>
                {statusName(s, lang, statusLabels)} <span className="desk-chip__count">{countText(inbox.counts[s])}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>

      <form className="desk-filters" onSubmit={submitFilters} role="search" aria-label={t('filters')} key={search.toString()}>
        <div className="desk-field desk-field--wide">
          <label htmlFor={`${id}-q`}>{t('search')}</label>
          <input id={`${id}-q`} name="q" type="search" defaultValue={view.filters.q ?? ''} aria-describedby={`${id}-q-help`} />
          <span id={`${id}-q-help`} className="desk-help">{t('searchHelp')}</span>
        </div>
        <div className="desk-field">
          <label htmlFor={`${id}-service`}>{t('service')}</label>
          <select id={`${id}-service`} name="service" defaultValue={view.filters.service ?? ''}>
            <option value="">{t('any')}</option>
            {view.filters.service && !services.some((s) => s.id === view.filters.service) && <option value={view.filters.service}>{view.filters.service}</option>}
            {services.map((s) => (
              <option key={s.id} value={s.id}>{s.active ? s.name : t('withdrawnService', { name: s.name })}</option>
            ))}
          </select>
        </div>
        <div className="desk-field">
          <label htmlFor={`${id}-municipality`}>{t('municipality')}</label>
          <select id={`${id}-municipality`} name="municipality" defaultValue={view.filters.municipality ?? ''}>
            <option value="">{t('any')}</option>
            {view.filters.municipality && !municipalities.some((m) => m.code === view.filters.municipality) && (
              <option value={view.filters.municipality}>{view.filters.municipality}</option>
            )}
            {municipalities.map((m) => <option key={m.code} value={m.code}>{municipalityName(m, lang)}</option>)}
          </select>
        </div>
        <div className="desk-field">
          <label htmlFor={`${id}-from`}>{t('from')}</label>
          <input id={`${id}-from`} name="from" type="date" defaultValue={view.filters.from ?? ''} />
        </div>
        <div className="desk-field">
          <label htmlFor={`${id}-to`}>{t('to')}</label>
          <input id={`${id}-to`} name="to" type="date" defaultValue={view.filters.to ?? ''} />
        </div>
        <div className="desk-field">
          <label htmlFor={`${id}-due`}>{lc('dueFilter')}</label>
          <select id={`${id}-due`} name="due" defaultValue={view.filters.due ?? ''}>
            <option value="">{lc('dueAny')}</option>
            <option value="overdue">{lc('dueOverdue')}</option>
            <option value="week">{lc('dueWeek')}</option>
          </select>
        </div>
        <div className="desk-field desk-field--check">
          <input id={`${id}-assigned`} name="assigned" type="checkbox" value="me" defaultChecked={view.filters.assigned === 'me'} />
          <label htmlFor={`${id}-assigned`}>{t('assignedToMe')}</label>
        </div>
        <div className="desk-filters__actions">
          <button type="submit" className="desk-button desk-button--primary">{t('apply')}</button>
          {hasFilters(view) && <Link to={deskPaths.inbox(lang)} className="desk-link-button">{t('clear')}</Link>}
          <a href={deskApi.inboxCsvHref(query, lang)} download className="desk-link-button">
            {t('exportCsv')} <span className="desk-help">({t('exportCsvHelp')})</span>
          </a>
        </div>
      </form>

      {inbox.error && (
        <div role="alert" className="desk-error">
          {badFilter ? t('badFilter', { message: inbox.error.message }) : t('loadFailed')}{' '}
          <button type="button" className="desk-button" onClick={inbox.reload}>{t('retry')}</button>
        </div>
      )}

      <div role="status">
        {stale && (
          <p className="desk-refresh">
            {t('newArrived')}{' '}
            <button type="button" className="desk-button" onClick={() => { setStale(false); inbox.reload(); }}>{t('refresh')}</button>
          </p>
        )}
      </div>
      <p role="status" className="desk-help">{inbox.loading ? '' : t('shown', { n: rows.length })}</p>
      <p className="desk-help" id={`${id}-unread-help`}>{t('unreadHelp')}</p>

      <div className="desk-table-wrap">
        <table ref={tableRef} className="desk-table" aria-describedby={`${id}-unread-help ${id}-keys-help`} aria-busy={inbox.loading}>
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = view.sort.key === c.key;
                const nextDir = active && view.sort.dir === 'asc' ? 'desc' : 'asc';
                return (
                  <th key={c.key} scope="col" aria-sort={active ? (view.sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                    <button type="button" className="desk-sort" onClick={() => update({ ...view, sort: { key: c.key, dir: nextDir } })}>
                      {c.label}
                      <span aria-hidden="true" className="desk-sort__mark">{active ? (view.sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                      <span className="visually-hidden">{active ? ` (${view.sort.dir === 'asc' ? t('sortAsc') : t('sortDesc')})` : ''}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">{t('assignee')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((item, i) => (
              <tr key={item.id} className={item.unread ? 'desk-row desk-row--unread' : 'desk-row'}>
                <th scope="row">
                  <Link to={deskPaths.case(lang, item.id)} ref={i === previousCount.current ? firstNewRef : undefined}>
                    {item.reference}
                  </Link>
                  {item.unread && <span className="desk-tag desk-tag--new">{t('newBadge')}</span>}
                </th>
                <td>{item.service.name}</td>
                <td>{item.customerName}</td>
                <td>{muniName(item.municipality)}</td>
                <td>{item.status.label}</td>
                <td><time dateTime={item.submittedAt}>{formatTimestamp(item.submittedAt, lang)}</time></td>
                <td>{timeInStatus(item.statusSince, now, lang)}</td>
                <td>
                  {item.dueDate && item.dueOpen ? <time dateTime={item.dueDate}>{formatAnswerDate(item.dueDate, lang)}</time> : '—'}
                  {item.overdue && <span className="desk-tag desk-tag--overdue">{lc('overdue')}</span>}
                </td>
                <td>{item.assignee?.name ?? t('unassigned')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="desk-help" id={`${id}-keys-help`}>{t('keysHelp')}</p>
      {!inbox.loading && rows.length === 0 && !inbox.error && <p>{t('empty')}</p>}
      {inbox.nextCursor && (
        <button type="button" className="desk-button" onClick={() => void inbox.loadMore()} disabled={inbox.loadingMore} aria-busy={inbox.loadingMore}>
          {inbox.loadingMore ? t('loadingMore') : t('loadMore')}
        </button>
      )}
    </>
  );
}
