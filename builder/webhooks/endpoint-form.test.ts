import { describe, expect, it } from 'vitest';
import { EMPTY_ENDPOINT, endpointProblems, newEndpointBody, serverEndpointProblems } from './endpoint-form';

describe('the new-endpoint form', () => {
  it('asks for an address and at least one event', () => {
    expect(endpointProblems({ ...EMPTY_ENDPOINT, events: [] }).map((p) => p.field)).toEqual(['url', 'events']);
    expect(endpointProblems({ ...EMPTY_ENDPOINT, url: 'https://asianhallinta.hel.fi/hooks' })).toEqual([]);
  });

  it('sees what is no web address, another scheme and credentials in it before asking the server', () => {
    const url = (u: string) => endpointProblems({ ...EMPTY_ENDPOINT, url: u });
    expect(url('asianhallinta.hel.fi/hooks')).toEqual([{ field: 'url', code: 'invalid' }]);
    expect(url('ftp://asianhallinta.hel.fi/hooks')).toEqual([{ field: 'url', code: 'scheme' }]);
    expect(url('https://kevyt:salasana@asianhallinta.hel.fi/hooks')).toEqual([{ field: 'url', code: 'credentials' }]);
    expect(url('http://127.0.0.1:8080/hooks')).toEqual([]);
  });

  it('sends the trimmed address, the description only when given, and the events in their usual order', () => {
    expect(newEndpointBody({ url: ' https://asianhallinta.hel.fi/hooks ', description: ' ', events: ['message.received', 'case.submitted'] }))
      .toEqual({ url: 'https://asianhallinta.hel.fi/hooks', events: ['case.submitted', 'message.received'] });
    expect(newEndpointBody({ url: 'https://a.fi/h', description: 'Asianhallinta', events: ['case.cancelled'] }).description).toBe('Asianhallinta');
  });

  it('places the server’s problems by their fields', () => {
    expect(serverEndpointProblems([{ path: 'url', message: 'Must use https' }, { path: 'events.0', message: 'Must be one of …' }]).map((p) => p.field)).toEqual(['url', 'events']);
  });
});
