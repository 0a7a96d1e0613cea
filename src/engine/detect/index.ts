/** Finds every indicator on a sheet, whatever its layout. */
import { parseA1 } from '../model/address';
import { Grid } from './grid';
import type { SheetSnapshot } from '../model/port';
import { CellIndex } from './cells';
import { detectPeriodAxes } from './periodAxes';
import { readSheetMeta } from './sheetMeta';
import { detectTables, nearestGroup } from './tables';
import type { LeftOutRow, RawIndicator, SheetDetection, SheetMeta } from './types';
import { detectYearRows } from './yearRows';
import { joinSheets } from './join';
import { resolveRelativePeriods } from './relativePeriods';
import { datePlainBesideEarlierYears } from './plainBesideEarlierYear';
import { applyClosingCountDate } from './closingCountDate';
import { detectLabelForms } from './labelForms';
import { detectDatedHeadingBlocks } from './datedHeadingBlocks';
import { detectSectionBoxes } from './sectionBoxes';
import { detectMonthlyBlocks } from './monthlyBlocks';
import { groupBySide } from './sideGroups';
import { detectLongTables } from './longTable';
import { unitFromFootnote } from './footnoteUnit';
import { applyPerPopulationUnit } from './perPopulationUnit';
import { applyDescriptionUnit } from './descriptionUnit';
import { applyFootnoteQualifiers } from './footnoteQualifiers';
import { addDirectionNotes } from './directionNotes';
import { markTargetsFromLastYear } from './lastYearTargetEvidence';
import { markLastYearBoundGrades } from './lastYearBoundGrades';
import { datedLegendLabel, legendFitsTable } from './datedLegendLabel';
import { applyTaughtLayout, type TaughtLayout, type TaughtProblem } from './taught';
import { foldPeriodSubColumns } from './periodSubColumns';
import { withoutSectionRows } from './sectionRatings';
import { dropHidden } from './hiddenCells';
import { dropProgressFigures } from './progressColumns';
import { gradesBesideStatusWords } from './statusWordColumns';
import { applyRemarkQualifiers } from './remarkQualifiers';
import { applyRemarkYears } from './remarkYear';
import { applyDefaultUnitNote } from './defaultUnitNote';
import { unitFromNameMark } from './nameMarkUnit';
import { applyActualStatusColumn } from './actualStatusColumn';
import { applyRemarkPending } from './remarkPending';
import { applyNewCountMarks } from './newCountMark';
import { applyRemarkActuals } from './remarkActual';
import { applyCopiedActuals } from './copiedActuals';
import { dropDeletedRows } from './deletedRows';
import { dropOtherPeriodCopies } from './otherPeriodCopies';
import { dropOtherPeriodSheets } from './otherPeriodSheets';
import { dropExampleSheets } from './exampleSheets';
import { dropReplacedSheets } from './replacedSheets';
import { dropEarlierReports } from './reportSeries';
import { dropProvisionalSheets, markProvisionalSheets } from './provisionalSheets';
import { pairMeasureWords } from './measureWords';
import { dropSummarySheets } from './summarySheets';
import { dropDeferringSheets } from './authoritativeSheets';
import { joinSummaryGrades } from './summaryGrades';
import { dropTrendRowsOfEvaluated } from './trendTables';
import { isNoUnitMark } from '../values/units';
import { applyMarkLegend } from './markLegend';
import { markYearlyPartsOfTotal } from './yearlyPartsOfTotal';
import { applyLetterLegend } from './letterLegend';
import { dropBreakdownRows } from './breakdownRows';
import { dropTotalParts } from './captionTotals';
import { applyWayOnlyTargetNote } from './wayOnlyTargetNote';
import { applyFinalTargetNote } from './finalTargetNote';
import { applyFinalOnlyExpectedRow } from './finalOnlyExpectedRow';
import { applyJudgedTargetNote } from './judgedTargetNote';
import { applyEveryIndicatorTargetNote } from './everyIndicatorTargetNote';
import { dropRepeatedRows } from './repeatedRows';
import { dropReferenceRows } from './referenceSections';
import { dropCountRows } from './countRows';
import { dropTotalRows } from './totalRows';
import { leftOutRow } from './common';
import { dropFormulaCopies } from './formulaCopies';
import { tenthsInPercent } from './tenthsUnit';
import { withPlanYears } from './planYearHeadings';
import { withEraOmittedYears } from './eraOmittedYears';
import { joinStackedMeasureTables } from './stackedMeasureTables';
import { applyMonthEndActuals } from './monthEndActual';
import { detectNarrativeIndicators } from './narrativeIndicators';
import { detectTargetLinesForms } from './targetLinesForms';
import { applyNameTargets } from './nameTargetBracket';
import { applyWayLegend } from './wayLegend';
import { applyWordWayLegend } from './wordWayLegend';
import { applyForecastNote } from './forecastNote';
import { applyYearActualNote } from './yearActualNote';
import { withSheetWords } from './wordScale';
import { splitYearSeriesCells } from './yearSeriesCells';
import { applyCountingBasisCells } from './countingBasisCell';
import { sheetDocumentDate } from './documentDate';
import { applySoleIndicatorGradeLine } from './soleIndicatorGradeLine';

