/**
 * A cell stating the evaluation period in its own text: 「評価対象期間 令和5年度」, 「報告対象：令和５年度」, a title's 「（対象：R5）」,
 * 「（評価年度：令和5年度）」, 「評価年度　令和5年度」 or 「計画期間：… ／ 中間評価年度：令和5年度」. A 評価年度 label
 * starts a part of the cell (its start, or after a bracket, a bullet, a separator or a space), a short qualifier
 * (中間評価年度) aside; a label after 前回 / 次回 / 前年度 / 次年度 names another round's period, never this one's.
 * A range of years (「報告対象期間：令和3年度～令和7年度」, the plan's term) states no one year: it is no statement; a range
 * within one fiscal year (「令和5年4月1日～令和6年3月31日」) states that year; a bracket after the year naming an earlier year's 実績
 * evaluated (「評価年度　令和６年度（令和５年度の実績を評価）」) states that year (statedResultsYear.ts).
 */
import { a1 } from '../model/address';
import { findPeriod } from '../values/periods';
import { normalizeText, oneLine } from '../values/text';
import { runsOnToAnotherYear } from '../values/yearRange';
import { statedResultsYear } from './statedResultsYear';
import type { IndexedCell } from './cells';
import type { SheetMeta } from './types';

/** Each a label and, looked ahead at, its value: a later statement in the cell is looked at after an earlier one set aside. */
const STATED = [
  /評価対象(?:期間|年度|年|期)?[\s:：]*(?=(?<value>.{2,16}))/g,
  // 「報告対象：令和５年度」「報告対象年度　R5」: what a report covers is the period it evaluates.
  /報告対象(?:期間|年度|年|期)?(?:\s*[:：=＝]\s*|\s+)(?=(?<value>.{2,16}))/g,
  /[(（]\s*対象[\s:：]+(?<value>.{2,12}?)[)）]/g,
  /対象(?:期間|年度)[\s:：]+(?=(?<value>.{2,16}))/g,
  // 「評価年度　令和５年度」: label and value in one cell, separated by a colon, an equals sign (a system's 「出力条件：評価年度＝令和5年度」)
  // or by spaces only.
  /(?:^|[\s(（【［[〔「・･■□●○◎◆◇▼▽▶※／/、，,。;；|｜:：])(?<qualifier>[^\s(（)）:：／/、，,。]{0,4}?)評価(?:年度|期間)(?:\s*[:：=＝]\s*|\s+)(?=(?<value>.{2,16}))/g,
];

/** The words before a label naming another round: 「前回評価年度」「次年度評価対象」. */
const OTHER_ROUND = /(?:前回|次回|前年度|次年度)[^\s(（)）:：]*$/;

/** The period a cell states in its own text (「評価対象年度：令和5年度」), if it does. */
export function statedInCell(c: IndexedCell): SheetMeta['statedPeriod'] {
  if (!/対象|評価年度|評価期間/.test(c.text)) return undefined;
  const t = normalizeText(c.text);
  for (const re of STATED) {
    for (const m of t.matchAll(re)) {
      if (OTHER_ROUND.test(t.slice(0, m.index) + (m.groups?.qualifier ?? ''))) continue;
      const value = m.groups?.value ?? '';
      const p = findPeriod(value);
      if (!p || p.index > 2) continue;
      const end = t.indexOf(value, m.index) + p.index + p.length;
      if (runsOnToAnotherYear(t.slice(end), p.period.fiscalYear)) continue;
      // 「評価年度　令和６年度（令和５年度の実績を評価）」: the year of the 実績 evaluated (statedResultsYear.ts).
      return { period: statedResultsYear(t.slice(end), p.period) ?? p.period, cell: a1(c.row, c.col), text: oneLine(c.text) };
    }
  }
  return undefined;
}
