import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderElements } from '../test-harness';
import { parseTypedNumber } from './NumberField';

describe('parseTypedNumber', () => {
  it('reads a comma or a point as the decimal point', () => {
    expect(parseTypedNumber('3,5')).toBe(3.5);
    expect(parseTypedNumber('3.5')).toBe(3.5);
    expect(parseTypedNumber(' 120 ')).toBe(120);
    expect(parseTypedNumber(',5')).toBe(0.5);
  });
  it('keeps the number a half-typed decimal is on its way to', () => {
    expect(parseTypedNumber('3,')).toBe(3);
    expect(parseTypedNumber('3,50')).toBe(3.5);
  });
  it('leaves what is not a number as typed, and blank as no answer', () => {
    expect(parseTypedNumber('kolme')).toBe('kolme');
    expect(parseTypedNumber('3,5,1')).toBe('3,5,1');
    expect(parseTypedNumber('  ')).toBeUndefined();
  });
});

describe('number field', () => {
  const area = [{ id: 'a', kind: 'number' as const, key: 'areaSizeM2', label: { fi: 'Pinta-ala (m²)', sv: 'Areal (m²)', en: 'Area (m²)' } }];

  it('takes a Finnish decimal comma, keeps it on screen and holds the number', async () => {
    const { latest } = renderElements(area);
    const input = screen.getByLabelText(/^Pinta-ala/) as HTMLInputElement;
    expect(input.getAttribute('inputmode')).toBe('decimal');
    await userEvent.type(input, '1250,50');
    expect(input.value).toBe('1250,50');
    expect(latest.data.areaSizeM2).toBe(1250.5);
  });

  it('shows a stored number with the language’s decimal sign', () => {
    renderElements(area, { data: { areaSizeM2: 12.5 } });
    expect((screen.getByLabelText(/^Pinta-ala/) as HTMLInputElement).value).toBe('12,5');
  });

  it('in English shows a point and still reads a comma', async () => {
    const { latest } = renderElements(area, { lang: 'en', data: { areaSizeM2: 12.5 } });
    const input = screen.getByLabelText(/^Area/) as HTMLInputElement;
    expect(input.value).toBe('12.5');
    await userEvent.clear(input);
    await userEvent.type(input, '7,25');
    expect(latest.data.areaSizeM2).toBe(7.25);
  });
});
