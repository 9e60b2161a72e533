import { useLang, useTexts } from '../../../ui/i18n/texts';
import { caseTexts, lifecycleTexts } from '../../../i18n/catalogs/desk';
import { SupplementChangeList as ChangeList } from '../../../ui/cases/SupplementChangeList';
import type { HistoryEntry, SupplementChanges } from '../../../api-contract';
import { formatAnswerDate, formatTimestamp } from '../../../i18n/intl-format';
import { historyLine } from './history-view';

/** A supplement's changes, in the desk's words (what was changed). */
export function SupplementChangeList({ changes }: { changes: SupplementChanges }) {
  const l = useTexts(lifecycleTexts);
  return <ChangeList changes={changes} texts={l} classes={{ wrapper: 'desk-changes', table: 'desk-changes__table', empty: 'desk-help' }} />;
}

export function HistoryList({ history, customerName, decisionHref }: { history: HistoryEntry[]; customerName: string; decisionHref?: (id: number) => string | undefined }) {
  const t = useTexts(caseTexts);
  const l = useTexts(lifecycleTexts);
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
            {entry.replyBy && <p>{l('replyByLine', { date: formatAnswerDate(entry.replyBy, lang) })}</p>}
            {entry.changes && <SupplementChangeList changes={entry.changes} />}
            {entry.decisionId !== undefined && decisionHref?.(entry.decisionId) && (
              <p><a href={decisionHref(entry.decisionId)} download>{l('decisionLink')}</a></p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
