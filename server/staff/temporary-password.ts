/**
 * One-time temporary passwords for new and reset staff accounts: random, easy to read aloud or
 * type from a screen (no 0/O, 1/l/I), grouped in fours; 20 characters of a 31-letter alphabet ≈ 99 bits.
 */
import { randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export function temporaryPassword(groups = 5): string {
  const parts: string[] = [];
  for (let g = 0; g < groups; g++) {
    let part = '';
    for (let i = 0; i < 4; i++) part += ALPHABET[randomInt(ALPHABET.length)];
    parts.push(part);
  }
  return parts.join('-');
}
