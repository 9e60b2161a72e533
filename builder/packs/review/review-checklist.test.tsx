/** The review before publishing: validators and the fi/sv gate block, missing English only warns, a changelog is required. */
import { describe, expect, it } from 'vitest';
import { readyPack } from '../../../form-library/library/index';
import type { FormPackContent } from '../../../form-library/format/types';
import { reviewChecklist } from './review-checklist';

function pack(): FormPackContent {
  return structuredClone(readyPack('event-organising'));
}

describe('review checklist', () => {
  it('lets the complete event organising pack be published once the changelog is written', () => {
    expect(reviewChecklist(pack(), '', 'fi')).toMatchObject({ problems: [], missingFiSv: [], missingEn: [], changelogWritten: false, canPublish: false });
    expect(reviewChecklist(pack(), 'Meluilmoituksen ohjeet päivitetty.', 'fi').canPublish).toBe(true);
    expect(reviewChecklist(pack(), '   ', 'fi').changelogWritten).toBe(false);
  });

  it('blocks publishing while a Swedish text is missing and names the service in the reader’s language', () => {
    const content = pack();
    const noise = content.services.find((s) => s.id === 'event-noise');
    if (!noise) throw new Error('no noise notification in the pack');
    noise.form.pages[0].title = { fi: noise.form.pages[0].title.fi, en: noise.form.pages[0].title.en };
    const check = reviewChecklist(content, 'Muutettu', 'sv');
    expect(check.canPublish).toBe(false);
    expect(check.missingFiSv).toHaveLength(1);
    expect(check.missingFiSv[0].where).toBe(noise.name.sv);
    expect(check.missingFiSv[0].text).toContain('på svenska');
  });

  it('only warns about missing English', () => {
    const content = pack();
    content.description = { fi: content.description.fi, sv: content.description.sv };
    const check = reviewChecklist(content, 'Changed', 'en');
    expect(check.missingEn).toHaveLength(1);
    expect(check.missingEn[0].where).toBeNull();
    expect(check.canPublish).toBe(true);
  });

  it('blocks a pack without e-services, saying so in the reader’s language', () => {
    const content = { ...pack(), services: [], assessments: [] };
    const sv = reviewChecklist(content, 'Tömt', 'sv');
    expect(sv.canPublish).toBe(false);
    expect(sv.problems).toEqual([{ where: null, text: 'Paketet har inga e-tjänster.' }]);
    expect(reviewChecklist(content, 'Tyhjennetty', 'fi').problems[0].text).toBe('Paketissa ei ole yhtään asiointia.');
  });

  it('blocks publishing on validator problems of forms and workflows', () => {
    const content = pack();
    const police = content.services[0];
    const [first, second] = police.form.pages[0].elements;
    second.key = first.key;
    police.workflow.transitions.push({ ...police.workflow.transitions[0], to: 'NO_SUCH_STATE' });
    const check = reviewChecklist(content, 'Muutettu', 'fi');
    expect(check.canPublish).toBe(false);
    expect(check.problems.length).toBeGreaterThanOrEqual(2);
    expect(check.problems.every((p) => p.where === police.name.fi)).toBe(true);
  });
});
