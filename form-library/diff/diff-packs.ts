/**
 * A readable diff between two versions of a form pack, for the coordinator's review and the
 * admin's upgrade screen. Services match by id, pages by id, elements by id and then by key (a
 * re-imported pack may have fresh ids), states by id, transitions by event.
 */
import {
  LANGS,
  type Condition,
  type FormDefinition,
  type FormElement,
  type FormPackContent,
  type LocalizedText,
  type ProjectDataDefinition,
  type ServiceDefinition,
} from '../format/types';
import { projectDataForm, projectFieldLabel, projectFields } from '../projects/project-fields';
import type { WorkflowDefinition, WorkflowTransition } from '../../workflows/format/types';
import { movedInOrder } from './moved-in-order';
import type {
  ConditionView,
  ElementLocation,
  ElementRef,
  PackChange,
  ProjectElementDetail,
  ProjectFieldView,
  ServiceRef,
  SettingValue,
  TextChange,
} from './pack-change';
import { sameValue } from './same-value';
import { changeTexts } from '../../i18n/catalogs/pack';
import { inEveryLang } from '../../i18n/translate';

export function diffPacks(a: FormPackContent, b: FormPackContent): PackChange[] {
  const changes: PackChange[] = [];
  for (const property of ['name', 'description'] as const) {
    for (const text of textChanges(a[property], b[property])) changes.push({ type: 'packText', property, ...text });
  }
  for (const item of diffProjectData(a.projectData, b.projectData)) changes.push(item);
  const projects: ProjectDataPair = { before: a.projectData, after: b.projectData };
  const before = new Map(a.services.map((s) => [s.id, s]));
  const after = new Set(b.services.map((s) => s.id));
  for (const service of b.services) {
    const old = before.get(service.id);
    if (!old) changes.push({ type: 'serviceAdded', ...serviceRef(service) });
    else for (const item of diffService(old, service, projects)) changes.push(item);
  }
  for (const service of a.services) {
    if (!after.has(service.id)) changes.push({ type: 'serviceRemoved', ...serviceRef(service) });
  }
  return changes;
}

function serviceRef(service: ServiceDefinition): ServiceRef {
  return { serviceId: service.id, serviceName: service.name };
}

/** Per language, the texts that differ (blank counts as absent). */
export function textChanges(before: LocalizedText | undefined, after: LocalizedText | undefined): TextChange[] {
  const result: TextChange[] = [];
  for (const lang of LANGS) {
    const was = before?.[lang]?.trim() ? before[lang] : undefined;
    const is = after?.[lang]?.trim() ? after[lang] : undefined;
    if (was !== is) result.push({ lang, ...(was !== undefined && { before: was }), ...(is !== undefined && { after: is }) });
  }
  return result;
}

/** The project data of the two versions, which name the project fields the forms' fields map to. */
interface ProjectDataPair {
  before?: ProjectDataDefinition;
  after?: ProjectDataDefinition;
}

function diffService(a: ServiceDefinition, b: ServiceDefinition, projects: ProjectDataPair): PackChange[] {
  const ref = serviceRef(b);
  const changes: PackChange[] = [];
  for (const property of ['name', 'description'] as const) {
    for (const text of textChanges(a[property], b[property])) changes.push({ type: 'serviceText', property, ...text, ...ref });
  }
  if (a.kind !== b.kind) changes.push({ type: 'serviceKind', before: a.kind, after: b.kind, ...ref });
  if (a.authorityKind !== b.authorityKind) {
    changes.push({ type: 'serviceAuthorityKind', before: a.authorityKind, after: b.authorityKind, ...ref });
  }
  if ((a.identification ?? 'none') !== (b.identification ?? 'none')) {
    changes.push({ type: 'serviceIdentification', before: a.identification ?? 'none', after: b.identification ?? 'none', ...ref });
  }
  if (!sameValue([...a.topics].sort(), [...b.topics].sort())) {
    changes.push({ type: 'serviceTopics', before: a.topics, after: b.topics, ...ref });
  }
  for (const item of diffPages(a.form, b.form, ref)) changes.push(item);
  for (const item of diffElements(a.form, b.form, ref, projects)) changes.push(item);
  for (const item of diffWorkflow(a.workflow, b.workflow, ref)) changes.push(item);
  return changes;
}

// ---------------------------------------------------------------------------------------------
// Pages

