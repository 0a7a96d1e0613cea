/**
 * An average heading right after the parts of the period (「4月 … 3月 | 年度平均 | 縮減目標（月平均）」) where the table's target
 * says it is an average too: a measure taken per month (時間外在校等時間 per teacher a month), its year's figure the parts'
 * average, the period's actual as a 年度計 is a count's (partsTotal.ts). Only beside such a target: under a plain 目標 a
 * count's yearly target would be held against a twelfth of it, so there the column stays unread (the parts' sum a guess, parts.ts).
 */
import { a1 } from '../model/address';
import type { CellIndex } from './cells';
import type { Column } from './column';
import { headingText } from './cumulativeTwins';
import { columnAfterParts } from './partsTotal';
import { compact, normalizeText } from '../values/text';

/** An average over the period alone, brackets aside: 年度平均, 年間平均, 月平均, 平均, 平均値. */
const AVERAGE = /^(年度|年間|通年|月)?平均値?$/;

/** A heading's words alone: folded, brackets and spaces aside. */
const bare = (text: string) => compact(normalizeText(text)).replace(/[(（][^()（）]*[)）]/g, '');

/** Whether a target column's heading states its figure as an average (「縮減目標（月平均）」「目標値（1人当たり月平均）」). */
const averageTarget = (text: string) => {
  const t = normalizeText(text);
  // Review rv78: an average compared with (過去5年平均比10%減, 平均以下に抑制) is no target set as an average.
  return /平均/.test(t) && !/過去|前年|\d+年|比|以下|以上|下回|上回|抑制|未満|超/.test(t);
};

/** Reads an average column right after the parts as the period's actual when the table's targets are averages (in place in `columns`). */
export function averageAfterParts(index: CellIndex, band: number[], columns: Column[]): void {
  const col = columnAfterParts(columns);
  if (col === null || col > index.grid.right) return;
  const grid = index.grid;
  const targets = columns.filter((c) => c.role === 'target');
  if (!targets.length || !targets.every((c) => averageTarget(headingText(grid, c.cells)))) return;
  const own = columns.find((c) => c.col === col);
  if (own && own.role !== 'derived') return;
  const heads = band.map((row) => grid.anchor(row, col)).filter((a) => grid.text(a.row, a.col));
  if (!heads.length || !heads.every((a) => AVERAGE.test(bare(grid.text(a.row, a.col))))) return;
  const average: Column = { col, role: 'actual', cells: [...new Set(heads.map((a) => a1(a.row, a.col)))] };
  if (own) Object.assign(own, average);
  else columns.splice(columns.filter((c) => c.col < col).length, 0, average);
}
