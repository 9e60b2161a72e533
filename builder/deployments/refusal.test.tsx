/** A refused deployment is explained in the admin's language: whose overlap, which municipalities, which language. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../ui/api/http';
import type { Municipality } from './api';
import { refusalSentences } from './refusal';
import { deploymentTexts } from '../../i18n/catalogs/builder';
import { translator } from '../../i18n/translate';

const places = new Map<string, Municipality>([
  ['638', { code: '638', fi: 'Porvoo', sv: 'Borgå', languages: 'fi-sv' }],
  ['753', { code: '753', fi: 'Sipoo', sv: 'Sibbo', languages: 'fi-sv' }],
]);

describe('refusal sentences', () => {
  it('names the authority that already serves a municipality, in Swedish for a Swedish reader', () => {
    const body = { error: { code: 'overlap', message: '…', fields: [], overlaps: [{ deploymentId: 7, authority: { id: 'municipality-638', name: { fi: 'Porvoo', sv: 'Borgå', en: 'Porvoo' } }, municipalities: ['638'] }] } };
    const err = new ApiError(409, 'overlap', '…', [], body);
    expect(refusalSentences(err, translator(deploymentTexts, 'sv'), 'sv', places)).toEqual([
      'Ibruktagandet nekades: Borgå sköter redan den här e-tjänsten i kommunerna Borgå. I en kommun kan bara en myndighet ansvara för en e-tjänst.',
    ]);
  });

  it('says which municipalities need texts in which language and how many are missing', () => {
    const body = { error: { code: 'validation_failed', message: '…', fields: [], languageGaps: [{ lang: 'sv', municipalities: [{ code: '638', name: { fi: 'Porvoo', sv: 'Borgå' } }, { code: '753', name: { fi: 'Sipoo', sv: 'Sibbo' } }], missing: ['name', 'form.pages.0.title'] }] } };
    const err = new ApiError(422, 'validation_failed', '…', [], body);
    expect(refusalSentences(err, translator(deploymentTexts, 'fi'), 'fi', places)).toEqual(['Porvoo, Sipoo: asiointi tarvitaan myös ruotsiksi, mutta siitä puuttuu 2 tekstiä.']);
  });

  it('has nothing special to say about other errors', () => {
    expect(refusalSentences(new ApiError(500, 'internal', 'Internal server error'), translator(deploymentTexts, 'en'), 'en', places)).toEqual([]);
    expect(refusalSentences(new Error('network'), translator(deploymentTexts, 'en'), 'en', places)).toEqual([]);
  });
});
