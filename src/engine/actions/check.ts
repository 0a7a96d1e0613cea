/**
 * The check use case: from a workbook snapshot and rules to a report. Pure: no I/O.
 */
import { detectWorkbook, type SheetDetection } from '../detect';
import { inferredPeriodCells, markPeriodGuesses, readingGuesses, unstatedPeriodCells } from '../detect/guesses';
import { evaluateIndicator, type Evaluated } from '../grading/evaluate';
import { finding, guessFinding, sortFindings } from '../model/findings';
import { parsePeriodArg, type Period } from '../values/periods';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/port';
import type { Grid } from '../detect/grid';
import type { Finding, Report, SheetReport } from '../model/report';
import { defaultRules, mergeRules, type Rules } from '../grading/rules';
import { readSettingsSheet, SETTINGS_SHEET } from '../sheets/settingsSheet';
import { readLayoutSection } from '../sheets/layoutSettings';
import type { TaughtLayout, TaughtProblem } from '../detect/taught';
import { chooseEvaluationPeriod } from './evaluationPeriod';
import {
  duplicateIndicators,
  hiddenCellsSkipped,
  noIndicators,
  otherPeriodCopiesSkipped,
  leftOutSheets,
  deletedRowsSkipped,
  leftOutRows,
  policyGroups,
  protectedSheets,
  summarySheetsSkipped,
} from './checkFindings';
import { setAsideDiscontinued } from '../grading/discontinued';
import { fillPeriodHeadings } from './periodHeadings';
import { unreadFigureGuesses } from './unreadFigures';
import { addDifferingCopyGuesses } from './differingCopies';
import { rulesWithBands, statedBands } from './statedBands';
import { withSheetBands } from '../grading/sheetBands';

/** Sheets the engine writes itself; never read as indicator sheets. */
export const SUMMARY_SHEET = '評価サマリー';
export const RESERVED_SHEETS = new Set([SETTINGS_SHEET, SUMMARY_SHEET, '_EvalSheet取消記録', '提出状況一覧', '指摘事項', '評価一覧', '集計']);

export interface CheckOptions {
  /** The file name, for the report. */
  file?: string | null;
  /** --period: overrides everything else. */
  period?: string | null;
  /** --rules: a parsed JSON object; overrides the workbook's 評価設定. */
  rules?: unknown;
  /** --layout: a taught layout used instead of the one in 評価設定 (読み取りの指定). */
  layout?: TaughtLayout | null;
}

export { UsageError } from '../model/errors';
import { UsageError } from '../model/errors';
import { withReadableTexts } from '../detect/readableTexts';

export interface CheckResult {
  report: Report;
  evaluated: Evaluated[];
  detections: SheetDetection[];
  period: Period | null;
  /** The taught layout used (from the options, else 評価設定), and what in it could not be read. */
  layout: TaughtLayout | null;
  layoutProblems: TaughtProblem[];
}

/**
 * The rules of a check: the defaults, the workbook's 評価設定 over them, the caller's over those.
 * @throws UsageError (`rules-invalid`) when the caller's rules have problems.
 */
export function resolveRules(snapshot: WorkbookSnapshot, optionRules: unknown): { rules: Rules; findings: Finding[] } {
  const findings: Finding[] = [];
  let rules = defaultRules();
  const settings = snapshot.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (settings) {
    const r = readSettingsSheet(settings, rules);
    rules = r.rules;
    findings.push(...r.findings);
  }
  if (optionRules !== undefined) {
    const m = mergeRules(rules, optionRules);
    if (m.problems.length) throw new UsageError('rules-invalid', { problems: m.problems });
    rules = m.rules;
  }
  return { rules, findings };
}

