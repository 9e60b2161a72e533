import { describe, expect, it } from 'vitest';
import { englishCount, englishLanguageName } from './english-words';

describe('englishCount', () => {
  it('says one thing in the singular and every other count in the plural', () => {
    expect(englishCount(1, 'item')).toBe('1 item');
    expect(englishCount(0, 'item')).toBe('0 items');
    expect(englishCount(2, 'text')).toBe('2 texts');
    expect(englishCount(1.5, 'character')).toBe('1.5 characters');
  });
});

describe('englishLanguageName', () => {
  it('names the official languages in English', () => {
    expect(englishLanguageName('fi')).toBe('Finnish');
    expect(englishLanguageName('sv')).toBe('Swedish');
  });
});
