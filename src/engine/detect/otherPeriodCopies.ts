/**
 * A copy of the sheet's table for another year: a table lower (or higher) on the sheet whose caption names one period
 * other than the sheet's own (「（参考）令和４年度」 over the same 成果指標 | 単位 | 目標値 | 実績値 columns, while the
 * title says 令和５年度), and whose indicators mostly recur in the sheet's other tables. Its figures are that year's,
 * never this period's: its rows are left out of the sheet's indicators, and the sheet says so (the caption cell, its
 * period, the indicators left out), so a clerk who meant that year can ask for it.
 * A table captioned with another year whose indicators do not recur on the sheet is left as it is read, unless its heading is
 * the fiscal year's months (区分 | 4月 … 3月 | 年間計): dated by nothing but the caption, it is that year's record (review rv80
 * item 7: 「【参考】令和4年度　月別利用実績」 under a 令和5年度 indicator table). A unit line between the caption and the header
 * (「令和4年度（参考）」 over 「（単位：人）」) is passed over, as monthsTableCaption.ts does (review rv81 item 3). A year qualified as the table's revision (「成果指標（令和４年度
 * 見直し）」, 設定 / 策定 / から) dates no figures: no caption (review rv82b item 3).
 */
import { a1, parseA1 } from '../model/address';
import { compactForPeriod, findPeriod, type Period } from '../values/periods';
import { normalizeText, oneLine } from '../values/text';
import { unitLine } from '../values/unitLine';
import type { CellIndex, IndexedCell } from './cells';
import type { Grid } from './grid';
import { readHeader } from './header';
import type { OtherPeriodCopy, RawIndicator, SheetMeta } from './types';
import { fiscalMonths } from './monthsTotalColumn';

/** How far above an indicator its table's header may start, and above the header its caption. */
const HEADER_REACH = 60;
const CAPTION_REACH = 2;

/** The top row of the header of the table an indicator (read by the table reader) stands in, or null. */
function headerTop(grid: Grid, index: CellIndex, ind: RawIndicator, seen: Map<number, number | null>): number | null {
  for (let r = ind.row - 1; r >= Math.max(grid.top, ind.row - HEADER_REACH); r--) {
    if (!seen.has(r)) {
      const h = readHeader(grid, index, r);
      seen.set(r, h ? h.band[0] : null);
    }
    const top = seen.get(r);
    if (top != null) return top;
  }
  return null;
}

/** The caption right above a header (blank rows between allowed): one short text alone on its row naming one period. */
function captionAbove(grid: Grid, index: CellIndex, top: number): { cell: string; text: string; period: Period } | null {
  let reach = CAPTION_REACH;
  for (let r = top - 1; r >= Math.max(grid.top, top - reach); r--) {
    const texts = index.row(r).filter((c) => c.text);
    if (!texts.length) continue;
    if (texts.length !== 1 || texts[0].text.length > 40) return null;
    if (reach === CAPTION_REACH && unitLine(normalizeText(texts[0].text))) {
      reach++;
      continue;
    }
    const found = findPeriod(texts[0].text);
    if (!found || found.period.kind !== 'fiscal' || datesNoFigures(texts[0].text, found)) return null;
    return { cell: a1(r, texts[0].col), text: oneLine(texts[0].text), period: found.period };
  }
  return null;
}

/**
 * A year qualified as when the table was set up (「成果指標（令和４年度見直し）」「令和3年度設定」「令和2年度策定」「令和4年度から」):
 * it dates the indicators' revision, no figures, so the table is no other year's copy (review rv82b item 3).
 */
function datesNoFigures(text: string, found: { index: number; length: number }): boolean {
  const after = compactForPeriod(text).slice(found.index + found.length);
  return /^(に|の)?(見直|設定|策定|改定|改訂|変更|追加|新設|から|以降|より)/.test(after);
}

const key = (name: string) => normalizeText(name).replace(/\s+/g, '');

/**
 * Whether some line of the sheet could caption a copy: one short text alone on its row naming another fiscal year than
 * the sheet's, and not the title or the line stating the sheet's period (`own`; see captionAbove).
 */
function mayHoldCaption(index: CellIndex, sheetPeriod: Period, own: Set<string>): boolean {
  for (const cells of index.rows.values()) {
    let text: IndexedCell | undefined;
    let texts = 0;
    for (const c of cells) if (c.text && ++texts === 1) text = c;
    if (texts !== 1 || text!.text.length > 40) continue;
    const found = findPeriod(text!.text);
    if (!found || found.period.kind !== 'fiscal' || found.period.fiscalYear === sheetPeriod.fiscalYear) continue;
    if (!own.has(a1(text!.row, text!.col)) && !own.has(oneLine(text!.text))) return true;
  }
  return false;
}

/** Takes the copies of the sheet's tables for another period out of `indicators` (in place) and returns them. */
export function dropOtherPeriodCopies(grid: Grid, index: CellIndex, meta: SheetMeta, indicators: RawIndicator[]): OtherPeriodCopy[] {
  const sheetPeriod = meta.statedPeriod?.period ?? meta.titlePeriod;
  // The title or the line stating the sheet's period is no table's caption of another year.
  const own = new Set([meta.statedPeriod?.cell, meta.title].filter((x): x is string => !!x));
  if (!sheetPeriod || !mayHoldCaption(index, sheetPeriod, own)) return [];
  const seen = new Map<number, number | null>();
  const tables = new Map<number, RawIndicator[]>();
  for (const ind of indicators) {
    if (ind.layout !== 'table') continue;
    const top = headerTop(grid, index, ind, seen);
    if (top !== null) tables.set(top, [...(tables.get(top) ?? []), ind]);
  }
  const captioned = [...tables].flatMap(([top, members]) => {
    const caption = captionAbove(grid, index, top);
    const other = caption && !own.has(caption.cell) && !own.has(caption.text) && caption.period.fiscalYear !== sheetPeriod.fiscalYear;
    return other ? [{ caption, members, top }] : [];
  });
  // A copy repeats indicators of the tables that are not themselves another year's.
  const elsewhere = new Set(indicators.filter((i) => !captioned.some((t) => t.members.includes(i))).map((i) => key(i.name)));
  const copies: OtherPeriodCopy[] = [];
  for (const { caption, members, top } of captioned) {
    const monthsOnly = !!fiscalMonths(index.row(top));
    if (!monthsOnly && members.filter((i) => elsewhere.has(key(i.name))).length * 2 <= members.length) continue;
    copies.push({ ...caption, sheetPeriod, indicators: members.map((i) => i.name) });
    for (const m of members) indicators.splice(indicators.indexOf(m), 1);
  }
  return copies.sort((a, b) => (parseA1(a.cell)?.row ?? 0) - (parseA1(b.cell)?.row ?? 0));
}
