/**
 * Years as rows under a header of names only (年度 | 審議会等における女性委員の割合 | 男性職員の育児休業取得率 | …), perhaps
 * a unit row under the names (（単位） | ％ | ％), perhaps a direction row labelled so in the period column
 * (目標の方向 | 増加 | 減少: each column's stated direction, never its unit), and a target row at the foot, labelled in the
 * period column (目標値（令和７年度） | 40 | 50): each named column is one indicator, its figure on each year's row that year's
 * actual, the foot row its target (of the year the label names). Without a target row at the foot, columns of figures
 * over the years are statistics watched, not indicators: nothing is read; with one, a column it leaves blank that is a count a
 * rate it gives a figure is made of (学校数 | 児童数 | 不登校児童数 beside 不登校児童出現率 | 1.2) is such a statistic
 * (yearRowsRateCounts.ts).
 * A name merged over columns each with a word of its own under it naming who is counted (いじめ解消率（％） over 小学校 | 中学校) is
 * one indicator a column, 「いじめ解消率（小学校）」; over names of their own (児童（小学校） over 学校数 | 不登校児童出現率) a group.
 */
import { a1 } from '../model/address';
import { classifyLabel, parseDirection, type Direction, type Role } from '../values/labels';
import { findPeriod, type Period } from '../values/periods';
import { unitFromName } from '../values/units';
import type { CellIndex } from './cells';
import { point } from './common';
import type { Grid } from './grid';
import type { RawIndicator } from './types';
import { sheetMentions, textCells } from './sheetTexts';
import { isColumnNoteRow } from './yearRowsHeadLines';
import { remarkAims } from '../values/remarkAims';
import { wayFromText } from '../values/directionWords';
import { aimSpeaksOf } from './nameMeasure';
import { cleanName } from './names';
import { rateCounts } from './yearRowsRateCounts';
import { isSubjectWord } from './subjectColumnGroups';
import { compact, normalizeText, hasDigit } from '../values/text';
import { footWayRow, type FootWayCell } from './namedYearFootWay';
import { readWayCell } from './unreadDirection';

/** A target row right under the years: its label in the period column, the year it names if any. */
export interface FootTarget {
  row: number;
  role: 'target' | 'expected';
  period?: Period;
}

/** A named column as the years-as-rows reader takes a measure column: an actual of the named indicator. */
export interface NamedColumn {
  col: number;
  role: Role;
  name: string;
  nameCell: string;
  unit?: { text: string; cell: string };
  /** The group heading's cell over the name (児童（小学校） over 学校数 | 不登校児童出現率), if any. */
  group?: string;
  /** The way a direction row under the name states (目標の方向 | 減少). */
  direction?: { value: Direction; text: string; cell: string };
  /** The way line's cell when the line under the names reads no way, else the one under the target row (namedYearFootWay.ts). */
  wayCell?: FootWayCell;
}

/**
 * A lone arrow stating a way (↑ ↓), whatever labels its row: 増加 / 減少 words count only on a row labelled 方向. A slanting
 * arrow (↗ ↘) shows a trend, and on a sheet whose note says its arrows show the change from the year before
 * (「※矢印は前年度からの増減を示す」) no arrow states an aim (review rv50).
 */
function isWayMark(text: string, arrowsShowChange: boolean): boolean {
  const t = text.trim();
  return !arrowsShowChange && /^[↑↓⬆⬇]$/.test(t) && parseDirection(t) !== null;
}

/** A note saying the sheet's arrows show a change (矢印 with 増減, 前年, 推移, 変化): its arrows state no aim. */
function arrowsShowChange(grid: Grid): boolean {
  return sheetMentions(grid, '矢印') && textCells(grid).some((c) => /矢印/.test(c.text) && /増減|前年|推移|変化|傾向/.test(c.text));
}

/** How far under the last year's row the target row may stand (a blank row between allowed). */
const FOOT_REACH = 2;
/** A unit under a name: a short text with no digit (％, 人, 千t-CO2 is longer than a unit line holds). */
const UNIT = /^[(（]?[^\d\s()（）]{1,5}[)）]?$/;

/**
 * A row of figures to compare with under the years (類似団体平均, 全国平均, 県平均, （参考）…), or of the change between two
 * of them (増減（R3→R5）, 前回比): passed over to the target row.
 */
const COMPARISON_ROW = /平均|全国|類似団体|[県国]の?(?:値|実績)|参考|^(?:増減|前回[比差]|前年度?[比差])/;
/** How many comparison rows may stand between the years and the target row. */
const COMPARISON_REACH = 3;

/** A plan's target named by its plan (経営戦略目標値（令和５年度）, 計画目標値): a target, of the year it names. */
const PLAN_TARGET = /^[^\d（(]{1,12}目標値?(?:[（(][^）)]*[）)])?$/;

