/** What the local providers' HTML pages share: escaping, the page's language, the language links. */
import { LANG_NAMES } from '../../i18n/lang';
import { LANGS, type Lang } from '../../languages/localized-text';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The first of the request's `ui_locales` (or `lang`) that Kevyt speaks; Finnish otherwise. */
export function pageLang(...candidates: Array<string | undefined>): Lang {
  for (const candidate of candidates) {
    for (const tag of (candidate ?? '').split(/\s+/)) {
      const lang = LANGS.find((l) => tag.toLowerCase().startsWith(l));
      if (lang) return lang;
    }
  }
  return 'fi';
}

/** Links to the same page in each language, the current one marked. */
export function languageNav(lang: Lang, label: string, link: (lang: Lang) => string): string {
  return `<nav aria-label="${escapeHtml(label)}"><ul>${LANGS.map((l) =>
    `<li><a href="${escapeHtml(link(l))}" lang="${l}"${l === lang ? ' aria-current="page"' : ''}>${LANG_NAMES[l]}</a></li>`).join('')}</ul></nav>`;
}
