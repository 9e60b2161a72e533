/**
 * The review step before publishing: a checklist (validators, Finnish and Swedish texts, English
 * as a warning, changes since the latest version, changelog), then a confirmation, then the new
 * immutable version. A draft identical to the latest version is not offered for publishing: the
 * checklist says why (the server refuses it too, 409).
 */
import { useMemo, useRef, useState } from 'react';
import type { FormPackContent } from '../../../form-library/format/types';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { commonTexts, packTexts } from '../../../i18n/catalogs/builder';
import { ApiErrorMessage } from '../../requests/ApiErrorMessage';
import { publishDraft } from '../api';
import { ConfirmDialog } from '../confirm/ConfirmDialog';
import { CheckItem, Checklist, type ChangeCheck } from './Checklist';
import { reviewChecklist } from './review-checklist';
import { useAction } from '../../requests/use-action';

interface Props {
  packId: number;
  draft: FormPackContent;
  nextVersion: number;
  /** The latest version and whether the draft changes it; null before the first publication. */
  changes: ChangeCheck | null;
  onPublished: (version: number) => void;
}

export function ReviewPublish({ packId, draft, nextVersion, changes, onPublished }: Props) {
  const t = useTexts(packTexts);
  const c = useTexts(commonTexts);
  const lang = useLang();
  const [changelog, setChangelog] = useState('');
  const [tried, setTried] = useState(false);
  const [asking, setAsking] = useState(false);
  const { busy, error, setError, run } = useAction();
  const blockedRef = useRef<HTMLParagraphElement>(null);
  const check = useMemo(() => reviewChecklist(draft, changelog, lang), [draft, changelog, lang]);
  const unchanged = changes !== null && !changes.changed;

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
      {unchanged ? (
        <Checklist check={check} changes={changes} />
      ) : (
        <>
          <p>{t('reviewIntro', { version: nextVersion })}</p>
          <Checklist check={check} changes={changes}>
            <CheckItem title={t('checkChangelog')} state={check.changelogWritten ? 'ok' : 'fail'} summary={check.changelogWritten ? t('checkChangelogOk') : t('checkChangelogFail')} items={[]} />
          </Checklist>
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
        </>
      )}
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
