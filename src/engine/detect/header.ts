/**
 * A table header of one to three rows, read column by column. Either the measure or the period
 * may be the outer heading: 「R5」 over 目標 | 実績, or 「実績値」 spanning Ｒ３ Ｒ４ Ｒ５ Ｒ６ (merged, or
 * written once at the left of its sub-columns). Each column gets the role of its most specific
 * label and the period of its own period cell, so that no sub-column of a measure is read without
 * its year (reading them all as one undated actual took the first year's figure as the actual).
 */
import { a1 } from '../model/address';
import type { Grid } from './grid';
import { midtermGradesBesideOwn } from './midtermGradeColumn';
import { plansNotTargets } from './notTargetNote';
import { classifyLabel, classifyMeta, SERIES_ROLES, type Label, type Role } from '../values/labels';
import { roundLabel } from './roundHeading';
import { findPeriod, isBareYearText, parsePeriodCell, type Period, type PeriodCell } from '../values/periods';
import { relativeOnly } from '../values/relativePeriods';
import { plausibleAxis, type CellIndex, type IndexedCell } from './cells';
import { figureCount } from './figureRow';
import { memo } from '../values/text';
import { goalColumnsAsGroups } from './goalGroupColumn';
import { mayHeadNamesByMeasure, measureNameColumn } from './measureNameHeading';
import { withHeadingAbove } from './headingAbove';
import { joinedHeading, splitHeadingsAbove, unitBesideValues } from './splitHeadings';
import { figuresUnderNameHeadings } from './figureColumns';
import { marksUnderReviewHeadings } from './reviewPoints';
import { gradesUnderEvaluationHeading } from './evaluationHeadings';
import { measurePair, pairsBelow, type MeasurePair } from './measurePairs';
import { cumulativeTwins, headingText } from './cumulativeTwins';
import { plainBesideRelative } from './relativePeriods';
import { toDateAfterThisMonth, totalAfterParts } from './partsTotal';
import { averageAfterParts } from './partsAverage';
import { measuresUnderParts, partsBesideWhole } from './periodWholeColumn';
import { areasBesideWhole, measuresUnderAreas } from './areaWholeColumn';
import { summedWholeBesideParts } from './summedWholeColumn';
import { respondentGroupOrWhole } from '../values/respondentGroups';
import { cumulativeTargets } from './cumulativeTarget';
import { gradedOnCumulative } from './gradedOnCumulative';
import type { Column } from './column';
import { labelledLinesBelow } from './labelledLines';
import { targetHeadingWay } from '../values/targetChange';
import { isReferenceLabel } from './referenceLabel';
import { namesRateTerm } from '../values/rateTerms';
import { weakNameHeadings } from './weakNameHeading';
import { serviceBesideNames } from './serviceNameColumn';
import { comparedWithOwn, isComparisonLabel, isOwnLabel } from './comparisonRows';
import { datedEvaluationSides } from './evaluationSides';
import { targetHeadingYear } from '../values/planPointHeading';
import { forecastsUnderYear } from './forecastSubColumns';
import { heldNowBesideActual } from './heldNowColumns';
import { computedBesideActual } from './computedValueColumns';
import { measureOfTarget } from './targetMeasureColumn';
import { quantityOverYears } from './quantityOverYears';
import { isBareSettled, settledBesideTargets, settledUnderYear } from './settledYears';
import { headsEvaluatedFigure, yearOverItsDate } from './yearAsOfHeadings';
import { inYearUnderYear } from './inYearActualHeading'; // 令和７年度 over 実績（6月末現在）: the year so far
import { singleYearTotals, singleYearUnderMeasure, undateSingleTargetsBesideTerm } from './singleYearHeading';

/** The roles of a heading over a plan's mid-term and final values that makes them targets (目標値 over 中間値 | 最終値). */
const TARGET_ROLES: ReadonlySet<Role> = new Set<Role>(['target', 'expected']);

export type { Column } from './column';

export const VALUE_ROLES = new Set<Role>(['actual', 'target', 'expected']);

