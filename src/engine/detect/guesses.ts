/**
 * Reading guesses that depend on the evaluation period, decided once per workbook: a period taken
 * from the latest actuals that leaves this indicator's column blank while its previous one is
 * filled; two columns that both hold this period's figure; a figure whose year note names another
 * year than its column. Guesses made while reading (a name from a heading, a join by a similar
 * name) are already on the indicator. Each becomes a `reading-uncertain` finding naming the cells.
 */
import type { Period } from '../values/periods';
import { bestStanding } from '../values/yearStanding';
import { carriedInBrackets } from './bracketedCarriedActual';
import { withoutForecastsBesideActuals } from './forecastColumns';
import { qualified } from './join';
import type { Point, RawIndicator, ReadingGuess, SheetDetection } from './types';

const filled = (p: Point) => p.parsed.status !== 'missing';

function add(ind: RawIndicator, guess: ReadingGuess): void {
  const list = (ind.guesses ??= []);
  if (!list.some((g) => g.reason === guess.reason && g.cells.join() === guess.cells.join())) list.push(guess);
}

/** The period came from other indicators' actuals: this one's column for it is blank, its previous period's is filled. */
function periodInferred(ind: RawIndicator, period: Period): ReadingGuess | null {
  const dated = ind.actuals.filter((p) => p.period);
  // A filled 実績見込 of the year (its plain 実績 blank) says the year is the one in progress: no sign of a wrong period.
  const own = dated.filter((p) => p.period!.fiscalYear === period.fiscalYear);
  if (!own.length || own.some(filled)) return null;
  const before = dated.filter((p) => p.period!.fiscalYear === period.fiscalYear - 1 && filled(p));
  return before.length ? { reason: 'period-blank', cells: [own[0].cell, before[0].cell] } : null;
}

/**
 * The year's actual read from a part of it (9月末) because the column standing for the whole year (its 3月末) is
 * still blank: a half-year figure graded as the year's, a guess naming the part used and the blank year column.
 */
function yearColumnBlank(ind: RawIndicator, period: Period, filledOfYear: Point[]): ReadingGuess | null {
  const ofYear = ind.actuals.filter((p) => p.period?.fiscalYear === period.fiscalYear);
  const year = bestStanding(ofYear, period);
  if (year.some(filled) || !ofYear.length || year.length === ofYear.length) return null;
  return { reason: 'column-chosen', cells: [filledOfYear[filledOfYear.length - 1].cell, year[year.length - 1].cell] };
}

/** Two or more columns hold a figure for the same purpose: this period's actual, or an undated final 目標. */
function columnChosen(ind: RawIndicator, period: Period | null): ReadingGuess | null {
  // A month-end inside the year (9月末) is no rival to the column standing for the whole year (3月末).
  const actuals = period
    ? bestStanding(withoutForecastsBesideActuals(ind.actuals.filter((p) => p.period?.fiscalYear === period.fiscalYear)).filter(filled), period)
    : [];
  // The cell the grade uses first (grading/choosePoints.ts chooseActual takes the last): the message says it was used.
  if (actuals.length >= 2 && new Set(actuals.map((p) => p.parsed.value)).size > 1)
    return { reason: 'column-chosen', cells: [actuals[actuals.length - 1], ...actuals.slice(0, -1)].map((p) => p.cell) };
  const partOnly = period && actuals.length ? yearColumnBlank(ind, period, actuals) : null;
  if (partOnly) return partOnly;
  const finals = ind.targets.filter((t) => t.kind === 'target' && !t.period && t.parsed.status === 'value');
  if (finals.length >= 2 && new Set(finals.map((p) => p.parsed.value)).size > 1) return { reason: 'column-chosen', cells: finals.map((p) => p.cell) };
  return null;
}

/**
 * The year's actual read from a column dated at its opening (「R6.4.1現在」, a 4月 date) while the next column is dated at
 * the next year's opening (「R7.4.1現在」): whether a 4月1日 figure closes the year before or opens its own is the city's
 * convention (待機児童数 of R7.4.1 is R6's result in some plans, R7's in others), so the one read is a guess naming both.
 */
