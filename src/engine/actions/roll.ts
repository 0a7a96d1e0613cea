/**
 * Next period's workbook from this period's: the spring update every department makes by hand.
 * Pure: from the snapshot and the check of the current period, the cells to change and a list
 * of every change.
 *
 *  - Year mentions move by the same number of years (評価対象期間 令和５年度 → 令和６年度, the
 *    title's 令和６年度 → 令和７年度, a table's "R5年度実績値" → "R6年度実績値"), keeping the way
 *    they are written (full-width digits stay full-width). Only mentions of the years around the
 *    period move: a plan's fixed year columns (R1 … R7) and dated notes ("（令和2年）") stay.
 *  - A table whose columns are named after the period (前年度実績 | 数値目標 | 実績値): the
 *    period's actuals move into the previous year's column and the actual column is emptied;
 *    targets stay (a finding asks to review them).
 *  - Each written grade moves into the previous-grade slot (a 前年度評価 column, the "（B）"
 *    beside 達成状況評価) and the grade cell is emptied; without a slot it is emptied and listed.
 *  - The period's narrative cells (成果・効果, 課題, 内部要因 / 外部要因, 事業実施状況) are emptied
 *    (rollNarratives.ts); the cells that define an indicator never are.
 *  - A period axis (a row of year headers: R1 … R7, 2021年度 2022年度 …) never moves, even in the
 *    top rows of a sheet where a title would: its years are those of the figures under it.
 *  - A period past the last year column of the plan is a finding, not a crash.
 * Locked cells of a protected sheet are never planned (listed as a finding instead).
 */
import { a1, parseA1 } from '../model/address';
import { checkWorkbook, SUMMARY_SHEET, type CheckResult } from './check';
import { summarySheetSpec } from '../sheets/summary';
import { finding } from '../model/findings';
import { Grid } from '../detect/grid';
import { isStatedPeriodLabel } from '../detect/metaLines';
import type { GroupGradeCell } from '../detect';
import { fiscalYearLabel, parsePeriodCell } from '../values/periods';
import { colouredScale, type CellWrite, type WritePlan } from '../model/plan';
import { writable, type CellValue, type WorkbookSnapshot } from '../model/port';
import type { Finding } from '../model/report';
import { UsageError } from '../model/errors';
import { SETTINGS_SHEET } from '../sheets/settingsSheet';
import { indicatorCells, narrativeCell, narrativeKind } from './rollNarratives';
import { classifyLabel } from '../values/labels';
import { compact, normalizeText } from '../values/text';
import { rollTaughtLayout, type TaughtRoll } from './rollTaught';
import { shiftYears, yearsIn } from '../values/yearMentions';

export type { RollKind } from '../model/plan';
import type { RollKind } from '../model/plan';

export interface RollChange {
  sheet: string;
  cell: string;
  kind: RollKind;
  before: CellValue;
  after: CellValue;
  /** The indicator or label the cell belongs to. */
  subject: string | null;
}

export interface RollResult {
  from: { label: string; fiscalYear: number };
  to: { label: string; fiscalYear: number };
  changes: RollChange[];
  findings: Finding[];
  plan: WritePlan;
  /** The taught layout (読み取りの指定) for the next period, and what moved or could not. */
  taught: Pick<TaughtRoll, 'layout' | 'notes'>;
}

interface Ctx {
  grid: Grid;
  sheet: string;
  canWrite: (cell: string) => boolean;
  changes: RollChange[];
  findings: Finding[];
  done: Set<string>;
}

function change(ctx: Ctx, cell: string, kind: RollKind, after: CellValue, subject: string | null): void {
  const key = `${ctx.sheet}!${cell}`;
  if (ctx.done.has(key)) return;
  const ref = parseA1(cell)!;
  const before = ctx.grid.raw(ref.row, ref.col);
  if ((before ?? '') === (after ?? '')) return;
  ctx.done.add(key);
  if (!ctx.canWrite(cell)) {
    ctx.findings.push(finding('roll-locked', { sheet: ctx.sheet, cell, indicator: subject }, { cell, change: kind }));
    return;
  }
  ctx.changes.push({ sheet: ctx.sheet, cell, kind, before, after, subject });
}

