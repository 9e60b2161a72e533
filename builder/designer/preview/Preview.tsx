/**
 * The live preview: the runtime's own FormRenderer on the form being designed, in any of the three
 * languages and at desktop or phone width, fillable and validating as a customer would see it.
 */
import { useId, useMemo, useState } from 'react';
import { LANGS, type FormData, type FormDefinition, type Lang } from '../../../form-library/format/types';
import { compiledCheck } from '../../../form-library/validation/validate-submission';
import { FormRenderer } from '../../../runtime/form-renderer/FormRenderer';
import { LANG_NAMES, useTexts } from '../../../ui/i18n/texts';
import { previewTexts } from '../../../i18n/catalogs/builder';
import { translator } from '../../../i18n/translate';

interface Props {
  definition: FormDefinition;
  initialLang: Lang;
  /** Set both to keep the language outside (a version review shows the workflow in it too). */
  lang?: Lang;
  onLangChange?(lang: Lang): void;
}

export function Preview({ definition, initialLang, lang: shownLang, onLangChange }: Props) {
  const t = useTexts(previewTexts);
  const [ownLang, setOwnLang] = useState<Lang>(initialLang);
  const lang = shownLang ?? ownLang;
  const setLang = onLangChange ?? setOwnLang;
  const names = useId();
  const [width, setWidth] = useState<'desktop' | 'phone'>('desktop');
  const [data, setData] = useState<FormData>({});
  const [done, setDone] = useState(false);
  const [round, setRound] = useState(0);
  // Compiled on the first "next" only (the builder's CSP allows it): most edits are never checked.
  const check = useMemo(() => compiledCheck(definition), [definition]);

  return (
    <div className="pv-preview">
      <div className="pv-controls">
        <fieldset className="pv-switch">
          <legend>{t('language')}</legend>
          {LANGS.map((l) => (
            <label key={l} lang={l}>
              <input type="radio" name={`${names}-lang`} value={l} checked={lang === l} onChange={() => setLang(l)} /> {LANG_NAMES[l]}
            </label>
          ))}
        </fieldset>
        <fieldset className="pv-switch">
          <legend>{t('width')}</legend>
          {(['desktop', 'phone'] as const).map((w) => (
            <label key={w}>
              <input type="radio" name={`${names}-width`} value={w} checked={width === w} onChange={() => setWidth(w)} /> {t(w)}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => { setData({}); setDone(false); setRound((r) => r + 1); }}>{t('reset')}</button>
      </div>
      <div className={`pv-frame pv-${width}`} lang={lang} data-preview-lang={lang}>
        {definition.pages.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <FormRenderer
            key={round}
            definition={definition}
            lang={lang}
            data={data}
            mode="fill"
            onChange={(next) => { setData(next); setDone(false); }}
            onComplete={() => setDone(true)}
            completeLabel={translator(previewTexts, lang)('complete')}
            check={check}
          />
        )}
        <p role="status" className="pv-done">{done ? translator(previewTexts, lang)('done') : ''}</p>
      </div>
    </div>
  );
}