/**
 * A cell's measure label, also where the index read it as a period: 「実績（令和６年度）」 beside 「目標（令和６年度）」 under
 * 成果指標 are the two measures of the year, sub-headings as 目標 | 実績 are.
 */
function seriesLabel(c: IndexedCell): Label | null {
  return c.label ?? (c.period && c.text ? headingWords(c.text).label : null);
}

/** Whether a row under a header row continues the header: sub-labels or periods, no name heading. */
function continuesHeader(index: CellIndex, row: number): boolean {
  const cells = index.row(row);
  if (cells.some((c) => c.label?.role === 'name')) return false;
  // A bare 決算 under a year heading (「令和5年度」 over 目標 | 決算) is a sub-heading as 実績 is (settledYears.ts).
  // 分子 | 分母 | 実績値 under 実績（R5）: the rate's terms are sub-headings too (values/rateTerms.ts).
  let subLabels = cells.filter((c) => (seriesLabel(c) && SERIES_ROLES.has(seriesLabel(c)!.role)) || isBareSettled(c.text) || namesRateTerm(c.text)).length;
  // Headings naming two measures (「実績／目標」 under each year) count for both, on a row of nothing but headings.
  const pairs = cells.filter((c) => !c.label && c.text && measurePair(c.text)).length;
  if (pairs && cells.every((c) => c.label || c.period || !c.text || measurePair(c.text))) subLabels += 2 * pairs;
  const periods = cells.filter((c) => c.period);
  // 「令和5年度」 alone under 実績 beside 目標値 under 目標 (区分 | 目標値 | 令和5年度): a year under a measure heading is its
  // sub-heading, when the row's names cell is blank (or the name heading merged down over it) and every sub-label stands under
  // a measure heading too; a body row (「計画策定 | 策定 | 令和6年3月」) names its indicator there (review rv56).
  if (periods.length === 1 && subLabels === 1 && figureCount(cells) === 0 && subHeadingsOnly(index, row)) subLabels += 1;
  return subLabels >= 2 || (periods.length >= 2 && plausibleAxis(periods) && figureCount(cells) < 2);
}

/** A row whose names cell is blank, and whose one series label and one year each stand under a series heading of the row above. */
function subHeadingsOnly(index: CellIndex, row: number): boolean {
  const above = index.row(row - 1);
  const name = above.find((c) => c.label?.role === 'name');
  if (!name || index.grid.anchor(row, name.col).row === row) return false;
  const cells = index.row(row).filter((c) => c.text && (c.period || (seriesLabel(c) && SERIES_ROLES.has(seriesLabel(c)!.role))));
  return cells.every((c) => underMeasure(above, c.col));
}

/** Whether a series heading (目標 / 実績 …) of the row above stands over `col`, on its own cell or merged across it. */
function underMeasure(above: IndexedCell[], col: number): boolean {
  return above.some((a) => a.col <= col && col <= a.right && !!seriesLabel(a) && SERIES_ROLES.has(seriesLabel(a)!.role));
}

/** The header rows starting at `row`: the row itself and up to two rows that continue it. */
export function headerBand(index: CellIndex, row: number): number[] {
  const band = [row];
  if (!continuesHeader(index, row + 1) && namesMergedOver(index, row)) return [row, row + 1];
  while (band.length < 3 && continuesHeader(index, band[band.length - 1] + 1)) band.push(band[band.length - 1] + 1);
  return band;
}

/**
 * A header of two rows whose name heading is merged down over both (「品目」 in A4:A5 beside 「備蓄数量」 over 中央倉庫 |
 * 東部倉庫 | 計): the second row is the header's when it holds texts no label reads (sites, kinds, a 計), and no figure.
 */
/** Parts in a row under merged headings: at least a half year's months or the four quarters' halves. */
const MIN_PARTS_UNDER = 2;