/** "（B）" stays in brackets when the slot held brackets (or was empty beside a bracketed layout). */
function previousGradeText(grade: string, slotBefore: CellValue): string {
  const t = typeof slotBefore === 'string' ? slotBefore : '';
  if (/^[(（]/.test(t.trim()) || !t.trim()) return t.includes('(') ? `(${grade})` : `（${grade}）`;
  return grade;
}

/**
 * Plans next period's workbook: every cell to change, listed, and the findings.
 * @throws RollError when the period to roll from is unknown or `toFiscalYear` is not after it.
 */
export function planRoll(snapshot: WorkbookSnapshot, result: CheckResult, toFiscalYear: number): RollResult {
  const period = result.report.period;
  if (!period) throw new RollError('roll-period-unknown', {});
  const from = period.fiscalYear;
  const delta = toFiscalYear - from;
  if (delta <= 0) throw new RollError('roll-not-later', { next: fiscalYearLabel(toFiscalYear), current: fiscalYearLabel(from) });
  // The years that move: the period's neighbourhood (the title names the year after, a table the year before).
  const step: RollStep = { from, delta, to: toFiscalYear, window: (fy: number) => fy >= from - 1 && fy <= from + 1 };
  const changes: RollChange[] = [];
  const findings: Finding[] = [];
  // A taught layout's year-bound cells move to the next year's headings; the old headings stay.
  const taught = rollTaughtLayout(snapshot, result.layout, from, delta);
  const done = new Set<string>(taught.keep);
  for (const w of taught.writes) {
    const s = snapshot.sheets.find((x) => x.name === w.sheet)!;
    change({ grid: new Grid(s), sheet: s.name, canWrite: writable(s), changes, findings, done }, w.cell, 'period', w.after, w.subject);
  }
  for (const sheet of snapshot.sheets) {
    // EvalSheet's own summary is remade by the next rating, not rolled.
    if (sheet.name === SUMMARY_SHEET) continue;
    rollSheet({ grid: new Grid(sheet), sheet: sheet.name, canWrite: writable(sheet), changes, findings, done }, result, step);
  }
  changes.sort((a, b) => a.sheet.localeCompare(b.sheet) || parseA1(a.cell)!.row - parseA1(b.cell)!.row || parseA1(a.cell)!.col - parseA1(b.cell)!.col);
  return {
    from: { label: fiscalYearLabel(from), fiscalYear: from },
    to: { label: fiscalYearLabel(toFiscalYear), fiscalYear: toFiscalYear },
    changes,
    findings,
    plan: rollPlan(snapshot, result, changes, toFiscalYear, taught.layout),
    taught: { layout: taught.layout, notes: taught.notes },
  };
}

interface RollStep {
  from: number;
  delta: number;
  to: number;
  window: (fy: number) => boolean;
}

/** One sheet's steps, in order. */
function rollSheet(ctx: Ctx, result: CheckResult, step: RollStep): void {
  const { grid } = ctx;
  const detection = result.detections.find((d) => d.meta.sheet === ctx.sheet);
  const indicators = detection?.indicators ?? [];
  // Whatever else a cell seems to be, one that defines an indicator stays as it is.
  const kept = indicatorCells(indicators);
  moveGrades(ctx, detection, result);

  // 2. Tables named after the period: actuals move back a year.
  const tableRows = indicators.filter((i) => i.layout === 'table');
  if (tableRows.length) rollTable(ctx, tableRows, step.from, step.delta, step.window);

  // 3. Year mentions: title rows, the stated period, 評価設定, the header rows of tables.
  const headerRows = new Set<number>();
  if (tableRows.length) for (let r = Math.max(1, tableTop(tableRows) - 2); r < tableTop(tableRows); r++) headerRows.add(r);
  const stated = detection?.meta.statedPeriod?.cell;
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (const { col, value } of grid.rowCells(r)) {
      if (typeof value !== 'string' || !value) continue;
      const cell = a1(r, col);
      if (kept.has(cell)) continue;
      const isTitle = r <= grid.top + 1 && value.length <= 80 && !isPeriodAxis(grid, r);
      const inHeader = headerRows.has(r) && value.length <= 40 && tableHeaderMoves(grid, r, step.window);
      const isSetting = ctx.sheet === SETTINGS_SHEET && parsePeriodCell(value) !== null; // the period itself, not the notes
      if (!(isTitle || cell === stated || isSetting || inHeader)) continue;
      const next = shiftYears(value, step.delta, step.window);
      if (next !== null) change(ctx, cell, 'period', next, null);
    }
  }

  // 3b. A 評価設定 whose 評価対象期間 was left blank (the period inferred from the latest actuals) gets
  //     the new period: the rolled workbook's latest actuals are last year's, and would be taken for its period.
  if (ctx.sheet === SETTINGS_SHEET) pinPeriod(ctx, step.to);

  // 4. Narrative cells: a heading with its text to the right or below, a table column, or a cell with its own heading.
  clearNarratives(ctx, tableRows, kept);

  // 5. The next period must have a year column in a plan's yearly layout (three years or more:
  //    a table named after the period has one or two, and moves with it).
  const years = new Set<number>();
  for (const i of indicators) for (const p of [...i.actuals, ...i.targets]) if (p.period) years.add(p.period.fiscalYear);
  if (years.size >= 3 && !years.has(step.to) && Math.max(...years) < step.to)
    ctx.findings.push(
      finding(
        'roll-past-plan-end',
        { sheet: ctx.sheet, cell: null, indicator: null },
        { sheet: ctx.sheet, last: fiscalYearLabel(Math.max(...years)), next: fiscalYearLabel(step.to) },
      ),
    );
}

