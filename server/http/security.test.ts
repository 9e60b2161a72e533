import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { CSRF_COOKIE, directCookies, SID_COOKIE } from './security';

function cookiesOf(header: string | undefined): Record<string, string> {
  const req = { headers: header === undefined ? {} : { cookie: header } } as Request;
  let called = false;
  directCookies([SID_COOKIE, CSRF_COOKIE])(req, {} as Response, () => {
    called = true;
  });
  expect(called).toBe(true);
  return { ...(req.cookies as Record<string, string>) };
}

describe('directCookies (the cookies of POST /api/submissions)', () => {
  it('keeps only the sid and CSRF cookies of a Helsinki customer’s browser', () => {
    expect(cookiesOf('theme=dark; kevyt_sid=AbC_def-0123456789xyzQ; kevyt_customer=s3cret; kevyt_csrf=abc123%7Cdef')).toEqual({
      kevyt_sid: 'AbC_def-0123456789xyzQ',
      kevyt_csrf: 'abc123|def',
    });
  });

  it('keeps the first of a repeated cookie, drops quotes and tolerates a bad escape, as cookie-parser does', () => {
    expect(cookiesOf('kevyt_sid="first-sid-value-012345"; kevyt_sid=second; kevyt_csrf=100%zz')).toEqual({
      kevyt_sid: 'first-sid-value-012345',
      kevyt_csrf: '100%zz',
    });
  });

  it('gives an empty set without a Cookie header or with pairs lacking "="', () => {
    expect(cookiesOf(undefined)).toEqual({});
    expect(cookiesOf('kevyt_sid; ; kevyt_csrf')).toEqual({});
  });

  it('decodes quoted and %-encoded values and keeps the first of each name exactly as the general chain’s cookie-parser does', () => {
    const header =
      'kevyt_csrf="a%2Bb%7Cc%3D%3D"; Kevyt_sid=other-case-0123456789; kevyt_sid =\t"Espoo_sid-0123456789abcdef" ; ' +
      'kevyt_csrf=second%7Cvalue; kevyt_sid=Turku_sid-0123456789abcdef; __proto__=x; kevyt_customer=%E2%82%AC';
    const direct = cookiesOf(header);
    expect(direct).toEqual({ kevyt_sid: 'Espoo_sid-0123456789abcdef', kevyt_csrf: 'a+b|c==' });

    const req = { headers: { cookie: header } } as Request;
    cookieParser()(req, {} as Response, () => undefined);
    const general = req.cookies as Record<string, string>;
    expect({ kevyt_sid: general[SID_COOKIE], kevyt_csrf: general[CSRF_COOKIE] }).toEqual(direct);
  });
});