/**
 * Reads the workbook's indicators, evaluates them for the period and says what a clerk should look at.
 * @throws UsageError when the caller's period or rules cannot be used (`period-unreadable`, `rules-invalid`).
 */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const { rules, findings: settingsFindings } = resolveRules(snapshot, options.rules);
  const findings: Finding[] = [...settingsFindings];
  // A cell of prose past 2,000 characters is read for its first 2,000 (detect/readableTexts.ts): the reader's view only.
  const readable = snapshot.sheets.filter((sheet) => !RESERVED_SHEETS.has(sheet.name) && sheet.visibility === 'visible').map(withReadableTexts);
  const layout = options.layout ?? readLayoutSection(snapshot.sheets.find((s) => s.name === SETTINGS_SHEET));
  const layoutProblems: TaughtProblem[] = [];
  const grids = new Map<SheetSnapshot, Grid>();
  const given = parsePeriodArg(options.period || rules.period || '')?.fiscalYear ?? null;
  const detections: SheetDetection[] = detectWorkbook(readable, rules.scale, layout, layoutProblems, grids, given);
  for (const p of layoutProblems)
    findings.push(
      finding('settings-invalid', { sheet: p.sheet, cell: p.cell?.split(':')[0] ?? null, indicator: null }, { variant: 'layout', ja: p.ja, en: p.en }),
    );
  const { period, source, findings: periodFindings } = chooseEvaluationPeriod(detections, rules, options.period);
  findings.push(...periodFindings);
  // What the reading had to guess: a reading-uncertain finding naming the cells of each guess.
  markPeriodGuesses(detections, period, source === 'latest-actual');
  const inferred =
    period && source === 'latest-actual' && !periodFindings.some((f) => f.code === 'reading-uncertain') ? inferredPeriodCells(detections, period) : null;
  if (inferred) findings.push(guessFinding(inferred.sheet, null, { reason: 'period-inferred', cells: inferred.cells }, period!.label));
  const unstated = period ? null : unstatedPeriodCells(detections);
  if (unstated) findings.push(guessFinding(unstated.sheet, null, { reason: 'period-unstated', cells: unstated.cells }, null));
  for (const { sheet, indicator, guess } of readingGuesses(detections)) findings.push(guessFinding(sheet, indicator, guess, period?.label ?? null));

  const evaluated: Evaluated[] = [];
  // A sheet that states its own bands is graded by them, unless 評価設定 or --rules set the bands (grading/sheetBands.ts).
  const gridOf = gridsByName(readable, grids);
  const bands = statedBands(detections, gridOf, rules);
  for (const d of detections)
    for (const ind of d.indicators) {
      evaluated.push(setAsideDiscontinued(evaluateIndicator(ind, { period, rules: rulesWithBands(rules, bands.get(d.meta.sheet)) }), period));
    }
  for (const b of new Set(bands.values()))
    if (!b.pointGaps)
      findings.push(
        finding('sheet-bands-used', { sheet: b.sheet, cell: b.cell, indicator: null }, { sheet: b.sheet, cell: b.cell, bands: withSheetBands(rules.scale, b) }),
      );
  fillPeriodHeadings(readable, evaluated, grids);
  // An actual missing while its row holds figures nothing was read from: the reading may have missed them (unreadFigures.ts).
  for (const { e, guess } of unreadFigureGuesses(evaluated, gridOf)) {
    e.report.guesses.push(guess);
    e.findings.push(guessFinding(e.report.sheet, e.report.name, guess, period?.label ?? null));
  }
  // The same indicator on two sheets with two actuals, neither the newer by its title: both graded, each a guess (differingCopies.ts).
  addDifferingCopyGuesses(evaluated, period?.label ?? null);
  for (const e of evaluated) findings.push(...e.findings);
  findings.push(
    ...duplicateIndicators(evaluated),
    ...hiddenCellsSkipped(detections),
    ...otherPeriodCopiesSkipped(detections),
    ...deletedRowsSkipped(detections),
    ...summarySheetsSkipped(detections),
    ...leftOutSheets(detections),
    ...leftOutRows(detections),
  );
  const { groups, findings: groupFindings } = policyGroups(detections, evaluated, rules, (sheet) => rulesWithBands(rules, bands.get(sheet)));
  findings.push(...groupFindings, ...protectedSheets(snapshot, evaluated, groups, SUMMARY_SHEET));
  if (!evaluated.length) findings.push(noIndicators(snapshot, RESERVED_SHEETS));
  else if (!period) findings.push(finding('period-undetermined', { sheet: null, cell: null, indicator: null }, {}));

  const report: Report = {
    file: options.file ?? null,
    period: period ? { label: period.label, fiscalYear: period.fiscalYear, source } : null,
    rules,
    indicators: evaluated.map((e) => e.report),
    groups,
    findings: sortFindings(findings),
    counts: gradeCounts(evaluated, rules),
    sheets: sheetReports(snapshot, detections),
  };
  return { report, evaluated, detections, period, layout, layoutProblems };
}

/** Indicators per computed grade, and `none` for those without one. */
function gradeCounts(evaluated: Evaluated[], rules: Rules): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const b of rules.scale) counts[b.grade] = 0;
  counts.none = 0;
  for (const e of evaluated) {
    // A grade of a sheet's own scale (S of an S–C legend, grading/sheetScale.ts) is counted too.
    if (e.report.grade) counts[e.report.grade] = (counts[e.report.grade] ?? 0) + 1;
    else counts.none++;
  }
  return counts;
}

function sheetReports(snapshot: WorkbookSnapshot, detections: SheetDetection[]): SheetReport[] {
  return detections.map((d) => {
    const snap = snapshot.sheets.find((s) => s.name === d.meta.sheet)!;
    return {
      name: d.meta.sheet,
      indicators: d.indicators.length,
      department: d.meta.department ?? null,
      policy: d.meta.policy ?? null,
      measure: d.meta.measure ?? null,
      title: d.meta.title ?? null,
      statedPeriod: d.meta.statedPeriod?.period.label ?? null,
      protected: snap.protected,
    };
  });
}

/** The reader's grid of each sheet by name. */
function gridsByName(sheets: SheetSnapshot[], grids: Map<SheetSnapshot, Grid>): (sheet: string) => Grid | null {
  const byName = new Map(sheets.map((s) => [s.name, grids.get(s) ?? null]));
  return (name) => byName.get(name) ?? null;
}
