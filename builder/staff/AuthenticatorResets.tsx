/**
 * The project coordinator's part of the staff screen: everyone with an authenticator, across the
 * authorities, each with "reset", after confirmation (an authority admin who lost their phone has
 * nobody else to turn to). An authority admin resets their own staff's from the staff table.
 */
import { useState } from 'react';
import type { StaffWithAuthenticator } from '../../api-contract';
import { staffSsoAdminTexts } from '../../i18n/catalogs/staff-sso';
import { commonTexts } from '../../i18n/catalogs/builder';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { ConfirmDialog } from '../packs/confirm/ConfirmDialog';
import { ApiErrorMessage } from '../requests/ApiErrorMessage';
import { LoadState } from '../requests/LoadState';
import { useAction } from '../requests/use-action';
import { useLoad } from '../requests/use-load';
import { listResettableAuthenticators, resetSecondFactor } from './api';

export function AuthenticatorResets() {
  const t = useTexts(staffSsoAdminTexts);
  const c = useTexts(commonTexts);
  const lang = useLang();
  const [loaded, reload] = useLoad(listResettableAuthenticators, []);
  const [asking, setAsking] = useState<StaffWithAuthenticator | null>(null);
  const [status, setStatus] = useState('');
  const { busy, error, run } = useAction();

  async function reset() {
    if (!asking) return;
    const person = asking;
    const done = await run(() => resetSecondFactor(person.id));
    setAsking(null);
    if (!done.ok) return;
    setStatus(t('resetDone', { name: person.name }));
    await reload();
  }

  return (
    <section className="pk-section" aria-labelledby="authenticator-resets">
      <h2 id="authenticator-resets">{t('coordinatorHeading')}</h2>
      <p>{t('coordinatorIntro')}</p>
      <p role="status" className="pk-status pk-status-ok">{status}</p>
      {error !== null && <ApiErrorMessage error={error} />}
      <LoadState loaded={loaded} onRetry={() => void reload()} />
      {loaded.state === 'ready' && loaded.value.length === 0 && <p>{t('coordinatorEmpty')}</p>}
      {loaded.state === 'ready' && loaded.value.length > 0 && (
        <table className="pk-table">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('authority')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {loaded.value.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{p.email}</td>
                <td>{p.authority ? p.authority.name[lang] : t('none')}</td>
                <td><button type="button" onClick={() => setAsking(p)}>{t('resetTwoFactor', { name: p.name })}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={asking ? t('resetTwoFactor', { name: asking.name }) : ''}
        confirmLabel={t('confirmResetYes')}
        busyLabel={t('confirmResetYes')}
        cancelLabel={c('cancel')}
        busy={busy}
        danger
        onCancel={() => setAsking(null)}
        onConfirm={() => void reset()}
      >
        <p>{asking ? t('confirmReset', { name: asking.name }) : ''}</p>
      </ConfirmDialog>
    </section>
  );
}
