/**
 * A names column whose heading is not a name word: a measure word (「数値目標」, 「目標」) or a compound
 * ending in 指標 / KPI / 目標 (「環境指標」「目標指標」「まちづくり指標」「成果指標名」), or a 「…名」 heading
 * (「健（検）診名」, nameOfHeading.ts) over the indicators' names, as 指標名 would head them. Only in a header that has no name heading of its own, only when
 * the heading stands over the whole header band (merged down it, or alone on its row), left of the
 * columns that hold the figures (目標 / 実績 headings), and only when the cells under it hold names
 * (words, not figures: `looksLikeName`), so that a real target column is never taken for names.
 */
import type { CellIndex, IndexedCell } from './cells';
import { classifyLabel, classifyMeta, type Label } from '../values/labels';
import { compact, memo } from '../values/text';
import { goalGroupColumns } from './goalGroupColumn';
import { looksLikeName } from './names';
import { isOrganisationHeading } from './organisationHeading';
import { isNameOfHeading } from './nameOfHeading';
import { isPlaceHeading } from './placeHeading';
import { isSurveyItemHeading } from './surveyItemHeading';
import { isRowKindHeading } from './rowKindHeading';
import { isProjectKindHeading } from './projectKindHeading';
import { headsYearRunNames } from './yearRunNameHeading';
import { besideMonthRun, headsMonthRunNames } from './monthRunNameHeading';
import { isPlanDoneTwin } from './targetTwins';
import { categoryHeadsMeasureNames, unitRowsNameMeasures } from './categoryMeasureNames';
import { unheadedMeasureCol } from './unheadedMeasureColumn';

const VALUE_HEADINGS = new Set(['actual', 'target', 'expected']);

/**
 * How strongly a heading word may stand for names (-1: not at all): an …指標 / KPI compound 2; 数値目標,
 * an …目標 compound (成果目標, 施策目標) or 項目 / 評価項目 / an activity's 活動項目 / 実施項目 / 業務項目 (a 月別活動実績's rows) or a plan's 整備項目 (a 整備計画's works) 1; a bare target word (目標, 目標値) 0. A name
 * column is told from a column of text targets or of goal sentences by this rank first, then by being nearest the figures.
 */
const nameWordRank = memo((text: string): number => {
  const t = text
    .normalize('NFKC')
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
  if (t.length < 2 || t.length > 12 || classifyMeta(t)) return -1;
  if (/(指標|kpi)の?(名|名称|項目)?$/.test(t)) return 2;
  // 「健（検）診名」「施設名」: the names of what the rows count (nameOfHeading.ts).
  // 「事業量」「活動量」: the amounts of work the rows each count (こころの健康講座 開催回数 | 回 | R3 目標 | 実績 …), named down the column.
  return /目標の?(名|名称|項目)?$|^(評価|成果|目標|活動|実施|業務|整備)?項目名?$|^(事業|活動|業務)量$/.test(t) ||
    isNameOfHeading(text) ||
    isPlaceHeading(text) || // 「回収拠点」「実施会場」: a row per place (placeHeading.ts)
    isSurveyItemHeading(text) || // 「設問項目」: a row per survey question (surveyItemHeading.ts)
    isRowKindHeading(text) ||
    isProjectKindHeading(text) // 「連携事業」「重点事業」 over the projects' names (projectKindHeading.ts)
    ? 1
    : -1;
});

/** A line of figures derived from the indicator above it (基準年度比, 前年度比, 達成率), labelled in the names column. */
function isDerivedLine(text: string): boolean {
  return classifyLabel(text)?.role === 'derived';
}

/** A bare 区分, or a heading naming the organisation's units (部局, 部門: organisationHeading.ts), over the rows' names or their categories. */
function categoryLike(cell: IndexedCell): boolean {
  return cell.label?.role === 'category' || (!cell.label && isOrganisationHeading(cell.text));
}

