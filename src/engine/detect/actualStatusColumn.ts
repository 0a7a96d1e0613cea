/**
 * A column whose heading names the status of the actual — 「確定／見込」「速報・確定」「確定値・見込値の別」「実績の区分」 — says for
 * each row whether its actual is final: a 「見込」「速報」「暫定」 in it reads that row's actual as provisional, as the word written
 * beside the number would (graded, said as provisional, never silently as a final figure); 「確定」 says it is final. It
 * speaks of the actual its header row heads 実績 (of several dated actuals on the row, the newest: the earlier years' are
 * final by then), never of a target; a status cell naming another year than the actual's, or both words, says nothing.
 */
import { findPeriod } from '../values/periods';
import { qualifierOf } from '../values/qualifiers';
import { normalizeText } from '../values/text';
import { a1 } from '../model/address';
import type { Grid } from './grid';
import { sheetMentionsAny, textCells } from './sheetTexts';
import { RemarkHeadings } from './remarkHeadings';
import { newestOfLine } from './remarkQualifiers';
import type { Point, RawIndicator } from './types';

/** A status word of a figure: 確定 (final) or one saying it is not yet (見込, 速報, 暫定), 値 after it or not. */
const WORD = '(?:確定|見込み?|見通し|速報|暫定)値?';
/** Two status words side by side (確定／見込, (速報・確定)), 区分 / の別 after them or not; or 実績の区分. */
const STATUS_HEADING = new RegExp(`^[(（]?${WORD}[・/／、,]${WORD}[)）]?(?:の?(?:別|区分))?$|^(?:実績値?|数値)の?(?:確定)?区分$`);
/** A cheap first look: a status heading holds one of these words. */
const STATUS_WORDS = /確定|見込|見通し|速報|暫定|区分/;
const STATUS_WORD_LIST = ['確定', '見込', '見通し', '速報', '暫定', '区分'];
/** How far from the actual's 実績 heading the status heading may stand: columns along, header rows up or down. */
const REACH_COLS = 12;
const REACH_ROWS = 2;
/** A status cell is a word or two, never a remark. */
const MAX_STATUS = 10;

/** Whether a heading names the status of the actual (確定／見込, 速報/確定, 実績の区分). */
export function namesActualStatus(heading: string): boolean {
  const t = normalizeText(heading).replace(/\s+/g, '');
  return t.length <= 16 && STATUS_HEADING.test(t) && (/区分/.test(t) || new Set(t.match(/確定|見込|見通し|速報|暫定/g)).size === 2);
}

/** The sheet's status headings as [row, col], read once. */
function statusHeadings(grid: Grid): [number, number][] {
  const out: [number, number][] = [];
  // A sheet writing none of STATUS_WORDS is not looked through (sheetTexts.ts).
  if (!sheetMentionsAny(grid, STATUS_WORD_LIST)) return out;
  for (const { row, col, text: v } of textCells(grid))
    if (v.length <= 24 && STATUS_WORDS.test(v) && grid.anchor(row, col).row === row && namesActualStatus(v)) out.push([row, col]);
  return out;
}

/** The status heading over the actual's row: on its 実績 heading's row (or the header rows beside it), nearest the actual's column. */
function headingFor(headings: RemarkHeadings, status: [number, number][], p: Point): [number, number] | null {
  const hr = headings.actualAbove(p.row, p.col, p.row - Math.min(...status.map(([r]) => r)) + REACH_ROWS);
  if (hr === null) return null;
  const near = status.filter(([r, c]) => r < p.row && Math.abs(r - hr) <= REACH_ROWS && c !== p.col && Math.abs(c - p.col) <= REACH_COLS);
  near.sort((a, b) => Math.abs(a[1] - p.col) - Math.abs(b[1] - p.col));
  return near[0] ?? null;
}

/** Whether a status cell says its row's figure is not final: a 見込 / 速報 / 暫定 word, no 確定, no other year than the figure's. */
function saysNotFinal(text: string, p: Point): boolean {
  const t = normalizeText(text).replace(/\s+/g, '');
  if (!t || t.length > MAX_STATUS || /(?<!未)確定(?!前)/.test(t) || qualifierOf(t, [], []) !== 'provisional') return false;
  const named = findPeriod(t)?.period;
  return !named || (!!p.period && named.fiscalYear === p.period.fiscalYear);
}

/** Marks each actual whose row's status column says 見込 / 速報 / 暫定 as provisional (a qualifier it does not carry yet). */
export function applyActualStatusColumn(grid: Grid, indicators: RawIndicator[]): void {
  if (!indicators.some((ind) => ind.actuals.length)) return;
  const status = statusHeadings(grid);
  if (!status.length) return;
  const headings = new RemarkHeadings(grid);
  for (const ind of indicators)
    for (const p of ind.actuals) {
      if (p.parsed.status !== 'value' || p.parsed.qualifier) continue;
      const line = ind.actuals.filter((a) => a.row === p.row);
      if (line.length > 1 && !newestOfLine(p, line)) continue;
      const h = headingFor(headings, status, p);
      const text = h ? grid.text(p.row, h[1]) : '';
      if (!h || !saysNotFinal(text, p)) continue;
      p.parsed = { ...p.parsed, qualifier: 'provisional', text: `${p.parsed.text}（${grid.text(h[0], h[1])} ${a1(p.row, h[1])}：${text}）` };
    }
}
