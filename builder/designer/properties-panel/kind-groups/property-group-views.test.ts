/**
 * The designer's property groups: every group a kind's spec may name has its component. The
 * `@ts-expect-error` line is the typecheck's part: a registry without a group does not compile.
 */
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { PROPERTY_GROUPS, type PropertyGroupName } from '../../../../form-library/kinds';
import type { GroupProps } from '../groups/types';
import { PROPERTY_GROUP_VIEWS } from './property-group-views';

describe('the property group views', () => {
  it('have a component for every group a kind may show', () => {
    expect(Object.keys(PROPERTY_GROUP_VIEWS).sort()).toEqual([...PROPERTY_GROUPS].sort());
  });

  it('refuse a registry without a group', () => {
    const { files: _files, ...withoutFiles } = PROPERTY_GROUP_VIEWS;
    // @ts-expect-error a registry without the files group does not typecheck
    const incomplete: Record<PropertyGroupName, ComponentType<GroupProps>> = withoutFiles;
    expect(Object.keys(incomplete)).not.toContain('files');
  });
});