export type { HiddenContent } from './hiddenCells';
export type { Point, RawIndicator, SheetDetection, SheetMeta, TargetPoint, GroupGradeCell, ReadingGuess, GuessReason, OtherPeriodCopy } from './types';

export function detectSheet(
  snapshot: SheetSnapshot,
  scale: { grade: string; label: string }[],
  grid = new Grid(withEraOmittedYears(withPlanYears(snapshot))),
): SheetDetection {
  const index = new CellIndex(grid);
  const { meta, groups } = readSheetMeta(grid, index, scale);
  // 「評価（令和6年3月末）：◎ 目標値以上　○ …」: a legend label dated by a year's closing date (datedLegendLabel.ts).
  const legend = !meta.statedPeriod && !meta.titlePeriod ? datedLegendLabel(index) : undefined;
  // 「作成日：令和6年4月12日」: the year the sheet reports, when nothing else dates it (documentDate.ts).
  if (!meta.statedPeriod && !meta.titlePeriod) meta.documentDate = sheetDocumentDate(grid) ?? undefined;
  let all = readLayouts(grid, index, meta, groups);
  // The legend's date states that year when the table read without it has that year's column and no later actual.
  if (legend && legendFitsTable(legend.period, all)) {
    [meta.statedPeriod, all] = [legend, readLayouts(grid, index, { ...meta, statedPeriod: legend }, groups)];
    delete meta.documentDate;
  }
  const indicators = withoutSectionRows(meta, all);
  // 「…の割合（目標：令和8年度 10％以下）」 with no target cell: the bracket is the target, off the name (nameTargetBracket.ts).
  applyNameTargets(indicators);
  // 「実績効果額」 beside 「令和4年度実績」 under a 令和５年度 title: the plain column is the sheet's year (plainBesideEarlierYear.ts).
  datePlainBesideEarlierYears(meta, indicators);
  // 「評価時点：令和7年4月1日現在の職員数（令和6年度の…結果）」: each 4月1日 count is the year before's (closingCountDate.ts).
  applyClosingCountDate(meta, indicators, grid);
  const sheetPeriod = meta.statedPeriod?.period ?? meta.titlePeriod;
  const leftOut = leaveOutRows(index, indicators, sheetPeriod?.kind === 'fiscal' ? sheetPeriod.fiscalYear : null);
  joinStackedMeasureTables(grid, indicators);
  const deleted = dropDeletedRows(snapshot, indicators);
  // 「自己評価 | B」 under the sheet's only indicator (one 事業 a sheet): its written grade (soleIndicatorGradeLine.ts).
  applySoleIndicatorGradeLine(grid, index, meta, indicators, scale);
  // The words of the sheet's own scale (「達成：100％以上　概ね達成：…　未達成：80％未満」) are grades there (wordScale.ts).
  const gradeScale = indicators.some((i) => i.gradeCell || i.gradeCells) ? withSheetWords(grid, scale) : scale;
  dropProgressFigures(grid, indicators, gradeScale);
  gradesBesideStatusWords(grid, indicators, gradeScale);
  const copies = dropOtherPeriodCopies(grid, index, meta, indicators);
  dropTrendRowsOfEvaluated(indicators);
  for (const ind of indicators) settleUnits(grid, meta, ind);
  // 「※単位の記載のない指標は人」: the unit of every indicator written without one (defaultUnitNote.ts).
  applyDefaultUnitNote(grid, indicators);
  // 「令和3年度：3,120人　令和4年度：3,870人…」 in one cell: a point per year, the period's figure read (yearSeriesCells.ts).
  for (const ind of indicators) splitYearSeriesCells(ind);
  // 「単年度 14人⏎累計 52人」 under a name marked 累計: the figure of the basis the indicator names (countingBasisCell.ts).
  applyCountingBasisCells(indicators, grid);
  pairMeasureWords(indicators);
  applyRemarkQualifiers(grid, indicators);
  // 「令和４年度の値を記載」 in the 備考 of the actual's line: the figure is that year's (remarkYear.ts).
  applyRemarkYears(grid, indicators);
  // A 確定／見込 column: 「見込」 on a row makes its actual provisional (actualStatusColumn.ts).
  applyActualStatusColumn(grid, indicators);
  // 「98※2」 where the footnote ※2 says 速報値: provisional, as if written beside it (footnoteQualifiers.ts).
  applyFootnoteQualifiers(grid, indicators);
  // 「※令和5年度の実績値は速報値」 on a line of its own: that year's actuals are provisional (yearActualNote.ts).
  applyYearActualNote(grid, indicators, sheetPeriod?.kind === 'fiscal' ? sheetPeriod.fiscalYear : null);
  applyRemarkPending(grid, indicators);
  // 「浄化槽設置基数（新規）」 with last year's figure on its line: the bracket names what is counted, kept in the name (newCountMark.ts).
  applyNewCountMarks(grid, indicators);
  // A blank actual whose 備考 writes it, 「実績 27件（…）」 (remarkActual.ts).
  applyRemarkActuals(grid, indicators);
  applyCopiedActuals(grid, indicators);
  // A month-end count's 年間計 left 「－」: its 3月 figure is the year's (monthEndActual.ts).
  applyMonthEndActuals(grid, indicators);
  addDirectionNotes(snapshot, grid, indicators);
  // 新規加盟店数（単年度） whose actuals are the yearly increases of 加盟店数（累計）: adds up into a total (yearlyPartsOfTotal.ts).
  markYearlyPartsOfTotal(indicators);
  applyTargetNotesAndLegends(grid, index, scale, meta, indicators);
  groupBySide(meta, indicators);
  const detection: SheetDetection = {
    meta,
    indicators,
    ...(copies.length ? { otherPeriodCopies: copies } : {}),
    ...(deleted.length ? { deletedRows: deleted } : {}),
  };
  if (leftOut.length) detection.leftOut = leftOut;
  // What the author hid is not read (hiddenCells.ts): the layout is read as it stands, then its hidden facts are taken out.
  dropHidden(snapshot, detection);
  return detection;
}

