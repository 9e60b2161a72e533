/**
 * The component of each property group a kind's spec names (form-library/kinds): a Record over
 * every group name, so a group without its component fails the typecheck. A new kind reuses
 * these groups, or adds a name to PROPERTY_GROUPS and its component here.
 */
import type { ComponentType } from 'react';
import type { PropertyGroupName } from '../../../../form-library/kinds';
import type { GroupProps } from '../groups/types';
import { ChoiceDisplay } from './ChoiceDisplay';
import { DateLimits } from './DateLimits';
import { FileLimits } from './FileLimits';
import { ItemCounts } from './ItemCounts';
import { NumberLimits } from './NumberLimits';
import { OptionsGroup } from './OptionsGroup';
import { TextLimits } from './TextLimits';

export const PROPERTY_GROUP_VIEWS: Record<PropertyGroupName, ComponentType<GroupProps>> = {
  options: OptionsGroup,
  textLimits: TextLimits,
  numberLimits: NumberLimits,
  dateLimits: DateLimits,
  choiceDisplay: ChoiceDisplay,
  itemCounts: ItemCounts,
  files: FileLimits,
};

/** The groups shown apart, above the project field; the others show together under "Limits". */
export const OWN_PLACE_GROUPS: ReadonlySet<PropertyGroupName> = new Set(['options']);
