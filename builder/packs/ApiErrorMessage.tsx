/** An API error shown to staff: a sentence in their language, plus the server's field problems when there are any. */
import { ApiError } from '../../ui/api/http';
import { useMessages } from '../../ui/i18n/messages';
import { commonMessages } from './messages';

export function ApiErrorMessage({ error, lead, id }: { error: unknown; lead?: string; id?: string }) {
  const t = useMessages(commonMessages);
  const api = error instanceof ApiError ? error : null;
  const sentence = lead ?? (api === null || api.status === 0 ? t.networkError : api.status === 403 ? t.forbidden : api.message);
  return (
    <div role="alert" className="bl-error-box" id={id} tabIndex={-1}>
      <p className="bl-error">{sentence}</p>
      {lead && api && <p>{api.message}</p>}
      {api && api.fields.length > 0 && (
        <>
          <p>{t.errorFields}</p>
          <ul>
            {api.fields.slice(0, 30).map((f, i) => (
              <li key={i}>
                <code>{f.path}</code>: {f.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