/** Step 1: grades into the previous-grade slot: the written grade, or (none written) the computed one. */
function moveGrades(ctx: Ctx, detection: CheckResult['detections'][number] | undefined, result: CheckResult): void {
  for (const ind of detection?.indicators ?? []) {
    const gc = ind.gradeCell;
    const written = gc && typeof gc.raw === 'string' ? normalizeText(gc.raw).trim() : (gc?.raw ?? null);
    const letter = result.evaluated.find((e) => e.raw === ind)?.report.grade ?? null;
    // A sheet whose grades are marks by its legend keeps marks in its last-year slot too (detect/markLegend.ts).
    const computed = letter && (detection?.meta.markOfGrade?.[letter] ?? letter);
    const grade = written !== null && written !== '' ? String(written) : computed;
    if (ind.previousGradeCell && grade) change(ctx, ind.previousGradeCell.cell, 'grade-moved', grade, written ? ind.name : `${ind.name}：計算した評価`);
    if (gc && !gc.sheet && written !== null && written !== '') change(ctx, gc.cell, 'grade-cleared', null, ind.name);
  }
  // Grades standing on this sheet for indicators read on another (a 総括表's, a joined 実績値 sheet's 評価 column) are cleared here.
  for (const ind of result.detections.flatMap((d) => d.indicators)) {
    const gc = ind.gradeCell;
    const written = gc && typeof gc.raw === 'string' ? normalizeText(gc.raw).trim() : (gc?.raw ?? null);
    if (gc?.sheet === ctx.sheet && written !== null && written !== '') change(ctx, gc.cell, 'grade-cleared', null, ind.name);
  }
  const meta = detection?.meta;
  // Policies side by side: each rating cell moves its own grade.
  const ratings: (GroupGradeCell & { name?: string })[] = meta?.groupGrades ?? (meta?.groupGrade ? [meta.groupGrade] : []);
  for (const gg of ratings) {
    const groupName = gg.name ?? meta?.measure ?? meta?.policy ?? ctx.sheet;
    const written = typeof gg.raw === 'string' ? normalizeText(gg.raw).trim() : '';
    const computed = result.report.groups.find((g) => g.sheet === ctx.sheet && g.cell === gg.cell)?.grade ?? null;
    const grade = written || computed;
    if (gg.previousCell && grade) {
      const ref = parseA1(gg.previousCell)!;
      change(ctx, gg.previousCell, 'grade-moved', previousGradeText(grade, ctx.grid.raw(ref.row, ref.col)), written ? groupName : `${groupName}：計算した評価`);
    }
    if (gg.cell && written) change(ctx, gg.cell, 'grade-cleared', null, groupName);
  }
}