function diffPages(a: FormDefinition, b: FormDefinition, ref: ServiceRef): PackChange[] {
  const changes: PackChange[] = [];
  const before = new Map(a.pages.map((p, index) => [p.id, { page: p, index }]));
  const afterIds = new Set(b.pages.map((p) => p.id));
  const moved = movedInOrder(
    a.pages.map((p) => p.id),
    b.pages.map((p) => p.id),
  );
  b.pages.forEach((page, index) => {
    const old = before.get(page.id);
    const at = { pageId: page.id, pageTitle: page.title };
    if (!old) {
      changes.push({ type: 'pageAdded', ...at, index, ...ref });
      return;
    }
    if (moved.has(page.id)) changes.push({ type: 'pageMoved', ...at, fromIndex: old.index, toIndex: index, ...ref });
    for (const text of textChanges(old.page.title, page.title)) changes.push({ type: 'pageTitle', ...at, ...text, ...ref });
    if (!sameValue(old.page.condition, page.condition)) {
      changes.push({
        type: 'pageCondition',
        ...at,
        before: conditionView(old.page.condition, a),
        after: conditionView(page.condition, b),
        ...ref,
      });
    }
  });
  a.pages.forEach((page, index) => {
    if (!afterIds.has(page.id)) changes.push({ type: 'pageRemoved', pageId: page.id, pageTitle: page.title, index, ...ref });
  });
  return changes;
}

// ---------------------------------------------------------------------------------------------
// Elements

interface Placed {
  element: FormElement;
  at: ElementLocation;
  /** The id of the page or the parent element that holds it. */
  containerId: string;
}

/** Every element of a form in document order, with where it sits. */
function placeAll(form: FormDefinition): Placed[] {
  const placed: Placed[] = [];
  const walk = (elements: FormElement[], pageId: string, pageTitle: LocalizedText, parent?: FormElement) => {
    elements.forEach((element, index) => {
      placed.push({
        element,
        containerId: parent ? `element:${parent.id}` : `page:${pageId}`,
        at: {
          pageId,
          pageTitle,
          ...(parent && { parent: { id: parent.id, key: parent.key, kind: parent.kind, label: parent.label } }),
          index,
        },
      });
      if (element.kind === 'section' || element.kind === 'group') walk(element.elements, pageId, pageTitle, element);
    });
  };
  for (const page of form.pages) walk(page.elements, page.id, page.title);
  return placed;
}

/** Pairs elements by id, then the leftovers by key. Returns pairs in the newer version's order. */
function matchElements(a: Placed[], b: Placed[]) {
  const pairs = new Map<Placed, Placed>(); // after → before
  const usedA = new Set<Placed>();
  const aById = new Map(a.map((p) => [p.element.id, p]));
  for (const p of b) {
    const old = aById.get(p.element.id);
    if (old && !usedA.has(old)) {
      pairs.set(p, old);
      usedA.add(old);
    }
  }
  const aByKey = new Map<string, Placed>();
  for (const p of a) if (!usedA.has(p) && !aByKey.has(p.element.key)) aByKey.set(p.element.key, p);
  for (const p of b) {
    if (pairs.has(p)) continue;
    const old = aByKey.get(p.element.key);
    if (old && !usedA.has(old)) {
      pairs.set(p, old);
      usedA.add(old);
    }
  }
  return { pairs, usedA };
}

function diffElements(a: FormDefinition, b: FormDefinition, ref: ServiceRef, projects: ProjectDataPair): PackChange[] {
  const placedA = placeAll(a);
  const placedB = placeAll(b);
  const { pairs, usedA } = matchElements(placedA, placedB);

  // Containers of the newer version named by the older version's ids, so a section matched by key
  // does not make all its fields look moved.
  const oldIdOf = new Map<string, string>();
  for (const [p, old] of pairs) oldIdOf.set(p.element.id, old.element.id);
  const containerInA = (p: Placed) =>
    p.at.parent ? `element:${oldIdOf.get(p.at.parent.id) ?? p.at.parent.id}` : p.containerId;

  // Within one container, fields whose order among the kept ones changed.
  const movedWithin = new Set<string>();
  const containers = new Set(placedB.map(containerInA));
  for (const container of containers) {
    const stayingA = placedA.filter((p) => p.containerId === container && usedA.has(p)).map((p) => p.element.id);
    const stayingB = placedB
      .filter((p) => pairs.has(p) && containerInA(p) === container && pairs.get(p)!.containerId === container)
      .map((p) => oldIdOf.get(p.element.id)!);
    for (const id of movedInOrder(stayingA, stayingB)) movedWithin.add(id);
  }

  const changes: PackChange[] = [];
  for (const p of placedB) {
    const old = pairs.get(p);
    const elementRef = refOf(p.element, ref);
    if (!old) {
      changes.push({ type: 'elementAdded', at: p.at, ...elementRef });
      continue;
    }
    if (containerInA(p) !== old.containerId || movedWithin.has(old.element.id)) {
      changes.push({ type: 'elementMoved', from: old.at, to: p.at, ...elementRef });
    }
    for (const item of diffElement(old.element, p.element, elementRef, a, b, projects)) changes.push(item);
  }
  for (const p of placedA) {
    if (!usedA.has(p)) changes.push({ type: 'elementRemoved', at: p.at, ...refOf(p.element, ref) });
  }
  return changes;
}

