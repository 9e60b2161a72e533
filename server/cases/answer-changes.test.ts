import { describe, expect, it } from 'vitest';
import { readyPackExamples, readyService } from '../../form-library/library/index';
import { supplementChanges } from './answer-changes';

const service = readyService('public-area-use');
const exampleData = readyPackExamples['public-area-use'];

const names: Record<string, string> = {
  'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70': 'liikennesuunnitelma.pdf',
  'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a81': 'aluekartta.pdf',
  'f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b92': 'aluekartta-korjattu.pdf',
  'a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9ca3': 'vakuutustodistus.pdf',
};
const lookups = { attachmentName: (id: string) => names[id] };

describe('what a supplement changed', () => {
  it('lists each changed answer with its label, before and after, and nothing unchanged', () => {
    const after = { ...exampleData, areaSizeM2: 4500, structures: (exampleData.structures as object[]).slice(0, 2) };
    const changes = supplementChanges(service.form, exampleData, after, 'fi', lookups);
    const area = changes.answers.find((c) => c.path === 'areaSizeM2');
    // Numbers read as in the summary (Finnish groups thousands with a no-break space).
    expect(area?.before).toMatch(/^6\s000$/);
    expect(area?.after).toMatch(/^4\s500$/);
    expect(area?.label).toBe('Käytettävän alueen koko (m²)');
    // The third structure was removed: its answers are shown as removed.
    const removed = changes.answers.filter((c) => c.path.startsWith('structures.2.'));
    expect(removed.map((c) => c.before)).toContain('WC-kontti');
    expect(removed.every((c) => c.after === '')).toBe(true);
    expect(changes.answers.some((c) => c.path === 'wasteManagement')).toBe(false);
    expect(changes.attachments).toEqual([]);
  });

  it('marks a file swapped in the same field as replaced, and tells added and removed files apart', () => {
    const after = {
      ...exampleData,
      areaMap: ['f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b92'],
      insuranceCertificate: ['a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9ca3'],
      streetClosure: false,
    };
    const changes = supplementChanges(service.form, exampleData, after, 'en', lookups);
    expect(changes.attachments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'replaced', name: 'aluekartta.pdf', replacedBy: { id: 'f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b92', name: 'aluekartta-korjattu.pdf' } }),
        expect.objectContaining({ kind: 'added', name: 'vakuutustodistus.pdf' }),
        // No street closure: the traffic plan's field is hidden, so its file is no longer part of the case.
        expect.objectContaining({ kind: 'removed', name: 'liikennesuunnitelma.pdf' }),
      ]),
    );
    expect(changes.attachments).toHaveLength(3);
    expect(changes.answers.find((c) => c.path === 'streetClosure')).toMatchObject({ before: 'Yes', after: 'No' });
  });
});
