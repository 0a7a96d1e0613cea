/**
 * An indicator whose figures a row of another sheet takes by formula (='入力シート'!G5): an 入力シート the departments fill
 * and a 集計シート that repeats it cell by cell, adding a 達成率 and a 判定. The two rows are one indicator read twice.
 * Which sheet copies which is told by the formula, not by the figures (summarySheets.ts, which needs two sheets copied):
 * the row that adds the written grade (the 判定 the source lacks) is the reading, the other left out; where the copy
 * adds no grade, the source is the reading and the copy left out, as a 再掲 row is (repeatedRows.ts).
 * A row whose actual is its own but whose target takes another sheet's cell (R5目標 ='目標値'!F4, a sheet of each year's
 * targets) reads that cell as its target: the row holding it there is the target's source, never an indicator of its own
 * (its figures are targets, however that sheet's headings read), unless it carries a written grade the copy lacks.
 * A copy takes all its figures from the source's sheet: a row with a figure of its own (last year's actual taken by formula
 * beside this year's typed target and actual) is its own reading; one whose actuals all come from the source and whose
 * targets are its own completes a source without targets or grade, and is the reading (completingCopies.ts).
 * A copy for display works the source's cells into a figure to show (a 公表用 sheet's 「約1,200人」 from
 * ="約"&TEXT(ROUND(内部用!E5,-2),"#,##0")&内部用!C5, 「約6割」 from ROUND(内部用!E6/10,0)&"割"): a row of the same name whose
 * figures are all formulas on one other sheet, its actual (else target) working in the source's actual (else target) cell, is
 * that indicator rounded or worded for the public (its name may be shortened: 「講座の受講者数」 for 「生涯学習講座の受講者数」). The source's exact figures are the reading, whatever grade marks the
 * display adds; the display row is left out as a copy naming the source.
 */
import { parseA1 } from '../model/address';
import type { Point, RawIndicator, SheetDetection } from './types';
import { leftOutRow } from './common';
import { completesSource } from './completingCopies';

/** A formula that is only a reference to one cell of another sheet: 入力シート!G5, '入力 シート'!$G$5, =Sheet1!G5. */
const SHEET_REFERENCE = /^=?(?:'((?:[^']|'')+)'|([^'!=(),\s"]+))!\$?([A-Z]{1,3})\$?([0-9]+)$/;

/** The sheet and cell (A1, no $) a formula refers to, or null when it is anything else. */
export function referredCell(formula: string | null): { sheet: string; cell: string } | null {
  if (!formula) return null;
  const m = SHEET_REFERENCE.exec(formula.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return parseA1(`${m[3]}${m[4]}`) ? { sheet, cell: `${m[3]}${m[4]}` } : null;
}

/** A cell of another sheet inside a formula (内部用!E5, '入力 シート'!$G$5), never a range's end (Sheet1!A1:B5). */
const SHEET_CELL = /(?:'((?:[^']|'')+)'|([^'!=(),\s"&+\-*/^<>:;{}]+))!\$?([A-Z]{1,3})\$?([0-9]+)(?![0-9A-Za-z_:(!])/g;

/** Every cell of another sheet a formula works in, ranges aside: 「"約"&TEXT(ROUND(内部用!E5,-2),"#,##0")&内部用!C5」 → E5, C5. */
export function referredCells(formula: string | null): { sheet: string; cell: string }[] {
  if (!formula || !formula.includes('!')) return [];
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...text.matchAll(SHEET_CELL)].map((m) => ({ sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], cell: `${m[3]}${m[4]}` }));
}

const nameKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

/**
 * Whether a display row's name is the source's shortened for the public (「講座の受講者数」 for 「生涯学習講座の受講者数」), or
 * lengthened: one holds the other whole, the shorter three characters at least.
 */
