/**
 * Limits of the selected element under one legend: the property groups its kind's spec names
 * (lengths and pattern, number range, dates, counts, files, display); nothing for a kind without.
 */
import { specOf } from '../../../../form-library/kinds';
import { useTexts } from '../../../../ui/i18n/texts';
import { panelTexts } from '../../../../i18n/catalogs/builder';
import { OWN_PLACE_GROUPS, PROPERTY_GROUP_VIEWS } from '../kind-groups/property-group-views';
import type { GroupProps } from './types';

export function LimitsGroup(props: GroupProps) {
  const t = useTexts(panelTexts);
  const groups = specOf(props.element.kind).designer.propertyGroups.filter((g) => !OWN_PLACE_GROUPS.has(g));
  if (groups.length === 0) return null;
  return (
    <fieldset className="pp-group">
      <legend>{t('limits')}</legend>
      {groups.map((name) => {
        const View = PROPERTY_GROUP_VIEWS[name];
        return <View key={name} {...props} />;
      })}
    </fieldset>
  );
}