function nameRank(cell: IndexedCell, index: CellIndex): number {
  // 「路線 | 平成30年度 | … | 令和5年度目標」: a plain word left of a run of years and a target (yearRunNameHeading.ts), ranked as 「…名」.
  if (headsYearRunNames(index, cell)) return 1;
  // 「施設 | 4月 | … | 3月 | 年度計 | 年間目標」: the same word over months, the year's total and its target (monthRunNameHeading.ts).
  if (headsMonthRunNames(index, cell)) return 1;
  // 「施設 | 4月 | … | 3月 | 年度計 | 目標（月）」: a place over months heads names only as that rule allows (review rv71's per-month targets).
  if (isPlaceHeading(cell.text) && besideMonthRun(index, cell)) return -1;
  const label: Label | null = cell.label;
  // A bare 区分 merged down the band over the rows' names (区分 | 単位 | 計画値 | 実績), the lowest rank: any other candidate heads the names first.
  if (label?.role === 'category') return label.period || compact(cell.text) !== '区分' ? -1 : 0;
  // So does 部局 / 部門 (部局 | 令和6年4月1日 over 計画 | 実績, a row per department).
  if (categoryLike(cell)) return 0;
  if (label) return label.role === 'target' && !label.period && label.relative === undefined ? (/数値目標/.test(cell.text) ? 1 : 0) : -1;
  return cell.text !== '' && cell.text.length <= 24 ? nameWordRank(cell.text) : -1;
}

/** The heading stands over the whole band: merged down it, or the other band cells of its column are empty. */
function coversBand(index: CellIndex, band: number[], cell: IndexedCell): boolean {
  const m = index.grid.merge(cell.row, cell.col);
  if (m && m.top !== cell.row) return false;
  return band.every((r) => {
    if (r === cell.row) return true;
    const a = index.grid.anchor(r, cell.col);
    return (a.row === cell.row && a.col === cell.col) || index.grid.text(r, cell.col) === '';
  });
}

/** The first few cells under the band in `col` all read as names (at least one), derived lines between them passed over. */
function holdsNames(index: CellIndex, band: number[], col: number): boolean {
  const grid = index.grid;
  let seen = 0;
  let gap = false;
  for (let r = band[band.length - 1] + 1; r <= grid.bottom && seen < 3; r++) {
    const a = grid.anchor(r, col);
    if (a.row !== r) continue; // a name merged down over two rows
    const v = grid.value(r, col);
    if (v === null || v === '') {
      if (seen === 0 && r > band[band.length - 1] + 2) return false;
      gap = seen > 0;
      continue;
    }
    // A form's heading past a blank row under the names (「所見 | 参加団体は目標を上回ったが…」) starts the sheet's next part.
    if (gap && typeof v === 'string' && classifyLabel(v)?.role === 'note') return true;
    // A derived line under a name (「　基準年度比」「達成率」: a ratio of the row above) is no name, nor a figure's cell.
    if (typeof v === 'string' && isDerivedLine(v)) continue;
    if (typeof v !== 'string' || !looksLikeName(v)) return false;
    seen++;
  }
  return seen > 0;
}

/**
 * The leftmost column of figures' headings in the band (目標 / 実績 / 計画値 …) other than `except`, and whether one of them is a
 * target's; a 成果目標 column of goal statements grouping the rows, left of `except`, holds no figures (goalGroupColumn.ts).
 */
function valueHeadings(index: CellIndex, band: number[], except: number, goals: Set<number>): { first: number; target: boolean } {
  let first = Infinity;
  let target = false;
  for (const r of band)
    for (const c of index.row(r))
      if (c.col !== except && !(goals.has(c.col) && c.col < except) && c.label && VALUE_HEADINGS.has(c.label.role)) {
        first = Math.min(first, c.col);
        target ||= c.label.role !== 'actual';
      }
  return { first, target };
}