function shortened(source: string, shown: string): boolean {
  const [a, b] = [nameKey(source), nameKey(shown)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.includes(short);
}

/**
 * Whether the figures work in the source row's own cells alone (its name, unit, targets and actuals): 「市民1人あたり図書貸出冊数」
 * dividing 図書貸出冊数 by another row's 市内人口 is an indicator of its own, whatever its name holds (review rv45).
 */
function refersOnlyTo(figures: Point[], src: RawIndicator): boolean {
  const own = new Set([src.nameCell, src.unitCell, ...src.targets.map((p) => p.cell), ...src.actuals.map((p) => p.cell)]);
  return figures.every((p) => referredCells(p.formula).every((r) => r.sheet === src.sheet && own.has(r.cell)));
}

/** Functions that only round or format a figure for display. */
const SHOWING = /\b(?:ROUND|ROUNDDOWN|ROUNDUP|TRUNC|INT|TEXT|FIXED)\s*\(/gi;

/**
 * Whether a formula only shows the cells it refers to (rounds, formats, scales it to a unit word: 「="約"&TEXT(ROUND(内部用!E5,-2),"#,##0")&"人"」,
 * 「=ROUND(内部用!E6/10,0)&"割"」): no figure added to it or taken from it (「=本館!C4+100000」 is a figure of its own, review rv44).
 */
function showsOnly(formula: string): boolean {
  const rest = formula
    .replace(/^=/, '')
    .replace(/"(?:[^"]|"")*"/g, '')
    .replace(SHEET_CELL, 'X')
    .replace(SHOWING, '(')
    .replace(/[\s$]/g, '');
  // Left: the reference, brackets, commas, & and * / with numbers, a sign only at the start of an argument (ROUND(X,-2)).
  return /^[X()\d.,&*/-]*$/.test(rest) && !/[^(,]-/.test(rest);
}

/**
 * The indicator of another sheet that `ind` shows for display: the same name (or a shortened one), every filled figure of `ind` a formula on that one
 * sheet alone, its actual (else target) working in the source's actual (else target) cell. Null when `ind` is no such copy.
 */
function displaySourceOf(ind: RawIndicator, byCell: Map<string, RawIndicator>): RawIndicator | null {
  const figures = [...ind.actuals, ...ind.targets].filter(filled);
  const refs = figures.map((p) => referredCells(p.formula));
  const sheets = new Set(refs.flat().map((r) => r.sheet));
  if (!figures.length || refs.some((r) => !r.length) || sheets.size !== 1 || sheets.has(ind.sheet)) return null;
  if (!figures.every((p) => showsOnly(p.formula!))) return null;
  const [points, role] = ind.actuals.some(filled) ? [ind.actuals, 'actuals' as const] : [ind.targets, 'targets' as const];
  for (const p of points.filter(filled))
    for (const ref of referredCells(p.formula)) {
      const src = byCell.get(`${ref.sheet}!${ref.cell}`);
      if (!src || !src[role].some((q) => q.cell === ref.cell)) continue;
      if (nameKey(src.name) === nameKey(ind.name) || (shortened(src.name, ind.name) && refersOnlyTo(figures, src))) return src;
    }
  return null;
}

/** Whether the indicator carries a grade written by its author (a filled grade cell). */
const hasWrittenGrade = (ind: RawIndicator) => {
  const raw = ind.gradeCell?.raw;
  return raw !== undefined && raw !== null && String(raw).trim() !== '';
};

/** The indicator of another sheet whose actual (else target) cell `ind`'s own actual (else target) takes by formula. */
function sourceOf(ind: RawIndicator, byCell: Map<string, RawIndicator>): RawIndicator | null {
  const points: Point[] = ind.actuals.length ? ind.actuals : ind.targets;
  for (const p of points) {
    const ref = referredCell(p.formula);
    if (!ref || ref.sheet === ind.sheet) continue;
    const src = byCell.get(`${ref.sheet}!${ref.cell}`);
    if (src) return src;
  }
  return null;
}

/** The indicator of another sheet one of whose cells `ind`'s target takes by formula, when `ind`'s actuals are its own. */
function targetSourceOf(ind: RawIndicator, byCell: Map<string, RawIndicator>): RawIndicator | null {
  if (!ind.actuals.length || ind.actuals.some((p) => referredCell(p.formula))) return null;
  for (const p of ind.targets) {
    const ref = referredCell(p.formula);
    if (!ref || ref.sheet === ind.sheet) continue;
    const src = byCell.get(`${ref.sheet}!${ref.cell}`);
    if (src) return src;
  }
  return null;
}

/** The cell readings completingCopies.ts needs, from this module. */
const COPY_CELLS = {
  referredSheet: (p: Point) => referredCell(p.formula)?.sheet ?? null,
  referredAddress: (p: Point) => referredCell(p.formula)?.cell ?? null,
  hasWrittenGrade,
};

const filled = (p: Point) => p.raw !== null && p.raw !== undefined && String(p.raw).trim() !== '';

/**
 * Whether every figure the row holds is taken from the source's sheet: a row with a figure of its own (this year's target
 * and actual typed beside last year's actual taken from last year's sheet) is another reading, never a copy.
 */
function takesOnly(copy: RawIndicator, src: RawIndicator): boolean {
  return [...copy.actuals, ...copy.targets].filter(filled).every((p) => referredCell(p.formula)?.sheet === src.sheet);
}

/** Takes out (in place) one of each pair of rows that are one indicator, the copy taking the source's cells by formula. */
export function dropFormulaCopies(detections: SheetDetection[]): void {
  if (!detections.some((d) => d.indicators.some((i) => i.actuals.some((p) => p.formula?.includes('!')) || i.targets.some((p) => p.formula?.includes('!')))))
    return;
  // A joined indicator's figures stand on two sheets (join.ts): its cells name no one sheet, so it is neither copy nor source.
  const own = (ind: RawIndicator) => ind.layout !== 'joined';
  const byCell = new Map<string, RawIndicator>();
  for (const d of detections)
    for (const ind of d.indicators.filter(own)) for (const p of [...ind.actuals, ...ind.targets]) byCell.set(`${ind.sheet}!${p.cell}`, ind);
  const out = new Set<RawIndicator>();
  const keptOf = new Map<RawIndicator, string>();
  for (const d of detections)
    for (const copy of d.indicators.filter(own)) {
      // A 公表用 row rounding the 内部用 row's figures (「約1,200人」): the source's exact figures are read.
      const shown = referredCell(copy.actuals.find(filled)?.formula ?? null) ? null : displaySourceOf(copy, byCell);
      if (shown && !out.has(shown) && !out.has(copy)) {
        out.add(copy);
        keptOf.set(copy, `${shown.sheet}!${shown.nameCell}`);
        continue;
      }
      const src = sourceOf(copy, byCell);
      if (src && !out.has(src) && !out.has(copy) && takesOnly(copy, src)) {
        const [drop, keep] = hasWrittenGrade(copy) && !hasWrittenGrade(src) ? [src, copy] : [copy, src];
        out.add(drop);
        keptOf.set(drop, `${keep.sheet}!${keep.nameCell}`);
      } else if (src && !out.has(src) && !out.has(copy) && completesSource(copy, src, COPY_CELLS)) {
        // The copy adds the targets (and grades) the source lacks: it is the reading (completingCopies.ts).
        out.add(src);
        keptOf.set(src, `${copy.sheet}!${copy.nameCell}`);
      }
      // A target taken from a sheet of targets: the source row there is the target's, no indicator (its own grade aside).
      const targets = src ? null : targetSourceOf(copy, byCell);
      if (targets && !out.has(copy) && (hasWrittenGrade(copy) || !hasWrittenGrade(targets))) {
        out.add(targets);
        keptOf.set(targets, `${copy.sheet}!${copy.nameCell}`);
      }
    }
  if (!out.size) return;
  for (const d of detections) {
    const dropped = d.indicators.filter((i) => out.has(i));
    if (!dropped.length) continue;
    d.indicators = d.indicators.filter((i) => !out.has(i));
    d.leftOut = [...(d.leftOut ?? []), ...dropped.map((i) => ({ ...leftOutRow(i, 'copy'), source: keptOf.get(i) }))];
  }
}