function planTarget(text: string): { role: 'target'; period?: Period } | null {
  const t = text.replace(/\s+/g, '');
  if (!PLAN_TARGET.test(t)) return null;
  const p = findPeriod(t);
  return { role: 'target', ...(p && p.period.kind === 'fiscal' ? { period: p.period } : {}) };
}

/** The target row under the last year's row (past rows of averages to compare with), with figures under `cols`, or null. */
function footTarget(grid: Grid, index: CellIndex, periodCol: number, lastYearRow: number, cols: number[]): FootTarget | null {
  let reach = FOOT_REACH;
  for (let r = lastYearRow + 1; r <= lastYearRow + reach && r <= grid.bottom; r++) {
    if (!index.rows.has(r)) continue;
    if (COMPARISON_ROW.test(grid.text(r, periodCol)) && reach < FOOT_REACH + COMPARISON_REACH) {
      reach++;
      continue;
    }
    const label = classifyLabel(grid.text(r, periodCol)) ?? planTarget(grid.text(r, periodCol));
    if (!label || (label.role !== 'target' && label.role !== 'expected')) return null;
    if (!cols.some((c) => typeof grid.raw(r, c) === 'number' || hasDigit(grid.text(r, c)))) return null;
    return { row: r, role: label.role, ...(label.period ? { period: label.period } : {}) };
  }
  return null;
}

/** The header's columns that each name an indicator (no label, no period), with the unit written under the name, if any. */
function namedColumns(grid: Grid, index: CellIndex, band: number[], cols: number[], periodCol: number): NamedColumn[] {
  const out: NamedColumn[] = [];
  // A row the period column labels as the targets' way (目標の方向, 方向) holds directions, never units.
  const isDirectionRow = (r: number) => classifyLabel(grid.text(r, periodCol))?.role === 'direction';
  const arrowsNoted = arrowsShowChange(grid);
  const groups = groupRows(grid, index, band, cols);
  for (const col of cols) {
    let [top, ...under] = band.filter((r) => grid.anchor(r, col).row === r && grid.text(r, col));
    // A row of group headings over the named columns (母子保健 over 相談件数（件） | 訪問実施率（％）): the name is under it.
    const group = top !== undefined && groups.has(top) && ownName(index, under[0], col) ? grid.anchor(top, col) : null;
    if (group) [top, ...under] = under;
    const at = top === undefined ? null : index.at(top, col);
    if (!at?.text || at.label || at.period || at.meta) continue;
    // いじめ解消率（％） merged over 小学校 | 中学校: the word under it says who is counted in this column (see above).
    const whom = top === undefined ? null : qualifierUnder(grid, index, top, under[0], col);
    if (whom) under = under.slice(1);
    // A name over 実績（％） | 前年比: the sub-column its heading derives (前年比, 達成率) holds no figure of the indicator.
    const sub = under.map((r) => ({ r, label: classifyLabel(grid.text(r, col)) })).find((x) => x.label);
    if (sub?.label && sub.label.role !== 'actual') continue;
    const m: NamedColumn = {
      col,
      role: 'actual',
      name: whom ? `${cleanName(grid.fullText(top, col)).name}（${whom}）` : grid.fullText(top, col),
      nameCell: a1(top, col),
      ...(group ? { group: a1(group.row, group.col) } : {}),
    };
    const headingUnit = whom ? unitFromName(grid.text(top, col)) : undefined;
    if (headingUnit) m.unit = { text: headingUnit, cell: a1(grid.anchor(top, col).row, grid.anchor(top, col).col) };
    // A mark of the way (↑ ↓) under the name is its direction, never its unit.
    const marked = (r: number) => isDirectionRow(r) || isWayMark(grid.text(r, col), arrowsNoted);
    // A 集計期間 or 出典 line (年度 | 暦年, 市調べ) says how each column is counted, never its unit (yearRowsHeadLines.ts).
    const unit = under.find((r) => !marked(r) && !isColumnNoteRow(grid, r, periodCol) && UNIT.test(grid.text(r, col).trim()));
    if (unit !== undefined && !m.unit) m.unit = { text: grid.text(unit, col).trim(), cell: a1(unit, col) };
    // 実績（％）: the actual's sub-heading writes the unit in its bracket.
    const subUnit = sub ? unitFromName(grid.text(sub.r, col)) : undefined;
    if (!m.unit && sub && subUnit) m.unit = { text: subUnit, cell: a1(sub.r, col) };
    const way = under.find(marked);
    const value = way === undefined ? null : parseDirection(grid.text(way, col));
    if (way !== undefined && value) m.direction = { value, text: grid.text(way, col).trim(), cell: a1(way, col) };
    else m.direction = noteDirection(m.name, m.nameCell) ?? undefined;
    // A word on the way line not read as a way (「適正化」): kept to be named, never dropped.
    if (way !== undefined && !value && grid.text(way, col).trim()) m.wayCell = { text: grid.text(way, col).trim(), cell: a1(way, col) };
    if (!m.direction) delete m.direction;
    out.push(m);
  }
  return out;
}