function refOf(element: FormElement, ref: ServiceRef): ElementRef {
  return { ...ref, elementId: element.id, key: element.key, elementKind: element.kind, elementLabel: element.label };
}

const TEXT_PROPERTIES = ['label', 'help', 'text', 'patternMessage', 'itemLabel'] as const;
/** Properties with their own change types, or nested content diffed on its own. */
const NOT_SETTINGS = new Set<string>(['id', 'key', 'kind', 'required', 'condition', 'options', 'elements', 'projectField', ...TEXT_PROPERTIES]);

function diffElement(a: FormElement, b: FormElement, ref: ElementRef, formA: FormDefinition, formB: FormDefinition, projects: ProjectDataPair): PackChange[] {
  const changes: PackChange[] = [];
  if (a.kind !== b.kind) changes.push({ type: 'elementKind', before: a.kind, after: b.kind, ...ref });
  if (a.key !== b.key) changes.push({ type: 'elementKey', before: a.key, after: b.key, ...ref });
  const recordA = a as unknown as Record<string, unknown>;
  const recordB = b as unknown as Record<string, unknown>;
  for (const property of TEXT_PROPERTIES) {
    const before = recordA[property] as LocalizedText | undefined;
    const after = recordB[property] as LocalizedText | undefined;
    for (const text of textChanges(before, after)) changes.push({ type: 'elementText', property, ...text, ...ref });
  }
  if (Boolean(a.required) !== Boolean(b.required)) {
    changes.push({ type: 'elementRequired', before: Boolean(a.required), after: Boolean(b.required), ...ref });
  }
  const settings = new Set([...Object.keys(recordA), ...Object.keys(recordB)].filter((k) => !NOT_SETTINGS.has(k)));
  for (const property of settings) {
    const before = recordA[property] as SettingValue;
    const after = recordB[property] as SettingValue;
    if (!sameValue(before, after)) changes.push({ type: 'elementSetting', property, before, after, ...ref });
  }
  if (!sameValue(a.condition, b.condition)) {
    changes.push({
      type: 'elementCondition',
      before: conditionView(a.condition, formA),
      after: conditionView(b.condition, formB),
      ...ref,
    });
  }
  if ('options' in a || 'options' in b) {
    for (const item of diffOptions('options' in a ? a.options : [], 'options' in b ? b.options : [], ref)) changes.push(item);
  }
  if (a.projectField !== b.projectField) {
    changes.push({
      type: 'elementProjectField',
      ...projectFieldView('before', a.projectField, projects.before),
      ...projectFieldView('after', b.projectField, projects.after),
      ...ref,
    });
  }
  return changes;
}

/** `{ [side]: the mapped project field with its label }`, or nothing when the field maps to none. */
function projectFieldView(side: 'before' | 'after', key: string | undefined, projectData: ProjectDataDefinition | undefined): { before?: ProjectFieldView; after?: ProjectFieldView } {
  if (key === undefined) return {};
  const field = projectFields(projectData).find((f) => f.key === key);
  return { [side]: { key, label: field ? projectFieldLabel(field) : { fi: key, sv: key, en: key } } };
}

// ---------------------------------------------------------------------------------------------
// Project data

interface PlacedProjectElement {
  element: FormElement;
  /** Dotted key, e.g. 'organiser.organiserBusinessId'. */
  key: string;
  labels: LocalizedText[];
}

/** Every element of the project data, sections too, with its dotted key and labels. */
function placeProjectElements(def: ProjectDataDefinition | undefined): PlacedProjectElement[] {
  const out: PlacedProjectElement[] = [];
  const walk = (elements: FormElement[], prefix: string, labels: LocalizedText[]) => {
    for (const element of elements) {
      const placed = { element, key: `${prefix}${element.key}`, labels: [...labels, element.label] };
      out.push(placed);
      if (element.kind === 'section' || element.kind === 'group') walk(element.elements, `${placed.key}.`, placed.labels);
    }
  };
  if (def) walk(def.elements, '', []);
  return out;
}

