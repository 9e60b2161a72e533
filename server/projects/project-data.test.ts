import { describe, expect, it } from 'vitest';
import { projectPack } from '../../test/server/project-pack';
import { changedProjectFields, checkProjectData, projectDataForm, projectFieldLabel } from './project-data';
import { changeLabels } from './project-change-labels';

const def = projectPack.projectData;
if (!def) throw new Error('the test pack declares no project data');

describe('project data', () => {
  it('is the pack’s project data as a one-page form', () => {
    expect(projectDataForm(def).pages.map((p) => p.elements.map((e) => e.key))).toEqual([['event', 'organiser']]);
    expect(projectDataForm(def)).toBe(projectDataForm(def));
  });

  it('takes data entered so far, refusing only wrong types, formats and limits, with paths under data.', () => {
    expect(checkProjectData(def, {}, 'fi')).toEqual({ ok: true, data: {} });
    expect(checkProjectData(def, { event: { name: 'Konsertti' } }, 'en')).toMatchObject({ ok: true });
    const wrong = checkProjectData(def, { event: { attendance: 0 }, organiser: { businessId: '1572860-1' } }, 'en');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.errors.map((e) => e.path).sort()).toEqual(['data.event.attendance', 'data.organiser.businessId']);
  });

  it('names the fields a change touched, by dotted key, and labels them in the language', () => {
    const before = { event: { name: 'A', attendance: 10 }, organiser: { businessId: '1572860-0' } };
    const after = { event: { name: 'A', attendance: 20 }, organiser: {} };
    expect(changedProjectFields(def, before, after)).toEqual(['event.attendance', 'organiser.businessId']);
    expect(projectFieldLabel(def, 'event.attendance', 'sv')).toBe('Evenemang › Publikmängd');
    expect(projectFieldLabel(def, 'no.such', 'sv')).toBe('no.such');
    expect(changeLabels(def, ['data.event.name', 'name', 'contact'], 'en')).toEqual(['Event › Event name', 'Project name', 'Contact person']);
  });
});