function namesMergedOver(index: CellIndex, row: number): boolean {
  const name = index.row(row).find((c) => c.label?.role === 'name');
  const m = name && index.grid.merge(name.row, name.col);
  if (!m || m.bottom !== row + 1) return false;
  const cells = index.row(row + 1).filter((c) => c.text);
  // Periods, parts of one (上半期) or measures under the heading are read by the band's own rules (continuesHeader, withHeadingAbove).
  // 本市 under 実績値 beside 全国平均 reads as the actual (comparisonRows.ts labelOwnHeadings): an own heading, no measure of its own.
  const own = (c: IndexedCell) => isOwnLabel(c.text) && cells.some((o) => isComparisonLabel(o.text));
  if (cells.length > 0 && figureCount(index.row(row + 1)) === 0 && cells.every((c) => !c.period && (!c.label || c.label.role === 'derived' || own(c))))
    return true;
  // 4月 … 3月 under 実績 | 見込 merged over them: the months are the parts of the period, sub-headings of the band.
  return cells.length >= 2 * MIN_PARTS_UNDER && figureCount(index.row(row + 1)) === 0 && cells.every((c) => c.label?.role === 'part');
}

interface Heading {
  text: string;
  cell: string;
  /** The cell's top-left corner (`cell` as numbers). */
  row: number;
  col: number;
  label: Label | null;
  period: PeriodCell | null;
}

/**
 * The text a header row shows over a column: its own cell or a merge spanning across it; a merge
 * coming down from an upper band row is that row's heading, not this one's.
 */
function headingAt(index: CellIndex, row: number, col: number): Heading | null {
  const text = index.grid.text(row, col);
  if (!text) return null;
  const m = index.grid.merge(row, col);
  if (m && m.top !== row) return null;
  const words = headingWords(text);
  // A date or a plain year stored as a number is a period through its format (see CellIndex).
  const [r, c] = m ? [m.top, m.left] : [row, col];
  // A quantity's year the row gives (「令和5年度末⏎延床面積（㎡）」 beside 「基準年度…⏎延床面積（㎡）」: quantityYearHeadings.ts).
  const period = words.period ?? numericPeriod(index, row, col) ?? (words.label ? null : quantityPeriod(index, r, c));
  // A label the index gave from the heading's row (a target's twin: targetTwins.ts) where the words alone give none.
  const label = words.label ?? (words.period ? null : (index.at(r, c)?.label ?? null));
  return { text, cell: a1(r, c), row: r, col: c, label, period };
}

/** A heading's period and label in one look-up: headings repeat across sheets and files, and a header is read cell by cell. */
const headingWords = memo((text: string) => ({ period: parsePeriodCell(text), label: classifyLabel(text) }));

/** The period the index gave a text heading its words alone give none (a quantity written at a year: quantityYearHeadings.ts). */
function quantityPeriod(index: CellIndex, row: number, col: number): { period: Period; baseline: boolean } | null {
  const cell = index.at(row, col);
  return cell && cell.text !== '' ? cell.period : null;
}

function periodBelow(index: CellIndex, row: number, col: number): boolean {
  return !!(parsePeriodCell(index.grid.text(row, col)) ?? numericPeriod(index, row, col));
}

/**
 * A number read as a period (a date, a plain year) only when its row's numbers form a period axis: one 2000 among figures is a
 * figure. A year written as text alone (「2023」「２０２３」) is such a number.
 */
function numericPeriod(index: CellIndex, row: number, col: number): { period: Period; baseline: boolean } | null {
  const cell = index.at(row, col);
  const yearLike = (c: IndexedCell) => c.text === '' || isBareYearText(c.text);
  if (!cell?.period || !yearLike(cell)) return null;
  return plausibleAxis(index.row(row).filter((c) => c.period && yearLike(c))) ? cell.period : null;
}

/**
 * A measure written once at the left of its period sub-columns, without a merge
 * (「実績値 | 　 | 　」 over 「R4 | R5 | R6」): the blank cells right of it take it while the row
 * below keeps giving periods.
 */
