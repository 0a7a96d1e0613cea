/**
 * Column groups by subject: a table whose figures' headings stand in groups, each under a heading merged over it that names
 * what the group counts (犬 over 目標 | 実績, 猫 over 目標 | 実績; 男性 | 女性 each over 目標 | 実績). Each row is then one
 * indicator per subject, named 「name（subject）」 as a sub-row's qualifier names it (subRowQualifiers.ts), read from its
 * group's columns alone. Only when every group holds the same measures, there are two groups or more, every figure's column is
 * in one, and each group's heading is a short word that is no heading label and no period (上半期 / 年間 / 令和5年度 over
 * 目標 | 実績 are parts, wholes or years: periodWholeColumn.ts, header.ts); areas beside their whole (北辺地域 | 山根地域 | 全市) are
 * the whole's parts by place, read by areaWholeColumn.ts.
 * The other way round too: the same subjects under each measure's heading (令和５年度実績 | 令和６年度目標値 | 令和６年度実績値 each
 * merged over 小学校 | 中学校), each subject's columns holding the same measures of the same years: one indicator per row and
 * subject, 「name（小学校）」, read from the columns under its own sub-heading.
 */
import { parseA1 } from '../model/address';
import { areasOfWhole } from './areaWholeColumn';
import { classifyLabel } from '../values/labels';
import { findPeriod } from '../values/periods';
import { findRelativePeriod } from '../values/relativePeriods';
import { compact, normalizeText } from '../values/text';
import type { Column } from './column';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/**
 * Group headings that are no subjects (review rv54): another body or the city itself beside it (本市 | 全国, 市 | 県), parts
 * of a period (前期 | 後期, 春季 | 秋季) and a plan's revisions (当初 | 変更後): one indicator, read as before (the city's or the
 * first group's figures, a choice said by its own finding).
 */
const NOT_SUBJECT =
  /^(?:本市|当市|市|町|村|区|県|都|府|道|国|全国|都道府県|類似団体|同規模|他市|近隣|平均)|平均|全国|類似|前期|後期|前半|後半|中間|最終|^[春夏秋冬]季?$|当初|変更|修正|見直し/;

/** The figures' roles a subject's group holds. */
const MEASURES = new Set(['target', 'actual', 'expected', 'baseline']);

export interface SubjectGroup {
  subject: string;
  cols: number[];
}

/** The subject a column's outer heading names (its first header cell, over more than this column), or null. */
function subjectOf(grid: Grid, c: Column): { cell: string; text: string } | null {
  if (c.cells.length < 2 || c.period || c.relative !== undefined) return null;
  const at = parseA1(c.cells[0]);
  if (!at) return null;
  const m = grid.merge(at.row, at.col);
  if (!m || m.right <= m.left) return null;
  const text = compact(normalizeText(grid.text(at.row, at.col)));
  if (!text || text.length > 8 || /\d/.test(text) || classifyLabel(text) || findPeriod(text) || findRelativePeriod(text)) return null;
  return { cell: c.cells[0], text };
}

/**
 * A short word naming who or what is counted: no heading label or period, eight characters at most; a grade of pupils (小5,
 * 中学2年) may hold a digit after its word, never a figure or a part of a period (第1期, 4月).
 */
function subjectWord(grid: Grid, cell: string): string | null {
  const at = parseA1(cell);
  const text = at ? compact(normalizeText(grid.text(at.row, at.col))) : '';
  return isSubjectWord(text) ? text : null;
}

/** Whether a sub-heading (normalised, no white space) is such a word (see subjectWord); years-as-rows names use it too. */
export function isSubjectWord(text: string): boolean {
  if (!text || text.length > 8 || (/\d/.test(text) && !/^\p{L}/u.test(text))) return false;
  if (classifyLabel(text) || findPeriod(text) || findRelativePeriod(text)) return false;
  // A measure of its own (件数 | 寄附額 under each year, 発生件数（件）) is no subject: each is another indicator's figure; nor is
  // a survey's answer (満足・やや満足 | 不満・やや不満): the shares of one question, the way of each unstated (review rv56).
  const bare = text.replace(/[(（][^()（）]*[)）]/g, '');
  return !NOT_INNER.test(text) && !/(?:数|率|割合|額|量)$/.test(bare) && !ANSWER.test(text);
}

