import { describe, expect, it } from 'vitest';
import { codeProblemOf } from './code-problem';

describe('the message of a refused code', () => {
  it('follows the answer’s status', () => {
    expect([401, 422, 409, 429, 500, null].map(codeProblemOf)).toEqual(['wrong', 'wrong', 'used', 'tooMany', 'failed', 'failed']);
  });
});
