/** Renders one page of elements in the real renderer, keeping the data, for component tests. */
import { render } from '@testing-library/react';
import { useState } from 'react';
import type { FieldError, FormData, FormDefinition, FormElement, Lang } from '../../form-library/format/types';
import { compiledCheck } from '../../form-library/validation/validate-submission';
import type { AttachmentInfo } from './context';
import { FormRenderer } from './FormRenderer';

export const testMunicipalities = [
  { code: '091', fi: 'Helsinki', sv: 'Helsingfors' },
  { code: '049', fi: 'Espoo', sv: 'Esbo' },
  { code: '853', fi: 'Turku', sv: 'Åbo' },
  { code: '638', fi: 'Porvoo', sv: 'Borgå' },
];

export function onePage(elements: FormElement[]): FormDefinition {
  return { pages: [{ id: 'p1', title: { fi: 'Tiedot', sv: 'Uppgifter', en: 'Details' }, elements }] };
}

export function renderElements(elements: FormElement[], options: { lang?: Lang; data?: FormData; serverErrors?: FieldError[]; attachments?: AttachmentInfo[]; mode?: 'fill' | 'read' } = {}) {
  const latest: { data: FormData } = { data: options.data ?? {} };
  const definition = onePage(elements);
  const check = compiledCheck(definition);
  function Harness() {
    const [data, setData] = useState<FormData>(options.data ?? {});
    return (
      <FormRenderer
        definition={definition}
        check={check}
        lang={options.lang ?? 'fi'}
        mode={options.mode ?? 'fill'}
        data={data}
        serverErrors={options.serverErrors}
        attachments={options.attachments}
        municipalities={testMunicipalities}
        onChange={(d) => {
          latest.data = d;
          setData(d);
        }}
      />
    );
  }
  const result = render(<Harness />);
  return { ...result, latest };
}
