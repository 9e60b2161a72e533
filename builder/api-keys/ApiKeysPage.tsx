/**
 * An authority admin's API keys for the case-management system: the keys (never their secrets),
 * a form to make one (scopes, an optional IP allow-list and expiry), the new key shown once with
 * a copy button, and revoke after a confirmation.
 */
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { formatDateTime } from '../../i18n/intl-format';
import { ApiError } from '../../ui/api/http';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { apiKeyTexts, commonTexts } from '../../i18n/catalogs/builder';
import { type TextsOf } from '../../i18n/translate';
import { ApiErrorMessage } from '../requests/ApiErrorMessage';
import { ConfirmDialog } from '../packs/confirm/ConfirmDialog';
import { LoadState } from '../requests/LoadState';
import { ShownOnceSecret } from '../secrets/ShownOnceSecret';
import { useLoad } from '../requests/use-load';
import { useAction } from '../requests/use-action';
import { mayManageApiKeys, useOwnAuthorityName } from '../shell/session';
import { NotForYourRole } from '../shell/NotForYourRole';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyInfo, type CreatedApiKey } from './api';
import { API_KEY_SCOPES, draftProblems, EMPTY_DRAFT, newApiKeyBody, serverProblems, type ApiKeyDraft, type ApiKeyScope, type DraftField, type DraftProblem } from './api-key-form';
import '../packs/packs.css';

type Texts = TextsOf<typeof apiKeyTexts>;

const SCOPE_WORDS: Record<ApiKeyScope, { name: (t: Texts) => string; allows: (t: Texts) => string }> = {
  'cases:read': { name: (t) => t('scopeCasesRead'), allows: (t) => t('scopeCasesReadAllows') },
  'attachments:read': { name: (t) => t('scopeAttachmentsRead'), allows: (t) => t('scopeAttachmentsReadAllows') },
  'cases:write': { name: (t) => t('scopeCasesWrite'), allows: (t) => t('scopeCasesWriteAllows') },
  'webhooks:manage': { name: (t) => t('scopeWebhooksManage'), allows: (t) => t('scopeWebhooksManageAllows') },
};