/**
 * A bare 目標 stands for the names only merged down a band of two rows or more, or beside another target heading (else it is the target);
 * a bare 区分 (or 部局 / 部門) only merged down such a band (on one header row it is the kind of the row's figures: 「区分 | 基準値 | 目標値」 over 「数値」),
 * or with a 単位 heading right beside it before the figures and a 目標 heading (「区分 | 単位 | 令和４年度 | 令和５年度 | 目標値」: each row a measure
 * of its own unit with a target; 「区分 | 単位 | 事業計画 | 実績」 of a 収支状況 sets none: costs, no indicators), or beside a plan and what was
 * done of the same words (「区分 | 計画検体数 | 実施検体数」: each row a kind of what is planned and done, targetTwins.ts).
 */
function bareTargetFits(index: CellIndex, band: number[], cell: IndexedCell, otherTarget: boolean, firstValue: number): boolean {
  if (otherTarget || (band.length >= 2 && (index.grid.merge(cell.row, cell.col)?.bottom ?? cell.row) >= band[band.length - 1])) return true;
  const heads = band.flatMap((r) => index.row(r));
  // The 単位 heading right beside it: 「区分 | 内容 | 単位」 has its names in 内容 (review rv44).
  const next = heads.filter((c) => c.col > cell.col).sort((a, b) => a.col - b.col)[0];
  if (!categoryLike(cell)) return false;
  // 区分 | 目標 | 実績 over 現年課税分収納率 / 口座振替率: each row a measure (categoryMeasureNames.ts).
  if (categoryHeadsMeasureNames(index, band, cell)) return true;
  if (
    next?.label?.role === 'unit' &&
    next.col < firstValue &&
    (statesTargets(index, band, heads, next.col) || rowsStateTargets(index, band, cell, next.col, firstValue))
  )
    return true;
  const plans = heads.filter((c) => c.label?.role === 'expected');
  return heads.some((d) => d.label?.role === 'actual' && plans.some((p) => isPlanDoneTwin(p.text, d.text)));
}

/**
 * The rows state their targets themselves: an unheaded column right of the 単位 at `unitCol`, before the figures, labels the
 * rows the first name under the band is merged over 目標 / 実績 (区分 | 単位 | ∅ | 4月 … 3月 | 年度計: unheadedMeasureColumn.ts).
 */
function rowsStateTargets(index: CellIndex, band: number[], cell: IndexedCell, unitCol: number, firstValue: number): boolean {
  const headed = (col: number) => band.some((r) => index.grid.text(r, col).trim() !== '');
  const span = { from: unitCol + 1, before: firstValue };
  return unheadedMeasureCol(index.grid, band[band.length - 1] + 1, cell.col, span, headed) !== undefined;
}

/**
 * The headings set the rows' targets: a target's (目標値), or a year's plan worded as a target (年度目標, 単年度目標値: labels.ts reads
 * them as the year's plan) over rows that all name measures (電子申請件数, never a 収支's 事業支出 in 千円 nor a category alone,
 * 男性 / 小学校: categoryMeasureNames.ts, review rv64); never a plan of spending or work (事業計画, 計画値: a 収支状況's costs).
 */
function statesTargets(index: CellIndex, band: number[], heads: IndexedCell[], unitCol: number): boolean {
  if (heads.some((c) => c.label?.role === 'target')) return true;
  return heads.some((c) => c.label?.role === 'expected' && /目標/.test(c.text)) && unitRowsNameMeasures(index, band, unitCol);
}

/**
 * The column a measure word or an …指標 compound heads as the names column, if any (the header row has no name heading):
 * of the headings that pass, the highest rank, then the one nearest the figures.
 */
