/** A readable diff between two versions of a form pack, and its wording in fi/sv/en. */
export { diffPacks, packChanged, textChanges } from './diff-packs';
export { describeChange } from './describe-change';
export { groupPackChanges, type PackChangeGroup } from './group-changes';
export type {
  PackChange,
  PackChangeType,
  ServiceRef,
  ElementRef,
  ElementLocation,
  ConditionView,
  TextChange,
  ElementTextProperty,
  ElementSettingProperty,
  SettingValue,
} from './pack-change';
