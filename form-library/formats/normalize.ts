/**
 * How a typed identifier is stored: the one normal form, shared by the live check beside the field,
 * the check in the browser and the server's check, so that what shows ✓ is what gets stored.
 * Blanks around the value go; the check letter and century sign of a henkilötunnus are upper case
 * (131052-308t → 131052-308T); a Y-tunnus typed without its hyphen gets it (07375462 → 0737546-2).
 * Anything else is left as typed for the check to name.
 */
export function normalizeBusinessId(value: string): string {
  const trimmed = value.trim();
  return /^\d{8}$/.test(trimmed) ? `${trimmed.slice(0, 7)}-${trimmed.slice(7)}` : trimmed;
}

export function normalizePersonalId(value: string): string {
  return value.trim().toUpperCase();
}
