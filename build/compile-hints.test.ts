import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, FORM_ENGINE_MODULES, formEngineCompileHint } from './compile-hints';

describe('the form engine compile hint', () => {
  it('marks the chunk that holds the form renderer, and no other', () => {
    expect(formEngineCompileHint({ moduleIds: ['/repo/node_modules/@rjsf/core/lib/index.js', '/repo/runtime/form-renderer/FormRenderer.tsx'] })).toBe(COMPILE_HINT);
    expect(formEngineCompileHint({ moduleIds: ['C:\\repo\\runtime\\form-renderer\\FormRenderer.tsx'] })).toBe(COMPILE_HINT);
    expect(formEngineCompileHint({ moduleIds: ['/repo/runtime/main.tsx', '/repo/node_modules/react-dom/client.js'] })).toBe('');
    expect(formEngineCompileHint({ moduleIds: ['/repo/runtime/form-renderer/FormRenderer.test.tsx'] })).toBe('');
  });

  it('is the exact magic comment V8 looks for', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });

  it('groups the renderer, rjsf and the form library for single-entry builds, not the app shell', () => {
    for (const id of ['/r/node_modules/@rjsf/utils/lib/index.js', '/r/runtime/form-renderer/FormRenderer.tsx', '/r/form-library/compiler/compile-form.ts']) {
      expect(FORM_ENGINE_MODULES.test(id)).toBe(true);
    }
    for (const id of ['/r/runtime/customer/Layout.tsx', '/r/node_modules/react-dom/index.js', '/r/ui/i18n/messages.ts']) {
      expect(FORM_ENGINE_MODULES.test(id)).toBe(false);
    }
  });
});
