/**
 * A remark naming a group of indicators by its label: the label merged down beside two or more indicators' names, left of
 * them (区分 | 指標 with 「健全化判断比率」 merged over the rows of 実質赤字比率 … 将来負担比率), named whole in the remark
 * (「※健全化判断比率（4指標）及び経常収支比率は、数値が低いほど健全であることを示す。」), names each indicator of the group,
 * as if their names were written there. A label of three characters or fewer, or one that is also an indicator's name, names
 * no group, nor does one written once with blanks under it (only a merge shows which rows it spans); a label found inside a
 * longer group label the remark names (「財政指標」 in 「その他の財政指標」) is that longer label.
 */
import { parseA1 } from '../model/address';
import type { Grid } from './grid';
import { remarkText } from './remarkNumbers';
import type { RawIndicator } from './types';
import { escapeRegExp } from '../values/text';

interface Group {
  label: string;
  members: RawIndicator[];
}

/** The label a name cell stands beside: the nearest cell left of it merged down over more rows than the name's own. */
function groupCell(grid: Grid, ind: RawIndicator): { key: string; text: string } | null {
  const at = parseA1(ind.nameCell);
  if (!at) return null;
  const own = grid.merge(at.row, at.col);
  const ownRows = own ? own.bottom - own.top + 1 : 1;
  for (let c = at.col - 1; c >= grid.left; c--) {
    const m = grid.merge(at.row, c);
    if (!m || m.right >= at.col) continue;
    if (m.bottom - m.top + 1 > ownRows && grid.text(m.top, m.left)) return { key: `${m.top}:${m.left}`, text: grid.text(m.top, m.left) };
  }
  return null;
}

/** The groups of the sheet's indicators: a label merged down beside at least two of their names. */
function groupsOf(grid: Grid, indicators: RawIndicator[]): Group[] {
  const byCell = new Map<string, Group>();
  for (const ind of indicators) {
    const g = groupCell(grid, ind);
    if (!g) continue;
    const group = byCell.get(g.key) ?? { label: remarkText(g.text).replace(/[（(][^）)]*[）)]$/, ''), members: [] };
    group.members.push(ind);
    byCell.set(g.key, group);
  }
  const names = new Set(indicators.map((i) => remarkText(i.name)));
  return [...byCell.values()].filter((g) => g.members.length >= 2 && g.label.length > 3 && !names.has(g.label));
}

/** The indicators a remark's text names by their group's label (none when no group label stands in it). */
export function groupNamedIn(grid: Grid, text: string, indicators: RawIndicator[]): RawIndicator[] {
  // 「…の指標のうち、交通事故発生件数は」: the label sets the scene for one member the remark names, not the whole group.
  const groups = groupsOf(grid, indicators).filter(
    (g) =>
      text.includes(g.label) &&
      !new RegExp(`${escapeRegExp(g.label)}[^、。]{0,12}?(?:のうち|の中で|の中では)`).test(text) &&
      !g.members.some((m) => text.includes(remarkText(m.name))),
  );
  // A label inside another named one's (「財政指標」 in 「その他の財政指標」) is that one's.
  const named = groups.filter((g) => !groups.some((o) => o !== g && o.label.length > g.label.length && o.label.includes(g.label)));
  return named.flatMap((g) => g.members);
}
