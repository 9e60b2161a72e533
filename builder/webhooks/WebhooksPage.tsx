/**
 * An authority admin's webhooks: the endpoints with their state (active or paused after failing),
 * each with its recent deliveries and every attempt (time, status code, duration); send one
 * delivery again or all failed ones (after a confirmation); add an endpoint, rotate its secret or
 * delete it (after a confirmation); a new secret is shown once with a copy button.
 */
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { formatDateTime } from '../../i18n/intl-format';
import { commonTexts, webhookTexts } from '../../i18n/catalogs/builder';
import type { TextsOf } from '../../i18n/translate';
import { ApiError } from '../../ui/api/http';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { ConfirmDialog } from '../packs/confirm/ConfirmDialog';
import { ApiErrorMessage } from '../requests/ApiErrorMessage';
import { LoadState } from '../requests/LoadState';
import { ShownOnceSecret } from '../secrets/ShownOnceSecret';
import { useAction } from '../requests/use-action';
import { useLoad } from '../requests/use-load';
import { mayManageWebhooks, useOwnAuthorityName } from '../shell/session';
import { NotForYourRole } from '../shell/NotForYourRole';
import {
  createEndpoint, deleteEndpoint, listDeliveries, listEndpoints, redeliver, redeliverFailed, resumeEndpoint, rotateSecret,
  type CreatedWebhookEndpoint, type WebhookDelivery, type WebhookEndpoint,
} from './api';
import { EMPTY_ENDPOINT, endpointProblems, newEndpointBody, serverEndpointProblems, WEBHOOK_EVENT_TYPES, type EndpointDraft, type EndpointField, type EndpointProblem, type WebhookEventType } from './endpoint-form';
import '../packs/packs.css';

type Texts = TextsOf<typeof webhookTexts>;
type Lang = ReturnType<typeof useLang>;

const EVENT_WORDS: Record<WebhookEventType, (t: Texts) => string> = {
  'case.submitted': (t) => t('event_case_submitted'),
  'case.supplemented': (t) => t('event_case_supplemented'),
  'case.cancelled': (t) => t('event_case_cancelled'),
  'case.status_changed': (t) => t('event_case_status_changed'),
  'message.received': (t) => t('event_message_received'),
};

/** A secret to show once: a new endpoint's, or a rotated one. */
interface ShownSecret {
  url: string;
  secret: string;
}

type Confirm = { kind: 'delete' | 'rotate' | 'redeliverFailed'; endpoint: WebhookEndpoint; failed?: number } | null;

