/**
 * A local OpenID Connect provider for development and tests, built on `oidc-provider`: the
 * embedded default of strong identification (DESIGN.md "Identification"), never started in
 * production (server/identification/identification-config.ts refuses it). It behaves as the Finnish
 * identification brokers require of their clients: authorization code flow only, PKCE (S256) required,
 * clients authenticate with `private_key_jwt`, ID tokens signed (RS256), encrypted to the client's
 * key when it registered so (as the brokers require), and carrying the person's names and
 * henkilötunnus (`hetu`), RP-initiated logout.
 *
 * People sign in on its own page (pages.ts): pick one of the test persons or type one (a valid
 * test henkilötunnus, individual number 900–999).
 */
import { randomBytes } from 'node:crypto';
import type { EncryptionAlgValues, EncryptionEncValues } from 'oidc-provider';
import { identityTexts } from '../../i18n/catalogs/identity';
import { translator } from '../../i18n/translate';
import { isValidPersonalId } from '../../form-library/formats/personal-id';
import { readForm, signOutPages, startLocalProvider, type Interaction, type RunningLocalProvider } from '../local-provider/local-provider';
import { loginPage, logoutPage, messagePage, type IdentityTexts, type TypedPersonErrors, type TypedPersonInput } from './pages';
import { isTestPersonalId, TEST_PERSONS, type TestPerson } from './test-persons';

/** The claim names the provider issues the henkilötunnus under (the client may ask for either). */
export const PERSONAL_ID_CLAIM = 'hetu';

export interface TestClient {
  clientId: string;
  clientName: string;
  /** The client's public keys: for `private_key_jwt` (use sig), and the key ID tokens are encrypted to (use enc). */
  jwks: { keys: JsonWebKey[] };
  /** ID tokens encrypted with these algorithms (JWE); null: signed only. */
  idTokenEncryption: { alg: EncryptionAlgValues; enc: EncryptionEncValues } | null;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface TestProviderOptions {
  host: string;
  /** 0 for any free port. */
  port: number;
  /** Where its signing key is kept (made at first start). */
  keyDir: string;
  clients: TestClient[];
  /** Overrides the issuer URL (default: http://host:port). */
  issuer?: string;
}

export type RunningTestProvider = RunningLocalProvider;

function checkTyped(input: TypedPersonInput, t: IdentityTexts): TypedPersonErrors {
  const errors: TypedPersonErrors = {};
  if (!input.givenName) errors.givenName = t('errorRequired');
  if (!input.familyName) errors.familyName = t('errorRequired');
  if (!input.personalId) errors.personalId = t('errorRequired');
  else if (!isTestPersonalId(input.personalId, (code) => isValidPersonalId(code))) errors.personalId = t('errorPersonalId');
  return errors;
}

export async function startTestIdentityProvider(opts: TestProviderOptions): Promise<RunningTestProvider> {
  // People typed on the sign-in page, for this run only.
  const typedPersons = new Map<string, TestPerson>();
  const personById = (id: string): TestPerson | undefined => TEST_PERSONS.find((p) => p.id === id) ?? typedPersons.get(id);

  async function signInPage({ method, action, uid, lang, clientName, req, send, login }: Interaction): Promise<void> {
    const t = translator(identityTexts, lang);
    if (method === 'GET' && action === undefined) {
      send(200, loginPage({ lang, uid, clientName, persons: TEST_PERSONS }, t));
      return;
    }
    if (method === 'POST' && action === 'login') {
      const form = await readForm(req);
      const picked = form.get('person');
      if (picked) {
        if (!TEST_PERSONS.some((p) => p.id === picked)) throw new Error('no such test person');
        await login(picked);
        return;
      }
      const typed: TypedPersonInput = {
        givenName: (form.get('givenName') ?? '').trim().slice(0, 100),
        familyName: (form.get('familyName') ?? '').trim().slice(0, 100),
        personalId: (form.get('personalId') ?? '').trim().toUpperCase().slice(0, 11),
      };
      const errors = checkTyped(typed, t);
      if (Object.keys(errors).length) {
        send(422, loginPage({ lang, uid, clientName, persons: TEST_PERSONS, typed, errors }, t));
        return;
      }
      const accountId = `typed-${randomBytes(9).toString('base64url')}`;
      typedPersons.set(accountId, { id: accountId, givenName: typed.givenName, familyName: typed.familyName, personalId: typed.personalId });
      await login(accountId);
      return;
    }
    send(404, messagePage(lang, t('errorTitle'), 'Not found', t));
  }

  return startLocalProvider({
    host: opts.host,
    port: opts.port,
    keyDir: opts.keyDir,
    issuer: opts.issuer,
    clients: opts.clients.map((c) => ({
      client_id: c.clientId,
      client_name: c.clientName,
      token_endpoint_auth_method: 'private_key_jwt',
      jwks: { keys: c.jwks.keys },
      redirect_uris: c.redirectUris,
      post_logout_redirect_uris: c.postLogoutRedirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      id_token_signed_response_alg: 'RS256',
      ...(c.idTokenEncryption ? { id_token_encrypted_response_alg: c.idTokenEncryption.alg, id_token_encrypted_response_enc: c.idTokenEncryption.enc } : {}),
    })),
    scopes: ['openid', 'profile', PERSONAL_ID_CLAIM],
    claims: {
      openid: ['sub'],
      profile: ['given_name', 'family_name', 'name'],
      [PERSONAL_ID_CLAIM]: [PERSONAL_ID_CLAIM],
    },
    features: {
      encryption: { enabled: true },
      rpInitiatedLogout: signOutPages({
        confirm: (lang, form) => logoutPage(lang, form, translator(identityTexts, lang)),
        done: (lang) => {
          const t = translator(identityTexts, lang);
          return messagePage(lang, t('logoutTitle'), t('loggedOut'), t);
        },
      }),
    },
    account(id) {
      const person = personById(id);
      if (!person) return undefined;
      return {
        given_name: person.givenName,
        family_name: person.familyName,
        name: `${person.givenName} ${person.familyName}`,
        // The names and the henkilötunnus in the ID token itself, as the brokers send them.
        ...(person.personalId ? { [PERSONAL_ID_CLAIM]: person.personalId } : {}),
      };
    },
    interaction: signInPage,
    errorPage(lang, message) {
      const t = translator(identityTexts, lang);
      return messagePage(lang, t('errorTitle'), message ?? t('errorTitle'), t);
    },
  });
}
