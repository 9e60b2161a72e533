/** Which message a refused code shows, from the answer's status (API: 401/422 wrong, 409 used, 429 limited). */
export type CodeProblem = 'required' | 'wrong' | 'used' | 'tooMany' | 'failed';

export function codeProblemOf(status: number | null): CodeProblem {
  if (status === 401 || status === 422) return 'wrong';
  if (status === 409) return 'used';
  if (status === 429) return 'tooMany';
  return 'failed';
}