const PROJECT_ELEMENT_DETAILS = new Set<PackChange['type']>([
  'elementText', 'elementRequired', 'elementKind', 'elementKey', 'elementSetting', 'elementCondition', 'optionAdded', 'optionRemoved', 'optionText', 'optionsReordered',
]);

function isProjectElementDetail(change: PackChange): change is ProjectElementDetail {
  return PROJECT_ELEMENT_DETAILS.has(change.type);
}

/**
 * The project data's own changes: added or removed as a whole, its name and description, and its
 * fields and sections added, removed or changed (matched by id, then by dotted key).
 */
function diffProjectData(a: ProjectDataDefinition | undefined, b: ProjectDataDefinition | undefined): PackChange[] {
  if (!a && !b) return [];
  const changes: PackChange[] = [];
  if (!a && b) changes.push({ type: 'projectDataAdded', name: b.name });
  if (a && !b) changes.push({ type: 'projectDataRemoved', name: a.name });
  if (a && b) {
    for (const property of ['name', 'description'] as const) {
      for (const text of textChanges(a[property], b[property])) changes.push({ type: 'projectDataText', property, ...text });
    }
  }
  const placedA = placeProjectElements(a);
  const placedB = placeProjectElements(b);
  const unmatched = new Set(placedA);
  const pairOf = (p: PlacedProjectElement): PlacedProjectElement | undefined => {
    const old = [...unmatched].find((o) => o.element.id === p.element.id) ?? [...unmatched].find((o) => o.key === p.key);
    if (old) unmatched.delete(old);
    return old;
  };
  const ref = (p: PlacedProjectElement) => ({ fieldKey: p.key, fieldLabel: projectFieldLabel(p), elementKind: p.element.kind });
  const formA = a ? projectDataForm(a) : { pages: [] };
  const formB = b ? projectDataForm(b) : { pages: [] };
  const projectRef: ServiceRef = { serviceId: '', serviceName: b?.name ?? a?.name ?? {} };
  for (const p of placedB) {
    const old = pairOf(p);
    if (!old) {
      changes.push({ type: 'projectElementAdded', ...ref(p) });
      continue;
    }
    const elementRef: ElementRef = { ...refOf(p.element, projectRef), elementLabel: projectFieldLabel(p) };
    for (const detail of diffElement(old.element, p.element, elementRef, formA, formB, {})) {
      if (isProjectElementDetail(detail)) changes.push({ type: 'projectElementChanged', detail, ...ref(p) });
    }
  }
  for (const p of placedA) if (unmatched.has(p)) changes.push({ type: 'projectElementRemoved', ...ref(p) });
  return changes;
}

function diffOptions(
  a: Array<{ value: string; label: LocalizedText }>,
  b: Array<{ value: string; label: LocalizedText }>,
  ref: ElementRef,
): PackChange[] {
  const changes: PackChange[] = [];
  const before = new Map(a.map((o) => [o.value, o]));
  const afterValues = new Set(b.map((o) => o.value));
  for (const option of b) {
    const old = before.get(option.value);
    if (!old) {
      changes.push({ type: 'optionAdded', value: option.value, optionLabel: option.label, ...ref });
      continue;
    }
    for (const text of textChanges(old.label, option.label)) {
      changes.push({ type: 'optionText', value: option.value, optionLabel: option.label, ...text, ...ref });
    }
  }
  for (const option of a) {
    if (!afterValues.has(option.value)) {
      changes.push({ type: 'optionRemoved', value: option.value, optionLabel: option.label, ...ref });
    }
  }
  const kept = (list: typeof a) => list.map((o) => o.value).filter((v) => before.has(v) && afterValues.has(v));
  if (movedInOrder(kept(a), kept(b)).size > 0) {
    changes.push({ type: 'optionsReordered', before: a.map((o) => o.value), after: b.map((o) => o.value), ...ref });
  }
  return changes;
}

/** The condition with the labels of the field it reads and of the values it compares. */
function conditionView(condition: Condition | undefined, form: FormDefinition): ConditionView | undefined {
  if (!condition) return undefined;
  const field = placeAll(form).find((p) => p.element.key === condition.field)?.element;
  const values = condition.op === 'oneOf' ? condition.values : condition.op === 'answered' ? [] : [condition.value];
  const valueLabels = values.map((value): LocalizedText => {
    if (field && (field.kind === 'choice' || field.kind === 'multiChoice')) {
      const option = field.options.find((o) => o.value === String(value));
      if (option) return option.label;
    }
    if (typeof value === 'boolean') {
      return inEveryLang(changeTexts, value ? 'yes' : 'no');
    }
    return { fi: String(value), sv: String(value), en: String(value) };
  });
  return { condition, fieldLabel: field?.label ?? { fi: condition.field }, valueLabels };
}