function spanningLabel(index: CellIndex, row: number, below: number, col: number): Heading | null {
  for (let c = col - 1; c >= index.grid.left && c >= col - 12; c--) {
    if (!periodBelow(index, below, c)) return null;
    const h = headingAt(index, row, c);
    if (h) return h.label && SERIES_ROLES.has(h.label.role) ? h : null;
  }
  return null;
}

/**
 * A period written once at the left of its measure sub-columns, without a merge (「令和4年度 | 　 | 　」 over
 * 「目標値 | 実績値 | 達成度」): the blank cells right of it take its period while the row below keeps giving labels, so that
 * each year's actual is paired with the same year's target (an undated 実績値 was read beside the next year's 目標値).
 */
function spanningPeriod(index: CellIndex, row: number, below: number, col: number): Heading | null {
  for (let c = col; c >= index.grid.left && c >= col - 12; c--) {
    if (!headingWords(index.grid.text(below, c)).label) return null;
    if (c === col) continue;
    const h = headingAt(index, row, c);
    if (h) return h.period && !h.label ? h : null;
  }
  return null;
}

/** The headings of one column down the band, top first. */
function columnHeadings(index: CellIndex, band: number[], col: number, split = false): Heading[] {
  const out: Heading[] = [];
  band.forEach((row, i) => {
    let h = headingAt(index, row, col);
    const below = band[i + 1];
    if (!h && below !== undefined && index.grid.anchor(row, col).row === row)
      h = periodBelow(index, below, col) ? spanningLabel(index, row, below, col) : spanningPeriod(index, row, below, col);
    if (h) out.push(h);
  });
  // Headings split over the band's first two rows (splitHeadings.ts): the two fragments are one heading.
  const [u, l] = out;
  const label = split && u && l && u.row === band[0] && l.row === band[1] ? joinedHeading(u.text, l.text) : null;
  return label ? [{ ...l, text: u.text + l.text, label, period: null }, ...out.slice(2)] : out;
}

/** A column whose most specific heading names two measures (「R5 実績／目標」), a period above it dating both where the heading names none. */
function pairedColumn(index: CellIndex, band: number[], hs: Heading[], col: number): Column | null {
  // The heading as written, line breaks kept (「目標⏎実績」 over 「60⏎45」).
  const full = (h: Heading) => (h.text.length <= 40 ? index.grid.fullText(h.row, h.col) : '');
  const specific = [...hs].reverse().find((h) => h.label || measurePair(full(h)));
  const pair = specific ? measurePair(full(specific)) : null;
  if (!pair || !pairsBelow(index.grid, band[band.length - 1] + 1, col, pair)) return null;
  const above = [...hs].reverse().find((h) => h.period)?.period?.period;
  const periods: MeasurePair['periods'] = [pair.periods[0] ?? above, pair.periods[1] ?? above];
  const c: Column = { col, role: pair.roles[0], cells: hs.map((h) => h.cell), pair: { ...pair, periods } };
  if (periods[0]) c.period = periods[0];
  return c;
}

