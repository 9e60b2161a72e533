import { describe, expect, it } from 'vitest';
import type { FormElement } from '../../../form-library/format/types';
import { PROJECT_DATA_PAGE_ID } from '../../../form-library/projects/project-fields';
import { ModelingError } from '../../designer/modeling/operations';
import { applyProjectDataOp, newProjectData } from './project-data-content';

const t = (fi: string) => ({ fi, sv: fi, en: fi });
const name: FormElement = { id: 'p-name', kind: 'text', key: 'eventName', label: t('Tapahtuman nimi') };

describe('project data edited as a one-page form', () => {
  it('takes fields and sections in, and its page title is its name', () => {
    let def = newProjectData(t('Tapahtuma'), t('Tapahtuman tiedot'));
    def = applyProjectDataOp(def, { type: 'insert', element: name, containerId: PROJECT_DATA_PAGE_ID, index: 0 });
    def = applyProjectDataOp(def, { type: 'insert', element: { id: 'p-org', kind: 'section', key: 'organiser', label: t('Järjestäjä'), elements: [] }, containerId: PROJECT_DATA_PAGE_ID, index: 1 });
    def = applyProjectDataOp(def, { type: 'move', elementId: 'p-name', containerId: 'p-org', index: 0 });
    def = applyProjectDataOp(def, { type: 'updatePage', pageId: PROJECT_DATA_PAGE_ID, patch: { title: t('Yleisötapahtuma') } });
    expect(def).toEqual({
      name: t('Yleisötapahtuma'),
      description: t('Tapahtuman tiedot'),
      elements: [{ id: 'p-org', kind: 'section', key: 'organiser', label: t('Järjestäjä'), elements: [name] }],
    });
  });

  it('refuses groups, attachments and info texts, and a second page', () => {
    const def = newProjectData(t('Tapahtuma'), t('Tapahtuman tiedot'));
    const group: FormElement = { id: 'g', kind: 'group', key: 'rows', label: t('Rivit'), elements: [] };
    expect(() => applyProjectDataOp(def, { type: 'insert', element: group, containerId: PROJECT_DATA_PAGE_ID, index: 0 })).toThrow(ModelingError);
    expect(() => applyProjectDataOp(def, { type: 'insert', element: { id: 'a', kind: 'attachment', key: 'plan', label: t('Liite') }, containerId: PROJECT_DATA_PAGE_ID, index: 0 })).toThrow(ModelingError);
    expect(() => applyProjectDataOp(def, { type: 'addPage', page: { id: 'p2', title: t('Sivu 2'), elements: [] }, index: 1 })).toThrow(ModelingError);
  });
});