// ---------------------------------------------------------------------------------------------
// Workflow

/** Transitions match by event; where an event occurs more than once, by event and starting states. */
function transitionKeys(transitions: WorkflowTransition[]): Map<string, WorkflowTransition> {
  const count = new Map<string, number>();
  for (const t of transitions) count.set(t.event, (count.get(t.event) ?? 0) + 1);
  return new Map(
    transitions.map((t) => [count.get(t.event) === 1 ? t.event : `${t.event}@${[...t.from].sort().join(',')}`, t]),
  );
}

function diffWorkflow(a: WorkflowDefinition, b: WorkflowDefinition, ref: ServiceRef): PackChange[] {
  const changes: PackChange[] = [];
  const stateLabels: Record<string, LocalizedText> = {};
  for (const s of [...a.states, ...b.states]) stateLabels[s.id] = s.label;
  const labelsFor = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, stateLabels[id] ?? { fi: id }]));

  const statesA = new Map(a.states.map((s) => [s.id, s]));
  const stateIdsB = new Set(b.states.map((s) => s.id));
  for (const state of b.states) {
    const old = statesA.get(state.id);
    const at = { stateId: state.id, stateLabel: state.label };
    if (!old) {
      changes.push({ type: 'stateAdded', ...at, ...ref });
      continue;
    }
    for (const text of textChanges(old.label, state.label)) changes.push({ type: 'stateText', ...at, ...text, ...ref });
    for (const property of ['customerVisible', 'initial', 'final'] as const) {
      const before = Boolean(old[property]);
      const after = Boolean(state[property]);
      if (before !== after) changes.push({ type: 'stateFlag', ...at, property, before, after, ...ref });
    }
  }
  for (const state of a.states) {
    if (!stateIdsB.has(state.id)) changes.push({ type: 'stateRemoved', stateId: state.id, stateLabel: state.label, ...ref });
  }

  const transitionsA = transitionKeys(a.transitions);
  const transitionsB = transitionKeys(b.transitions);
  for (const [key, t] of transitionsB) {
    const old = transitionsA.get(key);
    const at = { event: t.event, transitionLabel: t.label };
    if (!old) {
      changes.push({ type: 'transitionAdded', ...at, from: t.from, to: t.to, stateLabels: labelsFor(...t.from, t.to), ...ref });
      continue;
    }
    for (const property of ['label', 'customerAlert'] as const) {
      for (const text of textChanges(old[property], t[property])) {
        changes.push({ type: 'transitionText', ...at, property, ...text, ...ref });
      }
    }
    if (!sameValue([...old.from].sort(), [...t.from].sort())) {
      changes.push({
        type: 'transitionStates',
        ...at,
        property: 'from',
        before: old.from,
        after: t.from,
        stateLabels: labelsFor(...old.from, ...t.from),
        ...ref,
      });
    }
    if (old.to !== t.to) {
      changes.push({
        type: 'transitionStates',
        ...at,
        property: 'to',
        before: [old.to],
        after: [t.to],
        stateLabels: labelsFor(old.to, t.to),
        ...ref,
      });
    }
    if (!sameValue([...old.roles].sort(), [...t.roles].sort())) {
      changes.push({ type: 'transitionRoles', ...at, before: old.roles, after: t.roles, ...ref });
    }
    if (Boolean(old.commentRequired) !== Boolean(t.commentRequired)) {
      changes.push({
        type: 'transitionCommentRequired',
        ...at,
        before: Boolean(old.commentRequired),
        after: Boolean(t.commentRequired),
        ...ref,
      });
    }
  }
  for (const [key, t] of transitionsA) {
    if (!transitionsB.has(key)) {
      changes.push({
        type: 'transitionRemoved',
        event: t.event,
        transitionLabel: t.label,
        from: t.from,
        to: t.to,
        stateLabels: labelsFor(...t.from, t.to),
        ...ref,
      });
    }
  }
  return changes;
}

/** JSON with object keys in order, so two equal values read the same however they were built. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether `after` changes anything from `before`: what publishing a new version needs (the server
 * refuses a draft identical to the latest version; the review says why). The diff tells the
 * services' changes; the permit-needs assessments, which it does not list, count when they differ.
 */
export function packChanged(before: FormPackContent, after: FormPackContent): boolean {
  return diffPacks(before, after).length > 0 || canonical(before.assessments ?? []) !== canonical(after.assessments ?? []);
}
