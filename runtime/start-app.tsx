/**
 * The runtime app itself (main.tsx loads it): the router over the customer's and the handler's
 * routes, drawn in the browser or taking over a page the server rendered.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { servicePageOf } from '../form-library/delivery/service-urls';
import { RuntimeRoutes } from './RuntimeRoutes';
import { ServerRenderedFormContext, type ServerRenderedForm } from './customer/server-rendered-form';
import { knownVersion, loadServiceForm } from './customer/service-form-load';

function app(rendered: ServerRenderedForm | null) {
  return (
    <StrictMode>
      <BrowserRouter>
        <ServerRenderedFormContext value={rendered}>
          <RuntimeRoutes />
        </ServerRenderedFormContext>
      </BrowserRouter>
    </StrictMode>
  );
}

/** Runs the runtime in `root`: hydrates a service page the server rendered, else draws the page. */
export function startApp(root: HTMLElement): void {
  const servicePage = root.firstElementChild ? servicePageOf(location.pathname) : null;
  if (!servicePage) {
    createRoot(root).render(app(null));
    return;
  }
  // The server sent this service page already rendered (server/http/app-pages.ts): its form can be
  // read and filled before any script has run. React takes it over as it is (hydrates) once the
  // same form is here: the page's preload has it under way already, with its check.
  const { deploymentId, lang } = servicePage;
  loadServiceForm(deploymentId, lang, knownVersion(deploymentId, lang, null)).then(
    (form) => hydrateRoot(root, app({ deploymentId, lang, form, taken: false })),
    () => {
      // Without the form the page cannot be hydrated: drawn by the app, which says what went wrong.
      root.replaceChildren();
      createRoot(root).render(app(null));
    },
  );
}
