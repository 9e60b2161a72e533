/**
 * The review step before publishing: a checklist (validators, Finnish and Swedish texts, English
 * as a warning, changelog), then a confirmation, then the new immutable version.
 */
import { useMemo, useRef, useState } from 'react';
import type { FormPackContent } from '../../../form-library/format/types';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { commonTexts, packTexts } from '../../../i18n/catalogs/builder';
import { ApiErrorMessage } from '../../requests/ApiErrorMessage';
import { publishDraft } from '../api';
import { ConfirmDialog } from '../confirm/ConfirmDialog';
import { reviewChecklist, type ReviewItem } from './reviewChecklist';
import { useAction } from '../../requests/useAction';

export function ReviewPublish({ packId, draft, nextVersion, onPublished }: { packId: number; draft: FormPackContent; nextVersion: number; onPublished: (version: number) => void }) {
  const t = useTexts(packTexts);
  const c = useTexts(commonTexts);
  const lang = useLang();
  const [changelog, setChangelog] = useState('');
  const [tried, setTried] = useState(false);
  const [asking, setAsking] = useState(false);
  const { busy, error, setError, run } = useAction();
  const blockedRef = useRef<HTMLParagraphElement>(null);
  const check = useMemo(() => reviewChecklist(draft, changelog, lang), [draft, changelog, lang]);

  function start() {
    setTried(true);
    setError(null);
    if (!check.canPublish) {
      // Let the message render, then move focus to it so screen readers hear why.
      setTimeout(() => blockedRef.current?.focus(), 0);
      return;
    }
    setAsking(true);
  }

  async function publish() {
    const done = await run(() => publishDraft(packId, changelog.trim(), lang));
    setAsking(false);
    if (!done.ok) return;
    setChangelog('');
    setTried(false);
    onPublished(done.value.version);
  }

  return (
    <section className="pk-section" aria-labelledby="pk-review">
      <h2 id="pk-review">{t('reviewTitle')}</h2>
      <p>{t('reviewIntro', { version: nextVersion })}</p>
      <ul className="pk-checklist">
        <CheckItem title={t('checkValid')} state={check.problems.length === 0 ? 'ok' : 'fail'} summary={check.problems.length === 0 ? t('checkValidOk') : t('checkValidFail', { count: check.problems.length })} items={check.problems} />
        <CheckItem title={t('checkLangs')} state={check.missingFiSv.length === 0 ? 'ok' : 'fail'} summary={check.missingFiSv.length === 0 ? t('checkLangsOk') : t('checkLangsFail', { count: check.missingFiSv.length })} items={check.missingFiSv} />
        <CheckItem title={t('checkEnglish')} state={check.missingEn.length === 0 ? 'ok' : 'warn'} summary={check.missingEn.length === 0 ? t('checkEnglishOk') : t('checkEnglishWarn', { count: check.missingEn.length })} items={check.missingEn} />
        <CheckItem title={t('checkChangelog')} state={check.changelogWritten ? 'ok' : 'fail'} summary={check.changelogWritten ? t('checkChangelogOk') : t('checkChangelogFail')} items={[]} />
      </ul>
      <div className="pk-field">
        <label htmlFor="pk-changelog">{t('changelog')}</label>
        <p className="pk-hint" id="pk-changelog-help">{t('changelogHelp')}</p>
        <textarea
          id="pk-changelog"
          value={changelog}
          onChange={(e) => setChangelog(e.target.value)}
          aria-describedby="pk-changelog-help"
          aria-invalid={tried && !check.changelogWritten}
          aria-required="true"
          maxLength={4000}
        />
      </div>
      {tried && !check.canPublish && (
        <p className="bl-error" role="alert" tabIndex={-1} ref={blockedRef}>{t('publishBlocked')}</p>
      )}
      {error !== null && <ApiErrorMessage error={error} lead={t('publishRefused')} />}
      <p>
        <button type="button" className="bl-primary" onClick={start} aria-busy={busy}>
          {busy ? t('publishing') : t('publish', { version: nextVersion })}
        </button>
      </p>
      <ConfirmDialog
        open={asking}
        title={t('publishTitle', { version: nextVersion })}
        confirmLabel={t('publishConfirm')}
        cancelLabel={c('cancel')}
        busyLabel={t('publishing')}
        busy={busy}
        onCancel={() => setAsking(false)}
        onConfirm={() => void publish()}
      >
        <p>{t('publishBody')}</p>
        <p><strong>{t('colChangelog')}:</strong> {changelog}</p>
      </ConfirmDialog>
    </section>
  );
}

function CheckItem({ title, state, summary, items }: { title: string; state: 'ok' | 'fail' | 'warn'; summary: string; items: ReviewItem[] }) {
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
