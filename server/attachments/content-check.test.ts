import { describe, expect, it } from 'vitest';
import { checkContent, normaliseMime } from './content-check';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b90000000049454e44ae426082', 'hex');
const EXE = Buffer.concat([Buffer.from('4d5a90000300000004000000ffff0000b800000000000000400000000000000000000000', 'hex'), Buffer.alloc(200)]);

describe('attachment content check', () => {
  it('accepts a PDF, a PNG and plain Finnish text declared as what they are', async () => {
    expect(await checkContent(PDF, 'application/pdf')).toEqual({ ok: true, type: 'application/pdf' });
    expect(await checkContent(PNG, 'image/png')).toEqual({ ok: true, type: 'image/png' });
    expect(await checkContent(Buffer.from('Järjestyksenvalvojat: 4 henkilöä\r\nÅbo\n'), 'text/plain; charset=utf-8')).toEqual({ ok: true, type: 'text/plain' });
  });

  it('refuses a Windows program renamed to .pdf', async () => {
    const result = await checkContent(EXE, 'application/pdf');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('not application/pdf');
  });

  it('refuses a PNG declared as a PDF and a PDF declared as text', async () => {
    expect((await checkContent(PNG, 'application/pdf')).ok).toBe(false);
    expect((await checkContent(PDF.subarray(0, 4), 'image/jpeg')).ok).toBe(false);
    expect((await checkContent(EXE, 'text/plain')).ok).toBe(false);
  });

  it('refuses types off the allow-list even when honest', async () => {
    const result = await checkContent(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('image/svg+xml');
  });

  it('normalises declared types', () => {
    expect(normaliseMime('Image/JPG')).toBe('image/jpeg');
    expect(normaliseMime('text/plain; charset=UTF-8')).toBe('text/plain');
  });
});
