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

/** A year the target is set for (令和５年度, R5, 2023年度, FY2023): no comparison, taken off before the words are read. */
const YEAR_LABEL = /(?:令和|平成)[0-9元]+年度?|R[0-9]{1,2}(?:年度?)?|FY ?[0-9]{2,4}|(?:19|20)[0-9]{2}年度?/gi;
/** An average compared with, not set (過去5年平均比, 平均以下に抑制, 前年度平均を下回る): the comparison words tied to the average itself. */
const AVERAGE_COMPARED = /平均値?(?:比|以下|以上|を下回|を上回|未満|超)|(?:過去|直近)[0-9]*[か箇ヶ]?年?(?:間|度)?(?:の)?平均|前年度?(?:の)?平均/;

/**
 * Whether a target column's heading states its figure as an average (「縮減目標（月平均）」「目標値（1人当たり月平均）」). Review rv78: an
 * average compared with (過去5年平均比10%減, 平均以下に抑制) is no target set as an average; review rv79 item 1: the year the target
 * is for (「令和５年度目標（月平均）」) is no comparison, nor a bound on the target's own figure.
 */
const averageTarget = (text: string) => {
  const t = normalizeText(text).replace(YEAR_LABEL, '');
  return /平均/.test(t) && !AVERAGE_COMPARED.test(t);
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
