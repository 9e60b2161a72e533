import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { FormData } from '../../form-library/format/types';
import { foodStallsForm } from '../../form-library/test-fixtures/food-stalls';
import { compiledCheck } from '../../form-library/validation/validate-submission';
import { FormRenderer } from './FormRenderer';

function Harness({ initial, onComplete }: { initial: FormData; onComplete?(data: FormData): void }) {
  const [data, setData] = useState<FormData>(initial);
  return <FormRenderer definition={foodStallsForm} lang="fi" mode="fill" data={data} onChange={setData} onComplete={onComplete} check={compiledCheck(foodStallsForm)} />;
}

const stall = (n: number) => screen.getByRole('group', { name: `Myyntipiste ${n}` });
const foodQuestion = () => screen.getByRole('group', { name: /Myydäänkö tapahtumassa elintarvikkeita/ });

describe('conditions inside a repeating group, live', () => {
  it('shows a field reading an answer outside the group as that answer stands, in items added later too', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{}} />);
    // Answered before any stall exists: the first stall added follows the answer.
    await user.click(within(foodQuestion()).getByLabelText('Ei'));
    await user.click(screen.getByRole('button', { name: /Lisää myyntipiste/ }));
    expect(within(stall(1)).getByLabelText(/Myyntipisteen nimi/)).toBeTruthy();
    expect(within(stall(1)).queryByLabelText(/Elintarvikkeista vastaava henkilö/)).toBeNull();
    await user.click(within(foodQuestion()).getByLabelText('Kyllä'));
    expect(within(stall(1)).getByLabelText(/Elintarvikkeista vastaava henkilö/)).toBeTruthy();

    await user.click(within(foodQuestion()).getByLabelText('Ei'));
    expect(within(stall(1)).queryByLabelText(/Elintarvikkeista vastaava henkilö/)).toBeNull();
    // An item added while food is not sold does not ask for it either.
    await user.click(screen.getByRole('button', { name: /Lisää myyntipiste/ }));
    expect(within(stall(2)).queryByLabelText(/Elintarvikkeista vastaava henkilö/)).toBeNull();

    await user.click(within(foodQuestion()).getByLabelText('Kyllä'));
    expect(within(stall(1)).getByLabelText(/Elintarvikkeista vastaava henkilö/)).toBeTruthy();
    expect(within(stall(2)).getByLabelText(/Elintarvikkeista vastaava henkilö/)).toBeTruthy();
  });

  it('decides a field reading a sibling per item, and sends what the server keeps', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    render(
      <Harness
        onComplete={onComplete}
        initial={{ foodSales: false, stalls: [{ stallName: 'Kahvila Kaivopuisto' }, { stallName: 'Torin Lettu' }] }}
      />,
    );
    // Nobody has answered "electricity?" yet: the follow-up is hidden in both items.
    expect(screen.queryByLabelText(/Sähkön tarve/)).toBeNull();

    await user.click(within(within(stall(1)).getByRole('group', { name: /Tarvitaanko sähköä/ })).getByLabelText('Kyllä'));
    await user.type(within(stall(1)).getByLabelText(/Sähkön tarve/), '3 kW');
    await user.click(within(within(stall(2)).getByRole('group', { name: /Tarvitaanko sähköä/ })).getByLabelText('Kyllä'));
    await user.type(within(stall(2)).getByLabelText(/Sähkön tarve/), '1 kW');
    await user.click(within(within(stall(2)).getByRole('group', { name: /Tarvitaanko sähköä/ })).getByLabelText('Ei'));
    expect(within(stall(1)).getByLabelText(/Sähkön tarve/)).toBeTruthy();
    expect(within(stall(2)).queryByLabelText(/Sähkön tarve/)).toBeNull();
    // Where it shows it is required, and says so.
    expect(within(stall(1)).getByLabelText(/Sähkön tarve/).getAttribute('required')).not.toBeNull();

    await user.click(screen.getByRole('button', { name: /Jatka|yhteenveto/i }));
    // The hidden answer typed in the second stall is dropped, as validateSubmission drops it.
    expect(onComplete).toHaveBeenCalledWith({
      foodSales: false,
      stalls: [
        { stallName: 'Kahvila Kaivopuisto', electricity: true, electricityNeed: '3 kW' },
        { stallName: 'Torin Lettu', electricity: false },
      ],
    });
  });
});
