/**
 * A column of goals grouping the items beside it: 「成果目標 | 項目 | 単位 | 集計区分 | 基準値 | 目標値 | 実績」, the 成果目標 heading
 * merged down the header band over goal statements (「施設入所者の地域生活への移行」), one of them at least merged down over the
 * rows of its several items. A 障害福祉計画's office writes the goal once and its measured items under 項目: the items are the
 * names, the goal their group, never a target column (its cells hold words, no figure) and never a name joined to its items.
 * Only a target word with no year (成果目標, 目標), only words under it, only left of the names column a name word heads.
 */
import type { CellIndex, IndexedCell } from './cells';
import type { Column } from './column';
import type { Grid } from './grid';
import { descriptionAims } from '../values/remarkAims';
import { aimSpeaksOf } from './nameMeasure';
import { looksLikeName } from './names';
import type { RawIndicator } from './types';

/** Body rows looked at under the heading. */
const SAMPLE_ROWS = 40;

/** The heading's cell is merged down the whole band, or alone in its column there. */
function overBand(grid: Grid, band: number[], cell: IndexedCell): boolean {
  const m = grid.merge(cell.row, cell.col);
  if (m && (m.top !== cell.row || m.left !== m.right)) return false;
  return band.every((r) => r === cell.row || (m && r <= m.bottom) || grid.text(r, cell.col) === '');
}

/**
 * Under the heading, down to the first row blank across the table's first columns: words only (no figure), at least two
 * goals, one of them merged down over two rows or more.
 */
function groupsWords(grid: Grid, band: number[], col: number): boolean {
  let goals = 0;
  let spanning = false;
  for (let r = band[band.length - 1] + 1; r <= Math.min(grid.bottom, band[band.length - 1] + SAMPLE_ROWS); r++) {
    const a = grid.anchor(r, col);
    if (a.row !== r) continue;
    const v = grid.value(r, col);
    if (v === null || v === '') {
      if (grid.text(r, col + 1) === '') break;
      continue;
    }
    if (typeof v !== 'string' || !looksLikeName(v) || !isGoalStatement(v)) return false;
    goals++;
    const m = grid.merge(r, col);
    if (m && m.left === m.right && m.bottom > r) spanning = true;
  }
  return goals >= 2 && spanning;
}

/**
 * A goal statement, neither a target's way in words (「前年度より増加」「現状維持」: a target column's) nor a measure's name
 * (「地域生活移行者数」 over a 区分 breakdown: the names column itself) (review rv61).
 */
function isGoalStatement(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (/(数|率|割合|件数|人数|量|額|時間|日数)$/.test(t)) return false;
  return !/(増加|減少|維持|向上|低減|削減|抑制|拡大|縮小|以上|以下|未満|超)$/.test(t) || isGoalOfSomething(t);
}

/**
 * 「商業地の価値向上」「中心市街地の魅力向上」「肥満者の割合の減少」: a way word after 「…の」 naming what should change is a goal statement,
 * not a target's way; one that compares (「前年度より向上」「基準値比の増加」) or holds a figure (「10％の削減」) stays a target's way. A
 * lowering goal's way is passed on to the rows whose measure it names (readGoalGroup; review rv66: it was dropped, the rows graded up).
 */
function isGoalOfSomething(t: string): boolean {
  return /^[^\d]+の[^の\d]*(増加|向上|拡大|減少|低減|削減|抑制|縮小)$/.test(t) && !/より|比|前年|現状|基準|目標|水準/.test(t);
}

/** A goal lowering what it names (「肥満者の割合の減少」「ごみ排出量の削減」). */
const LOWERING_GOAL = /の[^の\d]*(減少|低減|削減|抑制|縮小)$/;

/**
 * Reads a goal cell into the row's group; returns the words of its way for the row's direction: a lowering goal whose object is the
 * row's measure (「肥満者の割合の減少」 over 男性の肥満者の割合, aimSpeaksOf), else nothing (a goal of another thing, or a rising one,
 * which says no more than the default).
 */
export function readGoalGroup(ind: RawIndicator, text: string): string {
  if (!text) return '';
  ind.group = text;
  return LOWERING_GOAL.test(text.normalize('NFKC').replace(/\s+/g, '')) ? descriptionAims(text, (o, p) => aimSpeaksOf(o, ind.name, p)) : '';
}

/** Whether a heading cell is a goal column's: a target word with no year over goal statements grouping the rows. */
export function isGoalGroupHeading(index: CellIndex, band: number[], cell: IndexedCell): boolean {
  const label = cell.label;
  if (label?.role !== 'target' || label.period || label.relative !== undefined) return false;
  return overBand(index.grid, band, cell) && groupsWords(index.grid, band, cell.col);
}

/** The columns of goal headings in the band (the names column, if a name word right of them heads it, is found without them). */
export function goalGroupColumns(index: CellIndex, band: number[]): Set<number> {
  const out = new Set<number>();
  for (const cell of band.flatMap((r) => index.row(r))) if (isGoalGroupHeading(index, band, cell)) out.add(cell.col);
  return out;
}

/** A goal column left of the names column is the rows' group, not a target (in place). */
export function goalColumnsAsGroups(index: CellIndex, band: number[], columns: Column[], nameCol: number | undefined): void {
  if (nameCol === undefined) return;
  // The names column headed by a name word (項目, 指標名), never a breakdown's (区分, 内訳): rv61.
  const nameHeading = band.map((r) => index.grid.text(r, nameCol).normalize('NFKC').replace(/\s+/g, '')).join('');
  if (/区分|内訳|内容|種別/.test(nameHeading) || !/項目|指標|名/.test(nameHeading)) return;
  const goals = goalGroupColumns(index, band);
  for (const c of columns)
    if (c.col < nameCol && c.role === 'target' && goals.has(c.col)) {
      c.role = 'group';
      delete c.period;
    }
}
