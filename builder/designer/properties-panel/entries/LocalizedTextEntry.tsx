/** One text in fi, sv and en side by side, so a designer translates while looking at the original. */
import { LANGS, type Lang, type LocalizedText } from '../../../../form-library/format/types';
import { LANG_NAMES } from '../../../../ui/i18n/texts';

/** A problem of this text (form-library's wording); `lang` marks the one language it is about. */
export interface TextProblem {
  lang?: Lang;
  message: string;
  /** A warning is listed but does not mark the input invalid. */
  severity?: 'error' | 'warning';
}

interface Props {
  id: string;
  legend: string;
  value: LocalizedText | undefined;
  onChange(lang: Lang, text: string): void;
  multiline?: boolean;
  problems?: readonly TextProblem[];
}

export function LocalizedTextEntry({ id, legend, value, onChange, multiline, problems = [] }: Props) {
  const problemsId = `${id}-problems`;
  return (
    <fieldset className="pp-localized">
      <legend>{legend}</legend>
      <div className="pp-langs">
        {LANGS.map((lang) => {
          const inputId = `${id}-${lang}`;
          const mine = problems.some((p) => p.severity !== 'warning' && (p.lang === lang || p.lang === undefined));
          const aria = mine ? { 'aria-invalid': true, 'aria-describedby': problemsId } : {};
          return (
            <div key={lang} className="pp-lang">
              <label htmlFor={inputId} lang={lang}>{LANG_NAMES[lang]}</label>
              {multiline ? (
                <textarea id={inputId} lang={lang} value={value?.[lang] ?? ''} rows={2} onChange={(e) => onChange(lang, e.target.value)} {...aria} />
              ) : (
                <input id={inputId} lang={lang} type="text" value={value?.[lang] ?? ''} onChange={(e) => onChange(lang, e.target.value)} {...aria} />
              )}
            </div>
          );
        })}
      </div>
      {problems.length > 0 && (
        <ul className="pp-problems" id={problemsId}>
          {problems.map((p, i) => <li key={i} className={`pr-${p.severity ?? 'error'}`}>⚠ {p.message}</li>)}
        </ul>
      )}
    </fieldset>
  );
}

/** `text` with `lang` set to `v`; an emptied language is removed, so the problems list sees it missing. */
export function withText(text: LocalizedText, lang: Lang, v: string): LocalizedText {
  const next = { ...text, [lang]: v };
  if (v === '') delete next[lang];
  return next;
}
