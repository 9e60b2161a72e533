/**
 * The customer app rendered on the server, for a service page's first screen: the same routes and
 * components as in the browser (RuntimeRoutes), with the form the browser then hydrates with.
 * Built for Node into the build's `.ssr/` folder (build/server-rendering.ts); the server calls it
 * through the seam in api-contract/server-rendering.ts.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import type { RuntimeServerRenderer, ServicePageRenderInput } from '../api-contract/server-rendering';
import { servicePageOf } from '../form-library/delivery/service-urls';
import type { SchemaCheck } from './form-renderer/precompiled-check';
import { RuntimeRoutes } from './RuntimeRoutes';
import { ServerRenderedFormContext } from './customer/server-rendered-form';

/** The server draws the first screen only; the check runs in the browser when a page is checked. */
const noCheckOnServer: SchemaCheck = () => {
  throw new Error('a form is not checked while it is rendered on the server');
};

async function renderServicePage({ url, form }: ServicePageRenderInput): Promise<string> {
  const page = servicePageOf(new URL(url, 'http://localhost').pathname);
  if (!page) throw new Error(`${url} is not a service page`);
  const rendered = { deploymentId: page.deploymentId, lang: page.lang, form: { ...form, check: noCheckOnServer }, taken: false };
  // prerender (not renderToString): it waits for the lazily loaded page to render, as the browser will.
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={url}>
        <ServerRenderedFormContext value={rendered}>
          <RuntimeRoutes />
        </ServerRenderedFormContext>
      </StaticRouter>
    </StrictMode>,
  );
  return new Response(prelude).text();
}

export default { renderServicePage } satisfies RuntimeServerRenderer;
