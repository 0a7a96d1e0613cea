/**
 * The words of rating-invalid for a grade cell: a text not on the scale, or a grade of another well-known scale (◎ under
 * A–D, variant other-scale) read as written and kept until 評価設定 sets the city's scale.
 */
import type { FindingParams } from './findingParams';

type CellVariant = Exclude<FindingParams['rating-invalid'], { variant: 'group' }>;

/** The scale's marks run together (◎○△×), or apart when a mark is longer than one character (★★★／★★／★). */
const scaleName = (marks: string[]): string => marks.join(marks.some((m) => m.length > 1) ? '／' : '');

export const ratingInvalidJa = (p: CellVariant): string =>
  p.variant === 'other-scale'
    ? `評価欄「${p.written}」は${scaleName(p.marks)}の評価として記入どおり読みましたが、評価区分（${p.scale.map((b) => b.grade).join('・')}）にないため、` +
      `計算した評価${p.computed ? `（${p.computed}）` : ''}との比較はせず、この欄には書き込みません。評価設定シートで市の評価区分（${p.marks.join('・')}）を設定してください。`
    : `評価欄「${p.written}」は評価区分（${p.scale.map((b) => `${b.grade} ${b.label}`.trim()).join('／')}）にありません。`;

export const ratingInvalidEn = (p: CellVariant): string =>
  p.variant === 'other-scale'
    ? `The grade "${p.written}" was read as written, a grade of the ${p.marks.join(' ')} scale, but it is not on the configured scale ` +
      `(${p.scale.map((b) => b.grade).join(', ')}): it is not compared with the computed grade${p.computed ? ` (${p.computed})` : ''} ` +
      `and this cell is never overwritten. Set the city's scale (${p.marks.join(', ')}) in the 評価設定 sheet.`
    : `The grade "${p.written}" is not one of the grades (${p.scale.map((b) => `${b.grade} ${b.label}`.trim()).join(' / ')}).`;
