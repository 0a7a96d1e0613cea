/**
 * A sheet note saying the latest survey's result is evaluated as a year's actual (「※隔年又は数年ごとに実施する調査による指標は、
 * 直近の調査結果を令和５年度の実績値として評価する」): a row whose 実績値の調査年度 is an earlier survey year (令和４年度, 令和３年度)
 * holds, as the sheet says, that year's actual. The survey year is then no other year's note on the figure (actualYearColumn.ts),
 * and no `year-note-differs` guess follows. A figure dated later than the stated year is still another year's, and so is one
 * more than two years older (the note speaks of surveys held every year or two, not of a figure left from long ago); a note
 * denying it (「…として評価することはせず」) says nothing (review rv41b).
 */
import { findPeriod, type Period } from '../values/periods';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import { sheetMentionsAny, textCells } from './sheetTexts';

/** 直近 / 最新 (の調査) (の)(結果 / 値 / 実績) を <year> の実績(値) として 評価 / 扱う / みなす. */
const COUNTS_AS = /(?:直近|最新)の?(?:調査)?の?(?:結果|値|実績値?|数値)を(.{2,12}?)の?実績値?(?:と|として)(?:評価|扱|みな|見な)/;

/** What follows the verb when the note denies it (評価することはせず, 評価しない, 扱わない, みなさない). */
const DENIED = /^[^。]{0,6}?(?:ことはせず|ことはしない|ことはありません|しない|せず|わない|さない|なさない|ません)/;

/** The year a sheet note says the latest survey's result counts as the actual of, or null when no note says so. */
export function latestSurveyCountsAs(grid: Grid): Period | null {
  if (!sheetMentionsAny(grid, ['直近', '最新'])) return null;
  for (const c of textCells(grid)) {
    const text = normalizeText(c.text).replace(/\s+/g, '');
    const m = COUNTS_AS.exec(text);
    // 「…として評価することはせず、調査年度の実績として扱う」「…とはしない」: the note denies it (review rv41b).
    if (m && DENIED.test(text.slice(m.index + m[0].length))) continue;
    const year = m ? findPeriod(m[1])?.period : undefined;
    if (year) return year;
  }
  return null;
}
