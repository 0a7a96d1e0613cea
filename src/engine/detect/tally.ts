/**
 * A tally of grades is never indicators: a table under the KPI table that counts them
 * (評価結果の集計 / 区分 | 件数 | 割合 / A 順調 | 2 | 50%). Known by its header (区分, 件数, 割合,
 * 構成比, 指標数 and nothing else) or by rows named by a grade word (「A　順調」「B 概ね順調」「達成」).
 */
import { compact, normalizeText } from '../values/text';
import type { Grid } from './grid';

const TALLY_HEADING = /^(区分|評価区分|評価|達成状況|項目|件数|指標数|事業数|数|割合|構成比|比率|合計|計)$/;
const COUNT_HEADING = /^(件数|指標数|事業数|割合|構成比|比率)$/;

/** Whether a row is the header of a tally: two or more headings, all tally words, one of them a count or share. */
export function isTallyHeader(grid: Grid, row: number): boolean {
  let headings = 0;
  let count = false;
  for (let c = grid.left; c <= grid.right; c++) {
    const m = grid.merge(row, c);
    if (m && m.left !== c) continue;
    const t = compact(normalizeText(grid.text(row, c)));
    if (!t) continue;
    // One heading that is not a tally word settles it: the rest of the row is not read.
    if (!TALLY_HEADING.test(t)) return false;
    headings++;
    if (COUNT_HEADING.test(t)) count = true;
  }
  return headings >= 2 && count;
}

const GRADE_LETTER = '(?:[SABCDE]|[◎○〇△×▲])';
const GRADE_WORD =
  '(?:順調|概ね順調|おおむね順調|やや遅れている|やや遅れ|遅れている|遅れ|達成|概ね達成|おおむね達成|一部達成|未達成|未達|目標達成|停滞|後退|横ばい|評価不能|判定不能)';
const GRADE_NAME = new RegExp(`^(?:${GRADE_LETTER}(?:[:：.)）]?${GRADE_WORD})?|${GRADE_WORD})(?:[(（][^)）]*[)）])?$`);

/** Whether a row's name is a grade word of a scale (「A　順調」「B：概ね順調」「未達成」), not an indicator. */
export function isGradeName(text: string): boolean {
  return GRADE_NAME.test(compact(normalizeText(text)).toUpperCase());
}