/** A survey's answer category: 満足, 不満, そう思う, どちらともいえない, 賛成, 反対. */
const ANSWER = /満足|不満|思う|思わ|どちらとも|わからない|分からない|賛成|反対/;

/**
 * Sub-headings splitting a measure into parts of its count or time (単年度 | 累計, 小計, 見込, 速報, 第1期), or into a figure and
 * what dates or describes it (年度 | 数値, 時点 | 値: periodSubColumns.ts), never subjects.
 */
const NOT_INNER =
  /累計|単年|合計|^計$|小計|総計|年間|見込|速報|確定|内訳|期|月|週|回目|^第|^(年度|年次|年|年月日?|時点|基準日|値|数値|実数|数|単位|備考|出典|内容|方法|区分|種別)$/;

/** The subject a column's own last heading names under a measure heading merged over more than it (令和６年度目標値 over 小学校), or null. */
function innerSubjectOf(grid: Grid, c: Column): string | null {
  if (c.cells.length < 2) return null;
  const [outer, inner] = [parseA1(c.cells[0]), parseA1(c.cells[c.cells.length - 1])];
  if (!outer || !inner || inner.row === outer.row) return null;
  const over = grid.merge(outer.row, outer.col);
  const own = grid.merge(inner.row, inner.col);
  if (!over || over.right <= over.left || (own && own.right > own.left)) return null;
  return subjectWord(grid, c.cells[c.cells.length - 1]);
}

/** The subjects' groups of a table's columns (see above), or null when the columns are not so grouped. */
export function subjectGroups(grid: Grid, columns: Column[]): SubjectGroup[] | null {
  const measures = columns.filter((c) => MEASURES.has(c.role));
  if (measures.length < 4) return null;
  const groups = new Map<string, { subject: string; cols: number[]; roles: string[] }>();
  const inner = measures.map((c) => innerSubjectOf(grid, c));
  for (const [i, c] of measures.entries()) {
    const s = inner.every((x) => x !== null) ? { cell: inner[i]!, text: inner[i]! } : subjectOf(grid, c);
    if (!s) return null;
    const g = groups.get(s.cell) ?? { subject: s.text, cols: [], roles: [] };
    g.cols.push(c.col);
    // Under each measure's heading, a subject's columns are told apart by their measure and its year.
    g.roles.push(inner[i] !== null ? `${c.role}@${c.period?.fiscalYear ?? ''}` : c.role);
    groups.set(s.cell, g);
  }
  const all = [...groups.values()];
  const roles = (g: { roles: string[] }) => [...g.roles].sort().join('|');
  if (all.length < 2 || !all[0].roles.some((r) => r.startsWith('actual')) || all.some((g) => roles(g) !== roles(all[0]))) return null;
  if (new Set(all.map((g) => g.subject)).size !== all.length || areasOfWhole(all.map((g) => g.subject))) return null;
  if (all.some((g) => NOT_SUBJECT.test(g.subject))) return null;
  return all.map(({ subject, cols }) => ({ subject, cols }));
}

/**
 * A row read once per subject, each reading given the columns of its own group and the table's other columns, named
 * 「name（subject）」; with no subjects, the row read once as it is.
 */
export function bySubject(grid: Grid, columns: Column[], read: (cols: Column[]) => RawIndicator): RawIndicator[] {
  const groups = subjectGroups(grid, columns);
  if (!groups) return [read(columns)];
  return groups.map((g) => {
    const others = new Set(groups.filter((o) => o !== g).flatMap((o) => o.cols));
    const ind = read(columns.filter((c) => !others.has(c.col)));
    ind.name = `${ind.name}（${g.subject}）`;
    return ind;
  });
}
