/**
 * Limits the server enforces and the apps check early, as plain values: an app may import this
 * module itself (it holds no schema code), unlike the rest of the contract, which apps import as types.
 */

/** A staff member's own password, counted in characters (not UTF-16 units). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

/** An authority's own privacy notice for a deployed service: the address's and the text's length. */
export const PRIVACY_URL_MAX = 500;
export const PRIVACY_TEXT_MAX = 4000;
