/**
 * Indicators stated in a sentence of a narrative cell, as a 主要な施策の成果に関する説明書 writes them: 「成果指標である
 * 「公民館講座の参加者数」は、目標値5,000人に対し実績値4,630人（達成率92.6％）であった。」. Read only where the sentence
 * names an indicator in brackets after 指標 and gives both a 目標 and a 実績 figure; the figures' cell is the sentence's.
 * An indicator the sheet's tables already hold under the same name is left to them.
 */
import { a1 } from '../model/address';
import { compact } from '../values/text';
import { parseValue } from '../values/values';
import { cleanName } from './names';
import { namedIndicator } from './common';
import type { Grid } from './grid';
import type { CellIndex } from './cells';
import type { Point, RawIndicator } from './types';

/** A figure with its unit: 5,000人, 320,000冊, 66.5％, 3億2,400万円 is no single figure (never matched: 億 breaks it). */
const FIGURE = '([0-9０-９][0-9０-９,，.．]*)\\s*([^\\s0-9０-９,，.．、。（(）)に]{0,4}?)';
/** 指標（である）「name」は、目標値X に対し（て）、実績値Y. */
const SENTENCE = new RegExp(
  `指標(?:である|の)?[「『]([^」』]{2,40})[」』](?:は|が|について(?:は)?)[、,，\\s]*目標(?:値)?(?:の)?${FIGURE}に対し(?:て)?[、,，\\s]*実績(?:値)?(?:は|が)?${FIGURE}`,
  'g',
);

function figure(row: number, col: number, text: string, num: string, unit: string): Point {
  const written = `${num}${unit}`;
  return { row, col, cell: a1(row, col), raw: text, formula: null, parsed: parseValue(written) };
}

export function detectNarrativeIndicators(grid: Grid, index: CellIndex, read: RawIndicator[]): RawIndicator[] {
  const out: RawIndicator[] = [];
  const known = new Set(read.map((i) => compact(i.name)));
  for (const cells of index.rows.values())
    for (const c of cells) {
      if (c.text.length < 20 || !c.text.includes('指標') || !c.text.includes('実績')) continue;
      const text = grid.fullText(c.row, c.col);
      for (const m of text.normalize('NFKC').matchAll(SENTENCE)) {
        const clean = cleanName(m[1]);
        if (!clean.name || known.has(compact(clean.name))) continue;
        known.add(compact(clean.name));
        const ind = namedIndicator(grid.name, 'narrative', c.row, a1(c.row, c.col), clean.id ?? null, clean);
        ind.wordsForDirection = m[0];
        ind.targets = [{ ...figure(c.row, c.col, text, m[2], m[3]), kind: 'target' }];
        ind.actuals = [figure(c.row, c.col, text, m[4], m[5])];
        const unit = m[3] || m[5];
        if (unit && !ind.unit) ind.unit = unit;
        out.push(ind);
      }
    }
  return out;
}
