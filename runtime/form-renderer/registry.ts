/**
 * Our widgets, fields and templates as rjsf registries: rjsf stays unforked, the look and the
 * Finnish inputs are ours. The widgets and fields come from each kind's view (kind-views.ts).
 */
import type { RegistryFieldsType, RegistryWidgetsType, TemplatesType, Widget } from '@rjsf/utils';
import type { ElementKind } from '../../form-library/format/types';
import { KIND_VIEWS, type KindViews } from './kind-views';
import { ArrayFieldItemTemplate, ArrayFieldTemplate } from './templates/ArrayFieldTemplate';
import { BaseInputTemplate } from './templates/BaseInputTemplate';
import { DescriptionFieldTemplate } from './templates/DescriptionFieldTemplate';
import { FieldErrorTemplate } from './templates/FieldErrorTemplate';
import { FieldHelpTemplate } from './templates/FieldHelpTemplate';
import { FieldTemplate } from './templates/FieldTemplate';
import { ObjectFieldTemplate } from './templates/ObjectFieldTemplate';
import { TitleFieldTemplate } from './templates/TitleFieldTemplate';
import { noCompileValidator } from './no-compile-validator';

/**
 * rjsf's validator, which never compiles a schema (no-compile-validator.ts), so the customer pages
 * need no 'unsafe-eval' and carry no ajv: the pages are rendered with `noValidate`, answers are
 * checked by form-library's checkAnswers with the form's check (precompiled by the server for the
 * customer, see precompiled-check.ts). rjsf's createPrecompiledValidator is not needed, nor could
 * it be: a page's schema changes with the answers its conditions read, and a precompiled
 * validator fits one schema only.
 */
export const validator = noCompileValidator;

/**
 * rjsf wraps every widget component in a `MergedWidget` that merges the widget's
 * `defaultProps.options` into its props, and caches that wrapper on the widget (`Widget.MergedWidget`).
 * Ours have no default options, so the wrapper would only add a component to every field of a page:
 * the cache is filled with the widget itself and rjsf renders it directly.
 */
function direct<W extends Widget>(widget: W): W {
  widget.MergedWidget = widget;
  return widget;
}

/** The widgets and fields every kind's view brings (kind-views.ts), by the names its uiSchema uses. */
function collect<T>(pick: (view: KindViews[ElementKind]) => Record<string, T> | undefined): Record<string, T> {
  return Object.assign({}, ...Object.values<KindViews[ElementKind]>(KIND_VIEWS).map((view) => pick(view) ?? {}));
}

export const widgets: RegistryWidgetsType = Object.fromEntries(
  Object.entries(collect((view) => view.widgets)).map(([name, widget]) => [name, direct(widget)]),
);

export const fields: RegistryFieldsType = collect((view) => view.fields);

export const templates: Partial<Omit<TemplatesType, 'ButtonTemplates'>> = {
  FieldTemplate,
  FieldErrorTemplate,
  FieldHelpTemplate,
  DescriptionFieldTemplate,
  TitleFieldTemplate,
  ObjectFieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
  BaseInputTemplate,
};