/** What one column of a header band holds, or null when it is nothing the reader uses (`nameCol`: a column found to hold the names without a name heading). */
export function readColumn(index: CellIndex, band: number[], col: number, nameCol?: number, split = false): Column | null {
  const hs = columnHeadings(index, band, col, split);
  // The names column may stand unheaded right of a bare 区分 (measureNameHeading.ts).
  if (col === nameCol) return { col, role: 'name', cells: hs.map((h) => h.cell) };
  if (!hs.length) return null;
  // 「数値目標」 merged across two columns over the names: the column under the rest of its merge holds no target.
  if (nameCol !== undefined && hs.every((h) => h.col === nameCol)) return null;
  const paired = pairedColumn(index, band, hs, col);
  if (paired) return paired;
  const labelled = hs.filter((h) => h.label);
  const label = roundLabel(index, band, labelled, col) ?? labelled[labelled.length - 1]?.label ?? null; // 基準値 over 「令和元年度調査」: roundHeading.ts
  // 「令和5年度」 over 「（R6.4.1現在）」: the year written dates the column, not the day its figure stands at (yearAsOfHeadings.ts).
  const periodCell = yearOverItsDate(hs) ?? [...hs].reverse().find((h) => h.period) ?? singleYearUnderMeasure(hs); // singleYearHeading.ts
  let role: Role | 'group' | undefined;
  let period: Period | undefined;
  let baseline = false;
  // 「令和5年度決算」: the year's settled figure, an actual only beside a target (settledYears.ts, settledBesideTargets).
  const settled = label ? null : settledUnderYear(hs[hs.length - 1].text, hs.length > 1 ? periodCell?.period?.period : null);
  if (label) {
    role = label.role;
    // 目標値 over 中間値（R5） | 最終値（R9）: the plan's targets at its mid-term and end, no measured values (review rv41a).
    if (role === 'actual' && labelled.some((h) => TARGET_ROLES.has(h.label!.role)) && /^(中間|最終)(実績)?値/.test(labelled[labelled.length - 1].text.trim()))
      role = 'target';
    // 「令和6年度評価」 over 「（R7.4.1現在）」: the figure that year is evaluated on, its actual (yearAsOfHeadings.ts); never
    // beside an actual heading of the header (実績値 | 令和6年度評価（R7.4.1現在）: an attainment rate, review rv43).
    const texts = hs.map((h) => h.text);
    const actualBeside = () => band.some((r) => index.row(r).some((c) => c.col !== col && (c.label ?? classifyLabel(c.text))?.role === 'actual'));
    if (role === 'grade' && headsEvaluatedFigure(index.grid, label.period, texts, band[band.length - 1], col) && !actualBeside()) role = 'actual';
    period = label.period ?? periodCell?.period?.period ?? labelled.find((h) => h.label?.period)?.label?.period;
    // 目標値 over 「前期（R3〜R5）」 or 「R5（中間）」: the target at the term's end, or of the plan's point (values/planPointHeading.ts).
    if (!period && (label.role === 'target' || label.role === 'expected')) period = hs.map((h) => targetHeadingYear(h.text)).find(Boolean) ?? undefined;
    if (!label.period && periodCell?.period?.baseline) baseline = true;
  } else if (periodCell?.period && !periodCell.period.increase && !hs.some((h) => !h.label && !h.period && !respondentGroupOrWhole(h.text))) {
    // A bare period column in a table holds that year's actual (令和５年度調査 over 全体 | 男性 | 女性 too: areaWholeColumn.ts).
    role = 'actual';
    period = periodCell.period.period;
    baseline = periodCell.period.baseline;
  } else if (settled) {
    role = 'actual';
    period = settled;
  } else {
    const meta = classifyMeta(hs[0].text);
    if (meta && meta !== 'department' && meta !== 'groupGrade') role = 'group';
    // 「中間評価」 over A / B / C: the department's own grade column (evaluationHeadings.ts).
    else if (gradesUnderEvaluationHeading(index.grid, hs[hs.length - 1].text, band[band.length - 1], col)) role = 'grade';
    // Cells of labelled lines (「目標：120件⏎実績：98件」) under 「令和5年度⏎目標・実績」: their measures, dated by the heading (labelledLines.ts).
    else if (labelledLinesBelow(index.grid, band[band.length - 1] + 1, col)) {
      role = 'actual';
      period = hs.map((h) => findPeriod(h.text)?.period).find(Boolean);
    }
  }
  if (!role) return null;
  // 「（参考）令和４年度実績」 beside 実績: a figure to compare with, never the table's actual or target (referenceLabel.ts).
  // 目標値 over 本市 | 全国平均: the other body's column is a figure to compare with too, the own under the same heading (comparisonRows.ts).
  const compared = (h: Heading, i: number) => {
    const over = hs[i - 1] && index.grid.merge(hs[i - 1].row, hs[i - 1].col);
    const under = (c: IndexedCell) => !!over && c.col >= over.left && c.col <= over.right;
    return comparedWithOwn(h.text, () =>
      index
        .row(h.row)
        .filter(under)
        .map((c) => c.text),
    );
  };
  // 実績（R5） over 分母 | 分子 | 実績値: the numerator and denominator are what the rate is worked out from (values/rateTerms.ts).
  if (SERIES_ROLES.has(role as Role) && hs.some((h, i) => isReferenceLabel(h.text) || compared(h, i) || namesRateTerm(h.text))) role = 'derived';
  const c: Column = { col, role, cells: hs.map((h) => h.cell) };
  if (period) c.period = inYearUnderYear(period, role, labelled);
  else if (label && SERIES_ROLES.has(label.role)) {
    // 「前年度実績」, or 「今年度」 over 目標 | 実績 sub-columns.
    const relative = label.relative ?? hs.map((h) => relativeOnly(h.text)).find((r) => r !== undefined);
    if (relative !== undefined) c.relative = relative;
  }
  if (baseline && role !== 'baseline') c.baseline = true;
  if (settled) c.settled = true;
  const way = role === 'target' && label ? targetHeadingWay(labelled[labelled.length - 1].text) : null;
  if (way) c.way = { value: way, cell: labelled[labelled.length - 1].cell, text: labelled[labelled.length - 1].text };
  return c;
}

