/**
 * The keystroke path hands rjsf back nothing it emitted itself (FormRenderer's useEchoFreeFormData).
 * These hold that every change that does not come from the keystroke in hand still reaches both
 * the form and the parent: an upload that finishes after later keystrokes, and answers the parent
 * puts in from outside (a draft restored).
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormData, FormElement } from '../../form-library/format/types';
import { FormRenderer } from './FormRenderer';
import { onePage, testMunicipalities } from './test-harness';
import { compiledCheck } from '../../form-library/validation/validate-submission';

const upload = vi.hoisted(() => ({ uploadFile: vi.fn() }));
vi.mock('../../ui/api/http', async (importOriginal) => ({ ...(await importOriginal<object>()), uploadFile: upload.uploadFile }));

const elements: FormElement[] = [
  { id: 'n', kind: 'text', key: 'eventName', required: true, label: { fi: 'Tapahtuman nimi' } },
  { id: 'p', kind: 'text', key: 'eventPlace', label: { fi: 'Tapahtumapaikka' } },
  { id: 'm', kind: 'attachment', key: 'siteMap', maxFiles: 2, accept: ['application/pdf'], label: { fi: 'Aluekartta' } },
  { id: 'f', kind: 'yesNo', key: 'fireworks', label: { fi: 'Onko ilotulitus?' } },
  { id: 'fp', kind: 'text', key: 'fireworksPlan', condition: { field: 'fireworks', op: 'equals', value: true }, label: { fi: 'Ilotulitussuunnitelma' } },
];
const definition = onePage(elements);
const check = compiledCheck(definition);

const draft: FormData = { eventName: 'Kauppatorin joulumarkkinat', eventPlace: 'Kauppatori', fireworks: true, fireworksPlan: 'Pyroman Oy' };

function Page({ parent }: { parent: { data: FormData } }) {
  const [data, setData] = useState<FormData>({});
  parent.data = data;
  return (
    <>
      <button type="button" onClick={() => setData(draft)}>Palauta luonnos</button>
      <FormRenderer
        definition={definition}
        lang="fi"
        mode="fill"
        data={data}
        municipalities={testMunicipalities}
        check={check}
        onChange={(next) => {
          parent.data = next;
          setData(next);
        }}
      />
    </>
  );
}

function pdf(name: string): File {
  return new File(['%PDF-1.4'], name, { type: 'application/pdf' });
}

describe('the renderer with changes that are not the keystroke in hand', () => {
  beforeEach(() => {
    upload.uploadFile.mockReset();
  });

  it('keeps an upload that finishes after later keystrokes, in the form and with the parent', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => undefined;
    upload.uploadFile.mockImplementation((_path: string, file: File) => new Promise((resolve) => {
      finish = () => resolve({ id: 'att-kartta', name: file.name, size: 8, type: 'application/pdf' });
    }));
    const parent = { data: {} as FormData };
    render(<Page parent={parent} />);

    await user.upload(screen.getByLabelText(/^Aluekartta/), pdf('aluekartta.pdf'));
    await screen.findByRole('progressbar');
    // The customer goes on typing while the file uploads.
    await user.type(screen.getByLabelText(/^Tapahtuman nimi/), 'Joulu');
    await act(async () => finish());

    await screen.findByText('aluekartta.pdf');
    expect(parent.data).toEqual({ eventName: 'Joulu', siteMap: ['att-kartta'] });
    // The next keystrokes are echoed again; the upload is not lost from either side.
    await user.type(screen.getByLabelText(/^Tapahtuman nimi/), 'markkinat');
    await user.type(screen.getByLabelText(/^Tapahtumapaikka/), 'Tori');
    expect(parent.data).toEqual({ eventName: 'Joulumarkkinat', eventPlace: 'Tori', siteMap: ['att-kartta'] });
    expect(screen.getByText('aluekartta.pdf')).toBeTruthy();
    expect((screen.getByLabelText(/^Tapahtuman nimi/) as HTMLInputElement).value).toBe('Joulumarkkinat');
  });

  it('shows answers the parent puts in from outside (a draft restored) and types on from them', async () => {
    const user = userEvent.setup();
    const parent = { data: {} as FormData };
    render(<Page parent={parent} />);
    await user.type(screen.getByLabelText(/^Tapahtuman nimi/), 'Luonnos');

    await user.click(screen.getByRole('button', { name: 'Palauta luonnos' }));
    expect((screen.getByLabelText(/^Tapahtuman nimi/) as HTMLInputElement).value).toBe('Kauppatorin joulumarkkinat');
    expect((screen.getByLabelText(/^Tapahtumapaikka/) as HTMLInputElement).value).toBe('Kauppatori');
    // The restored "yes" shows the field its condition opens, with the restored answer.
    expect((screen.getByLabelText(/^Ilotulitussuunnitelma/) as HTMLInputElement).value).toBe('Pyroman Oy');

    await user.type(screen.getByLabelText(/^Tapahtumapaikka/), ', Helsinki');
    await waitFor(() => expect(parent.data).toEqual({ ...draft, eventPlace: 'Kauppatori, Helsinki' }));
    expect((screen.getByLabelText(/^Tapahtuman nimi/) as HTMLInputElement).value).toBe('Kauppatorin joulumarkkinat');
  });

  it('passes a typed answer that opens a conditional field on to the field it opens', async () => {
    const user = userEvent.setup();
    const parent = { data: {} as FormData };
    render(<Page parent={parent} />);
    await user.type(screen.getByLabelText(/^Tapahtuman nimi/), 'Uusi vuosi');
    await user.click(screen.getByRole('radio', { name: 'Kyllä' }));
    await user.type(screen.getByLabelText(/^Ilotulitussuunnitelma/), 'Raketit');
    expect(parent.data).toEqual({ eventName: 'Uusi vuosi', fireworks: true, fireworksPlan: 'Raketit' });
  });
});
