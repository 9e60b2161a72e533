export { KIND_SPECS, conditionsOf, specOf, specOfElement } from './kind-specs';
export {
  PROPERTY_GROUPS, type ElementOf, type KindCompileContext, type KindDefaults, type KindDesigner, type KindNormalizer,
  type KindSpec, type KindSpecs, type MissingAnswer, type PropertyGroupName, type StartingTexts,
} from './kind-spec';
