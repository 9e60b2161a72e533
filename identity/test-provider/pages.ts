/**
 * The test provider's pages as HTML: the sign-in page (pick a test person or type one), the
 * sign-out question and an error page. Plain HTML forms that work without JavaScript, with
 * headings, labels, an error summary that takes the focus, and the page in fi, sv or en.
 */
import type { identityTexts } from '../../i18n/catalogs/identity';
import type { TextsOf } from '../../i18n/translate';
import type { Lang } from '../../languages/localized-text';
import { escapeHtml, languageNav } from '../local-provider/page-basics';
import type { TestPerson } from './test-persons';

export type IdentityTexts = TextsOf<typeof identityTexts>;

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#f4f6f8;line-height:1.5}
main{max-width:40rem;margin:0 auto;padding:1rem 1.25rem 3rem;background:#fff}
.notice{border-left:4px solid #8a5a00;background:#fff7e6;padding:.5rem .75rem}
ul.persons{list-style:none;padding:0}ul.persons li{margin:.5rem 0}
button{font:inherit;padding:.5rem 1rem;border:2px solid #0b4f8a;background:#0b4f8a;color:#fff;border-radius:4px;cursor:pointer}
button.secondary{background:#fff;color:#0b4f8a}
button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
label{display:block;font-weight:600;margin-top:.75rem}input{font:inherit;padding:.4rem;border:1px solid #555;border-radius:4px;width:100%;max-width:20rem}
.help{color:#444;margin:.25rem 0}.error{color:#b00020;font-weight:600}
.summary{border:3px solid #b00020;padding:.5rem 1rem}nav ul{list-style:none;display:flex;gap:1rem;padding:0}`;

function page(lang: Lang, title: string, body: string, t: IdentityTexts, languageLinks?: (lang: Lang) => string): string {
  const nav = languageLinks ? languageNav(lang, t('language'), languageLinks) : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(t('title'))}</title><style>${STYLE}</style></head>
<body><main>${nav}${body}</main></body></html>`;
}

export interface TypedPersonInput {
  givenName: string;
  familyName: string;
  personalId: string;
}

export type TypedPersonErrors = Partial<Record<keyof TypedPersonInput, string>>;

export interface LoginPageInput {
  lang: Lang;
  uid: string;
  clientName: string;
  persons: readonly TestPerson[];
  typed?: TypedPersonInput;
  errors?: TypedPersonErrors;
}

function field(t: IdentityTexts, name: keyof TypedPersonInput, value: string, error: string | undefined, help?: string): string {
  const described = [help ? `${name}-help` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return `<label for="${name}">${escapeHtml(t(name))}</label>
${help ? `<p class="help" id="${name}-help">${escapeHtml(help)}</p>` : ''}
${error ? `<p class="error" id="${name}-error">${escapeHtml(error)}</p>` : ''}
<input id="${name}" name="${name}" value="${escapeHtml(value)}" required autocomplete="off"${described ? ` aria-describedby="${described}"` : ''}${error ? ' aria-invalid="true"' : ''}>`;
}

export function loginPage(input: LoginPageInput, t: IdentityTexts): string {
  const { lang, uid, persons, typed, errors = {} } = input;
  const action = (path: string) => `/interaction/${encodeURIComponent(uid)}/${path}?lang=${lang}`;
  const errorList = (Object.keys(errors) as Array<keyof TypedPersonInput>)
    .map((k) => `<li><a href="#${k}">${escapeHtml(t(k))}: ${escapeHtml(errors[k] ?? '')}</a></li>`).join('');
  const summary = errorList
    ? `<div class="summary" role="alert" tabindex="-1" id="summary" autofocus><h2>${escapeHtml(t('errorSummary'))}</h2><ul>${errorList}</ul></div>`
    : '';
  const personButtons = persons.map((p) => {
    const name = `${p.givenName} ${p.familyName}`;
    const extra = p.personalId ? '' : ` (${t('noPersonalId')})`;
    return `<li><form method="post" action="${action('login')}"><input type="hidden" name="person" value="${escapeHtml(p.id)}">
<button type="submit">${escapeHtml(t('pickButton', { name }) + extra)}</button></form></li>`;
  }).join('');
  const body = `<h1>${escapeHtml(t('title'))}</h1>
<p class="notice">${escapeHtml(t('notice'))}</p>
<p>${escapeHtml(t('signingInTo', { client: input.clientName }))}</p>
${summary}
<section aria-labelledby="pick-heading"><h2 id="pick-heading">${escapeHtml(t('pickHeading'))}</h2><ul class="persons">${personButtons}</ul></section>
<section aria-labelledby="type-heading"><h2 id="type-heading">${escapeHtml(t('typeHeading'))}</h2>
<form method="post" action="${action('login')}" novalidate>
${field(t, 'givenName', typed?.givenName ?? '', errors.givenName)}
${field(t, 'familyName', typed?.familyName ?? '', errors.familyName)}
${field(t, 'personalId', typed?.personalId ?? '', errors.personalId, t('personalIdHelp'))}
<p><button type="submit">${escapeHtml(t('typeButton'))}</button></p></form></section>
<form method="post" action="${action('abort')}"><p><button type="submit" class="secondary">${escapeHtml(t('cancel'))}</button></p></form>`;
  return page(lang, t('title'), body, t, (l) => `/interaction/${encodeURIComponent(uid)}?lang=${l}`);
}

/** The question before RP-initiated logout; `form` is the provider's own hidden form (its action and xsrf token). */
export function logoutPage(lang: Lang, form: string, t: IdentityTexts): string {
  const body = `<h1>${escapeHtml(t('logoutTitle'))}</h1><p>${escapeHtml(t('logoutQuestion'))}</p>${form}
<p><button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>${escapeHtml(t('logoutYes'))}</button>
<button type="submit" form="op.logoutForm" class="secondary">${escapeHtml(t('logoutNo'))}</button></p>`;
  return page(lang, t('logoutTitle'), body, t);
}

export function messagePage(lang: Lang, heading: string, text: string, t: IdentityTexts): string {
  return page(lang, heading, `<h1>${escapeHtml(heading)}</h1><p>${escapeHtml(text)}</p>`, t);
}
