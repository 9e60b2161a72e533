/** The JavaScript-size baseline: a page with nothing but rjsf's Form and the ajv8 validator. */
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <Form schema={{ type: 'object', properties: { nimi: { type: 'string', title: 'Nimi' } } }} validator={validator} />,
);
