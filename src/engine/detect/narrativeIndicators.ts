/**
 * Indicators stated in a sentence of a narrative cell, as a 主要な施策の成果に関する説明書 writes them: 「成果指標である
 * 「公民館講座の参加者数」は、目標値5,000人に対し実績値4,630人（達成率92.6％）であった。」. Read only where the sentence
 * names an indicator in brackets after 指標 and gives both a 目標 and a 実績 figure; the figures' cell is the sentence's.
 * An indicator the sheet's tables already hold under the same name (or one name inside the other) is left to them; a sentence
 * going on to a second target and actual (another year's) is not read. How it went (「目標を下回った」) is no aim (directionNotes.ts).
 */
import { a1 } from '../model/address';
import { compact } from '../values/text';
import { parseValue } from '../values/values';
import { cleanName } from './names';
import { namedIndicator } from './common';
import type { Grid } from './grid';
import type { CellIndex } from './cells';
import type { Point, RawIndicator } from './types';

/** A figure with its unit (kanji, katakana or ％, up to a kana: 「4,630人となり」): 5,000人, 320,000冊, 66.5％. */
const FIGURE = '([0-9０-９][0-9０-９,，.．]*)\\s*([^\\s0-9０-９,，.．、。（(）)ぁ-ん]{0,4})';
/** 指標（である）「name」は、目標値X に対し（て）、実績値Y. */
const SENTENCE = new RegExp(
  `指標(?:である|の)?[「『]([^」』]{2,40})[」』](?:は|が|について(?:は)?)[、,，\\s]*目標(?:値)?(?:の)?${FIGURE}に対し(?:て)?[、,，\\s]*実績(?:値)?(?:は|が)?${FIGURE}`,
  'g',
);

/** A figure of the sentence: its cell the sentence's, its value only the figure as written (the sentence's other words are no bound). */
function figure(row: number, col: number, num: string, unit: string): Point {
  const written = `${num}${unit}`;
  return { row, col, cell: a1(row, col), raw: written, formula: null, parsed: parseValue(written) };
}

/** A name as compared: compacted, without の, brackets or 数. */
const bare = (name: string) => compact(name).replace(/[（(][^）)]*[）)]|の|数$/g, '');

/** Whether the sheet already holds the indicator: the same name, or one name inside the other (講座参加者数 / 公民館講座の参加者数). */
function held(names: string[], name: string): boolean {
  const n = bare(name);
  return names.some((k) => k === n || (Math.min(k.length, n.length) >= 4 && (k.includes(n) || n.includes(k))));
}

export function detectNarrativeIndicators(grid: Grid, index: CellIndex, read: RawIndicator[]): RawIndicator[] {
  const out: RawIndicator[] = [];
  const names = read.map((i) => bare(i.name));
  for (const cells of index.rows.values())
    for (const c of cells) {
      if (c.text.length < 20 || !c.text.includes('指標') || !c.text.includes('実績')) continue;
      const text = grid.fullText(c.row, c.col);
      for (const m of text.normalize('NFKC').matchAll(SENTENCE)) {
        const clean = cleanName(m[1]);
        if (!clean.name || held(names, clean.name)) continue;
        // A sentence going on to another target and actual (令和４年度は…22件であったが、令和５年度は目標値35件に対し…): which
        // pair is the year's it does not say plainly; not read.
        const rest = m.input!.slice(m.index! + m[0].length).split('。')[0];
        if (/目標(?:値)?(?:の)?[0-9]/.test(rest)) continue;
        names.push(bare(clean.name));
        const ind = namedIndicator(grid.name, 'narrative', c.row, a1(c.row, c.col), clean.id ?? null, clean);
        ind.wordsForDirection = m[0];
        ind.targets = [{ ...figure(c.row, c.col, m[2], m[3]), kind: 'target' }];
        ind.actuals = [figure(c.row, c.col, m[4], m[5])];
        const unit = m[3] || m[5];
        if (unit && !ind.unit) ind.unit = unit;
        out.push(ind);
      }
    }
  return out;
}
