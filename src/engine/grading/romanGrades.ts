/**
 * A grade in Roman numerals: 「Ⅳ」「Ⅲ」「Ⅱ」「Ⅰ」, as a 公立大学法人 or 地方独立行政法人 grades its 年度計画 in its 業務実績報告書
 * (「Ⅳ：年度計画を上回って実施している　Ⅲ：年度計画を順調に実施している　Ⅱ：…十分に実施できていない　Ⅰ：…実施していない」).
 * It is another scale than the configured A–D, read as written like ◎ or S (otherScales.ts): reported as the department's
 * grade, never compared with the computed one nor overwritten. The larger numeral is the better grade.
 *
 * Narrow: the cell holds one numeral character of Unicode's Roman numerals Ⅰ–Ⅴ and nothing else (spaces aside). Letters
 * typed for them (「III」「IV」, 「I」 a clerk's 1 or a letter) and a numeral inside a text (「第Ⅱ期」「Ⅲ-1」, a section's number)
 * are none.
 */
import type { CellValue } from '../model/port';

/** The numerals, best first, for the largest grade a scale of them has. */
const NUMERALS = ['Ⅴ', 'Ⅳ', 'Ⅲ', 'Ⅱ', 'Ⅰ'];
/** The fewest grades a scale of numerals is shown with: Ⅳ～Ⅰ. */
const FEWEST_GRADES = 4;

/** The Roman-numeral grade a cell holds, as written, with the numerals of its scale best first; null for anything else. */
export function romanGrade(raw: CellValue | undefined): { grade: string; marks: string[] } | null {
  if (typeof raw !== 'string') return null;
  const t = raw.replace(/\s+/g, '');
  const rank = NUMERALS.indexOf(t);
  if (t.length !== 1 || rank < 0) return null;
  const length = Math.max(FEWEST_GRADES, NUMERALS.length - rank);
  return { grade: t, marks: NUMERALS.slice(NUMERALS.length - length) };
}