function openingDateChosen(ind: RawIndicator, period: Period): ReadingGuess | null {
  const opening = (p: Point, fy: number) => p.period?.kind === 'month' && p.period.month === 4 && p.period.fiscalYear === fy && filled(p);
  const ofYear = bestStanding(
    ind.actuals.filter((p) => p.period?.fiscalYear === period.fiscalYear && filled(p)),
    period,
  );
  const used = ofYear[ofYear.length - 1];
  const next = used && opening(used, period.fiscalYear) ? ind.actuals.find((p) => opening(p, period.fiscalYear + 1)) : undefined;
  return next ? { reason: 'column-chosen', cells: [used.cell, next.cell] } : null;
}

/**
 * A figure read for this period whose note names another year: in this period's column
 * (「785（令和2年）」 under R5), or the one actual without a period column (「2,450（令和4年度）」 read
 * as the R5 actual). A calendar-year note of the same year is not another year, nor a target in words that names a year
 * and holds no figure (「2019年水準」).
 */
function yearNoteDiffers(ind: RawIndicator, period: Period): ReadingGuess | null {
  // Most figures carry no year note: told without copying them.
  const noted = (p: Point) => !!(p.parsed.notePeriod ?? p.period?.figureOf);
  if (!ind.actuals.some(noted) && !ind.targets.some(noted)) return null;
  const undated = ind.actuals.filter((p) => !p.period);
  // A target in words naming a year (「2019年水準」) carries no figure of that year: the year is its base (grading/yearRelativeTarget.ts).
  const read = [...ind.actuals, ...ind.targets.filter((t) => t.parsed.status === 'value')].filter((p) => p.period?.fiscalYear === period.fiscalYear);
  for (const p of [...read, ...(undated.length === 1 ? undated : [])]) {
    // Or its column's heading says the figures are of another year (「R5（R3数値）」: periods.ts figureOf).
    const note = p.parsed.notePeriod ?? p.period?.figureOf;
    if (note && note.fiscalYear !== period.fiscalYear && !(note.kind === 'calendar' && note.year === period.fiscalYear) && filled(p))
      return { reason: 'year-note-differs', cells: [p.cell, ...(p.parsed.noteCell ? [p.parsed.noteCell] : [])] };
  }
  return null;
}

/**
 * The grade cell of the evaluation period among grade columns under period headings, as the actual
 * is chosen (a 評価 under 令和５年度 grades R5, not the first 評価 of the row). When no grade column
 * has the period, the first one stays and the choice is a guess naming them.
 */
function gradeOfPeriod(ind: RawIndicator, period: Period | null): ReadingGuess | null {
  const cells = ind.gradeCells ?? [];
  const own = period ? cells.find((c) => c.period.fiscalYear === period.fiscalYear) : undefined;
  // The period's own column, also when it is the only one left (another year's copy hidden: hiddenCells.ts).
  if (own) {
    const { period: _p, ...cell } = own;
    if (cells.length > 1 || !ind.gradeCell) ind.gradeCell = cell;
    return null;
  }
  if (cells.length < 2 && !(cells.length === 1 && period && cells[0].period.fiscalYear !== period.fiscalYear)) return null;
  return { reason: 'column-chosen', cells: cells.map((c) => c.cell) };
}

/** Adds the period's guesses to every indicator (and picks its grade cell for the period). `inferred`: the period was not stated but taken from the latest actuals. */
export function markPeriodGuesses(detections: SheetDetection[], period: Period | null, inferred: boolean): void {
  for (const d of detections)
    for (const ind of d.indicators) {
      const found = [
        period && inferred ? periodInferred(ind, period) : null,
        columnChosen(ind, period),
        period ? openingDateChosen(ind, period) : null,
        period ? yearNoteDiffers(ind, period) : null,
        period ? carriedInBrackets(ind, period) : null, // 「(48.6)※1」 equal to the year before's (bracketedCarriedActual.ts)
        gradeOfPeriod(ind, period),
      ];
      for (const g of found) if (g) add(ind, g);
    }
}

/** Every guess of the workbook with where it points, for the check's findings. */
export function readingGuesses(detections: SheetDetection[]): { sheet: string; indicator: string; guess: ReadingGuess }[] {
  return detections.flatMap((d) => d.indicators.flatMap((ind) => (ind.guesses ?? []).map((guess) => ({ sheet: ind.sheet, indicator: ind.name, guess }))));
}