/** Reads the columns of a header that starts at `row` (one to three rows), or null when it is not one. */
export function readHeader(grid: Grid, index: CellIndex, row: number): { columns: Column[]; rows: number; band: number[] } | null {
  const cells = index.row(row);
  const named = cells.some((c) => c.label?.role === 'name');
  const byId = !named && cells.some((c) => c.label?.role === 'id');
  // Without a name heading, a heading such as 数値目標 or 環境指標 may stand over the names (measureNameHeading.ts).
  const mayName = !named && mayHeadNamesByMeasure(index, row);
  if (!named && !byId && !mayName) return null;
  const split = splitHeadingsAbove(index, headerBand(index, row));
  const band = split ? [row - 1, ...headerBand(index, row)] : withHeadingAbove(index, headerBand(index, row));
  const nameCol = mayName ? measureNameColumn(index, band) : undefined;
  if (!named && !byId && nameCol === undefined) return null;
  let columns: Column[] = [];
  for (let col = grid.left; col <= grid.right; col++) {
    const c = readColumn(index, band, col, nameCol, split);
    if (c) columns.push(c);
  }
  goalColumnsAsGroups(index, band, columns, nameCol ?? columns.find((c) => c.role === 'name')?.col); // 成果目標 | 項目 / 目標 | 指標名: goalGroupColumn.ts
  // 成果指標 | サービス: the サービス column is the indicator's service, no name column (serviceNameColumn.ts).
  columns = serviceBesideNames(index, band, columns);
  // 指標名 | 進捗指標 (順調 / やや遅れ): the 進捗指標 column heads no names (weakNameHeading.ts).
  columns = weakNameHeadings(index, band, columns);
  quantityOverYears(grid, band, columns); // 空き店舗率（％） over R4 | R5 beside 目標値（％）: the years' actuals (quantityOverYears.ts)
  if (split) unitBesideValues(index, columns, band[band.length - 1] + 1);
  // 「令和5年度」 over 目標値 | 実績値 | 見込値: the 見込値 is the year's forecast (forecastSubColumns.ts).
  forecastsUnderYear(grid, band, columns);
  // 「令和5年度決算」 columns: actuals beside a target, never in a cost table's 予算 | 決算 (settledYears.ts).
  settledBesideTargets(grid, band, columns);
  heldNowBesideActual(grid, columns); // 「現有数（計画策定時）」 beside 「令和5年度実績」: the plan's start, no actual (heldNowColumns.ts)
  measureOfTarget(grid, band, columns); // 目標金額（円） | 寄附金額（円）, no actual heading: the 寄附金額 is (targetMeasureColumn.ts)
  computedBesideActual(grid, columns); // 目標値 | 算定値 | 実績値: the 実績値 is the actual (computedValueColumns.ts).
  // 「今年度評価（令和５年度）」 beside 「前年度評価（令和４年度）」: each side's columns of its year, last year's 評価 its grade (evaluationSides.ts).
  datedEvaluationSides(grid, columns);
  figuresUnderNameHeadings(index, band, columns);
  marksUnderReviewHeadings(grid, band, columns);
  // 「中間評価」 beside 「評価」: the mid-term review's grades, not this evaluation's (midtermGradeColumn.ts).
  midtermGradesBesideOwn(grid, columns);
  // 「※見込量は…目標値ではありません」: the 見込量 columns give no target (notTargetNote.ts).
  plansNotTargets(grid, columns);
  // 「4月 … 3月 | 累計」: the total after the parts is the period's actual (partsTotal.ts).
  totalAfterParts(index, band, columns);
  averageAfterParts(index, band, columns); // 「4月 … 3月 | 年度平均」 beside 「縮減目標（月平均）」: the average is (partsAverage.ts)
  // 「当月実績 | 累計実績」: the year's figure to date is the actual (partsTotal.ts).
  toDateAfterThisMonth(index, band, columns);
  // 「令和5年度」 over 上半期 | 下半期 | 年間: the year's actual is the 年間 column, the halves are parts (periodWholeColumn.ts).
  partsBesideWhole(grid, columns);
  // 上半期 | 下半期 | 年度計 each over 目標 | 実績: the year's figures are the 年度計 ones (periodWholeColumn.ts).
  measuresUnderParts(grid, columns);
  // 「R5実績」 over 中央圏域 | 北部圏域 | 市全体: the figure is the whole's column, the areas' are not read (areaWholeColumn.ts).
  areasBesideWhole(index, columns);
  // 北辺地域 | 山根地域 | 全市 each over 目標 | 実績: the indicator's figures are the 全市 ones (areaWholeColumn.ts).
  measuresUnderAreas(grid, columns);
  // 年間目標 | センター over 東部 … 北部 | 市計 (their sum): the whole is the actual (summedWholeColumn.ts).
  summedWholeBesideParts(index, band, columns);
  // 「5年間の目標」 beside 「累計」: the total is the actual to compare, the years its parts (cumulativeTarget.ts).
  cumulativeTargets(index, band, columns);
  // 「実績」 beside 「前年度実績」 is this year's (relativePeriods.ts).
  plainBesideRelative(columns);
  // 「実績（累計）」 beside 「実績」 of the same year is derived: never the year's actual, unless every target is 累計 (cumulativeTwins.ts).
  const seriesKey = (c: Column) =>
    c.role !== 'group' && SERIES_ROLES.has(c.role) && !c.pair ? `${c.role}|${c.period?.fiscalYear ?? ''}|${c.relative ?? ''}` : null;
  const isTarget = (c: Column) => !c.pair && (c.role === 'target' || c.role === 'expected');
  const onCumulative = gradedOnCumulative(grid); // 「※評価は、計画期間の累計…による」: the 累計 pair is graded (gradedOnCumulative.ts)
  undateSingleTargetsBesideTerm(grid, columns); // 目標値 over 単年度（令和5年度） | 累計: twins, as undated (singleYearHeading.ts)
  const twins = cumulativeTwins(columns, seriesKey, (c) => headingText(grid, c.cells), isTarget, onCumulative);
  for (const c of [...twins, ...singleYearTotals(grid, columns)]) c.role = 'derived'; // 令和５年度（単年度） | 累計: singleYearHeading.ts
  // The 累計 actual kept is the running total the 累計 target is set against (no single-year guess: cumulativeTarget.ts).
  if (onCumulative && twins.size) for (const c of columns) if (c.role === 'actual' && /累計/.test(headingText(grid, c.cells))) c.cumulative = true;
  if (!columns.some((c) => c.role !== 'group' && VALUE_ROLES.has(c.role))) return null;
  // The band may start above `row` (measure headings over the years: headingAbove.ts); the body starts under it.
  return { columns, rows: band[band.length - 1] - row + 1, band };
}
