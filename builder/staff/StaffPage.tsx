/**
 * Staff management for an authority admin: the authority's people, add one (a one-time
 * temporary password is shown once; its holder must change it at the first sign-in), reset a
 * password, deactivate and reactivate, remove a lost authenticator, each with confirmation; and
 * the single sign-on mappings of groups to roles (SsoMappingsSection).
 */
import { useRef, useState, type FormEvent } from 'react';
import { localize } from '../../form-library/format/localize';
import { ApiError } from '../../ui/api/http';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { commonTexts, staffTexts } from '../../i18n/catalogs/builder';
import { type TextsOf } from '../../i18n/translate';
import { ApiErrorMessage } from '../requests/ApiErrorMessage';
import { ConfirmDialog } from '../packs/confirm/ConfirmDialog';
import { LoadState } from '../requests/LoadState';
import { useLoad } from '../requests/use-load';
import { useStaffSession } from '../shell/session';
import { addStaff, deactivateStaff, listStaff, reactivateStaff, resetSecondFactor, resetStaffPassword, type ManagedRole, type StaffItem } from './api';
import { staffSsoAdminTexts } from '../../i18n/catalogs/staff-sso';
import { SsoMappingsSection } from './SsoMappingsSection';
import { AuthenticatorResets } from './AuthenticatorResets';
import '../packs/packs.css';
import { useAction } from '../requests/use-action';

