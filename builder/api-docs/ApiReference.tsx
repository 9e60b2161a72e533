/**
 * Scalar's API reference over the integration part of the OpenAPI document. Its own chunk: the
 * documentation page loads it when an admin opens the page, never with the builder.
 */
import { ApiReferenceReact } from '@scalar/api-reference-react';
import '@scalar/api-reference-react/style.css';
import { useMemo } from 'react';
import './api-reference.css';
import type { OpenApiDocument } from './integration-document';
import { REFERENCE_OPTIONS } from './reference-options';

export function ApiReference({ document }: { document: OpenApiDocument }) {
  const configuration = useMemo(() => ({ ...REFERENCE_OPTIONS, content: document }), [document]);
  return <ApiReferenceReact configuration={configuration} />;
}