export function ApiKeysPage() {
  const t = useTexts(apiKeyTexts);
  const c = useTexts(commonTexts);
  const lang = useLang();
  const authorityName = useOwnAuthorityName(mayManageApiKeys);
  const [loaded, reload] = useLoad(listApiKeys, []);
  const [status, setStatus] = useState('');
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyInfo | null>(null);
  const revoke = useAction();
  const createdRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLHeadingElement>(null);

  if (authorityName === null) return <NotForYourRole title={t('title')} text={t('noAuthority')} />;

  function showCreated(key: CreatedApiKey) {
    setCreated(key);
    setStatus('');
    setTimeout(() => createdRef.current?.focus(), 0);
    void reload();
  }

  async function confirmRevoke() {
    if (!revoking) return;
    const key = revoking;
    const done = await revoke.run(() => revokeApiKey(key.id));
    setRevoking(null);
    if (done.ok) {
      setStatus(t('revoked', { name: key.name }));
      await reload();
    }
    setTimeout(() => listRef.current?.focus(), 0);
  }

  return (
    <section className="bl-page">
      <h1>{t('title')}</h1>
      <p>{t('intro', { authority: authorityName })}</p>
      <p role="status" className="pk-status pk-status-ok">{status}</p>
      {created && <CreatedKey created={created} headingRef={createdRef} onDone={() => { setCreated(null); listRef.current?.focus(); }} />}
      {revoke.error !== null && <ApiErrorMessage error={revoke.error} />}
      <h2 id="ak-list" ref={listRef} tabIndex={-1}>{t('listTitle')}</h2>
      <LoadState loaded={loaded} onRetry={() => void reload()} />
      {loaded.state === 'ready' && loaded.value.length === 0 && (
        <div className="pk-section" data-testid="api-keys-empty">
          <p>{t('empty')}</p>
          <p>{t('emptyHow')}</p>
        </div>
      )}
      {loaded.state === 'ready' && loaded.value.length > 0 && (
        <table className="pk-table" aria-labelledby="ak-list">
          <thead>
            <tr>
              <th scope="col">{t('colName')}</th>
              <th scope="col">{t('colScopes')}</th>
              <th scope="col">{t('colAllowList')}</th>
              <th scope="col">{t('colExpires')}</th>
              <th scope="col">{t('colCreated')}</th>
              <th scope="col">{t('colLastUsed')}</th>
              <th scope="col">{t('colState')}</th>
              <th scope="col">{t('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {loaded.value.map((k) => (
              <tr key={k.id}>
                <th scope="row">{k.name} <span className="pk-hint"><code>kvt_{k.id}_…</code></span></th>
                <td>
                  <ul className="pk-plain">
                    {API_KEY_SCOPES.filter((s) => k.scopes.includes(s)).map((s) => <li key={s}>{SCOPE_WORDS[s].name(t)}</li>)}
                  </ul>
                </td>
                <td>{k.ipAllowList === null ? t('fromAnywhere') : k.ipAllowList.join(', ')}</td>
                <td>{k.expiresAt === null ? t('noExpiry') : formatDateTime(k.expiresAt, lang)}</td>
                <td>{formatDateTime(k.createdAt, lang)}</td>
                <td>{k.lastUsedAt === null ? t('neverUsed') : formatDateTime(k.lastUsedAt, lang)}</td>
                <td>{keyState(k, t, lang)}</td>
                <td>
                  {k.revokedAt === null && (
                    <button type="button" aria-label={t('revokeLabel', { name: k.name })} onClick={() => setRevoking(k)}>{t('revoke')}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NewKeyForm onCreated={showCreated} />
      <ConfirmDialog
        open={revoking !== null}
        title={revoking ? t('revokeTitle', { name: revoking.name }) : ''}
        confirmLabel={t('revoke')}
        busyLabel={t('revoking')}
        cancelLabel={c('cancel')}
        busy={revoke.busy}
        danger
        onCancel={() => setRevoking(null)}
        onConfirm={() => void confirmRevoke()}
      >
        <p>{t('revokeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

function keyState(k: ApiKeyInfo, t: Texts, lang: ReturnType<typeof useLang>) {
  if (k.revokedAt !== null) return <span className="pk-badge pk-badge-warn">{t('stateRevoked', { when: formatDateTime(k.revokedAt, lang) })}</span>;
  if (k.expiresAt !== null && new Date(k.expiresAt).getTime() <= Date.now()) return <span className="pk-badge pk-badge-warn">{t('stateExpired')}</span>;
  return <span className="pk-badge pk-badge-ok">{t('stateActive')}</span>;
}

/** The new key, this once, in the keys page's words. */
function CreatedKey({ created, headingRef, onDone }: { created: CreatedApiKey; headingRef: RefObject<HTMLElement | null>; onDone: () => void }) {
  const t = useTexts(apiKeyTexts);
  const texts = { title: t('createdTitle', { name: created.name }), warning: t('createdWarning'), label: t('createdKeyLabel'), copy: t('copy'), copied: t('copied'), copyFailed: t('copyFailed'), done: t('createdDone') };
  return <ShownOnceSecret secret={created.token} texts={texts} boxRef={headingRef} onDone={onDone} testIds={{ box: 'created-key', secret: 'api-key-token' }} idPrefix="ak-created" />;
}

function problemText(p: DraftProblem, t: Texts): string {
  if (p.code === 'server') return p.message;
  if (p.field === 'name') return t('nameRequired');
  if (p.field === 'scopes') return t('scopesRequired');
  if (p.field === 'allowList') return t('allowListInvalid', { entry: p.entry });
  return p.code === 'past' ? t('expiryPast') : t('expiryInvalid');
}

function NewKeyForm({ onCreated }: { onCreated: (key: CreatedApiKey) => void }) {
  const t = useTexts(apiKeyTexts);
  const [draft, setDraft] = useState<ApiKeyDraft>(EMPTY_DRAFT);
  const [localProblems, setLocalProblems] = useState<DraftProblem[]>([]);
  const { busy, error, setError, run } = useAction();
  const firstProblemRef = useRef<HTMLFormElement>(null);
  // The server's field problems go by their fields; its other errors above the form.
  const apiFields = error instanceof ApiError && error.fields.length > 0 ? serverProblems(error.fields, draft) : [];
  const problems = [...localProblems, ...apiFields];
  const hasApiFields = apiFields.length > 0;
  useEffect(() => {
    if (hasApiFields) focusFirstProblem();
  }, [error, hasApiFields]);

  const problemsOf = (field: DraftField) => problems.filter((p) => p.field === field);
  const errorId = (field: DraftField) => (problemsOf(field).length > 0 ? `ak-${field}-err` : undefined);
  const fieldError = (field: DraftField) =>
    problemsOf(field).length > 0 && (
      <span className="bl-error" id={`ak-${field}-err`}>
        {problemsOf(field).map((p) => problemText(p, t)).join(' ')}
      </span>
    );

  function focusFirstProblem() {
    setTimeout(() => firstProblemRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const local = draftProblems(draft, new Date());
    setLocalProblems(local);
    if (local.length > 0) return focusFirstProblem();
    const done = await run(() => createApiKey(newApiKeyBody(draft)));
    if (done.ok) {
      setDraft(EMPTY_DRAFT);
      onCreated(done.value);
    }
  }

  const toggle = (scope: ApiKeyScope, on: boolean) =>
    setDraft((d) => ({ ...d, scopes: on ? [...d.scopes, scope] : d.scopes.filter((s) => s !== scope) }));

  return (
    <section className="pk-section" aria-labelledby="ak-new">
      <h2 id="ak-new">{t('newTitle')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate ref={firstProblemRef} aria-busy={busy}>
        {error !== null && apiFields.length === 0 && <ApiErrorMessage error={error} />}
        {apiFields.length > 0 && <p role="alert" className="bl-error">{t('fixFields')}</p>}
        <div className="pk-field">
          <label htmlFor="ak-name">{t('name')}</label>
          <span className="pk-hint" id="ak-name-hint">{t('nameHint')}</span>
          <input id="ak-name" value={draft.name} maxLength={100} autoComplete="off" onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            aria-invalid={problemsOf('name').length > 0} aria-describedby={['ak-name-hint', errorId('name')].filter(Boolean).join(' ')} />
          {fieldError('name')}
        </div>
        <fieldset className="pk-field">
          <legend>{t('scopes')}</legend>
          {API_KEY_SCOPES.map((s) => (
            <div key={s}>
              <input type="checkbox" id={`ak-scope-${s}`} checked={draft.scopes.includes(s)} onChange={(e) => toggle(s, e.target.checked)}
                aria-describedby={`ak-scope-${s}-hint`} aria-invalid={problemsOf('scopes').length > 0} />
              <label htmlFor={`ak-scope-${s}`}>{SCOPE_WORDS[s].name(t)}</label>
              <span className="pk-hint" id={`ak-scope-${s}-hint`}> – {SCOPE_WORDS[s].allows(t)}</span>
            </div>
          ))}
          {fieldError('scopes')}
        </fieldset>
        <div className="pk-field">
          <label htmlFor="ak-allow">{t('allowList')}</label>
          <span className="pk-hint" id="ak-allow-hint">{t('allowListHint')}</span>
          <textarea id="ak-allow" rows={3} value={draft.allowList} onChange={(e) => setDraft({ ...draft, allowList: e.target.value })}
            aria-invalid={problemsOf('allowList').length > 0} aria-describedby={['ak-allow-hint', errorId('allowList')].filter(Boolean).join(' ')} />
          {fieldError('allowList')}
        </div>
        <div className="pk-field">
          <label htmlFor="ak-expiry">{t('expiry')}</label>
          <span className="pk-hint" id="ak-expiry-hint">{t('expiryHint')}</span>
          <input id="ak-expiry" type="date" value={draft.expiryDay} onChange={(e) => setDraft({ ...draft, expiryDay: e.target.value })}
            aria-invalid={problemsOf('expiryDay').length > 0} aria-describedby={['ak-expiry-hint', errorId('expiryDay')].filter(Boolean).join(' ')} />
          {fieldError('expiryDay')}
        </div>
        <button type="submit" className="bl-primary" disabled={busy} aria-busy={busy}>{busy ? t('creating') : t('create')}</button>
      </form>
    </section>
  );
}
