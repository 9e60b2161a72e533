/**
 * V8's explicit compile hint (`//# allFunctionsCalledOnLoad` as a file's first line, Chrome 136+)
 * for the form engine's chunk: the renderer with rjsf and the form library's compiler.
 *
 * Why: a form's first render was spending a fifth of its time compiling the engine's functions on
 * the main thread, one by one as each ran for the first time. In the customer app that chunk always
 * arrives before the form's pack is even asked for (the service page that asks for it lives in
 * that chunk), so with the hint V8 compiles it while it streams in, off the main thread, and the
 * render after the pack's arrival runs compiled code. Only the engine's chunk is marked, not the
 * app's shared code: V8's guidance is to mark code that does run on load, not whole libraries.
 */

/** The module whose chunk is the form engine's. */
const FORM_ENGINE_MODULE = /[\\/]runtime[\\/]form-renderer[\\/]FormRenderer\.tsx$/;

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Rolldown's `output.postBanner` (after minification, which would drop a comment): the hint for the form engine's chunk. */
export function formEngineCompileHint(chunk: { moduleIds: readonly string[] }): string {
  return chunk.moduleIds.some((id) => FORM_ENGINE_MODULE.test(id)) ? COMPILE_HINT : '';
}

/**
 * The modules of the app's form-engine chunk, for builds with a single entry (the bench pages),
 * where nothing would split them off: the renderer, rjsf and the form library, with what they
 * import (rolldown's groups take dependencies along).
 */
export const FORM_ENGINE_MODULES = /[\\/](node_modules[\\/]@rjsf|runtime[\\/]form-renderer|form-library)[\\/]/;
