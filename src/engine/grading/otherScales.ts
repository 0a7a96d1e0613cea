/**
 * A grade written on another well-known scale than the configured one: ◎○△×, S–D, A–E, 5–1, ★★★ / ★★ / ★, Ⅳ～Ⅰ. With the default A–D scale a
 * department's 「◎」 is still its own grade as written: reported as the written grade, but neither compared with the
 * computed one nor overwritten by it until 評価設定 sets the city's scale (a rating-invalid finding, variant other-scale,
 * names the cell and says so).
 */
import type { CellValue } from '../model/port';
import { normalizeText } from '../values/text';
import { romanGrade } from './romanGrades';
import { starGrade } from './starGrades';

/** The scales cities use, best grade first. */
export const WELL_KNOWN_SCALES: readonly (readonly string[])[] = [
  ['◎', '○', '△', '×'],
  ['S', 'A', 'B', 'C', 'D'],
  // A–E of a plan's midterm review (健康日本21: E 評価困難): its E is no grade of A–D.
  ['A', 'B', 'C', 'D', 'E'],
  ['5', '4', '3', '2', '1'],
];

/** Marks clerks type for a scale's own: 〇 (kanji zero) and ◯ for ○, ✕ ✖ ╳ for ×. */
const LOOK_ALIKE: Record<string, string> = { 〇: '○', '◯': '○', '⭕': '○', '✕': '×', '✖': '×', '╳': '×' };

type Scale = readonly { grade: string }[];

/** True when the grade is one of the configured scale's. */
export function onScale(grade: string | null | undefined, scale: Scale): boolean {
  return !!grade && scale.some((b) => b.grade === grade);
}

/** The default scale's grades, A–D: a city that set its own scale in 評価設定 has said which marks are grades. */
function isDefaultScale(scale: Scale): boolean {
  return scale.map((b) => b.grade).join() === 'A,B,C,D';
}

/**
 * The grade a cell holds on a well-known scale while the scale is the default A–D: the cell is that mark alone, or the
 * mark followed by its name (「◎（達成）」「S：大きく上回る」). Null for anything else, for a grade of the scale, and
 * under a city's own scale (◎○△× set in 評価設定: a written 「B」 is then not on it, as before).
 */
export function otherScaleGrade(raw: CellValue | undefined, scale: Scale): { grade: string; marks: readonly string[] } | null {
  if (!isDefaultScale(scale)) return null;
  if (raw === null || raw === undefined || typeof raw === 'boolean') return null;
  if (typeof raw === 'number' && !Number.isInteger(raw)) return null;
  // 「★★★」「★★☆」: a scale of stars, read as written (starGrades.ts).
  const stars = starGrade(raw);
  if (stars) return stars;
  // 「Ⅲ」: a scale of Roman numerals (Ⅳ～Ⅰ), read as written before NFKC makes it letters (romanGrades.ts).
  const roman = romanGrade(raw);
  if (roman) return roman;
  const t = normalizeText(String(raw)).trim();
  const lead = LOOK_ALIKE[t.charAt(0)] ?? t.charAt(0).toUpperCase();
  const rest = t.slice(1).trim();
  if (rest && !/^[(（:：・\s]/.test(t.slice(1)) && !/^[\p{Script=Han}\p{Script=Hiragana}]/u.test(rest)) return null;
  if (/^\d/.test(lead) && rest && !/^[(（]/.test(rest)) return null;
  const marks = WELL_KNOWN_SCALES.find((s) => s.includes(lead));
  if (!marks || onScale(lead, scale)) return null;
  // S–D beside the default A–D: only S is another scale's; A–D are the configured ones (readGrade reads them).
  return { grade: lead, marks };
}
