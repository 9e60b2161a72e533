import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { customerTexts } from '../../i18n/catalogs/customer';
import { deploymentTexts } from '../../i18n/catalogs/builder';
import { caseTexts } from '../../i18n/catalogs/desk';
import { translator, type Catalog } from '../../i18n/translate';
import type { Lang } from '../i18n/texts';
import { ProcessingEstimateNote } from './ProcessingEstimateNote';
import type { EstimateTextKey, ProcessingEstimate } from './estimate-sentence';

afterEach(cleanup);

const measured: ProcessingEstimate = { kind: 'measured', medianDays: 9, p80Days: 21, cases: 12 };

function shown(estimate: ProcessingEstimate, lang: Lang, catalog: Catalog<EstimateTextKey> = customerTexts) {
  cleanup();
  render(<ProcessingEstimateNote estimate={estimate} texts={translator(catalog, lang)} classes={{ detail: 'hint' }} />);
  return screen.queryByTestId('processing-estimate')?.textContent ?? null;
}

describe('the processing-time estimate', () => {
  it('says the usual range from the median to the 80th percentile, measured from how many decided cases, in fi, sv and en', () => {
    expect(shown(measured, 'fi')).toBe(
      'Käsittely kestää yleensä 9–21 päivää. Mitattu 12 ratkaistusta asiasta; aikaa, jonka asia odotti asiakkaan lisäselvitystä, ei lasketa.',
    );
    expect(shown(measured, 'sv')).toBe(
      'Handläggningen tar vanligen 9–21 dagar. Uppmätt från 12 avgjorda ärenden; tid då ärendet väntade på kundens komplettering räknas inte.',
    );
    expect(shown(measured, 'en')).toBe('Usually decided in 9–21 days. Measured from 12 decided cases; time spent waiting for the customer’s supplement is not counted.');
  });

  it('says one day in the singular, and one figure when the median and the 80th percentile are the same', () => {
    const oneDay: ProcessingEstimate = { kind: 'measured', medianDays: 1, p80Days: 1, cases: 10 };
    expect(shown(oneDay, 'fi')).toMatch(/^Käsittely kestää yleensä 1 päivän\. /);
    expect(shown(oneDay, 'sv')).toMatch(/^Handläggningen tar vanligen 1 dag\. /);
    expect(shown(oneDay, 'en')).toMatch(/^Usually decided in 1 day\. /);
    expect(shown({ kind: 'measured', medianDays: 0, p80Days: 1, cases: 10 }, 'en')).toMatch(/^Usually decided in 0–1 day\. /);
  });

  it('calls the response time a target, not a measured figure', () => {
    expect(shown({ kind: 'target', days: 14 }, 'fi')).toBe('Tavoite: vastaus 14 päivässä. Tämä on tavoite, ei mitattu käsittelyaika: ratkaistuja asioita on vielä liian vähän.');
    expect(shown({ kind: 'target', days: 1 }, 'sv')).toBe('Mål: svar inom 1 dag. Detta är ett mål, inte en uppmätt handläggningstid: det finns ännu för få avgjorda ärenden.');
    expect(shown({ kind: 'target', days: 14 }, 'en')).toBe('Target: an answer within 14 days. This is a target, not a measured processing time: too few cases have been decided yet.');
    expect(screen.getByTestId('processing-estimate').dataset.kind).toBe('target');
  });

  it('shows nothing without an estimate', () => {
    expect(shown(null, 'fi')).toBeNull();
  });

  it('reads the same in the desk’s and the builder’s catalogs', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const customer = shown(measured, lang);
      expect(shown(measured, lang, caseTexts)).toBe(customer);
      expect(shown(measured, lang, deploymentTexts)).toBe(customer);
    }
  });
});
