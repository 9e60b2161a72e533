/** One text in fi, sv and en side by side, so a designer translates while looking at the original. */
import { LANGS, type Lang, type LocalizedText } from '../../../../form-library/format/types';
import { LANG_NAMES } from '../../../../ui/i18n/texts';

interface Props {
  id: string;
  legend: string;
  value: LocalizedText | undefined;
  onChange(lang: Lang, text: string): void;
  multiline?: boolean;
}

export function LocalizedTextEntry({ id, legend, value, onChange, multiline }: Props) {
  return (
    <fieldset className="pp-localized">
      <legend>{legend}</legend>
      <div className="pp-langs">
        {LANGS.map((lang) => {
          const inputId = `${id}-${lang}`;
          return (
            <div key={lang} className="pp-lang">
              <label htmlFor={inputId} lang={lang}>{LANG_NAMES[lang]}</label>
              {multiline ? (
                <textarea id={inputId} lang={lang} value={value?.[lang] ?? ''} rows={2} onChange={(e) => onChange(lang, e.target.value)} />
              ) : (
                <input id={inputId} lang={lang} type="text" value={value?.[lang] ?? ''} onChange={(e) => onChange(lang, e.target.value)} />
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** `text` with `lang` set to `v`; an emptied language is removed, so the problems list sees it missing. */
export function withText(text: LocalizedText, lang: Lang, v: string): LocalizedText {
  const next = { ...text, [lang]: v };
  if (v === '') delete next[lang];
  return next;
}
