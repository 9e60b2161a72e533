/** Kevyt's customer renderer (fill mode) with the 200-field form on one page. */
import { useCallback, useState } from 'react';
import type { FormData } from '../../../form-library/format/types';
import { FormRenderer, type MunicipalityOption } from '../../../runtime/form-renderer';
import '../../../runtime/styles/customer.css';
import { customerForm, exposeFormPage, recordAnswers } from './form-page-kit';

const MUNICIPALITIES: MunicipalityOption[] = [
  { code: '091', fi: 'Helsinki', sv: 'Helsingfors' },
  { code: '049', fi: 'Espoo', sv: 'Esbo' },
  { code: '853', fi: 'Turku', sv: 'Åbo' },
  { code: '638', fi: 'Porvoo', sv: 'Borgå' },
];

function KevytForm() {
  const [data, setData] = useState<FormData>({});
  const onChange = useCallback((next: FormData) => {
    recordAnswers(next);
    setData(next);
  }, []);
  return <FormRenderer definition={customerForm.definition} lang="fi" mode="fill" data={data} onChange={onChange} municipalities={MUNICIPALITIES} />;
}

exposeFormPage(<KevytForm />);
