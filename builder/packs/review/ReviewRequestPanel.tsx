/**
 * A designer's side of the review: the publishing checklist of the saved draft, and sending it to
 * the coordinators for review (with an optional message) or withdrawing the request. Sending is
 * offered only when the checklist passes; the server checks the same again.
 */
import { useMemo, useState } from 'react';
import type { FormPackContent } from '../../../form-library/format/types';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { packTexts } from '../../../i18n/catalogs/builder';
import { ApiErrorMessage } from '../../requests/ApiErrorMessage';
import { useAction } from '../../requests/use-action';
import { formatDateTime } from '../../../i18n/intl-format';
import { requestReview, withdrawReview, type ReviewRequest } from '../api';
import { Checklist, type ChangeCheck } from './Checklist';
import { contentChecks } from './review-checklist';

interface Props {
  packId: number;
  draft: FormPackContent;
  changes: ChangeCheck | null;
  review: ReviewRequest | null;
  /** After a request or a withdrawal: reload, then announce `done`. */
  onChanged(done: string): void;
}

export function ReviewRequestPanel({ packId, draft, changes, review, onChanged }: Props) {
  const t = useTexts(packTexts);
  const lang = useLang();
  const [message, setMessage] = useState('');
  const { busy, error, run } = useAction();
  const check = useMemo(() => contentChecks(draft, lang), [draft, lang]);
  const ready = check.ready && (changes === null || changes.changed);

  async function send() {
    const done = await run(() => requestReview(packId, message.trim(), lang));
    if (done.ok) {
      setMessage('');
      onChanged(t('requestSent'));
    }
  }

  async function withdraw() {
    const done = await run(() => withdrawReview(packId));
    if (done.ok) onChanged(t('requestWithdrawn'));
  }

  return (
    <section className="pk-section" aria-labelledby="pk-checklist">
      <h2 id="pk-checklist">{t('checklistTitle')}</h2>
      <p>{t('checklistIntro')}</p>
      <Checklist check={check} changes={changes} />
      {error !== null && <ApiErrorMessage error={error} lead={t('requestRefused')} />}
      {review ? (
        <>
          <p className="pk-status">{t('requestOpen', { at: formatDateTime(review.requestedAt, lang) })}</p>
          {review.changedSince && <p className="pk-hint">{t('changedSinceRequest')}</p>}
          <p>
            <button type="button" onClick={() => void withdraw()} aria-busy={busy}>{t('requestWithdraw')}</button>
          </p>
        </>
      ) : ready ? (
        <>
          <div className="pk-field">
            <label htmlFor="pk-review-message">{t('requestMessage')}</label>
            <textarea id="pk-review-message" value={message} maxLength={2000} onChange={(e) => setMessage(e.target.value)} />
          </div>
          <p>
            <button type="button" className="bl-primary" onClick={() => void send()} aria-busy={busy}>{busy ? t('requestSending') : t('requestSend')}</button>
          </p>
        </>
      ) : (
        <p className="bl-error">{t('requestBlocked')}</p>
      )}
    </section>
  );
}
