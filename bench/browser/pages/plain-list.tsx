/** The baseline for a designer move: a plain React list of 300 items, one item moved per click. */
import { useState } from 'react';
import { BenchButtons, exposeMovePage } from './move-page-kit';

const ITEMS = 300;
let items = Array.from({ length: ITEMS }, (_, i) => `Kenttä ${i + 1}`);
let next: { from: number; to: number } | undefined;

function moved(list: string[], from: number, to: number): string[] {
  const out = list.filter((_, i) => i !== from);
  out.splice(to, 0, list[from]);
  return out;
}

function PlainList() {
  const [list, setList] = useState(items);
  items = list;
  return (
    <>
      <BenchButtons onMove={() => next && setList((l) => moved(l, next!.from, next!.to))} onNoop={() => setList((l) => [...l])} />
      <ol>{list.map((item) => <li key={item} data-item={item}>{item}</li>)}</ol>
    </>
  );
}

exposeMovePage(<PlainList />, {
  prepareMove(i) {
    const from = (i * 13) % ITEMS;
    const to = (from + 2) % ITEMS;
    next = { from, to };
    const expected = moved(items, from, to).join();
    return () => [...document.querySelectorAll<HTMLElement>('[data-item]')].map((el) => el.dataset.item).join() === expected;
  },
  itemCount: () => items.length,
});
