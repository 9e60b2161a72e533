/**
 * What a field kind is, in one place: its defaults, how it compiles to JSON Schema and uiSchema,
 * how its answer is checked, normalised and read, and what the designer shows for it. Each kind's
 * spec is one module beside this one; `kind-specs.ts` holds them all in a registry typed so that a
 * kind without a spec fails the typecheck. Plain TypeScript: the renderer's widgets and the
 * designer's React parts are registries of their own in runtime/ and builder/, keyed by kind.
 */
import type { ElementKind, FormElement, IdentityField, Lang, LocalizedText } from '../format/types';
import type { CompiledForm, JsonSchema, UiSchema } from '../compiler/schema-types';
import type { ContractSchema } from '../contract/contract-parts';
import type { KindProblem } from './definition-checks';
import type { AnswerLookups } from '../answers/answer-lookups';
import type { DataPath } from '../conditions/walk-form';
import type { MessageId } from '../validation/messages';
import type { KindFormat } from '../format/element-schema-parts';

type ElementOfOne<K extends ElementKind> = FormElement extends infer E
  ? E extends FormElement ? (K extends E['kind'] ? E & { kind: K } : never) : never
  : never;

/** The element of one kind ('text' → a TextElement whose kind is 'text'); over a union of kinds, the union of elements. */
export type ElementOf<K extends ElementKind> = K extends ElementKind ? ElementOfOne<K> : never;

/** What a new element of the kind starts as, beyond what every element has (id, key, label) and its kind. */
export type KindDefaults<K extends ElementKind> = Omit<ElementOf<K>, 'id' | 'key' | 'label' | 'kind'>;

/**
 * What a new option, info text and group row start as, in every language, for the designer to
 * overwrite. The designer hands them in from its catalog, so the specs (which the customer's page
 * loads too) carry none of the designer's texts.
 */
export interface StartingTexts {
  option(n: number): LocalizedText;
  infoText: LocalizedText;
  groupItem: LocalizedText;
}

/** What compiling one element needs from the compiler around it. */
export interface KindCompileContext {
  /** null: the language-neutral validation schema (no texts, no required). */
  lang: Lang | null;
  /** The element is shown for sure and must be answered, so its schema requires what it needs. */
  requiredNow: boolean;
  /** The element's uiSchema so far: its title and description in the language. */
  ui: UiSchema;
  /** The object the nested elements of a section or a group item compile to. */
  compileChildren(elements: FormElement[]): CompiledForm;
}

/** An answer the customer has still to give: where, and the message that names it. */
export interface MissingAnswer {
  path: DataPath;
  id: MessageId;
  params?: Record<string, number>;
}

/** How a kind's text answers take their stored form: the answer itself, or each part of a composite answer. */
export interface KindNormalizer {
  each: 'answer' | 'part';
  text(value: string): string;
}

/**
 * The designer's property groups beyond what every element has (label, help, key, required,
 * project field, condition, place): builder/ shows each through its own component.
 */
export const PROPERTY_GROUPS = ['options', 'textLimits', 'numberLimits', 'dateLimits', 'choiceDisplay', 'itemCounts', 'files'] as const;
export type PropertyGroupName = (typeof PROPERTY_GROUPS)[number];

export interface KindDesigner {
  /** The key of the kind's name in the pack catalog's `kinds` texts: its palette entry and a new element's label. */
  nameKey: ElementKind;
  /**
   * Whether the kind's name says only what the widget is ("Tekstikenttä", "Kyllä/ei"), so as a
   * label it asks nothing and is flagged while left as it is. Names of the data itself
   * ("Sähköposti", "Y-tunnus") are good labels as they stand.
   */
  placeholderLabel: boolean;
  /** The property groups the designer's panel shows for the kind, in order. */
  propertyGroups: readonly PropertyGroupName[];
}

/**
 * How a condition (a form's show condition, an assessment's rule) reads an answer of the kind, so
 * that the designer's checks refuse what can never hold. A kind without one is compared as text.
 */
export interface KindConditions<K extends ElementKind> {
  /** What a value compared for equality ('equals', 'oneOf') must be. */
  valueType: 'string' | 'number' | 'boolean';
  /** The only values an answer can hold, with their labels (a choice's options, yes and no); without: any value of its type. */
  values?(element: ElementOf<K>): ReadonlyArray<{ value: string | boolean; label: LocalizedText }>;
  /** An answer holds several of the values at once (a multiple choice). */
  list?: boolean;
  /**
   * An ordered kind: a comparison's value on its scale (null: not a value of the kind), where its
   * answers lie, the input a comparison's value is typed in, and the value a new comparison starts
   * with ("at least" the minimum, "after 22:00").
   */
  order?: {
    scale(value: unknown): number | null;
    range(element: ElementOf<K>): { low: number; high: number };
    input: 'number' | 'time' | 'date';
    start(element: ElementOf<K>): number | string;
  };
}

