/** The assessment's draft in the browser: kept answers come back, a link's municipality asks to confirm a change. */
import { describe, expect, it } from 'vitest';
import { clearAssessmentDraft, loadAssessmentDraft, saveAssessmentDraft } from './assessment-draft';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the assessment draft', () => {
  it('keeps the municipality, the answers and the step for the same assessment', () => {
    const storage = memoryStorage();
    saveAssessmentDraft(storage, 'event-organising', 'event-permits', { municipality: '091', data: { attendance: 1500 }, step: 1, stage: 'questions' });
    expect(loadAssessmentDraft(storage, 'event-organising', 'event-permits')).toEqual({ municipality: '091', data: { attendance: 1500 }, step: 1, stage: 'questions' });
    expect(loadAssessmentDraft(storage, 'event-organising', 'other')).toEqual({ municipality: undefined, data: {}, step: 0, stage: 'place' });
  });

  it('goes back to the municipality step when a link names another municipality, keeping the answers', () => {
    const storage = memoryStorage();
    saveAssessmentDraft(storage, 'event-organising', 'event-permits', { municipality: '091', data: { food: true }, step: 1, stage: 'questions' });
    expect(loadAssessmentDraft(storage, 'event-organising', 'event-permits', '545')).toEqual({ municipality: '545', data: { food: true }, step: 1, stage: 'place' });
    expect(loadAssessmentDraft(storage, 'event-organising', 'event-permits', '091').stage).toBe('questions');
  });

  it('survives what another version of the page left behind, and is gone when cleared', () => {
    const storage = memoryStorage();
    storage.setItem('kevyt:assessment:event-organising/event-permits', '{"data": "broken", "step": -3}');
    expect(loadAssessmentDraft(storage, 'event-organising', 'event-permits')).toEqual({ municipality: undefined, data: {}, step: 0, stage: 'place' });
    storage.setItem('kevyt:assessment:event-organising/event-permits', 'not json');
    expect(loadAssessmentDraft(storage, 'event-organising', 'event-permits').data).toEqual({});
    clearAssessmentDraft(storage, 'event-organising', 'event-permits');
    expect(storage.length).toBe(0);
  });
});
