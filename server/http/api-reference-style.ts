/**
 * The builder's API documentation page (builder/api-docs/) renders Scalar's API reference, which
 * styles inline: it writes its theme's variables into a `<style>` element and its toasts'
 * stylesheet into another (fixed texts), and sets `style` attributes, some of them fixed (a probe
 * of the scrollbar's width), some not (each code example's line count, in the HTML of its
 * highlighting). No hash can list the latter, so that one page's HTML document gets its own CSP:
 * `<style>` elements only of these two texts (style-src-elem, by hash) and inline `style`
 * attributes (style-src-attr 'unsafe-inline'; attributes cannot run script or load anything).
 * Scripts stay as strict as on every builder page, and every other page keeps style-src 'self'.
 * The page loads as a document of its own (builder/api-docs/own-document.ts), so the relaxation
 * never reaches another page's document. builder/api-docs/reference-style.test.ts recomputes the
 * hashes from the installed packages: after an upgrade that changes one, it fails and names the new one.
 */
export const API_REFERENCE_STYLE_ELEMENTS = [
  // The theme: `\n` + getThemeStyles('none', { fonts: false }) of @scalar/themes.
  "'sha256-T13Uev3xCax2N28XaoAE8DOzQZKvPp7ZQVAi1iRREjo='",
  // vue-sonner's stylesheet, as @scalar/use-toasts injects it.
  "'sha256-l/2OpPg0d+2VLTLgwjf5mQo2CYwHDEqdj5TjbfEyVJI='",
] as const;

/** The documentation page's HTML, /builder/<lang>/api-docs (the builder's route `api-docs`). */
export function isApiDocsPath(path: string): boolean {
  return /^\/builder\/[a-z]{2}\/api-docs\/?$/.test(path);
}