/** Which of an element's own texts (beyond its label and help) lacks a translation, as the problem list names it. */
export type KindTextRole = 'text' | 'option' | 'patternMessage' | 'itemLabel';

/** One of an element's own texts, for the translation check. */
export interface KindText {
  text: LocalizedText | undefined;
  role: KindTextRole;
  /** Where it is, below the element: 'text', 'options.0.label'. */
  at: string;
  /** Only checked once some language has it. */
  optional?: boolean;
  /** What names it in the problem list, when not the element: an option's label and value. */
  label?: LocalizedText;
  key?: string;
}

/**
 * How the submission contract (contract/submission-schema.ts, the JSON Schema a client's answers
 * are checked against) describes the kind, beyond what the builder does for every kind (visibility,
 * blanks, presence, title, most items).
 */
export interface KindContract<K extends ElementKind> {
  /**
   * What holds under its key wherever the element is, shown or hidden: marks (an attachment's), a
   * note, and for a section or group the same for the keys nested in it (`nested` gives them).
   * Without: only its title, kind and most items.
   */
  always?(element: ElementOf<K>, nested: (elements: FormElement[]) => Record<string, ContractSchema>): ContractSchema;
  /**
   * Its answer's rule where it shows, from `field`, the server's own compiled schema of it: that
   * schema as it stands (`asCompiled`) or with what the contract adds (an identifier's pattern,
   * attachment marks, each part of a composite answer, the keys a section or group item may hold).
   * Not asked of a kind that holds no data.
   */
  whenShown(element: ElementOf<K>, field: JsonSchema): ContractSchema;
}

export interface KindSpec<K extends ElementKind> {
  kind: K;
  /** Its part of the pack format: the properties it adds to every element's, as JSON Schema (format/pack-schema.ts). */
  format: KindFormat;
  /** False for a kind that only shows text: it has no place in the data nor in the validation schema. */
  holdsData: boolean;
  /**
   * Its answer is one value of its own, which a show condition or an assessment rule can read:
   * false for a section and a repeating group (their fields hold the answers) and for info (none).
   */
  ownValue: boolean;
  /** What a new element of the kind starts as in the designer. */
  defaults(texts: StartingTexts): KindDefaults<K>;
  /**
   * The schema (untitled: the compiler adds the title) and uiSchema of one element; `ctx.ui`
   * holds its title and description already.
   */
  compile(element: ElementOf<K>, ctx: KindCompileContext): CompiledForm;
  /** The parts of a composite answer (an address, a date range), in the order they show. */
  parts?: readonly string[];
  /** How its text answers are stored; without one, an answer is kept as sent. */
  normalize?: KindNormalizer;
  /** What is wrong in the element's own definition (options, limits, a format check); without: nothing to check. */
  definitionProblems?(element: ElementOf<K>): KindProblem[];
  /** What a shown element still needs answered, given its (normalised) answer. */
  missingAnswers(element: ElementOf<K>, path: DataPath, value: unknown): MissingAnswer[];
  /** A list answer's most items (rows, choices, files), with the limit that holds when the definition sets none. */
  mostItems?(element: ElementOf<K>): number;
  /** The messages for too few and too many items of a list answer (the schema's minItems and maxItems). */
  listMessages?: { fewer: MessageId; more: MessageId };
  /** The answer as text for the summary, receipt, desk, PDF and CSV; never called for no answer (undefined, null). */
  formatAnswer(element: ElementOf<K>, value: NonNullable<unknown>, lang: Lang, lookups: AnswerLookups): string;
  /** Its own texts beyond the label and help, which every language needs; without: none. */
  texts?(element: ElementOf<K>): KindText[];
  /** What of a strong identity its field may hold (`identityField`); without: nothing. */
  identityFields?: readonly IdentityField[];
  /** Its label may be left empty (an info text without a heading). */
  labelOptional?: boolean;
  /** How conditions compare its answer; without: as text. */
  conditions?: KindConditions<K>;
  /**
   * Present when a project can share its answer, so that the field may map to project data (not
   * sections, groups, files or info); `sameAs` names a kind whose answers are the same value.
   */
  projectValue?: { sameAs?: ElementKind };
  /** Its part of the submission contract. */
  contract: KindContract<K>;
  designer: KindDesigner;
}

/** Every kind's spec: a mapped type, so a kind left out (or a spec under the wrong kind) fails the typecheck. */
export type KindSpecs = { [K in ElementKind]: KindSpec<K> };
