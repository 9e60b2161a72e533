/** Staff single sign-on's texts: the local stand-in provider's page, the sign-in button and return page, the admin's mappings and authenticator reset. */
import en from './staff-sso/en.json';
import fi from './staff-sso/fi.json';
import sv from './staff-sso/sv.json';
import { defineSections } from '../translate';

const sections = defineSections({ fi, sv, en });

export const staffProviderTexts = sections.provider;
export const staffSsoSignInTexts = sections.signIn;
export const staffSsoAdminTexts = sections.admin;
