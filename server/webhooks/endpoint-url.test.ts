import { describe, expect, it } from 'vitest';
import { endpointUrlProblem, isLocalAddress } from './endpoint-url';

const production = { localTargets: false };
const development = { localTargets: true };

describe('webhook endpoint addresses', () => {
  it('takes an https URL anywhere public', () => {
    expect(endpointUrlProblem('https://asianhallinta.hel.fi/kevyt/webhooks', production)).toBeNull();
    expect(endpointUrlProblem('https://203.0.113.10:8443/hooks?source=kevyt', production)).toBeNull();
  });

  it('refuses what is no URL, other schemes and a fragment', () => {
    expect(endpointUrlProblem('asianhallinta.hel.fi/hooks', production)).toMatch(/full URL/);
    expect(endpointUrlProblem('ftp://files.hel.fi/hooks', production)).toMatch(/https, not ftp/);
    expect(endpointUrlProblem('javascript:alert(1)', development)).toMatch(/https, not javascript/);
    expect(endpointUrlProblem('https://hel.fi/hooks#x', production)).toMatch(/fragment/);
  });

  it('refuses credentials in the URL: the signature authenticates', () => {
    expect(endpointUrlProblem('https://kevyt:salasana@asianhallinta.hel.fi/hooks', production)).toMatch(/user name or password/);
    expect(endpointUrlProblem('https://token@asianhallinta.hel.fi/hooks', development)).toMatch(/user name or password/);
  });

  it('allows plain http only to this machine, and only outside production', () => {
    expect(endpointUrlProblem('http://127.0.0.1:8080/hooks', development)).toBeNull();
    expect(endpointUrlProblem('http://localhost:8080/hooks', development)).toBeNull();
    expect(endpointUrlProblem('http://[::1]:8080/hooks', development)).toBeNull();
    expect(endpointUrlProblem('http://asianhallinta.hel.fi/hooks', development)).toMatch(/https/);
    expect(endpointUrlProblem('http://127.0.0.1:8080/hooks', production)).toBe('Must use https');
  });

  it('refuses loopback, private and link-local addresses in production', () => {
    for (const url of ['https://127.0.0.1/h', 'https://10.1.2.3/h', 'https://172.16.0.1/h', 'https://192.168.1.10/h', 'https://169.254.169.254/latest/meta-data',
      'https://[::1]/h', 'https://[fd00::1]/h', 'https://[fe80::1]/h', 'https://[::ffff:10.0.0.1]/h', 'https://localhost/h', 'https://intranet.local/h', 'https://100.64.0.1/h'])
      expect(endpointUrlProblem(url, production), url).toMatch(/private network or a link-local/);
    expect(endpointUrlProblem('https://192.168.1.10/h', development)).toBeNull();
  });

  it('knows local addresses, IPv4 inside IPv6 too', () => {
    expect(isLocalAddress('127.0.0.1')).toBe(true);
    expect(isLocalAddress('::ffff:192.168.0.1')).toBe(true);
    expect(isLocalAddress('198.51.100.7')).toBe(false);
    expect(isLocalAddress('2001:db8::1')).toBe(false);
    expect(isLocalAddress('not an address')).toBe(false);
  });
});