/**
 * No period was stated or found anywhere (not in 評価設定, on a sheet, in a title or in a period column): the
 * filled actuals of columns without a year, the first few of each sheet, for one workbook-level reading guess
 * that they were graded as the period's. Null when no indicator has such an actual.
 */
export function unstatedPeriodCells(detections: SheetDetection[]): { sheet: string; cells: string[] } | null {
  const bySheet = detections
    .map((d) => ({ sheet: d.meta.sheet, cells: d.indicators.flatMap((i) => i.actuals.filter((p) => !p.period && filled(p)).map((p) => p.cell)) }))
    .filter((s) => s.cells.length);
  if (!bySheet.length) return null;
  return { sheet: bySheet[0].sheet, cells: bySheet.flatMap((s, i) => s.cells.slice(0, 3).map((c) => (i === 0 ? c : qualified(s.sheet, c)))).slice(0, 6) };
}

/**
 * Whether the indicator's columns leave the period open: actuals filled for two or more years, and
 * no target that marks the period (「R4年度実績値 | R5年度数値目標 | R5年度実績値」 is about R5; a
 * final 「目標（R8）」 over actuals R3…R6 says nothing of which year is evaluated).
 */
function periodOpen(ind: RawIndicator, period: Period): boolean {
  const years = (ps: Point[]) => new Set(ps.filter((p) => p.period && filled(p)).map((p) => p.period!.fiscalYear));
  const targets = years(ind.targets);
  return years(ind.actuals).size >= 2 && !(targets.size === 1 && targets.has(period.fiscalYear));
}

/** Actuals of two years or more, the latest the period's, and the one target's year the period's. */
function marksPeriod(ind: RawIndicator, period: Period): boolean {
  const years = (ps: Point[]) => [...new Set(ps.filter((p) => p.period && filled(p)).map((p) => p.period!.fiscalYear))];
  const [actuals, targets] = [years(ind.actuals), years(ind.targets)];
  return actuals.length >= 2 && Math.max(...actuals) === period.fiscalYear && targets.length === 1 && targets[0] === period.fiscalYear;
}

/**
 * The period was taken from the latest actuals of period columns that leave it open (not stated in
 * 評価設定, on a sheet, or by the cells' own year notes): the cells of that period's actuals, the
 * first few of each sheet, for one workbook-level reading guess. Null when nothing was left open.
 */
export function inferredPeriodCells(detections: SheetDetection[], period: Period): { sheet: string; cells: string[] } | null {
  const open = detections.filter((d) => d.indicators.some((i) => periodOpen(i, period)));
  if (!open.length) return null;
  // A trend of actuals ending in the period with its one target dated that year (目標値（令和5年度） under H30 … R5) bears it out
  // too, for every sheet; but not for a sheet whose open indicator has a later year's column left blank (令和6年度 | 空欄): that
  // year may be the one evaluated, its figures not yet in (review rv54).
  const laterBlank = (i: RawIndicator) => periodOpen(i, period) && i.actuals.some((p) => p.period && p.period.fiscalYear > period.fiscalYear);
  const marked = detections.some((d) => d.indicators.some((i) => marksPeriod(i, period)));
  if (marked && !open.some((d) => d.indicators.some(laterBlank))) return null;
  // A title of the workbook that names the same year (「令和5年度 施策評価調書」) bears the choice out.
  if (detections.some((d) => d.meta.titlePeriod?.fiscalYear === period.fiscalYear)) return null;
  const bySheet = detections
    .map((d) => ({
      sheet: d.meta.sheet,
      cells: d.indicators.flatMap((i) => i.actuals.filter((p) => p.period?.fiscalYear === period.fiscalYear && filled(p)).map((p) => p.cell)),
    }))
    .filter((s) => s.cells.length);
  if (!bySheet.length) return null;
  return { sheet: bySheet[0].sheet, cells: bySheet.flatMap((s, i) => s.cells.slice(0, 3).map((c) => (i === 0 ? c : qualified(s.sheet, c)))).slice(0, 6) };
}
