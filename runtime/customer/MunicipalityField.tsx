/** The municipality picker of the customer pages (home, assessment): label, hint, error and the combobox. */
import { useTexts } from '../../ui/i18n/texts';
import { customerTexts } from '../../i18n/catalogs/customer';
// The widget's module, not the renderer's index: the index brings rjsf, which the home page does not need.
import { MunicipalityCombobox, type useMunicipalities } from '../form-renderer/widgets/MunicipalityCombobox';

interface Props {
  municipalities: ReturnType<typeof useMunicipalities>;
  value: string | undefined;
  error: string | null;
  onChange(code: string | undefined): void;
}

export function MunicipalityField({ municipalities, value, error, onChange }: Props) {
  const t = useTexts(customerTexts);
  return (
    <div className={error ? 'field-row field--error' : 'field-row'}>
      <label htmlFor="root_municipality" id="municipality-label" className="label">{t('municipality')}</label>
      <p className="hint" id="municipality-hint">{t('municipalityHint')}</p>
      {error && <p className="error-text" id="municipality-error">{error}</p>}
      <MunicipalityCombobox
        id="root_municipality"
        municipalities={municipalities}
        value={value}
        onChange={onChange}
        required
        invalid={error !== null}
        describedBy={error ? 'municipality-error municipality-hint' : 'municipality-hint'}
      />
    </div>
  );
}