/** The sheet's notes on targets (前年度以上, the final or judged target, 維持) and its legends of marks, ways and letters, read onto its indicators. */
function applyTargetNotesAndLegends(
  grid: Grid,
  index: CellIndex,
  scale: { grade: string; label: string }[],
  meta: SheetMeta,
  indicators: RawIndicator[],
): void {
  markTargetsFromLastYear(grid, indicators);
  applyFinalTargetNote(grid, indicators);
  // 「期待値⏎※R7は目標値」 over 「－」 in every year but R7: the plan's final target alone (finalOnlyExpectedRow.ts).
  applyFinalOnlyExpectedRow(grid, indicators);
  // 「各年度の進捗は中間目標（令和7年度）に対する達成状況により評価する」: that year's target, not the last (judgedTargetNote.ts).
  applyJudgedTargetNote(grid, indicators);
  // 「各指標とも、令和5年度の目標値は80.0％とする」 with no target column: each indicator's target (everyIndicatorTargetNote.ts).
  applyEveryIndicatorTargetNote(grid, indicators);
  // 「実績が確定していない指標は…実績見込欄に見込値を記載」: the 見込 stands in for the year's empty 実績, provisional (forecastNote.ts).
  applyForecastNote(grid, indicators);
  // 「「増加」「維持」は数値を定めず方向のみを示す目標」: a 維持 target is no baseline figure (wayOnlyTargetNote.ts).
  applyWayOnlyTargetNote(grid, indicators);
  applyMarkLegend(index, scale, indicators, meta);
  // 「※方向　▲：数値の増加を目指す　▼：数値の減少を目指す」: a 方向 cell's ▲ / ▼ states the legend's way (wayLegend.ts).
  applyWayLegend(index, indicators);
  // 「【方向】…改善：数値の低下を目指す」: a 方向 cell's unread word states the legend's way for it (wordWayLegend.ts).
  applyWordWayLegend(index, indicators);
  // 「a：目標値に達した　b：…」: a written 「b」 is the sheet's own grade, reported as written (letterLegend.ts).
  applyLetterLegend(index, scale, indicators);
  // The grades written on 「前年度以上」 rows, after the legends: a top grade alone shows no figure behind it (lastYearBoundGrades.ts).
  markLastYearBoundGrades(indicators);
}