/** The writes of the roll, and last period's 評価サマリー remade for the new period. */
function rollPlan(snapshot: WorkbookSnapshot, result: CheckResult, changes: RollChange[], toFiscalYear: number, layout: CheckResult['layout']): WritePlan {
  const cells: CellWrite[] = changes.map((c) => ({
    sheet: c.sheet,
    cell: c.cell,
    value: c.after === null ? null : (c.after as string | number),
    previous: c.before,
    kind: c.kind,
    indicator: c.subject,
  }));
  const plan: WritePlan = { cells, sheets: [], scale: [] };
  // Last period's 評価サマリー would show its grades in the new workbook: it is remade for the new
  // period from the rolled cells (no grades yet), as the next rating would.
  const summary = snapshot.sheets.find((s) => s.name === SUMMARY_SHEET);
  if (summary && !summary.protected) {
    const rolled = checkWorkbook(withWrites(snapshot, cells), { file: result.report.file, period: fiscalYearLabel(toFiscalYear), layout });
    plan.sheets.push({ mode: 'replace', spec: summarySheetSpec(rolled.report, rolled.evaluated, (e) => e.report.existingGrade ?? null, SUMMARY_SHEET) });
    plan.scale = colouredScale(result.report.rules.scale);
  }
  return plan;
}

/** The roll cannot start: no period to roll from (`roll-period-unknown`), or a next period not after it (`roll-not-later`). */
export class RollError extends UsageError<'roll-period-unknown' | 'roll-not-later'> {}

/** The blank value cell right of 評価設定's 「評価対象期間」 label (or 評価対象年度, 評価年度, 対象年度: the same row to its reader), set to the new period. */
function pinPeriod(ctx: Ctx, toFiscalYear: number): void {
  const { grid } = ctx;
  for (let r = grid.top; r <= grid.bottom; r++) {
    const label = compact(grid.text(r, 1));
    // A bare 「評価対象」 row is about what is evaluated, not when.
    if (label !== compact('評価対象期間') && (!isStatedPeriodLabel(label) || label === compact('評価対象'))) continue;
    if (grid.text(r, 2) === '') change(ctx, a1(r, 2), 'period', fiscalYearLabel(toFiscalYear), null);
    return;
  }
}

/** The snapshot as it will be once the writes are made (rows copied only where they change). */
function withWrites(snapshot: WorkbookSnapshot, cells: CellWrite[]): WorkbookSnapshot {
  const bySheet = new Map<string, CellWrite[]>();
  for (const c of cells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => {
      const writes = bySheet.get(s.name);
      if (!writes) return s;
      const values = [...s.values];
      for (const w of writes) {
        const ref = parseA1(w.cell)!;
        const r = ref.row - s.top;
        const row = [...(values[r] ?? [])];
        row[ref.col - s.left] = w.value;
        values[r] = row;
      }
      return { ...s, values };
    }),
  };
}

