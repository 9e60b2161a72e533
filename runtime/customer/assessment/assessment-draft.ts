/**
 * An assessment being answered lives in the browser (localStorage) per assessment, like a service's
 * draft: the municipality, the answers and the step, so a reload or a closed tab loses nothing. It
 * stays after the result is shown, so "change answers" starts from them.
 */
import type { FormData } from '../../../form-library/format/types';

export interface AssessmentDraft {
  municipality: string | undefined;
  data: FormData;
  step: number;
  stage: 'place' | 'questions';
}

const PREFIX = 'kevyt:assessment:';

export function assessmentDraftKey(pack: string, id: string): string {
  return `${PREFIX}${pack}/${id}`;
}

export function emptyAssessmentDraft(municipality?: string): AssessmentDraft {
  return { municipality, data: {}, step: 0, stage: 'place' };
}

function isDraft(value: unknown): value is Partial<AssessmentDraft> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The kept draft; a municipality given by the link (`?kunta=`) wins over the kept one. */
export function loadAssessmentDraft(storage: Storage, pack: string, id: string, municipality?: string): AssessmentDraft {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(assessmentDraftKey(pack, id)) ?? 'null');
    if (!isDraft(parsed)) return emptyAssessmentDraft(municipality);
    const data = isDraft(parsed.data) ? (parsed.data as FormData) : {};
    const kept = typeof parsed.municipality === 'string' ? parsed.municipality : undefined;
    const place = municipality ?? kept;
    // A link naming another municipality than the kept one asks the customer to confirm it first.
    const stage = place && parsed.stage === 'questions' && (municipality === undefined || municipality === kept) ? 'questions' : 'place';
    return { municipality: place, data, step: typeof parsed.step === 'number' && parsed.step >= 0 ? parsed.step : 0, stage };
  } catch {
    return emptyAssessmentDraft(municipality);
  }
}

export function saveAssessmentDraft(storage: Storage, pack: string, id: string, draft: AssessmentDraft): void {
  try {
    storage.setItem(assessmentDraftKey(pack, id), JSON.stringify(draft));
  } catch {
    // Storage full or blocked (private mode): answering still works, only without a kept draft.
  }
}

export function clearAssessmentDraft(storage: Storage, pack: string, id: string): void {
  storage.removeItem(assessmentDraftKey(pack, id));
}