/**
 * The band's rows of group headings (母子保健 merged over 相談件数（件） | 訪問実施率（％）, 児童虐待防止 over 相談対応件数（件）): a
 * row with a heading merged across two columns or more, each with a name of its own on the next band row. A short word under
 * it (健康寿命 over 男性 | 女性) qualifies the name above rather than naming an indicator: no group row.
 */
function groupRows(grid: Grid, index: CellIndex, band: number[], cols: number[]): Set<number> {
  const out = new Set<number>();
  for (const [i, r] of band.slice(0, -1).entries()) {
    const grouped = cols.some((col) => {
      const m = grid.merge(r, col);
      if (!m || m.left !== col || m.right === m.left || m.bottom !== r) return false;
      // A quantity over its parts (待機児童数 over 保育所等（人） | 放課後児童クラブ（人）) is the name, the parts qualify it (review rv56).
      if (QUANTITY_END.test(bare(grid.text(r, col)))) return false;
      const names = Array.from({ length: m.right - m.left + 1 }, (_, k) => ownName(index, band[i + 1], m.left + k));
      return names.every((n) => n !== null) && names.includes('full');
    });
    if (grouped) out.add(r);
  }
  return out;
}

/** A heading naming a quantity: a count, a rate, an amount or a degree closing it (相談件数, 実施率, 排出量, 満足度). */
const QUANTITY_END = /(数|率|量|額|度|割合|比率|時間|日数|人数|件数)$/;
const bare = (text: string) => text.replace(/[(（][^()（）]*[)）]|\s/g, '');

/**
 * Whether row `r` has a heading of its own at `col` that names an indicator (no label, unit or period): 'full' for a quantity
 * named in full (six characters or more: 不登校児童出現率), 'short' for a short word of what it counts (学校数, 発生件数), else null.
 * A group row needs one named in full under it: 交通事故 over 発生件数 | 死傷者数 is a subject over its measures (review rv56).
 */
function ownName(index: CellIndex, r: number | undefined, col: number): 'full' | 'short' | null {
  const at = r === undefined || index.grid.anchor(r, col).row !== r ? null : index.at(r, col);
  const words = at ? bare(at.text) : '';
  if (!at?.text || at.label || at.period || at.meta || (UNIT.test(at.text.trim()) && !COUNTED.test(words))) return null;
  return words.length >= 6 && QUANTITY_END.test(words) ? 'full' : COUNTED.test(words) ? 'short' : null;
}

/** A heading ending in what it counts or measures: 学校数, 件数, 出現率, 割合, 金額, 排出量. */
const COUNTED = /.(数|率|割合|額|量)$/;

/**
 * The word under a name merged over this column and others, naming who is counted here (いじめ解消率（％） over 小学校 | 中学校):
 * its own cell, a short word that is no label, period, unit or name of a count, the words under the merge all different; else null.
 */
function qualifierUnder(grid: Grid, index: CellIndex, top: number, next: number | undefined, col: number): string | null {
  const m = grid.merge(top, col);
  if (next === undefined || !m || m.right <= m.left || m.bottom !== top) return null;
  const words: string[] = [];
  for (let c = m.left; c <= m.right; c++) {
    const at = grid.anchor(next, c).row === next && grid.anchor(next, c).col === c ? index.at(next, c) : null;
    const t = at ? compact(normalizeText(at.text)) : '';
    // 単年度 | 累計 under one name are its year's figure and their running total (cumulativeTwins.ts), never two subjects.
    if (!at || at.label || at.period || at.meta || !isSubjectWord(t)) return null;
    if (cleanName(`x（${t}）`).unit || (grid.merge(next, c)?.right ?? c) > c) return null;
    words.push(at.text.trim());
  }
  return new Set(words).size === words.length ? words[col - m.left] : null;
}

/** A ※ line's word of aim (目指す, 図る, 努める, 望ましい): a cause (「…による」) or a remark on the count is none. */
const NOTE_AIM = /目指|図[るりろ]|努め|望まし/;
/** A subject the line names (「若年層の割合は」「うち…」): its content before は / が. */
const NOTE_SUBJECT = /^(.+?)[はが]/;
/** A subject that is the way itself (「減少が望ましい」「少ない方が望ましい」), not another quantity. */
const WAY_SUBJECT = /^(減少|増加|削減|短縮|向上|抑制|低下|上昇|維持|[少多低高短長]い(方|ほう)?|[少多低高短長]いこと)$/;

