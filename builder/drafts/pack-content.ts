/**
 * The document the designer edits is a pack's whole content: its services, each with a form and
 * a workflow. These helpers change one service's part and leave the rest shared.
 */
import type { FormDefinition, FormPackContent, LocalizedText, ServiceDefinition, ServiceKind } from '../../form-library/format/types';
import type { WorkflowDefinition } from '../../workflows/format/types';
import { applicationTemplate, notificationTemplate } from '../../workflows/templates';
import { createPage } from '../designer/modeling/element-factory';

export function slugify(text: string): string {
  const ascii = text
    .replace(/[äåÄÅ]/g, 'a')
    .replace(/[öÖ]/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const slug = ascii.split(/[^a-z0-9]+/).filter(Boolean).join('-').slice(0, 60).replace(/-+$/, '');
  return slug === '' ? 'lomakepaketti' : slug;
}

export function workflowTemplate(kind: ServiceKind): WorkflowDefinition {
  // Templates are frozen; the designer needs its own copy to edit.
  return structuredClone(kind === 'notification' ? notificationTemplate : applicationTemplate);
}

export function newService(name: LocalizedText, kind: ServiceKind = 'application'): ServiceDefinition {
  const form: FormDefinition = { pages: [] };
  return {
    id: slugify(name.fi ?? name.sv ?? name.en ?? ''),
    kind,
    name,
    description: {},
    authorityKind: 'municipality',
    topics: [],
    form: { pages: [createPage(form)] },
    workflow: workflowTemplate(kind),
  };
}

export function newPackContent(name: LocalizedText): FormPackContent {
  return {
    slug: slugify(name.fi ?? name.sv ?? name.en ?? ''),
    name,
    description: {},
    services: [newService(name)],
  };
}

export function withService(
  content: FormPackContent,
  serviceId: string,
  change: (service: ServiceDefinition) => ServiceDefinition,
): FormPackContent {
  let changed = false;
  const services = content.services.map((s) => {
    if (s.id !== serviceId) return s;
    const next = change(s);
    if (next !== s) changed = true;
    return next;
  });
  return changed ? { ...content, services } : content;
}

export function withServiceForm(content: FormPackContent, serviceId: string, form: FormDefinition): FormPackContent {
  return withService(content, serviceId, (s) => (s.form === form ? s : { ...s, form }));
}

export function withServiceWorkflow(content: FormPackContent, serviceId: string, workflow: WorkflowDefinition): FormPackContent {
  return withService(content, serviceId, (s) => (s.workflow === workflow ? s : { ...s, workflow }));
}
