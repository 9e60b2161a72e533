/**
 * The publishing checklist (review-checklist.ts over form-library's packProblems): what the
 * coordinator reviews before publishing and what a designer reads before sending the draft for
 * review. `latestVersion`: the version the draft is compared with, and whether it changes it.
 */
import type { ReactNode } from 'react';
import { useTexts } from '../../../ui/i18n/texts';
import { packTexts } from '../../../i18n/catalogs/builder';
import type { ReviewChecklist, ReviewItem } from './review-checklist';

export interface ChangeCheck {
  version: number;
  changed: boolean;
}

export function Checklist({ check, changes, children }: { check: Pick<ReviewChecklist, 'problems' | 'missingFiSv' | 'missingEn'>; changes: ChangeCheck | null; children?: ReactNode }) {
  const t = useTexts(packTexts);
  return (
    <ul className="pk-checklist">
      <CheckItem title={t('checkValid')} state={check.problems.length === 0 ? 'ok' : 'fail'} summary={check.problems.length === 0 ? t('checkValidOk') : t('checkValidFail', { count: check.problems.length })} items={check.problems} />
      <CheckItem title={t('checkLangs')} state={check.missingFiSv.length === 0 ? 'ok' : 'fail'} summary={check.missingFiSv.length === 0 ? t('checkLangsOk') : t('checkLangsFail', { count: check.missingFiSv.length })} items={check.missingFiSv} />
      <CheckItem title={t('checkEnglish')} state={check.missingEn.length === 0 ? 'ok' : 'warn'} summary={check.missingEn.length === 0 ? t('checkEnglishOk') : t('checkEnglishWarn', { count: check.missingEn.length })} items={check.missingEn} />
      {changes && (
        <CheckItem title={t('checkChanges')} state={changes.changed ? 'ok' : 'fail'} summary={t(changes.changed ? 'checkChangesOk' : 'checkChangesFail', { version: changes.version })} items={[]} />
      )}
      {children}
    </ul>
  );
}

export function CheckItem({ title, state, summary, items }: { title: string; state: 'ok' | 'fail' | 'warn'; summary: string; items: ReviewItem[] }) {
  const mark = state === 'ok' ? '✓' : state === 'warn' ? '!' : '✗';
  return (
    <li className={`pk-check-${state}`}>
      <span className="pk-check-title"><span aria-hidden="true">{mark} </span>{title}</span>
      <p>{summary}</p>
      {items.length > 0 && (
        <ul className="pk-check-list" tabIndex={0} aria-label={title}>
          {items.map((item, i) => (
            <li key={i}>{item.where ? `${item.where}: ` : ''}{item.text}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