/** Whether a ※ line states the column's own aim: an aim word, no 「うち」 part, no subject naming another quantity. */
function ownNoteAim(line: string, name: string): boolean {
  if (!NOTE_AIM.test(line) || /(^|[、。\s])うち/.test(line)) return false;
  const subject = NOTE_SUBJECT.exec(line)?.[1].trim();
  return !subject || WAY_SUBJECT.test(subject) || aimSpeaksOf(subject, name.split('\n')[0]);
}

/**
 * A ※ line under the name in its cell (「現場到着所要時間（平均）⏎※短縮を目指す」): the column's stated aim, as in a table's
 * name; a cause (「※数値の減少は人口減少による」) or another quantity's aim (「※うち若年層の割合は減少を目指す」) states none.
 */
function noteDirection(name: string, cell: string): NamedColumn['direction'] | null {
  const note = name
    .split('\n')
    .filter((l) => /^\s*※/.test(l))
    .map((l) => l.replace(/^\s*※\s*/, ''))
    .filter((l) => ownNoteAim(l, name))
    .join('。');
  const way = note ? wayFromText(remarkAims(note)) : null;
  return way ? { value: way, text: note, cell } : null;
}

/** A heading counting a survey's answers or sample (有効回答数, 回答者数, 回収数, 標本数, サンプル数). */
const SURVEY_SIZE = /^(?:有効(?:回答(?:者)?|回収)|回答(?:者)?|標本|サンプル)数/;

/** A column counting a survey's answers (有効回答数（人）) whose cell in the foot row is blank: the survey's size, no indicator. */
function surveySize(grid: Grid, c: NamedColumn, footRow: number): boolean {
  const raw = grid.raw(footRow, c.col);
  return SURVEY_SIZE.test(c.name.replace(/\s+/g, '')) && (raw === null || raw === undefined || String(raw).trim() === '');
}

/**
 * The named columns of a years-as-rows table (`band` its header rows, `cols` the columns right of the years) when a
 * target row stands at its foot, or null.
 */
export function namedYearColumns(
  grid: Grid,
  index: CellIndex,
  band: number[],
  cols: number[],
  years: { col: number; rows: { row: number }[] },
): { foot: FootTarget; columns: NamedColumn[] } | null {
  const foot = footTarget(grid, index, years.col, years.rows[years.rows.length - 1].row, cols);
  // A survey's count of answers beside its results (有効回答数（人）), no target in the foot row: its size, no indicator.
  const named = foot ? namedColumns(grid, index, band, cols, years.col).filter((c) => !surveySize(grid, c, foot.row)) : [];
  // A column the foot row leaves blank that is a count a rate it gives a figure is made of: a statistic, no indicator.
  const counts = foot ? rateCounts(named, (c) => !blank(grid.raw(foot.row, c.col))) : new Set();
  const columns = named.filter((c) => !counts.has(c));
  if (foot) withFootWay(grid, years.col, foot.row, columns);
  return foot && columns.length ? { foot, columns } : null;
}

/** Each column's cell on the way line under the target row (目指す方向 | 減少 | 増加), where one stands (namedYearFootWay.ts). */
function withFootWay(grid: Grid, periodCol: number, footRow: number, columns: NamedColumn[]): void {
  const row = footWayRow(
    grid,
    periodCol,
    footRow,
    columns.map((c) => c.col),
  );
  if (row === null) return;
  for (const c of columns) {
    const text = grid.text(row, c.col).trim();
    if (text && !c.wayCell) c.wayCell = { text, cell: a1(row, c.col) };
  }
}

const blank = (raw: unknown) => raw === null || raw === undefined || String(raw).trim() === '';

/** Each named indicator's target from the foot row (an empty cell reads as a missing target). */
export function addFootTargets(grid: Grid, foot: FootTarget, columns: NamedColumn[], indicatorOf: (c: NamedColumn) => RawIndicator | undefined): void {
  for (const c of columns)
    indicatorOf(c)?.targets.push({
      ...point(grid, foot.row, c.col, foot.period),
      kind: foot.role,
    });
}

/**
 * Each named indicator's direction from the direction row under the names (目標の方向 | 減少), where one states it, else from
 * the way line under the target row; a cell there of words not known as a way is kept on the indicator to be named.
 */
export function addColumnDirections(columns: NamedColumn[], indicatorOf: (c: NamedColumn) => RawIndicator | undefined): void {
  for (const c of columns) {
    const ind = c.direction || c.wayCell ? indicatorOf(c) : undefined;
    if (!ind || ind.statedDirection) continue;
    if (c.direction) ind.statedDirection = { ...c.direction };
    else if (c.wayCell) {
      const value = readWayCell(ind, c.wayCell.text, c.wayCell.cell);
      if (value) ind.statedDirection = { value, ...c.wayCell };
    }
  }
}
