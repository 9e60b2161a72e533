/**
 * The authority admin's single sign-on mappings on the staff screen: which value of their
 * provider's group claim gives which role. Adding one (or changing a group's role) and removing one,
 * removal only after confirmation, since the group's members lose access at their next sign-in.
 */
import { useState, type FormEvent } from 'react';
import type { GroupMappings } from '../../api-contract';
import { staffSsoAdminTexts } from '../../i18n/catalogs/staff-sso';
import { staffTexts } from '../../i18n/catalogs/builder';
import { useTexts } from '../../ui/i18n/texts';
import { ConfirmDialog } from '../packs/confirm/ConfirmDialog';
import { ApiErrorMessage } from '../requests/ApiErrorMessage';
import { LoadState } from '../requests/LoadState';
import { useAction } from '../requests/use-action';
import { useLoad } from '../requests/use-load';
import { listGroupMappings, removeGroupMapping, setGroupMapping, type ManagedRole } from './api';

const ROLES: ManagedRole[] = ['handler', 'designer', 'admin'];

export function SsoMappingsSection({ roleName }: { roleName: (role: string) => string }) {
  const t = useTexts(staffSsoAdminTexts);
  const st = useTexts(staffTexts);
  const [loaded, reload] = useLoad(listGroupMappings, []);
  const [shown, setShown] = useState<GroupMappings | null>(null);
  const [status, setStatus] = useState('');
  const [removing, setRemoving] = useState<string | null>(null);
  const [group, setGroup] = useState('');
  const [role, setRole] = useState<ManagedRole>('handler');
  const [tried, setTried] = useState(false);
  const { busy, error, run } = useAction();
  const current = shown ?? (loaded.state === 'ready' ? loaded.value : null);
  const groupError = tried && group.trim() === '' ? st('required') : null;

  async function add(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (group.trim() === '') return;
    const value = group.trim();
    const done = await run(() => setGroupMapping({ group: value, role }));
    if (!done.ok) return;
    setShown(done.value);
    setStatus(t('saved', { group: value, role: roleName(role) }));
    setGroup('');
    setTried(false);
  }

  async function remove() {
    if (removing === null) return;
    const value = removing;
    const done = await run(() => removeGroupMapping(value));
    setRemoving(null);
    if (!done.ok) return;
    setShown(done.value);
    setStatus(t('removed', { group: value }));
  }

  return (
    <section className="pk-section" aria-labelledby="sso-mappings">
      <h2 id="sso-mappings">{t('heading')}</h2>
      <LoadState loaded={loaded} onRetry={() => void reload()} />
      {current && !current.configured && <p>{t('notConfigured')}</p>}
      {current?.configured && (
        <>
          <p>{t('intro')}</p>
          <p className="pk-hint">{t('provider', { issuer: current.issuer ?? '', claim: current.groupClaim ?? '' })}</p>
          <p role="status" className="pk-status pk-status-ok">{status}</p>
          {error !== null && <ApiErrorMessage error={error} />}
          {current.mappings.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <table className="pk-table">
              <thead>
                <tr>
                  <th scope="col">{t('group')}</th>
                  <th scope="col">{t('role')}</th>
                  <th scope="col">{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {current.mappings.map((m) => (
                  <tr key={m.group}>
                    <th scope="row"><code>{m.group}</code></th>
                    <td>{roleName(m.role)}</td>
                    <td><button type="button" onClick={() => setRemoving(m.group)}>{t('remove', { group: m.group })}</button></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{t('add')}</h3>
          <form onSubmit={(e) => void add(e)} noValidate>
            <div className="pk-row">
              <div className="pk-field">
                <label htmlFor="sso-group">{t('groupLabel')}</label>
                <input id="sso-group" value={group} onChange={(e) => setGroup(e.target.value)} autoComplete="off"
                  aria-describedby={groupError ? 'sso-group-help sso-group-err' : 'sso-group-help'} aria-invalid={groupError ? true : undefined} />
                <span className="pk-hint" id="sso-group-help">{t('groupHelp')}</span>
                {groupError && <span className="bl-error" id="sso-group-err">{groupError}</span>}
              </div>
              <div className="pk-field">
                <label htmlFor="sso-role">{t('roleLabel')}</label>
                <select id="sso-role" value={role} onChange={(e) => setRole(e.target.value as ManagedRole)}>
                  {ROLES.map((r) => <option key={r} value={r}>{roleName(r)}</option>)}
                </select>
              </div>
              <button type="submit" className="bl-primary" disabled={busy} aria-busy={busy}>{t('save')}</button>
            </div>
          </form>
        </>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={removing ? t('remove', { group: removing }) : ''}
        confirmLabel={t('confirmYes')}
        busyLabel={t('confirmYes')}
        cancelLabel={t('confirmNo')}
        busy={busy}
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => void remove()}
      >
        <p>{removing ? t('confirmRemove', { group: removing }) : ''}</p>
      </ConfirmDialog>
    </section>
  );
}