/** Step 4: the period's narrative texts emptied; the cells in `kept` (an indicator's) never. */
function clearNarratives(ctx: Ctx, tableRows: { row: number; name: string }[], kept: Set<string>): void {
  const { grid } = ctx;
  const top = tableRows.length ? tableTop(tableRows) : 0;
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (const { col, value } of grid.rowCells(r)) {
      const kind = typeof value === 'string' ? narrativeKind(value) : null;
      if (!kind || kept.has(a1(r, col))) continue;
      if (kind === 'heading' && tableRows.length && r < top && r >= top - 2) {
        // A table's column heading: each row's text in that column.
        for (const ind of tableRows)
          if (!grid.isBlank(ind.row, col) && !kept.has(a1(ind.row, col))) change(ctx, a1(ind.row, col), 'narrative-cleared', null, ind.name);
        continue;
      }
      if (kind === 'inline') {
        // "【成果・効果】本文…": a cell holding its own heading and text.
        change(ctx, a1(r, col), 'narrative-cleared', null, (value as string).slice(0, 12));
        continue;
      }
      const target = narrativeCell(grid, r, col);
      if (target && !kept.has(a1(target.row, target.col))) change(ctx, a1(target.row, target.col), 'narrative-cleared', null, compact(value as string));
    }
  }
}

function tableTop(rows: { row: number }[]): number {
  return Math.min(...rows.map((r) => r.row));
}

/** A header row whose year mentions are relative to the period: at most two years, all near it. */
function tableHeaderMoves(grid: Grid, r: number, window: (fy: number) => boolean): boolean {
  const years = new Set<number>();
  for (const { value } of grid.rowCells(r)) if (typeof value === 'string') for (const y of yearsIn(normalizeText(value))) years.add(y);
  return years.size > 0 && years.size <= 2 && [...years].every(window);
}

/**
 * A row of period headers (R1 … R7, "2021年度 2022年度", "R4目標 R4実績"): two or more cells that are
 * periods or labels naming one. Its years belong to the figures under it and never move.
 */
function isPeriodAxis(grid: Grid, r: number): boolean {
  let n = 0;
  for (const { value } of grid.rowCells(r)) {
    if (typeof value === 'string' && value.length <= 40 && (parsePeriodCell(value) || classifyLabel(value)?.period) && ++n >= 2) return true;
  }
  return false;
}

/**
 * A table whose header names the period's columns ("R4年度実績値 | R5年度数値目標 | R5年度実績値"):
 * each actual moves from the period's column into the column of the year before (which the header
 * move relabels to the period), and the period's column is emptied for the new actuals.
 */
function rollTable(
  ctx: Ctx,
  rows: { row: number; name: string; actuals: { cell: string; col: number; period?: { fiscalYear: number } }[] }[],
  from: number,
  delta: number,
  window: (fy: number) => boolean,
): void {
  const { grid } = ctx;
  const top = tableTop(rows);
  // Column → (year, kind) from the header rows just above the table.
  const headerOf = new Map<number, { year: number; actual: boolean }>();
  for (let r = Math.max(grid.top, top - 2); r < top; r++) {
    if (!tableHeaderMoves(grid, r, window)) continue;
    for (const { col, value } of grid.rowCells(r)) {
      if (typeof value !== 'string') continue;
      const t = normalizeText(value);
      const ys = yearsIn(t);
      if (ys.length !== 1) continue;
      headerOf.set(col, { year: ys[0], actual: /実績/.test(t) });
    }
  }
  const current = [...headerOf].find(([, h]) => h.actual && h.year === from)?.[0];
  if (current === undefined) return;
  const previous = [...headerOf].find(([, h]) => h.actual && h.year === from - 1)?.[0];
  for (const ind of rows) {
    const before = grid.raw(ind.row, current);
    if (before === null || before === '') continue;
    if (previous !== undefined && delta === 1) change(ctx, a1(ind.row, previous), 'actual-moved', before, ind.name);
    change(ctx, a1(ind.row, current), 'actual-cleared', null, ind.name);
  }
  const targets = [...headerOf].filter(([, h]) => !h.actual && h.year === from);
  if (targets.length) {
    ctx.findings.push(
      finding(
        'roll-targets-kept',
        { sheet: ctx.sheet, cell: a1(top - 1, targets[0][0]), indicator: null },
        { next: fiscalYearLabel(from + delta), current: fiscalYearLabel(from) },
      ),
    );
  }
}
