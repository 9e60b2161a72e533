/**
 * The API documentation page lives in a document of its own: the server gives that page's HTML
 * alone a CSP that allows the API reference's inline styles (server/http/api-reference-style.ts),
 * so the page is entered and left by loading a document, never by the app's own navigation, and
 * no other page ever runs under that policy.
 */
const API_DOCS_PATH = /^\/builder\/[a-z]{2}\/api-docs\/?$/;

function isApiDocsPath(pathname: string): boolean {
  return API_DOCS_PATH.test(pathname);
}

/** Whether this tab's document was loaded as the documentation page (also after a language switch in it). */
export function loadedAsApiDocs(): boolean {
  const entry = performance.getEntriesByType?.('navigation')?.[0];
  return isApiDocsPath(new URL(entry?.name ?? window.location.href).pathname);
}

/** Whether the app now shows the documentation page. */
export function showingApiDocs(): boolean {
  return isApiDocsPath(window.location.pathname);
}

/** Loads the page the app shows as a document of its own, under that page's own CSP. */
export function reloadDocument(): void {
  window.location.reload();
}
