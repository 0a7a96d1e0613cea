/**
 * A cell stating the evaluation period in its own text: 「評価対象期間 令和5年度」, a title's 「（対象：R5）」,
 * 「（評価年度：令和5年度）」 or 「評価年度　令和5年度」. A 評価年度 label starts the cell or follows a bracket or a
 * bullet (「前回評価年度」 is another label), and a label after 前回 / 次回 / 前年度 / 次年度 names another round's
 * period, never this one's.
 */
import { a1 } from '../model/address';
import { findPeriod } from '../values/periods';
import { normalizeText, oneLine } from '../values/text';
import type { IndexedCell } from './cells';
import type { SheetMeta } from './types';

const STATED = [
  /評価対象(?:期間|年度|年|期)?[\s:：]*(.{2,16})/,
  /[(（]\s*対象[\s:：]+(.{2,12}?)[)）]/,
  /対象(?:期間|年度)[\s:：]+(.{2,16})/,
  // 「評価年度　令和５年度」: label and value in one cell, separated by a colon or by spaces only.
  /(?:^|[(（【［[〔「・･■□●○◎◆◇▼▽▶※])\s*評価(?:年度|期間)(?:\s*[:：]\s*|\s+)(.{2,16})/,
];

/** The words of a label before the match naming another round: 「前回評価年度」「次年度評価対象」. */
const OTHER_ROUND = /(?:前回|次回|前年度|次年度)[^\s(（)）:：]*$/;

/** The period a cell states in its own text (「評価対象年度：令和5年度」), if it does. */
export function statedInCell(c: IndexedCell): SheetMeta['statedPeriod'] {
  if (!/対象|評価年度|評価期間/.test(c.text)) return undefined;
  const t = normalizeText(c.text);
  for (const re of STATED) {
    const m = re.exec(t);
    if (!m || OTHER_ROUND.test(t.slice(0, m.index))) continue;
    const p = findPeriod(m[1]);
    if (p && p.index <= 2) return { period: p.period, cell: a1(c.row, c.col), text: oneLine(c.text) };
  }
  return undefined;
}
