/**
 * One difference between two versions of a form pack. Changes are atomic (one property, one
 * language) so each reads as one sentence; each carries the labels it needs to be named in any
 * language, so `describeChange` needs nothing but the change. Group them in a UI by `serviceId`,
 * then by `elementId` / `pageId` / `stateId` / `event`.
 */
import type {
  AuthorityKind,
  Condition,
  ElementKind,
  IdentificationLevel,
  Lang,
  LocalizedText,
  ServiceKind,
} from '../format/types';
import type { WorkflowRole } from '../../workflows/format/types';

export interface ServiceRef {
  serviceId: string;
  serviceName: LocalizedText;
}

export interface ElementRef extends ServiceRef {
  elementId: string;
  key: string;
  elementKind: ElementKind;
  /** Label of the element (of the newer version, or of the older one when it was removed). */
  elementLabel: LocalizedText;
}

/** Where an element sits: its page, and its section or repeating group if it is nested. */
export interface ElementLocation {
  pageId: string;
  pageTitle: LocalizedText;
  parent?: { id: string; key: string; kind: ElementKind; label: LocalizedText };
  /** Position among its siblings, from 0. */
  index: number;
}

/** A condition with what is needed to word it: the label of the field it looks at, and of its values. */
export interface ConditionView {
  condition: Condition;
  fieldLabel: LocalizedText;
  /** Labels of the compared values (choice option labels, yes/no), same order as the condition's values. */
  valueLabels: LocalizedText[];
}

/** A localized text that changed in one language. `before`/`after` undefined: absent or empty. */
export interface TextChange {
  lang: Lang;
  before?: string;
  after?: string;
}

export type ElementTextProperty = 'label' | 'help' | 'text' | 'patternMessage' | 'itemLabel';
/** Limits and settings other than texts, required, condition and options. */
export type ElementSettingProperty =
  | 'minLength'
  | 'maxLength'
  | 'pattern'
  | 'min'
  | 'max'
  | 'integer'
  | 'minItems'
  | 'maxItems'
  | 'maxFiles'
  | 'maxSizeMb'
  | 'accept'
  | 'display'
  | (string & {});
export type SettingValue = string | number | boolean | string[] | undefined;

/** A project data field as a change names it: its dotted key and "Organiser › Business ID". */
export interface ProjectFieldView {
  key: string;
  label: LocalizedText;
}

/** A field or section of the project data, by its dotted key and its labels from the outermost section down. */
export interface ProjectElementRef {
  fieldKey: string;
  fieldLabel: LocalizedText;
  elementKind: ElementKind;
}

/** What changed in a project data element that both versions have (its text, kind, options…), worded as a form element's change. */
export type ProjectElementDetail = Extract<
  PackChange,
  { type: 'elementText' | 'elementRequired' | 'elementKind' | 'elementKey' | 'elementSetting' | 'elementCondition' | 'optionAdded' | 'optionRemoved' | 'optionText' | 'optionsReordered' }
>;

