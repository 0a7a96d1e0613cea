/**
 * The words of rating-invalid for a grade cell: a text not on the scale, or a grade of another well-known scale (◎ under
 * A–D, variant other-scale) read as written and kept until 評価設定 sets the city's scale.
 */
import type { FindingParams } from './findingParams';

type CellVariant = Exclude<FindingParams['rating-invalid'], { variant: 'group' }>;

/** The scale's marks run together (◎○△×), or apart when a mark is longer than one character (★★★／★★／★). */
const scaleName = (marks: string[]): string => marks.join(marks.some((m) => m.length > 1) ? '／' : '');

/**
 * Roman numerals (Ⅳ～Ⅰ): which end is the best grade is the office's legend's to say (Ⅳ：上回って実施, or Ⅰ：計画を上回って
 * 実施), so the words name them as a range, lowest first, and leave the order to the legend (review rv72).
 */
const ROMAN = 'ⅠⅡⅢⅣⅤ';
const romanRange = (marks: string[]): string | null => {
  const ranks = marks.map((m) => ROMAN.indexOf(m));
  if (!ranks.length || ranks.some((k) => k < 0)) return null;
  return `${ROMAN[Math.min(...ranks)]}～${ROMAN[Math.max(...ranks)]}`;
};

/** The marks to set, best first; Roman numerals as a range, best first as the sheet's legend orders them. */
const jaMarks = (marks: string[]) => {
  const range = romanRange(marks);
  return range ? `${range}、シートの凡例のとおり上位から順に` : marks.join('・');
};
const enMarks = (marks: string[]) => {
  const range = romanRange(marks);
  return range ? `${range}, best first as the sheet's legend orders them` : marks.join(', ');
};

export const ratingInvalidJa = (p: CellVariant): string =>
  p.variant === 'other-scale'
    ? `評価欄「${p.written}」は${romanRange(p.marks) ?? scaleName(p.marks)}の評価として記入どおり読みましたが、評価区分（${p.scale.map((b) => b.grade).join('・')}）にないため、` +
      `計算した評価${p.computed ? `（${p.computed}）` : ''}との比較はせず、この欄には書き込みません。評価設定シートで市の評価区分（${jaMarks(p.marks)}）を設定してください。`
    : `評価欄「${p.written}」は評価区分（${p.scale.map((b) => `${b.grade} ${b.label}`.trim()).join('／')}）にありません。`;

export const ratingInvalidEn = (p: CellVariant): string =>
  p.variant === 'other-scale'
    ? `The grade "${p.written}" was read as written, a grade of the ${romanRange(p.marks) ?? p.marks.join(' ')} scale, but it is not on the configured scale ` +
      `(${p.scale.map((b) => b.grade).join(', ')}): it is not compared with the computed grade${p.computed ? ` (${p.computed})` : ''} ` +
      `and this cell is never overwritten. Set the city's scale (${enMarks(p.marks)}) in the 評価設定 sheet.`
    : `The grade "${p.written}" is not one of the grades (${p.scale.map((b) => `${b.grade} ${b.label}`.trim()).join(' / ')}).`;
