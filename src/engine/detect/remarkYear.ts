/**
 * A remark in the 備考 cell of the actual's own line saying the figure is another year's — 「交通事業者からの実績報告が未着のため、
 * 令和４年度の値を記載」「R4実績を掲載（R5は7月公表）」「2022年のデータで代用」 — dates that figure as a year note beside its number
 * would (「412,300（令和4年度）」): a figure read for the evaluation period whose note names another year is a guess, said in
 * a reading-uncertain finding (guesses.ts yearNoteDiffers), never graded silently as the period's. Only a year followed by
 * the figure's own words (の値 / 実績 / 数値 / データ, then 記載, 掲載, 計上, 使用 or 代用 at most): a month (「令和6年6月報告予定」)
 * dates a report, and a remark about another measure (目標, 計画, 基準) says nothing of the actual.
 */
import { compactForPeriod, findPeriod, type Period } from '../values/periods';
import type { Grid } from './grid';
import { OTHER_MEASURE, RemarkHeadings, remarkOnRow } from './remarkHeadings';
import { sheetMentionsAny } from './sheetTexts';
import type { RawIndicator } from './types';

/** How far the heading of the actual's line, and its 備考 heading, may be from the figure. */
const REACH = 12;
/** A remark is a note of a line or two. */
const MAX_REMARK = 80;
/** What follows the year when it dates the figure: its own words, then what was done with it. */
const FIGURE_WORDS =
  /^の?(?:実績値?|値|数値|データ|確定値|統計値?)(?:(?:を|で|により|に基づき)?(?:記載|掲載|計上|使用|代用|引用|採用|表示|用い)(?!予定)|$|[、。,（(])/;
/** What the remark says of another measure: its year is that measure's. */
const OTHER = new RegExp(OTHER_MEASURE.source.replace('|前年|昨年', ''));

/** The words one of which a 備考 heading writes (values/labels.ts's note role): a sheet writing none has no remark to read. */
const NOTE_WORDS = ['備考', '特記', '補足', 'コメント', '所見', 'note', 'Note', 'NOTE', 'emark', 'EMARK'];

/** The year a remark says the figure is of, else null. */
export function remarkYearOf(remark: string): Period | null {
  const t = compactForPeriod(remark);
  if (t.length > MAX_REMARK || OTHER.test(t)) return null;
  for (let from = 0; from < t.length;) {
    const p = findPeriod(t.slice(from));
    if (!p) return null;
    const end = from + p.index + p.length;
    if (p.period.kind !== 'month' && FIGURE_WORDS.test(t.slice(end).replace(/^年度/, ''))) return p.period;
    from = end;
  }
  return null;
}

/** Dates each actual whose own line's 備考 names the year of its figure (a year note it does not carry yet). */
export function applyRemarkYears(grid: Grid, indicators: RawIndicator[]): void {
  if (!sheetMentionsAny(grid, NOTE_WORDS) || !indicators.some((i) => i.actuals.length)) return;
  const headings = new RemarkHeadings(grid);
  for (const ind of indicators)
    for (const p of ind.actuals) {
      if (p.parsed.status !== 'value' || p.parsed.notePeriod) continue;
      const remark = remarkOnRow(grid, headings, p, REACH);
      const year = remark?.text ? remarkYearOf(remark.text) : null;
      if (year) p.parsed = { ...p.parsed, notePeriod: year, noteCell: remark!.cell, text: `${p.parsed.text}（備考 ${remark!.cell}：${remark!.text}）` };
    }
}
