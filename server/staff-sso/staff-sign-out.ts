/**
 * Ending the provider's session too when a single sign-on staff member signs out of Kevyt
 * (RP-initiated logout): the provider's end-session address with the session's ID token as
 * `id_token_hint` (so the provider knows whose session to end without asking; a staff token holds
 * no henkilötunnus) and `post_logout_redirect_uri` back to the sign-in page of the app they left,
 * in their language. Those pages must be registered at the provider (README "Staff single sign-on").
 */
import type { Lang } from '../../form-library/format/types';
import { LANGS } from '../../languages/localized-text';
import type { AppContext } from '../context';
import { endSessionUrl } from '../oidc/login-round-trip';

export const SIGN_OUT_APPS = ['builder', 'desk'] as const;
export type SignOutApp = (typeof SIGN_OUT_APPS)[number];

/** The sign-in page of `app` in `lang`, where the provider sends the browser after its sign-out. */
export function postLogoutRedirectUrl(publicUrl: string, app: SignOutApp, lang: Lang): string {
  const base = publicUrl.replace(/\/+$/, '');
  return app === 'builder' ? `${base}/builder/${lang}` : `${base}/${lang}/virkailija`;
}

/** Every page a provider may send the browser back to after its sign-out (to register there). */
export function postLogoutRedirectUrls(publicUrl: string): string[] {
  return SIGN_OUT_APPS.flatMap((app) => LANGS.map((lang) => postLogoutRedirectUrl(publicUrl, app, lang)));
}

/**
 * The address that ends the session at `authorityId`'s provider, or null: no provider, no ID token
 * kept (a password sign-in), or a provider without an end-session endpoint or not reachable now
 * (Kevyt's own session ends either way).
 */
export async function providerSignOutUrl(ctx: AppContext, input: { authorityId: string | null; idToken: string | null; app: SignOutApp; lang: Lang }): Promise<string | null> {
  const rp = input.authorityId ? ctx.staffSso?.providers.get(input.authorityId) : undefined;
  if (!rp || !input.idToken) return null;
  return endSessionUrl(rp.configuration, {
    id_token_hint: input.idToken,
    post_logout_redirect_uri: postLogoutRedirectUrl(ctx.config.publicUrl, input.app, input.lang),
    ui_locales: input.lang,
  });
}
