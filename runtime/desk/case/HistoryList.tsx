import { useLang, useTexts } from '../../../ui/i18n/texts';
import { caseTexts } from '../../../i18n/catalogs/desk';
import type { HistoryEntry } from '../../../api-contract';
import { formatTimestamp } from '../../../i18n/intl-format';
import { historyLine } from './history-view';

export function HistoryList({ history, customerName }: { history: HistoryEntry[]; customerName: string }) {
  const t = useTexts(caseTexts);
  const lang = useLang();
  if (history.length === 0) return <p>{t('noHistory')}</p>;
  return (
    <ol className="desk-history">
      {history.map((entry, i) => {
        const line = historyLine(entry);
        const who = line.who.kind === 'customer' ? `${t('customerWho')} (${customerName})` : line.who.kind === 'system' ? t('systemWho') : line.who.name ?? '';
        return (
          <li key={i} className={`desk-history__item desk-history__item--${line.kind}${line.internal ? ' desk-history__item--internal' : ''}`}>
            <div className="desk-history__head">
              <strong>{t(`kind_${line.kind}`)}</strong>
              {line.internal && <span className="desk-tag desk-tag--internal">{t('internalMark')}</span>}
              {' · '}
              <time dateTime={line.at}>{formatTimestamp(line.at, lang)}</time>
              {' · '}
              <span>{t('by', { who })}</span>
            </div>
            {line.summary && <p className="desk-history__summary">{line.summary}</p>}
            {line.text && <p className="desk-history__text">{line.text}</p>}
          </li>
        );
      })}
    </ol>
  );
}
