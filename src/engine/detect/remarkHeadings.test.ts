/**
 * RemarkHeadings answers, for any cell, what classifyLabel says of the cell's text as Grid.text sees it, when that is
 * 実績 or 備考: through merged areas, for multi-line headings, and never for a number, a hidden value or a sentence (a text longer than
 * any label, told without normalising it unless NFKC may fold its characters: half-width sound marks, combining marks).
 */
import { classifyLabel } from '../values/labels';
import { Grid } from './grid';
import { FOLDS, RemarkHeadings } from './remarkHeadings';
import { snap } from './testing';

const values = [
  ['年度', '目標値', '実績値', '備考', null, '備　考'],
  ['令和5年度', 130, 126, '速報値', null, 'Remarks'],
  ['実績', 1, 2, 3, 'notes', '実績\n(R5)'],
  ['備考', 'hidden', 'note', 2024, true, '指標名'],
  ['実績値（令和5年度の数値は速報値であり、確定値は翌年度に公表予定）', '備考'.padEnd(30, '　'), 'ﾋﾞｺｳ'.repeat(8), '実績゙'.repeat(9), null, null],
];

describe('RemarkHeadings', () => {
  const grid = new Grid(snap('指標', values, { merges: ['D1:E1', 'A3:A4'] }));
  const headings = new RemarkHeadings(grid);
  const expected = (r: number, c: number) => {
    const role = classifyLabel(grid.text(r, c))?.role;
    return role === 'actual' || role === 'note' ? role : undefined;
  };

  test('every cell reads as classifyLabel reads its seen text, asked once or twice, in any order', () => {
    const cells = values.flatMap((row, i) => row.map((_, j) => [i + 1, j + 1]));
    for (const [r, c] of [...cells, ...cells.reverse()]) expect([r, c, headings.at(r, c)]).toEqual([r, c, expected(r, c)]);
  });

  test('a sentence that starts with 実績 is no heading; a heading padded with white space still is', () => {
    expect([headings.at(5, 1), headings.at(5, 2)]).toEqual([undefined, 'note']);
  });

  test('a merged heading is found in each cell of its area; a value under the area, a number or a yes/no is none', () => {
    expect([headings.at(1, 4), headings.at(1, 5), headings.at(3, 1), headings.at(4, 1)]).toEqual(['note', 'note', 'actual', 'actual']);
    expect([headings.at(4, 4), headings.at(4, 5), headings.at(2, 3)]).toEqual([undefined, undefined, undefined]);
  });

  test('a cell outside the sheet’s range has no heading', () => {
    expect([headings.at(0, 1), headings.at(9, 9)]).toEqual([undefined, undefined]);
  });
});

describe('FOLDS: the characters NFKC may fold into the one before them', () => {
  test('every other character keeps at least one character under NFKC, white space removed, and starts with none that composes', () => {
    const seconds = new Set<string>();
    for (let cp = 0; cp <= 0x10ffff; cp++)
      if (cp < 0xd800 || cp > 0xdfff) [...String.fromCodePoint(cp).normalize('NFD')].slice(1).forEach((c) => seconds.add(c));
    for (let cp = 0x1161; cp <= 0x11c2; cp++) seconds.add(String.fromCodePoint(cp)); // Hangul vowels and finals join the syllable before
    const unsafe: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      const c = String.fromCharCode(cp);
      if (FOLDS.test(c) || /\s/.test(c)) continue;
      const n = c.normalize('NFKC');
      if (!n.replace(/\s+/g, '') || seconds.has([...n][0])) unsafe.push(cp.toString(16));
    }
    expect(unsafe).toEqual([]);
  });
});
