/**
 * The renderer's view of every kind: each kind of the format has one, and the rjsf registries
 * hold every widget and field a view names. The `@ts-expect-error` line is the typecheck's part:
 * views that leave a kind out do not compile.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS } from '../../form-library/format/types';
import { KIND_VIEWS, type KindViews } from './kind-views';
import { fields, widgets } from './registry';

describe('the kind views', () => {
  it('show every kind of the format', () => {
    expect(Object.keys(KIND_VIEWS).sort()).toEqual([...ELEMENT_KINDS].sort());
  });

  it('name only fields the registry holds, and bring their own widgets and fields into it', () => {
    for (const kind of ELEMENT_KINDS) {
      const view = KIND_VIEWS[kind];
      if (view.field) expect(fields).toHaveProperty(view.field);
      for (const name of Object.keys(view.widgets ?? {})) expect(widgets).toHaveProperty(name);
      for (const name of Object.keys(view.fields ?? {})) expect(fields).toHaveProperty(name);
    }
  });

  it('refuses views without a kind', () => {
    const { yesNo: _yesNo, ...withoutYesNo } = KIND_VIEWS;
    // @ts-expect-error views without the yes/no kind do not typecheck
    const incomplete: KindViews = withoutYesNo;
    expect(Object.keys(incomplete)).not.toContain('yesNo');
  });
});