export function measureNameColumn(index: CellIndex, band: number[]): number | undefined {
  let best: { col: number; rank: number } | undefined;
  const goals = goalGroupColumns(index, band);
  for (const cell of band.flatMap((r) => index.row(r))) {
    const rank = nameRank(cell, index);
    if (rank < 0 || (best && (rank < best.rank || (rank === best.rank && cell.col < best.col))) || !coversBand(index, band, cell)) continue;
    const values = valueHeadings(index, band, cell.col, goals);
    if (
      values.first === Infinity ||
      cell.col >= values.first ||
      // 「作業種」 heads names only beside a plan or a target (rowKindHeading.ts): 鳥獣種 | 4月 … | 年度計 alone is a breakdown;
      // so does a place (施設 | 上期 | 下期 | 実績値 under 「施設別の内訳」 breaks the indicator above down: placeHeading.ts).
      (!values.target && !cell.label && (isRowKindHeading(cell.text) || isPlaceHeading(cell.text))) ||
      (rank === 0 && !bareTargetFits(index, band, cell, cell.label?.role === 'target' && values.target, values.first))
    )
      continue;
    if (isActivityHeading(cell.text) && !besideFigures(index, band, cell, values.first)) continue;
    // 「No. | 重点事業 | 成果目標 | 目標値」: a project kind heads no names beside another heading that may (review rv69).
    if (isProjectKindHeading(cell.text) && otherNamesHeading(index, band, cell, values.first)) continue;
    const col = rank === 0 && categoryLike(cell) ? finestUnderCategory(index, band, cell, values.first) : cell.col;
    if (col !== undefined && holdsNames(index, band, col)) best = { col, rank };
  }
  return best?.col;
}

/** Another heading left of the figures, or the first of them, that may head names and stands over names (「成果目標」 over 相談件数). */
function otherNamesHeading(index: CellIndex, band: number[], cell: IndexedCell, firstValue: number): boolean {
  return band.some((r) => index.row(r).some((c) => c !== cell && c.col <= firstValue && nameRank(c, index) >= 0 && holdsNames(index, band, c.col)));
}

/** An activity's 活動項目 / 実施項目 / 業務項目 (a 月別活動実績's rows) or a 整備計画's 整備項目, not a measure's name word. */
function isActivityHeading(text: string): boolean {
  return /^(活動|実施|業務|整備)項目名?$/.test(compact(text.normalize('NFKC').replace(/[(（][^()（）]*[)）]/g, '')));
}

/**
 * An activity heading heads the names only when no column between it and the figures holds names too (活動項目 | 単位 | 4月 …):
 * review rv63, 「実施項目 | 内容 | 単位 | 目標値 | 実績値」 names each row's measure in 内容 (講演会の参加者数), the 実施項目 being the
 * activity over it.
 */
function besideFigures(index: CellIndex, band: number[], cell: IndexedCell, firstValue: number): boolean {
  // The first value column too: a 「目標（指標名）」 heading reads as a target's, yet its column holds the measures' names (review rv67).
  for (let col = index.grid.rightEdge(cell.row, cell.col) + 1; col <= firstValue; col++) if (holdsNames(index, band, col)) return false;
  return true;
}

/** No heading of its own in the band: every band cell of the column empty or under `cell`'s merge. */
function headless(index: CellIndex, band: number[], cell: IndexedCell, col: number): boolean {
  return band.every((r) => {
    const a = index.grid.anchor(r, col);
    return (a.row === cell.row && a.col === cell.col) || index.grid.text(r, col) === '';
  });
}

/**
 * A bare 区分 heads the categories of the names (健康づくり | 特定健診受診率): where a column with no heading of its own
 * (under the 区分's merge across columns, or unheaded right of it) holds names before the figures, the one nearest the
 * figures, the finest, is the names column; a column headed by anything else (単位) is passed over.
 */
function finestUnderCategory(index: CellIndex, band: number[], cell: IndexedCell, firstValue: number): number {
  for (let col = firstValue - 1; col > cell.col; col--) if (headless(index, band, cell, col) && holdsNames(index, band, col)) return col;
  return cell.col;
}

/** A cheap first look: does the row hold a heading that may stand for the names (no name heading needed then)? */
export function mayHeadNamesByMeasure(index: CellIndex, row: number): boolean {
  return index.row(row).some((c) => nameRank(c, index) >= 0);
}
