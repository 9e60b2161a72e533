import { describe, expect, it } from 'vitest';
import { mandatesConfigFromEnv } from './mandates-config';

const withTestProvider = { testProvider: { port: 3001 } };
const withoutTestProvider = { testProvider: null };
const suomifi = { MANDATES: 'suomifi', MANDATES_URL: 'https://valtuudet.example.fi', MANDATES_CLIENT_ID: 'abcd1234', MANDATES_API_KEY: 'secret' };

describe('where mandates come from', () => {
  it('uses the test companies wherever the test identity provider runs, and none otherwise', () => {
    expect(mandatesConfigFromEnv({}, withTestProvider)).toEqual({ source: 'test' });
    expect(mandatesConfigFromEnv({}, withoutTestProvider)).toEqual({ source: 'off' });
    expect(mandatesConfigFromEnv({ MANDATES: 'off' }, withTestProvider)).toEqual({ source: 'off' });
  });

  it('refuses to start production with the test companies', () => {
    expect(() => mandatesConfigFromEnv({ NODE_ENV: 'production', MANDATES: 'test' }, withoutTestProvider)).toThrow(/never serve production/);
  });

  it('takes the Suomi.fi mandates service from MANDATES_*, and refuses it without its address, client id or key', () => {
    expect(mandatesConfigFromEnv({ ...suomifi, NODE_ENV: 'production' }, withoutTestProvider)).toEqual({
      source: 'suomifi', baseUrl: 'https://valtuudet.example.fi/', clientId: 'abcd1234', apiKey: 'secret', cacheSeconds: 30,
    });
    expect(mandatesConfigFromEnv({ ...suomifi, MANDATES_CACHE_SECONDS: '0' }, withoutTestProvider)).toMatchObject({ cacheSeconds: 0 });
    expect(() => mandatesConfigFromEnv({ ...suomifi, MANDATES_API_KEY: '' }, withoutTestProvider)).toThrow(/MANDATES_API_KEY/);
    expect(() => mandatesConfigFromEnv({ ...suomifi, MANDATES_URL: '' }, withoutTestProvider)).toThrow(/MANDATES_URL/);
    expect(() => mandatesConfigFromEnv({ ...suomifi, NODE_ENV: 'production', MANDATES_URL: 'http://valtuudet.example.fi' }, withoutTestProvider)).toThrow(/https/);
    expect(() => mandatesConfigFromEnv({ ...suomifi, MANDATES_CACHE_SECONDS: '3600' }, withoutTestProvider)).toThrow(/0–300/);
    expect(() => mandatesConfigFromEnv({ MANDATES: 'maybe' }, withoutTestProvider)).toThrow(/test, suomifi or off/);
  });
});
