/**
 * A header cell that is an indicator's unit and nothing else, in a years-as-rows header (外国人住民相談件数 over （件） over
 * 目標 | 実績): a known unit, bare or in brackets (件, 人, 千人, ％, 経営体, （％）), never a name with its unit (「有収率（％）」);
 * or, right under the indicator's name, a short word wholly in brackets (「（言語）」「（コース）」): the unit the list lacks,
 * never the name, which stands above it. A mark (（参考）（再掲）（累計）（新規）), a period, a heading word (（目標）) or a group
 * of respondents (（男性）) in brackets is no unit. On a unit line, under the names, whose other cells are known units
 * (件 | 人 | 言語, 単位：件 | 単位：言語), a bare short word is a unit too.
 */
import { classifyLabel } from '../values/labels';
import { findPeriod } from '../values/periods';
import { respondentGroupOrWhole } from '../values/respondentGroups';
import { unitOfLine } from '../values/unitLine';
import type { Grid } from './grid';
import { cleanName } from './names';

/** A heading that is a known unit and nothing else (件, 人, 千人, ％, 経営体, （％）); 「有収率（％）」 is a name with its unit. */
export function isUnitHeading(text: string): boolean {
  if (/[^\s(（][\s]*[(（][^()（）]+[)）]\s*$/.test(text.trim())) return false;
  const t = text.replace(/[\s()（）]/g, '');
  return t.length > 0 && t.length <= 4 && !!cleanName(`x（${t}）`).unit;
}

/** Words in brackets that mark or qualify a column, never its unit. */
const MARK = /参考|再掲|累計|単年度|年度|年間|見込|速報|暫定|確定|新規|重点|仮称|任意|必須|継続|全体|合計|内訳|うち|注|備考|平均|目安|以上|以下|未満/;

/** A short word wholly in brackets (「（言語）」「（コース）」) that may be a unit the unit list lacks: letters only, no mark. */
export function bracketedUnitWord(text: string): boolean {
  const inner = /^[(（]\s*([^()（）]{1,5}?)\s*[)）]$/.exec(text.normalize('NFKC').trim())?.[1];
  if (!inner || !/^[\p{L}/・]+$/u.test(inner) || MARK.test(inner)) return false;
  return !classifyLabel(inner) && !findPeriod(inner) && !respondentGroupOrWhole(inner);
}

/** A short word that may be a unit the unit list lacks, bare or in brackets (言語, （コース）): letters only, no mark or heading word. */
function unitWord(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  if (/^[(（]/.test(t)) return bracketedUnitWord(t);
  if (!/^[\p{L}/・]{1,4}$/u.test(t) || MARK.test(t)) return false;
  return !classifyLabel(t) && !findPeriod(t) && !respondentGroupOrWhole(t);
}

/**
 * The rows of a years-as-rows header band that are unit lines: under the names' row and over the measures', every heading
 * on it within `cols` a unit (a known one, 「単位：件」, or a short word such as 言語) and one at least a known unit or a 単位 line.
 */
export function unitLineRows(grid: Grid, band: number[], cols: number[]): Set<number> {
  const out = new Set<number>();
  for (const row of band.slice(1, -1)) {
    let known = 0;
    for (const col of cols) {
      const a = grid.anchor(row, col);
      const text = a.row === row && a.col === col ? grid.text(row, col).trim() : '';
      if (!text) continue;
      if (isUnitHeading(text) || unitOfLine(text)) known++;
      else if (!unitWord(text)) {
        known = 0;
        break;
      }
    }
    if (known > 0) out.add(row);
  }
  return out;
}