const ROLES: ManagedRole[] = ['handler', 'designer', 'admin'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Secret = { name: string; password: string };
type AskKind = 'reset' | 'deactivate' | 'reactivate';
type Asking = { kind: AskKind; member: StaffItem } | null;

type StaffTexts = TextsOf<typeof staffTexts>;
type Text = (t: StaffTexts) => string;

/** The confirmation dialog's texts for each action. */
const ASK_TEXTS: Record<AskKind, { title: (t: StaffTexts, name: string) => string; confirm: Text; busy: Text; body: Text }> = {
  reset: { title: (t, name) => t('resetTitle', { name }), confirm: (t) => t('resetConfirm'), busy: (t) => t('resetting'), body: (t) => t('resetBody') },
  deactivate: { title: (t, name) => t('deactivateTitle', { name }), confirm: (t) => t('deactivate'), busy: (t) => t('deactivating'), body: (t) => t('deactivateBody') },
  reactivate: { title: (t, name) => t('reactivateTitle', { name }), confirm: (t) => t('reactivate'), busy: (t) => t('reactivating'), body: (t) => t('reactivateBody') },
};

export function StaffPage() {
  const t = useTexts(staffTexts);
  const c = useTexts(commonTexts);
  const s2 = useTexts(staffSsoAdminTexts);
  const lang = useLang();
  const { me } = useStaffSession();
  const [resettingTotp, setResettingTotp] = useState<StaffItem | null>(null);
  const [loaded, reload] = useLoad(listStaff, []);
  const [status, setStatus] = useState('');
  const [secret, setSecret] = useState<Secret | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const { busy, error, run } = useAction();
  const secretRef = useRef<HTMLElement>(null);

  if (me.role !== 'admin' || !me.authority) {
    return (
      <section className="bl-page">
        <h1>{t('title')}</h1>
        <p>{t('noAuthority')}</p>
        {me.role === 'coordinator' && <AuthenticatorResets />}
      </section>
    );
  }
  const authorityName = typeof me.authority.name === 'string' ? me.authority.name : localize(me.authority.name, lang);
  const roleName = (role: string) => (role === 'handler' ? t('handler') : role === 'designer' ? t('designer') : role === 'admin' ? t('admin') : role);

  function showSecret(s: Secret) {
    setSecret(s);
    setTimeout(() => secretRef.current?.focus(), 0);
  }

  async function act() {
    if (!asking) return;
    const { kind, member } = asking;
    const done = await run(async () => {
      if (kind === 'reset') {
        const r = await resetStaffPassword(member.id);
        showSecret({ name: member.name, password: r.temporaryPassword });
      } else if (kind === 'deactivate') {
        await deactivateStaff(member.id);
        setStatus(t('deactivated', { name: member.name }));
      } else {
        await reactivateStaff(member.id);
        setStatus(t('reactivated', { name: member.name }));
      }
    });
    setAsking(null);
    if (done.ok) await reload();
  }

  async function resetTotp() {
    if (!resettingTotp) return;
    const member = resettingTotp;
    const done = await run(() => resetSecondFactor(member.id));
    setResettingTotp(null);
    if (done.ok) {
      setStatus(s2('resetDone', { name: member.name }));
      await reload();
    }
  }

  return (
    <section className="bl-page">
      <h1>{t('title')}</h1>
      <p>{t('intro', { authority: authorityName })}</p>
      <p role="status" className="pk-status pk-status-ok">{status}</p>
      {secret && (
        <section className="bl-error-box" style={{ borderColor: 'var(--warn)', background: '#fffaf0' }} tabIndex={-1} ref={secretRef} aria-labelledby="st-secret-title">
          <h2 id="st-secret-title">{t('secretTitle', { name: secret.name })}</h2>
          <p>{t('secretBody')}</p>
          <p>{t('secretChange')}</p>
          <p><output className="pk-secret" data-testid="temporary-password">{secret.password}</output></p>
          <button type="button" onClick={() => setSecret(null)}>{t('secretDone')}</button>
        </section>
      )}
      {error !== null && <ApiErrorMessage error={error} />}
      <LoadState loaded={loaded} onRetry={() => void reload()} />
      {loaded.state === 'ready' && (
        <table className="pk-table">
          <thead>
            <tr>
              <th scope="col">{t('colName')}</th>
              <th scope="col">{t('colEmail')}</th>
              <th scope="col">{t('colRole')}</th>
              <th scope="col">{t('colState')}</th>
              <th scope="col">{t('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {loaded.value.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name} {s.id === me.id && <span className="pk-hint">{t('you')}</span>}</th>
                <td>{s.email}</td>
                <td>{roleName(s.role)}</td>
                <td>
                  {s.active ? t('active') : <span className="pk-badge pk-badge-warn">{t('inactive')}</span>}
                  {s.mustChangePassword && <span className="pk-hint"> · {t('passwordPending')}</span>}
                  {s.twoFactorEnabled && <span className="pk-hint"> · {s2('twoFactorOn')}</span>}
                  {s.singleSignOn && <span className="pk-hint"> · {s2('sso')}</span>}
                </td>
                <td>
                  {s.active && s.id !== me.id && (
                    <div className="pk-row" style={{ margin: 0 }}>
                      <button type="button" aria-label={t('resetLabel', { name: s.name })} onClick={() => setAsking({ kind: 'reset', member: s })}>{t('reset')}</button>
                      <button type="button" aria-label={t('deactivateLabel', { name: s.name })} onClick={() => setAsking({ kind: 'deactivate', member: s })}>{t('deactivate')}</button>
                      {s.twoFactorEnabled && (
                        <button type="button" onClick={() => setResettingTotp(s)}>{s2('resetTwoFactor', { name: s.name })}</button>
                      )}
                    </div>
                  )}
                  {!s.active && (
                    <button type="button" aria-label={t('reactivateLabel', { name: s.name })} onClick={() => setAsking({ kind: 'reactivate', member: s })}>{t('reactivate')}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SsoMappingsSection roleName={roleName} />
      <AddStaffForm
        onAdded={(member, password) => {
          setStatus(t('added', { name: member.name }));
          showSecret({ name: member.name, password });
          void reload();
        }}
      />
      <ConfirmDialog
        open={asking !== null}
        title={asking ? ASK_TEXTS[asking.kind].title(t, asking.member.name) : ''}
        confirmLabel={asking ? ASK_TEXTS[asking.kind].confirm(t) : ''}
        busyLabel={asking ? ASK_TEXTS[asking.kind].busy(t) : ''}
        cancelLabel={c('cancel')}
        busy={busy}
        danger={asking?.kind === 'deactivate'}
        onCancel={() => setAsking(null)}
        onConfirm={() => void act()}
      >
        <p>{asking ? ASK_TEXTS[asking.kind].body(t) : ''}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={resettingTotp !== null}
        title={resettingTotp ? s2('resetTwoFactor', { name: resettingTotp.name }) : ''}
        confirmLabel={s2('confirmResetYes')}
        busyLabel={s2('confirmResetYes')}
        cancelLabel={c('cancel')}
        busy={busy}
        danger
        onCancel={() => setResettingTotp(null)}
        onConfirm={() => void resetTotp()}
      >
        <p>{resettingTotp ? s2('confirmReset', { name: resettingTotp.name }) : ''}</p>
      </ConfirmDialog>
    </section>
  );
}

function AddStaffForm({ onAdded }: { onAdded: (member: StaffItem, password: string) => void }) {
  const t = useTexts(staffTexts);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ManagedRole>('handler');
  const [tried, setTried] = useState(false);
  const { busy, error, setError, run } = useAction();
  const nameError = tried && name.trim() === '' ? t('required') : null;
  const emailError = tried ? (email.trim() === '' ? t('required') : !EMAIL.test(email.trim()) ? t('badEmail') : error instanceof ApiError && error.status === 409 ? t('emailTaken') : null) : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (name.trim() === '' || !EMAIL.test(email.trim())) return;
    const done = await run(() => addStaff({ name: name.trim(), email: email.trim(), role }));
    if (!done.ok) return;
    const { temporaryPassword, ...member } = done.value;
    setName('');
    setEmail('');
    setRole('handler');
    setTried(false);
    onAdded(member, temporaryPassword);
  }

  return (
    <section className="pk-section" aria-labelledby="st-add">
      <h2 id="st-add">{t('addTitle')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {error !== null && !(error instanceof ApiError && error.status === 409) && <ApiErrorMessage error={error} />}
        <div className="pk-row">
          <div className="pk-field">
            <label htmlFor="st-name">{t('name')}</label>
            <input id="st-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" aria-invalid={!!nameError} aria-describedby={nameError ? 'st-name-err' : undefined} />
            {nameError && <span className="bl-error" id="st-name-err">{nameError}</span>}
          </div>
          <div className="pk-field">
            <label htmlFor="st-email">{t('email')}</label>
            <input id="st-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" aria-invalid={!!emailError} aria-describedby={emailError ? 'st-email-err' : undefined} />
            {emailError && <span className="bl-error" id="st-email-err">{emailError}</span>}
          </div>
          <div className="pk-field">
            <label htmlFor="st-role">{t('role')}</label>
            <select id="st-role" value={role} onChange={(e) => setRole(e.target.value as ManagedRole)}>
              {ROLES.map((r) => <option key={r} value={r}>{r === 'handler' ? t('handler') : r === 'designer' ? t('designer') : t('admin')}</option>)}
            </select>
          </div>
          <button type="submit" className="bl-primary" disabled={busy} aria-busy={busy}>{busy ? t('adding') : t('add')}</button>
        </div>
      </form>
    </section>
  );
}
