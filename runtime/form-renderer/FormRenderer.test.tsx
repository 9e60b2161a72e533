import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { FormData } from '../../form-library/format/types';
import { publicEventForm } from '../../form-library/test-fixtures/public-event-notification';
import { compiledCheck } from '../../form-library/validation/validate-submission';
import { FormRenderer, type FormRendererProps } from './FormRenderer';

const municipalities = [
  { code: '091', fi: 'Helsinki', sv: 'Helsingfors' },
  { code: '049', fi: 'Espoo', sv: 'Esbo' },
];

function Harness(props: Partial<FormRendererProps> & { initial?: FormData; onData?(d: FormData): void }) {
  const [data, setData] = useState<FormData>(props.initial ?? {});
  return (
    <FormRenderer
      definition={publicEventForm}
      lang="fi"
      mode="fill"
      municipalities={municipalities}
      check={compiledCheck(props.definition ?? publicEventForm)}
      {...props}
      data={data}
      onChange={(d) => {
        setData(d);
        props.onData?.(d);
      }}
    />
  );
}

describe('FormRenderer in fill mode', () => {
  it('shows the visible pages as steps and names the current one', () => {
    render(<Harness />);
    // The alcohol page is hidden until alcohol is served: three steps, not four.
    expect(screen.getByText('Vaihe 1/3')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Järjestäjä' })).toBeTruthy();
    expect(screen.getByRole('group', { name: /Järjestäjän tiedot/ })).toBeTruthy();
  });

  it('refuses "next" on an incomplete page with an error summary whose links focus the fields', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: /Seuraava/ }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Tarkista seuraavat kohdat' })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    const link = within(summary).getByRole('link', { name: /Y-tunnus/ });
    await user.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText(/^Y-tunnus/));
    expect(screen.getByText('Vaihe 1/3')).toBeTruthy();
  });

  it('moves to the next page once the page is valid, and shows a page whose condition now holds', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        initial={{
          organiser: { name: 'Helsingin Tapahtumat Oy', businessId: '0737546-2', phone: '040 123 4567', email: 'info@example.fi' },
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: /Seuraava/ }));
    expect(screen.getByText('Vaihe 2/3')).toBeTruthy();
    await user.click(screen.getByLabelText('Kyllä'));
    expect(screen.getByText('Vaihe 2/4')).toBeTruthy();
  });

  it('shows server errors in the summary and by the field', () => {
    render(
      <Harness
        initial={{ organiser: { businessId: '1234567-1' } }}
        serverErrors={[{ path: 'organiser.businessId', message: 'Y-tunnuksen tarkiste ei täsmää.' }]}
      />,
    );
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: /Y-tunnuksen tarkiste ei täsmää/ })).toBeTruthy();
    const input = screen.getByLabelText(/^Y-tunnus/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('drops a server error once its field is edited, and shows the next server answer in full', async () => {
    const user = userEvent.setup();
    const wrongId = [{ path: 'organiser.businessId', message: 'Y-tunnuksen tarkiste ei täsmää.' }];
    const { rerender } = render(<Harness initial={{ organiser: { businessId: '1234567-1' } }} serverErrors={wrongId} />);
    await user.type(screen.getByLabelText(/^Y-tunnus/), '{backspace}2');
    expect(screen.queryByText('Y-tunnuksen tarkiste ei täsmää.')).toBeNull();
    // The server answers again (another send): its errors are all shown, also the one edited before.
    rerender(<Harness initial={{ organiser: { businessId: '1234567-1' } }} serverErrors={[...wrongId]} />);
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /Y-tunnuksen tarkiste ei täsmää/ })).toBeTruthy();
  });

  it('calls onComplete with hidden answers pruned on the last page', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    render(
      <Harness
        step={2}
        onComplete={onComplete}
        initial={{ eventType: 'market', alcohol: false, servingArea: 'left over from an earlier answer', siteMap: ['a1'] }}
        attachments={[{ id: 'a1', name: 'kartta.pdf', size: 1000, type: 'application/pdf' }]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Siirry yhteenvetoon' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete.mock.calls[0][0]).not.toHaveProperty('servingArea');
  });
});

describe('FormRenderer in read mode', () => {
  it('shows every visible page read-only', () => {
    render(
      <FormRenderer
        definition={publicEventForm}
        lang="sv"
        mode="read"
        municipalities={municipalities}
        check={compiledCheck(publicEventForm)}
        data={{ organiser: { name: 'Åbo Evenemang Ab' }, alcohol: false }}
        onChange={() => undefined}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Arrangör' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Evenemang' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Servering' })).toBeNull();
    expect((screen.getByLabelText(/Arrangörens namn/) as HTMLInputElement).readOnly).toBe(true);
  });
});
