/** Kevyt's customer renderer (fill mode) with a 200-field form: page by page, as customers fill it. */
import { useCallback, useMemo, useState } from 'react';
import type { FormData, FormDefinition } from '../../../form-library/format/types';
import { compiledCheck } from '../../../form-library/validation/validate-submission';
import { FormRenderer, type MunicipalityOption } from '../../../runtime/form-renderer';
import '../../../runtime/styles/customer.css';
import { exposeFormPage, recordAnswers } from './form-page-kit';

const MUNICIPALITIES: MunicipalityOption[] = [
  { code: '091', fi: 'Helsinki', sv: 'Helsingfors' },
  { code: '049', fi: 'Espoo', sv: 'Esbo' },
  { code: '853', fi: 'Turku', sv: 'Åbo' },
  { code: '638', fi: 'Porvoo', sv: 'Borgå' },
];

function KevytForm({ definition }: { definition: FormDefinition }) {
  const [data, setData] = useState<FormData>({});
  const onChange = useCallback((next: FormData) => {
    recordAnswers(next);
    setData(next);
  }, []);
  // Never called here (no "next"); the app gets the server's precompiled check instead.
  const check = useMemo(() => compiledCheck(definition), [definition]);
  return <FormRenderer definition={definition} lang="fi" mode="fill" data={data} onChange={onChange} municipalities={MUNICIPALITIES} check={check} />;
}

exposeFormPage((form) => <KevytForm definition={form.definition} />);
