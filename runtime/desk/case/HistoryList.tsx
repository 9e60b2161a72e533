import { format, useLang, useMessages } from '../../../ui/i18n/messages';
import type { HistoryEntry } from '../api/desk-api';
import { formatTimestamp } from '../inbox/time-in-status';
import { historyLine } from './history-view';
import { caseMessages } from './messages';

export function HistoryList({ history, customerName }: { history: HistoryEntry[]; customerName: string }) {
  const t = useMessages(caseMessages);
  const lang = useLang();
  if (history.length === 0) return <p>{t.noHistory}</p>;
  return (
    <ol className="desk-history">
      {history.map((entry, i) => {
        const line = historyLine(entry);
        const who = line.who.kind === 'customer' ? `${t.customerWho} (${customerName})` : line.who.kind === 'system' ? t.systemWho : line.who.name ?? '';
        return (
          <li key={i} className={`desk-history__item desk-history__item--${line.kind}${line.internal ? ' desk-history__item--internal' : ''}`}>
            <div className="desk-history__head">
              <strong>{t[`kind_${line.kind}`]}</strong>
              {line.internal && <span className="desk-tag desk-tag--internal">{t.internalMark}</span>}
              {' · '}
              <time dateTime={line.at}>{formatTimestamp(line.at, lang)}</time>
              {' · '}
              <span>{format(t.by, { who })}</span>
            </div>
            {line.summary && <p className="desk-history__summary">{line.summary}</p>}
            {line.text && <p className="desk-history__text">{line.text}</p>}
          </li>
        );
      })}
    </ol>
  );
}
