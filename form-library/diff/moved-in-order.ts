/**
 * Which items of a common sequence changed place. Items kept in the longest common subsequence
 * stayed put; the rest moved. So inserting one field at the top moves nothing, while dragging one
 * field down moves exactly that field.
 */
export function movedInOrder(before: readonly string[], after: readonly string[]): Set<string> {
  const inBoth = new Set(after);
  const a = before.filter((x) => inBoth.has(x));
  const inA = new Set(a);
  const b = after.filter((x) => inA.has(x));
  // Classic LCS table; sequences are a page's fields, tens at most.
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const stayed = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      stayed.add(a[i]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) {
      i++;
    } else {
      j++;
    }
  }
  return new Set(b.filter((x) => !stayed.has(x)));
}
