/**
 * 現有数 / 現員数 (what is held now: 消防力, 施設, 職員) as a column heading. Alone it heads the table's actual
 * (区分 | 単位 | 整備目標 | 現有数). Beside another actual column (現有数 | 整備目標 | 実績) it is the holding the plan started
 * from, not this year's figure: with 計画策定時 / 策定時 / 当初 / 基準 in its heading (「現有数（計画策定時）」) it is the baseline,
 * else it stays unread. Decided once the header's columns are read (header.ts), as the table's other headings show.
 */
import { headingTexts } from './cumulativeTwins';
import type { Column } from './column';
import type { Grid } from './grid';
import { normalizeText } from '../values/text';

const HELD_NOW = /^(現有|現員)(数|台数|人数|人員)?(?![\p{L}])/u;
const STARTING_POINT = /計画策定時|策定時|当初|基準/;

const headings = (grid: Grid, c: Column): string[] => headingTexts(grid, c.cells).map((t) => normalizeText(t).replace(/\s+/g, ''));

/** Turns a 現有数 / 現員数 actual beside another actual into the baseline (its heading naming the start) or an unread figure. */
export function heldNowBesideActual(grid: Grid, columns: Column[]): void {
  const held = columns.filter((c) => c.role === 'actual' && !c.pair && headings(grid, c).some((t) => HELD_NOW.test(t)));
  if (!held.length) return;
  const other = columns.some((c) => c.role === 'actual' && !held.includes(c));
  if (!other) return;
  for (const c of held) {
    c.role = headings(grid, c).some((t) => STARTING_POINT.test(t)) ? 'baseline' : 'derived';
  }
}
