/**
 * The seam between the server and the customer app's server-rendering bundle. `vite build` builds
 * `runtime/server-entry.tsx` for Node into the build's `.ssr/` folder (build/server-rendering.ts);
 * the server imports that built file (never the app's sources) and calls it to send a service page
 * whose first screen is already in the HTML. Types only: nothing here runs.
 */
import type { DeploymentForm } from './reference';

/** What the server hands the bundle: the page's address and the form the app will hydrate it with. */
export interface ServicePageRenderInput {
  /** The service page's path with its query, if any, e.g. `/fi/asioi/091/palvelu/12`. */
  url: string;
  form: DeploymentForm;
}

/** The module the bundle's entry is. */
export interface RuntimeServerRenderer {
  /** The markup of the app's root element for the page (what goes inside `<div id="root">`). */
  renderServicePage(input: ServicePageRenderInput): Promise<string>;
}

/** Where in the build's folder the bundle lands: a dot folder, which the server never serves. */
export const SERVER_RENDERING_DIR = '.ssr';
/** The bundle's entry file in that folder. */
export const SERVER_RENDERING_ENTRY = 'service-page.js';
