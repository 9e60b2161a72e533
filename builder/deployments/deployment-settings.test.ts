import { describe, expect, it } from 'vitest';
import { APPEAL_TEMPLATES } from '../../workflows/decision/appeal';
import { chooseAppealKind, draftOf, settingsBody, settingsProblems } from './deployment-settings';

const running = { respondWithinDays: 14, contactText: 'Rakennusvalvonnan neuvonta, puh. 09 310 2611', appeal: null };

describe('a running deployment’s settings', () => {
  it('round-trips what the deployment has, trimmed, with an empty response time as none', () => {
    const draft = draftOf(running);
    expect(settingsBody(draft)).toEqual(running);
    expect(settingsBody({ ...draft, days: ' ', contact: '  ' })).toEqual({ respondWithinDays: null, contactText: null, appeal: null });
  });

  it('starts a chosen kind of appeal instructions from its standard wording, keeping text the admin wrote', () => {
    const review = chooseAppealKind(draftOf(running), 'oikaisuvaatimus');
    expect(review.appealText).toEqual(APPEAL_TEMPLATES.oikaisuvaatimus);
    // Switching kind replaces untouched standard wording, but not the admin's own Finnish text.
    const own = { ...review, appealText: { ...review.appealText, fi: 'Oikaisuvaatimus rakennuslautakunnalle, Työpajankatu 8.' } };
    const appeal = chooseAppealKind(own, 'valitus');
    expect(appeal.appealText).toEqual({ ...APPEAL_TEMPLATES.valitus, fi: 'Oikaisuvaatimus rakennuslautakunnalle, Työpajankatu 8.' });
    expect(settingsBody({ ...appeal, appealText: { ...appeal.appealText, en: ' ' } }).appeal).toEqual({
      kind: 'valitus',
      text: { fi: 'Oikaisuvaatimus rakennuslautakunnalle, Työpajankatu 8.', sv: APPEAL_TEMPLATES.valitus.sv },
    });
    expect(settingsBody(chooseAppealKind(appeal, 'none')).appeal).toBeNull();
  });

  it('names a response time outside 1–365 days and instructions without Finnish', () => {
    for (const days of ['0', '366', '7.5', 'viikko', '-3']) expect(settingsProblems({ ...draftOf(running), days })).toEqual(['daysInvalid']);
    expect(settingsProblems({ ...draftOf(running), days: '365' })).toEqual([]);
    const noFinnish = chooseAppealKind(draftOf(running), 'valitus');
    expect(settingsProblems({ ...noFinnish, appealText: { ...noFinnish.appealText, fi: ' ' } })).toEqual(['textFiMissing']);
    expect(settingsProblems({ ...noFinnish, appealKind: 'none', appealText: { fi: '', sv: '', en: '' } })).toEqual([]);
  });
});