/** Every layout's indicators on the sheet, top to bottom: period axes, long tables, years as rows, tables, then forms and blocks. */
function readLayouts(grid: Grid, index: CellIndex, meta: SheetMeta, groups: ReturnType<typeof readSheetMeta>['groups']): RawIndicator[] {
  const axes = detectPeriodAxes(grid, index, meta.statedPeriod?.period ?? meta.titlePeriod);
  const long = detectLongTables(grid, index, axes.consumedRows);
  const years = detectYearRows(grid, index, new Set([...axes.consumedRows, ...long.consumedRows]));
  const consumed = new Set([...axes.consumedRows, ...long.consumedRows, ...years.consumedRows]);
  const tables = detectTables(grid, index, consumed, groups);
  for (const t of tables) consumed.add(t.row);
  // A block of the fiscal year's months (4月 … 3月) with a 累計 line: the 累計 at the last month is the year's actual.
  const monthly = detectMonthlyBlocks(grid, index, consumed);
  const forms = [...monthly, ...detectLabelForms(grid, index, consumed)];
  // Blocks stacked down with no header over them: 成果指標１ | name, 単位 line, dated measure headings over figures.
  forms.push(...detectDatedHeadingBlocks(grid, index, consumed));
  // Ⅱ | 担い手への…集積 over a box 集積目標 | 集積実績 and one line of figures: the section names the indicator (sectionBoxes.ts).
  forms.push(...detectSectionBoxes(grid, index, consumed));
  // 目標 | name⏎令和３年度　85か所⏎… over 実施内容 | prose and 自己評価 | ○: a self-evaluation form (targetLinesForms.ts).
  forms.push(...detectTargetLinesForms(grid, index, [...axes.indicators, ...long.indicators, ...years.indicators, ...tables, ...forms]));
  // Indicators stated in a sentence (「成果指標「…」は、目標値5,000人に対し実績値4,630人」) the tables do not hold (narrativeIndicators.ts).
  forms.push(...detectNarrativeIndicators(grid, index, [...axes.indicators, ...long.indicators, ...years.indicators, ...tables, ...forms]));
  for (const ind of [...axes.indicators, ...long.indicators, ...years.indicators, ...forms]) {
    const g = nearestGroup(groups, ind.row);
    if (g && !ind.group) {
      ind.group = g.name;
      ind.groupKind = g.kind;
    }
  }
  return [...axes.indicators, ...long.indicators, ...years.indicators, ...tables, ...forms].sort((a, b) => a.row - b.row || colOf(a) - colOf(b));
}

/** The indicator's department from the sheet, and its unit settled: no 「－」 unit, a footnote's unit, 割 beside ％ read in ％. */
function settleUnits(grid: Grid, meta: SheetMeta, ind: RawIndicator): void {
  if (meta.department) ind.department = meta.department;
  // A dash or blank-like mark in a unit cell (「－」「―」) says the indicator has no unit; it is no unit named 「-」.
  if (ind.unit !== undefined && isNoUnitMark(ind.unit)) delete ind.unit;
  // A unit cell holding only a footnote mark (「※1」): the unit its footnote states, never the mark (footnoteUnit.ts).
  unitFromFootnote(grid, ind);
  // 「制度融資の融資実行額※2」 with 「※2 融資実行額の単位は百万円」 under the table and no unit else (nameMarkUnit.ts).
  unitFromNameMark(grid, ind);
  // 「結核り患率（人口10万対）」 with no unit cell: the bracket is the unit, off the name (perPopulationUnit.ts).
  applyPerPopulationUnit(ind);
  // 指標の説明 「…の年間入込客数（万人）」 with no unit anywhere else: the closing bracket is the unit (descriptionUnit.ts).
  applyDescriptionUnit(ind);
  foldPeriodSubColumns(ind);
  // 「６割」 beside 「57.3％」: the tenths read in ％ (tenthsUnit.ts).
  tenthsInPercent(ind);
}