export function WebhooksPage() {
  const t = useTexts(webhookTexts);
  const c = useTexts(commonTexts);
  const lang = useLang();
  const authorityName = useOwnAuthorityName(mayManageWebhooks);
  const [loaded, reload] = useLoad(listEndpoints, []);
  const [status, setStatus] = useState('');
  const [shown, setShown] = useState<ShownSecret | null>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  // Bumped after an action, so each endpoint's delivery list loads again.
  const [round, setRound] = useState(0);
  const action = useAction();
  const secretRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLHeadingElement>(null);

  if (authorityName === null) return <NotForYourRole title={t('title')} text={t('noAuthority')} />;

  function showSecret(secret: ShownSecret) {
    setShown(secret);
    setStatus('');
    setTimeout(() => secretRef.current?.focus(), 0);
  }

  async function afterAction(message: string) {
    setStatus(message);
    setRound((r) => r + 1);
    await reload();
  }

  async function confirmed() {
    if (!confirm) return;
    const { kind, endpoint } = confirm;
    if (kind === 'delete') {
      const done = await action.run(() => deleteEndpoint(endpoint.id));
      setConfirm(null);
      if (done.ok) await afterAction(t('deleted', { url: endpoint.url }));
      setTimeout(() => listRef.current?.focus(), 0);
    } else if (kind === 'rotate') {
      const done = await action.run(() => rotateSecret(endpoint.id));
      setConfirm(null);
      if (done.ok) {
        await afterAction('');
        showSecret({ url: endpoint.url, secret: done.value.secret });
      }
    } else {
      const done = await action.run(() => redeliverFailed(endpoint.id));
      setConfirm(null);
      if (done.ok) await afterAction(t('redeliveredCount', { count: done.value.count }));
    }
  }

  async function resume(endpoint: WebhookEndpoint) {
    const done = await action.run(() => resumeEndpoint(endpoint.id));
    if (done.ok) await afterAction(t('resumed', { url: endpoint.url }));
  }

  async function resend(endpoint: WebhookEndpoint, delivery: WebhookDelivery) {
    const done = await action.run(() => redeliver(endpoint.id, delivery.id));
    if (done.ok) await afterAction(t('redelivered'));
  }

  return (
    <section className="bl-page">
      <h1>{t('title')}</h1>
      <p>{t('intro', { authority: authorityName })}</p>
      <p role="status" className="pk-status pk-status-ok">{status}</p>
      {shown && <SecretBox shown={shown} boxRef={secretRef} onDone={() => { setShown(null); listRef.current?.focus(); }} />}
      {action.error !== null && <ApiErrorMessage error={action.error} />}
      <h2 id="wh-list" ref={listRef} tabIndex={-1}>{t('listTitle')}</h2>
      <LoadState loaded={loaded} onRetry={() => void reload()} />
      {loaded.state === 'ready' && loaded.value.length === 0 && (
        <div className="pk-section" data-testid="webhooks-empty">
          <p>{t('empty')}</p>
          <p>{t('emptyHow')}</p>
        </div>
      )}
      {loaded.state === 'ready' &&
        loaded.value.map((e) => (
          <EndpointCard
            key={e.id} endpoint={e} round={round} busy={action.busy}
            onResume={() => void resume(e)}
            onRotate={() => setConfirm({ kind: 'rotate', endpoint: e })}
            onDelete={() => setConfirm({ kind: 'delete', endpoint: e })}
            onRedeliver={(d) => void resend(e, d)}
            onRedeliverFailed={(failed) => setConfirm({ kind: 'redeliverFailed', endpoint: e, failed })}
          />
        ))}
      <NewEndpointForm onCreated={(made) => { void reload(); showSecret({ url: made.url, secret: made.secret }); }} />
      <ConfirmDialog
        open={confirm !== null}
        title={confirm ? confirmTitle(confirm, t) : ''}
        confirmLabel={confirm?.kind === 'delete' ? t('delete') : confirm?.kind === 'rotate' ? t('rotate') : t('redeliverFailed')}
        busyLabel={confirm?.kind === 'delete' ? t('deleting') : confirm?.kind === 'rotate' ? t('rotating') : t('sending')}
        cancelLabel={c('cancel')}
        busy={action.busy}
        danger={confirm?.kind === 'delete'}
        onCancel={() => setConfirm(null)}
        onConfirm={() => void confirmed()}
      >
        <p>{confirm?.kind === 'delete' ? t('deleteBody') : confirm?.kind === 'rotate' ? t('rotateBody') : t('redeliverFailedBody', { count: confirm?.failed ?? 0 })}</p>
      </ConfirmDialog>
    </section>
  );
}

function confirmTitle(confirm: NonNullable<Confirm>, t: Texts): string {
  const url = confirm.endpoint.url;
  if (confirm.kind === 'delete') return t('deleteTitle', { url });
  if (confirm.kind === 'rotate') return t('rotateTitle', { url });
  return t('redeliverFailedTitle', { url });
}

/** The secret, this once, in the webhook console's words. */
function SecretBox({ shown, boxRef, onDone }: { shown: ShownSecret; boxRef: RefObject<HTMLElement | null>; onDone: () => void }) {
  const t = useTexts(webhookTexts);
  const texts = { title: t('secretTitle', { url: shown.url }), warning: t('secretWarning'), label: t('secretLabel'), copy: t('copy'), copied: t('copied'), copyFailed: t('copyFailed'), done: t('secretDone') };
  return <ShownOnceSecret secret={shown.secret} texts={texts} boxRef={boxRef} onDone={onDone} testIds={{ box: 'webhook-secret-box', secret: 'webhook-secret' }} idPrefix="wh-secret" />;
}

interface CardProps {
  endpoint: WebhookEndpoint;
  round: number;
  busy: boolean;
  onResume: () => void;
  onRotate: () => void;
  onDelete: () => void;
  onRedeliver: (d: WebhookDelivery) => void;
  onRedeliverFailed: (failed: number) => void;
}

