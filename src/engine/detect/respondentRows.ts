/**
 * A figure split by respondents beside their whole (「令和５年度実績」 over 全体 | 男性 | 女性): the whole's column is every
 * row's figure (areaWholeColumn.ts), except a row whose indicator is one group's own: 「女性の就業率」, 「就業率（女性）」 and
 * 「65歳以上の運動習慣のある人の割合」 take that group's column (the whole's would be everyone's rate, read silently as the
 * women's). Narrowed (rv58): the group opens the name (after 市内の / 本市の at most) followed by の or における, or closes it
 * in brackets; it is the only group under that heading the name speaks of (「男性と女性の賃金格差」 keeps the whole); a
 * question of opinion about the group, asked of everyone (「女性が働きやすいと感じる市民の割合」「女性の活躍が進んでいると思う人の
 * 割合」), keeps the whole; and so does a row whose group cell is blank or 「－」 while the whole's holds a figure.
 */
import { respondentGroupOrWhole } from '../values/respondentGroups';
import { compact, escapeRegExp, hasDigit } from '../values/text';
import type { Column } from './column';
import type { Grid } from './grid';

/** The group of respondents a sub-heading at (row, col) names (男性, 65歳以上), or null when it is none. */
export function respondentGroupAt(grid: Grid, row: number, col: number): string | null {
  const text = grid.text(row, col);
  if (respondentGroupOrWhole(text) !== 'part') return null;
  const group = compact(text).replace(/[(（][^()（）]*[)）]/g, '');
  // 男 | 女 as sub-headings: the name says 男性 / 女性.
  return /^(男|女)$/.test(group) ? `${group}性` : group;
}

/** A question of opinion or knowledge, asked of every respondent: its groups split the answers, they are not its subject. */
const OPINION = /(感じ|思う|思い|思わ|考え|満足|知って|知る|認識|意識|希望|望む|回答|答え)/;

/** Whether the indicator's name is about the group: its word as the name's subject. */
export function namesGroup(name: string, group: string): boolean {
  if (/^(その他|無回答|不明|回答しない|答えたくない)/.test(group)) return false;
  const n = compact(name);
  if (OPINION.test(n)) return false;
  const g = escapeRegExp(group);
  return new RegExp(`^(市内の|本市の|市の)?${g}(の|における)`).test(n) || new RegExp(`[(（]${g}[)）]$`).test(n);
}

/**
 * The header's columns as row `row` reads them: where the row's name is one group's own and that group's cell holds a
 * figure, that group's column takes the whole's role and period and the whole's column is not read. Otherwise `columns`.
 */
export function columnsForRow(grid: Grid, row: number, name: string, columns: Column[]): Column[] {
  let out = columns;
  for (const whole of columns) {
    const parts = columns.filter((c) => c.respondentPart?.whole === whole.col);
    const named = parts.filter((c) => namesGroup(name, c.respondentPart!.group));
    if (named.length !== 1) continue;
    const own = named[0];
    if (!hasDigit(grid.text(row, own.col)) && hasDigit(grid.text(row, whole.col))) continue;
    out = out.map((c) =>
      c === whole ? { ...c, role: 'derived' as const } : c === own ? { ...c, role: whole.role, period: whole.period, respondentPart: undefined } : c,
    );
  }
  return out;
}