/** Rows read, then taken out of `indicators` (in place) and named for check, never silently (types.ts LeftOutRow). */
function leaveOutRows(index: CellIndex, indicators: RawIndicator[], sheetYear: number | null): LeftOutRow[] {
  // Rows under a 参考指標 caption, or named （参考）…: figures to watch, never indicators (referenceSections.ts).
  const references = dropReferenceRows(index, indicators, sheetYear);
  // A row counting the table's cells by formula (=COUNTIF(H4:H9,"順調")) is its tally, never an indicator (countRows.ts).
  const tallies = dropCountRows(indicators);
  // A row totalling the rows right above it (「観光入込客数　計」, 利用者合計 whose figures are their sum) is no indicator (totalRows.ts).
  const totals = dropTotalRows(indicators);
  // 「（うち高齢者が関係する事故）」 under an indicator, with no target of its own, is its breakdown (breakdownRows.ts).
  const breakdowns = dropBreakdownRows(indicators);
  // 市民会館 | － | 101,870 under 「成果指標1　文化施設の年間利用者数」, above its 合計 row read as the indicator (captionTotals.ts).
  const parts = dropTotalParts(indicators);
  return [
    ...references.map((i) => leftOutRow(i, 'reference')),
    ...tallies.map((i) => leftOutRow(i, 'count')),
    ...totals.map((i) => leftOutRow(i, 'total')),
    ...breakdowns.map((i) => leftOutRow(i, 'breakdown')),
    ...parts.map((i) => leftOutRow(i, 'total-parts')),
  ];
}

/**
 * Every sheet's indicators, then what only the whole workbook shows: targets on one sheet joined
 * with actuals on another; last, a taught layout in place of what was read on its cells
 * (`problems`: the taught entries that could not be read, naming the cells; `grids`: each sheet's
 * grid, left for the caller to read the same cells again without resolving the merges twice; `evaluationYear`: the
 * fiscal year given by --period or 評価設定, whose sheet is read before another year's copy).
 */
export function detectWorkbook(
  sheets: SheetSnapshot[],
  scale: { grade: string; label: string }[],
  taught?: TaughtLayout | null,
  problems: TaughtProblem[] = [],
  grids?: Map<SheetSnapshot, Grid>,
  evaluationYear: number | null = null,
): SheetDetection[] {
  const byName = new Map<string, Grid>();
  const detections = sheets.map((s) => {
    // Plan-year headings (1年目 …) are seen as the fiscal years the sheet maps them to (planYearHeadings.ts), years with the
    // era left off (5年度実績 on a sheet writing no era) as 令和's (eraOmittedYears.ts).
    const grid = new Grid(withEraOmittedYears(withPlanYears(s)));
    grids?.set(s, grid);
    byName.set(s.name, grid);
    return detectSheet(s, scale, grid);
  });
  // A 記入例 sheet beside the reply is no reply (exampleSheets.ts); a first reply beside its 差替 sheet is replaced (replacedSheets.ts).
  dropExampleSheets(detections, byName);
  dropReplacedSheets(detections);
  // An 一覧 noting 「数値は各事業の個票を正とします」: its indicators the 個票 hold are theirs, left out here (authoritativeSheets.ts).
  dropDeferringSheets(detections, byName);
  dropOtherPeriodSheets(detections, evaluationYear);
  // A 速報値 sheet beside the 確定値 sheet of the same period and indicators: the 確定値 are read (provisionalSheets.ts).
  dropProvisionalSheets(detections);
  // 「4月」…「3月」 sheets of one form: the latest with figures is read, the earlier reports left out (reportSeries.ts).
  dropEarlierReports(detections, byName);
  // A sheet titled 「…の実績（速報値）」 with no 確定値 sheet beside it: its year's actuals are provisional (provisionalSheets.ts).
  markProvisionalSheets(detections);
  resolveRelativePeriods(detections);
  joinSheets(detections);
  // A row taking another sheet's row by formula (='入力シート'!G5) is that indicator again: one of the two is read (formulaCopies.ts).
  dropFormulaCopies(detections);
  dropSummarySheets(detections);
  dropRepeatedRows(detections);
  // 施策 | 成果指標 | 評価 | 参照 with no figures, the figures on other sheets: each grade is that indicator's (summaryGrades.ts).
  joinSummaryGrades(detections, byName);
  problems.push(...applyTaughtLayout(detections, sheets, taught));
  return detections;
}

/** The column number of an indicator's name cell (AA before BA: by the whole letters, not the last one). */
export function colOf(i: { nameCell: string }): number {
  return parseA1(i.nameCell)?.col ?? 0;
}
