/** An API error shown to staff: a sentence in their language, plus the server's field problems when there are any. */
import { ApiError } from '../../ui/api/http';
import { useTexts } from '../../ui/i18n/texts';
import { commonTexts } from '../../i18n/catalogs/builder';
import { type TextsOf } from '../../i18n/translate';

type Texts = TextsOf<typeof commonTexts>;

/** The server's messages are English only, so the lead sentence comes from the status code. */
function sentenceFor(api: ApiError | null, t: Texts): string {
  if (api === null || api.status === 0) return t('networkError');
  if (api.status === 403) return t('forbidden');
  if (api.status === 404) return t('notFound');
  if (api.status === 409) return t('conflict');
  if (api.status === 429) return t('tooMany');
  if (api.status >= 500) return t('serverError');
  return t('refused');
}

export function ApiErrorMessage({ error, lead, id }: { error: unknown; lead?: string; id?: string }) {
  const t = useTexts(commonTexts);
  const api = error instanceof ApiError ? error : null;
  const detail = api !== null && (lead !== undefined || api.status !== 0) ? api.message : '';
  return (
    <div role="alert" className="bl-error-box" id={id} tabIndex={-1}>
      <p className="bl-error">{lead ?? sentenceFor(api, t)}</p>
      {detail && (
        <p>
          {t('serverSaid')} <span lang="en">{detail}</span>
        </p>
      )}
      {api && api.fields.length > 0 && (
        <>
          <p>{t('errorFields')}</p>
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
