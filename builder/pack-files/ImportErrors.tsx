/** The errors of a refused pack file, each with the place in the file it concerns. */
import type { FieldError } from '../../form-library/format/types';
import { useTexts } from '../../ui/i18n/texts';
import { draftTexts } from '../../i18n/catalogs/builder';

export function ImportErrors({ errors }: { errors: FieldError[] }) {
  const t = useTexts(draftTexts);
  return (
    <div role="alert" className="bl-error-box">
      <p>{t('importErrors')}</p>
      <ul>
        {errors.slice(0, 20).map((e, i) => (
          <li key={i}><strong>{t('place')}: <code>{e.path || t('wholeFile')}</code></strong> — {e.message}</li>
        ))}
      </ul>
    </div>
  );
}
