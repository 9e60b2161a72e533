/**
 * A service page the server sent already rendered (server/http/app-pages.ts, runtime/server-entry.tsx):
 * the form it was rendered with, handed to the service route so that the browser's first render is
 * the server's, and React hydrates the page instead of drawing it again.
 */
import { createContext } from 'react';
import type { Lang } from '../../form-library/format/types';
import type { ServiceForm } from './service-form-load';

export interface ServerRenderedForm {
  deploymentId: string;
  lang: Lang;
  form: ServiceForm;
  /** Set once the page has taken it: a later visit to the same service (client-side) loads as usual. */
  taken: boolean;
}

export const ServerRenderedFormContext = createContext<ServerRenderedForm | null>(null);

/** The server-rendered form for this route, if the page was rendered with it and has not taken it yet. */
export function serverRenderedFormFor(rendered: ServerRenderedForm | null, deploymentId: string, lang: Lang): ServiceForm | undefined {
  return rendered && !rendered.taken && rendered.deploymentId === deploymentId && rendered.lang === lang ? rendered.form : undefined;
}