export type PackChange =
  | ({ type: 'packText'; property: 'name' | 'description' } & TextChange)
  | { type: 'projectDataAdded'; name: LocalizedText }
  | { type: 'projectDataRemoved'; name: LocalizedText }
  | ({ type: 'projectDataText'; property: 'name' | 'description' } & TextChange)
  | ({ type: 'projectElementAdded' } & ProjectElementRef)
  | ({ type: 'projectElementRemoved' } & ProjectElementRef)
  | ({ type: 'projectElementChanged'; detail: ProjectElementDetail } & ProjectElementRef)
  | ({ type: 'elementProjectField'; before?: ProjectFieldView; after?: ProjectFieldView } & ElementRef)
  | ({ type: 'serviceAdded' } & ServiceRef)
  | ({ type: 'serviceRemoved' } & ServiceRef)
  | ({ type: 'serviceText'; property: 'name' | 'description' } & TextChange & ServiceRef)
  | ({ type: 'serviceKind'; before: ServiceKind; after: ServiceKind } & ServiceRef)
  | ({ type: 'serviceAuthorityKind'; before: AuthorityKind; after: AuthorityKind } & ServiceRef)
  | ({ type: 'serviceTopics'; before: string[]; after: string[] } & ServiceRef)
  | ({ type: 'serviceIdentification'; before: IdentificationLevel; after: IdentificationLevel } & ServiceRef)
  | ({ type: 'pageAdded'; pageId: string; pageTitle: LocalizedText; index: number } & ServiceRef)
  | ({ type: 'pageRemoved'; pageId: string; pageTitle: LocalizedText; index: number } & ServiceRef)
  | ({ type: 'pageMoved'; pageId: string; pageTitle: LocalizedText; fromIndex: number; toIndex: number } & ServiceRef)
  | ({ type: 'pageTitle'; pageId: string; pageTitle: LocalizedText } & TextChange & ServiceRef)
  | ({ type: 'pageCondition'; pageId: string; pageTitle: LocalizedText; before?: ConditionView; after?: ConditionView } & ServiceRef)
  | ({ type: 'elementAdded'; at: ElementLocation } & ElementRef)
  | ({ type: 'elementRemoved'; at: ElementLocation } & ElementRef)
  | ({ type: 'elementMoved'; from: ElementLocation; to: ElementLocation } & ElementRef)
  | ({ type: 'elementText'; property: ElementTextProperty } & TextChange & ElementRef)
  | ({ type: 'elementRequired'; before: boolean; after: boolean } & ElementRef)
  | ({ type: 'elementKind'; before: ElementKind; after: ElementKind } & ElementRef)
  | ({ type: 'elementKey'; before: string; after: string } & ElementRef)
  | ({ type: 'elementSetting'; property: ElementSettingProperty; before: SettingValue; after: SettingValue } & ElementRef)
  | ({ type: 'elementCondition'; before?: ConditionView; after?: ConditionView } & ElementRef)
  | ({ type: 'optionAdded'; value: string; optionLabel: LocalizedText } & ElementRef)
  | ({ type: 'optionRemoved'; value: string; optionLabel: LocalizedText } & ElementRef)
  | ({ type: 'optionText'; value: string; optionLabel: LocalizedText } & TextChange & ElementRef)
  | ({ type: 'optionsReordered'; before: string[]; after: string[] } & ElementRef)
  | ({ type: 'stateAdded'; stateId: string; stateLabel: LocalizedText } & ServiceRef)
  | ({ type: 'stateRemoved'; stateId: string; stateLabel: LocalizedText } & ServiceRef)
  | ({ type: 'stateText'; stateId: string; stateLabel: LocalizedText } & TextChange & ServiceRef)
  | ({
      type: 'stateFlag';
      stateId: string;
      stateLabel: LocalizedText;
      property: 'customerVisible' | 'initial' | 'final';
      before: boolean;
      after: boolean;
    } & ServiceRef)
  | ({ type: 'transitionAdded'; event: string; transitionLabel: LocalizedText; from: string[]; to: string; stateLabels: Record<string, LocalizedText> } & ServiceRef)
  | ({ type: 'transitionRemoved'; event: string; transitionLabel: LocalizedText; from: string[]; to: string; stateLabels: Record<string, LocalizedText> } & ServiceRef)
  | ({ type: 'transitionText'; event: string; transitionLabel: LocalizedText; property: 'label' | 'customerAlert' } & TextChange & ServiceRef)
  | ({ type: 'transitionStates'; event: string; transitionLabel: LocalizedText; property: 'from' | 'to'; before: string[]; after: string[]; stateLabels: Record<string, LocalizedText> } & ServiceRef)
  | ({ type: 'transitionRoles'; event: string; transitionLabel: LocalizedText; before: WorkflowRole[]; after: WorkflowRole[] } & ServiceRef)
  | ({ type: 'transitionCommentRequired'; event: string; transitionLabel: LocalizedText; before: boolean; after: boolean } & ServiceRef);

export type PackChangeType = PackChange['type'];
