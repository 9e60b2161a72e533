import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderElements } from '../test-harness';

const upload = vi.hoisted(() => ({
  uploadFile: vi.fn(),
}));
vi.mock('../../../ui/api/http', async (importOriginal) => ({ ...(await importOriginal<object>()), uploadFile: upload.uploadFile }));

const siteMap = [
  { id: 'a', kind: 'attachment' as const, key: 'siteMap', required: true, maxFiles: 2, maxSizeMb: 1, accept: ['application/pdf', 'image/png'], label: { fi: 'Aluekartta' } },
];

function pdf(name: string, size = 2000): File {
  const file = new File(['%PDF-1.4'], name, { type: 'application/pdf' });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('attachment field', () => {
  beforeEach(() => {
    upload.uploadFile.mockReset();
  });

  it('uploads with a progress bar and lists the file', async () => {
    let finish: (v: unknown) => void = () => undefined;
    upload.uploadFile.mockImplementation((_path: string, file: File, onProgress: (f: number) => void) => {
      onProgress(0.5);
      return new Promise((resolve) => {
        finish = () => resolve({ id: 'att-1', name: file.name, size: file.size, type: 'application/pdf' });
      });
    });
    const { latest } = renderElements(siteMap);
    await userEvent.upload(screen.getByLabelText(/^Aluekartta/), pdf('kartta.pdf'));
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('0.5');
    finish(undefined);
    await screen.findByText('kartta.pdf');
    expect(latest.data.siteMap).toEqual(['att-1']);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('refuses a file that is too large or of the wrong type before uploading', async () => {
    renderElements(siteMap, { lang: 'en' });
    const input = screen.getByLabelText(/^Aluekartta/);
    await userEvent.upload(input, pdf('huge.pdf', 5 * 1024 * 1024));
    expect(screen.getByRole('alert').textContent).toContain('huge.pdf is too large: at most 1 MB');
    await userEvent.upload(input, new File(['x'], 'notes.txt', { type: 'text/plain' }), { applyAccept: false });
    expect(screen.getByRole('alert').textContent).toContain('The type of notes.txt is not allowed. Allowed: PDF, PNG.');
    expect(upload.uploadFile).not.toHaveBeenCalled();
  });

  it('refuses an upload whose sniffed type is not allowed', async () => {
    upload.uploadFile.mockResolvedValue({ id: 'att-2', name: 'fake.pdf', size: 100, type: 'image/jpeg' });
    const { latest } = renderElements(siteMap);
    await userEvent.upload(screen.getByLabelText(/^Aluekartta/), pdf('fake.pdf'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Tiedoston fake.pdf tyyppi ei kelpaa'));
    expect(latest.data.siteMap).toBeUndefined();
  });

  it('shows a server refusal as a clear error', async () => {
    const { ApiError } = await import('../../../ui/api/http');
    upload.uploadFile.mockRejectedValue(new ApiError(415, 'unsupported_media_type', 'Content does not match the declared type'));
    renderElements(siteMap);
    await userEvent.upload(screen.getByLabelText(/^Aluekartta/), pdf('broken.pdf'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Tiedoston broken.pdf lataus epäonnistui'));
  });

  it('removes and replaces an uploaded file', async () => {
    upload.uploadFile.mockResolvedValue({ id: 'att-new', name: 'uusi.pdf', size: 100, type: 'application/pdf' });
    const { latest } = renderElements(siteMap, {
      data: { siteMap: ['att-old', 'att-2'] },
      attachments: [
        { id: 'att-old', name: 'vanha.pdf', size: 100, type: 'application/pdf' },
        { id: 'att-2', name: 'toinen.png', size: 100, type: 'image/png' },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Korvaa: vanha.pdf' }));
    await userEvent.upload(screen.getByLabelText(/^Aluekartta/), pdf('uusi.pdf'));
    await screen.findByText('uusi.pdf');
    expect(latest.data.siteMap).toEqual(['att-new', 'att-2']);
    await userEvent.click(screen.getByRole('button', { name: 'Poista toinen.png' }));
    expect(latest.data.siteMap).toEqual(['att-new']);
  });

  it('says when the maximum number of files is reached', async () => {
    renderElements(siteMap, { data: { siteMap: ['x', 'y'] } });
    await userEvent.upload(screen.getByLabelText(/^Aluekartta/), pdf('kolmas.pdf'));
    expect(screen.getByRole('alert').textContent).toContain('enintään 2 tiedostoa');
  });
});
