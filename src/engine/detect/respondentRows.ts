/**
 * A survey's figure split by respondents beside their whole (「令和５年度実績」 over 全体 | 男性 | 女性): the whole's column is
 * every row's figure (areaWholeColumn.ts), except a row whose indicator is one group's own: 「女性の就業率」 and
 * 「65歳以上の運動習慣のある人の割合」 take that group's column (the whole's would be everyone's rate, read silently as
 * the women's). The group must be the name's subject (its word followed by の, が or における, at the start or after
 * の, は, 、 or ・) and the only group under that heading the name speaks of: 「審議会等の女性委員の割合」 (女性 qualifies
 * 委員) and 「男性と女性の賃金格差」 (both) keep the whole.
 */
import { respondentGroupOrWhole } from '../values/respondentGroups';
import { compact } from '../values/text';
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

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the indicator's name is about the group: its word as the name's subject. */
export function namesGroup(name: string, group: string): boolean {
  if (/^(その他|無回答|不明|回答しない|答えたくない)/.test(group)) return false;
  return new RegExp(`(^|[のは、・])${escaped(group)}(の|が|における)`).test(compact(name));
}

/**
 * The header's columns as one row reads them: where the row's name is one group's own, that group's column takes the
 * whole's role and period and the whole's column is not read. Otherwise `columns` itself.
 */
export function columnsForRow(name: string, columns: Column[]): Column[] {
  let out = columns;
  for (const whole of columns) {
    const parts = columns.filter((c) => c.respondentPart?.whole === whole.col);
    const named = parts.filter((c) => namesGroup(name, c.respondentPart!.group));
    if (named.length !== 1) continue;
    const own = named[0];
    out = out.map((c) =>
      c === whole ? { ...c, role: 'derived' as const } : c === own ? { ...c, role: whole.role, period: whole.period, respondentPart: undefined } : c,
    );
  }
  return out;
}
