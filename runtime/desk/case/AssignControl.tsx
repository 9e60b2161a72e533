import { useEffect, useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../ui/api/http';
import { useTexts } from '../../../ui/i18n/texts';
import { caseTexts } from '../../../i18n/catalogs/desk';
import type { Colleague } from '../../../api-contract';
import { deskApi } from '../api/desk-api';
import { useMe } from '../session/session';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  caseId: number;
  reference: string;
  assignee: { id: number; name: string } | null;
  onChanged(): Promise<void>;
}

/** Assign the case to a colleague of the same authority, to oneself, or to nobody (asks first). */
export function AssignControl({ caseId, reference, assignee, onChanged }: Props) {
  const t = useTexts(caseTexts);
  const me = useMe();
  const id = useId();
  const [colleagues, setColleagues] = useState<Colleague[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [choice, setChoice] = useState<string>(assignee ? String(assignee.id) : '');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);

  useEffect(() => {
    deskApi.colleagues().then(setColleagues).catch(() => setFailed(true));
  }, []);
  useEffect(() => setChoice(assignee ? String(assignee.id) : ''), [assignee]);

  async function assign(userId: number | null, name: string | null) {
    setBusy(true);
    setStatus(null);
    try {
      await deskApi.assign(caseId, userId);
      await onChanged();
      setStatus({ ok: true, text: name ? t('assigned', { name }) : t('unassigned') });
    } catch (err) {
      setStatus({ ok: false, text: t('saveFailed', { message: err instanceof ApiError ? err.message : String(err) }) });
    } finally {
      setBusy(false);
      setConfirmRemove(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (choice === '') return;
    const userId = Number(choice);
    void assign(userId, colleagues?.find((c) => c.id === userId)?.name ?? null);
  }

  const list = colleagues ?? [];
  return (
    <form onSubmit={submit} className="desk-assign">
      <div className="desk-field">
        <label htmlFor={`${id}-who`}>{t('assignTo')}</label>
        <select id={`${id}-who`} value={choice} onChange={(e) => setChoice(e.target.value)} disabled={busy}>
          <option value="">{t('nobody')}</option>
          {assignee && !list.some((c) => c.id === assignee.id) && <option value={assignee.id}>{assignee.name}</option>}
          {list.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </div>
      <div className="desk-assign__buttons">
        <button type="submit" className="desk-button" disabled={busy || choice === '' || choice === String(assignee?.id ?? '')} aria-busy={busy}>{busy ? t('saving') : t('assignSave')}</button>
        {assignee?.id !== me.id && <button type="button" className="desk-button" disabled={busy} onClick={() => void assign(me.id, me.name)}>{t('assignMe')}</button>}
        {assignee && <button type="button" className="desk-button" disabled={busy} onClick={() => setConfirmRemove(true)}>{t('unassign')}</button>}
      </div>
      {failed && <p className="desk-help">{t('noColleagues')}</p>}
      <div role={status && !status.ok ? 'alert' : 'status'} className={status && !status.ok ? 'desk-error' : 'desk-ok'}>{status?.text}</div>
      {confirmRemove && (
        <ConfirmDialog title={t('unassign')} question={t('confirmUnassign', { reference })} confirmLabel={t('remove')}
          onCancel={() => setConfirmRemove(false)} onConfirm={() => assign(null, null)} />
      )}
    </form>
  );
}