function EndpointCard({ endpoint: e, round, busy, onResume, onRotate, onDelete, onRedeliver, onRedeliverFailed }: CardProps) {
  const t = useTexts(webhookTexts);
  const lang = useLang();
  const [deliveries, reloadDeliveries] = useLoad(() => listDeliveries(e.id), [e.id, round]);
  const headingId = `wh-endpoint-${e.id}`;
  const failed = deliveries.state === 'ready' ? deliveries.value.filter((d) => d.status === 'failed').length : 0;
  return (
    <article className="pk-section" aria-labelledby={headingId} data-testid="webhook-endpoint">
      <h3 id={headingId}>
        <code>{e.url}</code>{' '}
        {e.state === 'active'
          ? <span className="pk-badge pk-badge-ok">{t('stateActive')}</span>
          : <span className="pk-badge pk-badge-warn">{t('statePaused', { when: formatDateTime(e.pausedAt, lang) })}</span>}
      </h3>
      {e.description !== '' && <p>{e.description}</p>}
      {e.state === 'paused' && <p>{t('pausedHelp')}</p>}
      {e.consecutiveFailures > 0 && <p>{t('failures', { count: e.consecutiveFailures })}</p>}
      {e.previousSecretValidUntil !== null && <p>{t('graceUntil', { when: formatDateTime(e.previousSecretValidUntil, lang) })}</p>}
      <p>
        {t('eventsOf')}: {WEBHOOK_EVENT_TYPES.filter((type) => e.events.includes(type)).map((type) => EVENT_WORDS[type](t)).join(', ')}
      </p>
      <div className="pk-row">
        {e.state === 'paused' && (
          <button type="button" className="bl-primary" disabled={busy} aria-label={t('resumeLabel', { url: e.url })} onClick={onResume}>{t('resume')}</button>
        )}
        <button type="button" disabled={busy} aria-label={t('rotateLabel', { url: e.url })} onClick={onRotate}>{t('rotate')}</button>
        <button type="button" disabled={busy} aria-label={t('deleteLabel', { url: e.url })} onClick={onDelete}>{t('delete')}</button>
      </div>
      <h4>{t('deliveriesTitle')}</h4>
      <div className="pk-row">
        <button type="button" onClick={() => void reloadDeliveries()}>{t('refresh')}</button>
        {failed > 0 && <button type="button" disabled={busy} onClick={() => onRedeliverFailed(failed)}>{t('redeliverFailed')}</button>}
      </div>
      <LoadState loaded={deliveries} onRetry={() => void reloadDeliveries()} />
      {deliveries.state === 'ready' && deliveries.value.length === 0 && <p>{t('deliveriesEmpty')}</p>}
      {deliveries.state === 'ready' && deliveries.value.length > 0 && (
        <table className="pk-table">
          <caption>{t('deliveriesCaption', { url: e.url })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colEvent')}</th>
              <th scope="col">{t('colCase')}</th>
              <th scope="col">{t('colState')}</th>
              <th scope="col">{t('colAttempts')}</th>
              <th scope="col">{t('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.value.map((d) => (
              <tr key={d.id} data-testid="webhook-delivery">
                <th scope="row">{EVENT_WORDS[d.eventType](t)} <span className="pk-hint"><code>{d.eventType}</code></span></th>
                <td>{d.reference ?? t('noCase')}</td>
                <td>{deliveryState(d, t, lang)}</td>
                <td>
                  {d.attempts.length === 0 ? t('noAttempts') : (
                    <ol className="pk-plain">
                      {d.attempts.map((a, i) => <li key={i}>{attemptText(a, t, lang)}</li>)}
                    </ol>
                  )}
                </td>
                <td>
                  {d.status !== 'pending' && (
                    <button type="button" disabled={busy} aria-label={t('redeliverLabel', { event: d.eventType, reference: d.reference ?? d.msgId })} onClick={() => onRedeliver(d)}>
                      {t('redeliver')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

function deliveryState(d: WebhookDelivery, t: Texts, lang: Lang) {
  if (d.status === 'delivered') return <span className="pk-badge pk-badge-ok">{t('delivery_delivered')}</span>;
  if (d.status === 'failed') return <span className="pk-badge pk-badge-warn">{t('delivery_failed')}</span>;
  if (d.nextAttemptAt === null) return <span className="pk-badge">{t('delivery_held')}</span>;
  return (
    <>
      <span className="pk-badge">{t('delivery_pending')}</span> <span className="pk-hint">{t('nextAttempt', { when: formatDateTime(d.nextAttemptAt, lang) })}</span>
    </>
  );
}

function attemptText(a: WebhookDelivery['attempts'][number], t: Texts, lang: Lang): string {
  const when = formatDateTime(a.at, lang);
  return a.statusCode !== null ? t('attemptStatus', { when, code: a.statusCode, ms: a.durationMs }) : t('attemptError', { when, error: a.error ?? '', ms: a.durationMs });
}

function problemText(p: EndpointProblem, t: Texts): string {
  switch (p.code) {
    case 'server':
      return p.message;
    case 'invalid':
      return t('urlInvalid');
    case 'scheme':
      return t('urlScheme');
    case 'credentials':
      return t('urlCredentials');
    case 'required':
      return p.field === 'url' ? t('urlRequired') : t('eventsRequired');
  }
}

function NewEndpointForm({ onCreated }: { onCreated: (made: CreatedWebhookEndpoint) => void }) {
  const t = useTexts(webhookTexts);
  const [draft, setDraft] = useState<EndpointDraft>(EMPTY_ENDPOINT);
  const [localProblems, setLocalProblems] = useState<EndpointProblem[]>([]);
  const { busy, error, setError, run } = useAction();
  const formRef = useRef<HTMLFormElement>(null);
  const apiFields = error instanceof ApiError && error.fields.length > 0 ? serverEndpointProblems(error.fields) : [];
  const problems = [...localProblems, ...apiFields];
  const problemsOf = (field: EndpointField) => problems.filter((p) => p.field === field);
  const errorId = (field: EndpointField) => (problemsOf(field).length > 0 ? `wh-${field}-err` : undefined);
  const fieldError = (field: EndpointField) =>
    problemsOf(field).length > 0 && (
      <span className="bl-error" id={`wh-${field}-err`}>
        {problemsOf(field).map((p) => problemText(p, t)).join(' ')}
      </span>
    );
  const focusFirstProblem = () => setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const local = endpointProblems(draft);
    setLocalProblems(local);
    if (local.length > 0) return focusFirstProblem();
    const done = await run(() => createEndpoint(newEndpointBody(draft)));
    if (done.ok) {
      setDraft(EMPTY_ENDPOINT);
      onCreated(done.value);
    } else focusFirstProblem();
  }

  const toggle = (type: WebhookEventType, on: boolean) =>
    setDraft((d) => ({ ...d, events: on ? [...d.events, type] : d.events.filter((x) => x !== type) }));

  return (
    <section className="pk-section" aria-labelledby="wh-new">
      <h2 id="wh-new">{t('newTitle')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate ref={formRef} aria-busy={busy}>
        {error !== null && apiFields.length === 0 && <ApiErrorMessage error={error} />}
        {apiFields.length > 0 && <p role="alert" className="bl-error">{t('fixFields')}</p>}
        <div className="pk-field">
          <label htmlFor="wh-url">{t('url')}</label>
          <span className="pk-hint" id="wh-url-hint">{t('urlHint')}</span>
          <input id="wh-url" type="url" value={draft.url} maxLength={2000} autoComplete="off" onChange={(e) => setDraft({ ...draft, url: e.target.value })}
            aria-invalid={problemsOf('url').length > 0} aria-describedby={['wh-url-hint', errorId('url')].filter(Boolean).join(' ')} />
          {fieldError('url')}
        </div>
        <div className="pk-field">
          <label htmlFor="wh-description">{t('description')}</label>
          <span className="pk-hint" id="wh-description-hint">{t('descriptionHint')}</span>
          <input id="wh-description" value={draft.description} maxLength={200} autoComplete="off" onChange={(e) => setDraft({ ...draft, description: e.target.value })}
            aria-invalid={problemsOf('description').length > 0} aria-describedby={['wh-description-hint', errorId('description')].filter(Boolean).join(' ')} />
          {fieldError('description')}
        </div>
        <fieldset className="pk-field">
          <legend>{t('events')}</legend>
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <div key={type}>
              <input type="checkbox" id={`wh-event-${type}`} checked={draft.events.includes(type)} onChange={(e) => toggle(type, e.target.checked)}
                aria-invalid={problemsOf('events').length > 0} aria-describedby={errorId('events')} />
              <label htmlFor={`wh-event-${type}`}>{EVENT_WORDS[type](t)} <code>{type}</code></label>
            </div>
          ))}
          {fieldError('events')}
        </fieldset>
        <button type="submit" className="bl-primary" disabled={busy} aria-busy={busy}>{busy ? t('creating') : t('create')}</button>
      </form>
    </section>
  );
}
