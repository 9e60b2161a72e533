/**
 * Limits the server enforces and the apps check early, as plain values: an app may import this
 * module itself (it holds no schema code), unlike the rest of the contract, which apps import as types.
 */

/** A staff member's own password, counted in characters (not UTF-16 units). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;
