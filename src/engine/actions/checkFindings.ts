/**
 * What a check says about the workbook as a whole, beyond each indicator: the same indicator
 * twice, the policy sheets' 達成状況評価, protected sheets that keep grades out, no indicators,
 * hidden rows and columns left unread.
 */
import { rollUp } from '../grading/bands';
import type { SheetDetection } from '../detect';
import type { Evaluated } from '../grading/evaluate';
import type { Rules } from '../grading/rules';
import { finding } from '../model/findings';
import { columnLetters } from '../model/address';
import { writable, type WorkbookSnapshot } from '../model/port';
import type { Finding, GroupReport } from '../model/report';
import { readGrade } from '../grading/gradeMarks';
import { onScale, otherScaleGrade } from '../grading/otherScales';
import { indicatorTableHeading } from '../detect/emptyTables';
import { sheetRatings } from '../detect/sideGroups';
import { isCompoundCode } from '../detect/indicatorNumbers';

/** Duplicates: the same name twice, unless marked 再掲 (a deliberate repeat). */
export function duplicateIndicators(evaluated: Evaluated[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, Evaluated>();
  for (const e of evaluated) {
    const key = e.raw.name.normalize('NFKC').replace(/\s+/g, '');
    const first = seen.get(key);
    // The same name under two compound codes (「1-①　６次産業化支援事業」「2-①　…」): one project listed under two 施策, no duplicate.
    const coded = isCompoundCode(e.raw.id) && isCompoundCode(first?.raw.id) && e.raw.id !== first?.raw.id;
    if (first && !coded && !e.raw.repeated && !first.raw.repeated && key !== '（名称未記入）') {
      out.push(
        finding(
          'duplicate-indicator',
          { sheet: e.raw.sheet, cell: e.raw.nameCell, indicator: e.raw.name },
          { name: e.raw.name, first: `${first.raw.sheet}!${first.raw.nameCell}`, second: `${e.raw.sheet}!${e.raw.nameCell}` },
        ),
      );
    } else if (!first) seen.set(key, e);
  }
  return out;
}

/** Policy sheets: the 達成状況評価 from the indicators' grades (each side's own, policies side by side), and what disagrees with the one written. */
export function policyGroups(
  detections: SheetDetection[],
  evaluated: Evaluated[],
  workbookRules: Rules,
  rulesOf: (sheet: string) => Rules = () => workbookRules,
): { groups: GroupReport[]; findings: Finding[] } {
  const groups: GroupReport[] = [];
  const findings: Finding[] = [];
  for (const d of detections) {
    if (!d.indicators.length) continue;
    // The sheet's own scale, when its legend states one (grading/sheetScale.ts), rolls its grades up.
    const rules = rulesOf(d.meta.sheet);
    const onSheet = evaluated.filter((e) => e.raw.sheet === d.meta.sheet);
    for (const { rating: gg, name: sideName, members } of sheetRatings(d.meta, onSheet, (e) => e.raw.nameCell)) {
      const grades = members.filter((e) => e.report.grade).map((e) => e.report.grade!);
      const grade = rollUp(grades, rules.scale, rules.rollup, rules.rollupRounding);
      // A mark the sheet's legend gives a grade of the scale (「◎ 順調(A)」) is that grade (detect/markLegend.ts).
      const written = gg.cell ? readGrade(gg.means && onScale(gg.means, rules.scale) ? gg.means : gg.raw, rules.scale) : null;
      const name = sideName ?? d.meta.measure ?? d.meta.policy ?? d.meta.sheet;
      const place = { sheet: d.meta.sheet, cell: gg.cell, indicator: name };
      // A grade of another well-known scale (◎ under A–D) is kept as written, never compared nor overwritten (grading/otherScales.ts).
      const other = written && written.grade === null ? otherScaleGrade(gg.raw, rules.scale) : null;
      const scale = rules.scale.map((b) => ({ grade: b.grade, label: b.label }));
      if (other && written)
        findings.push(
          finding('rating-invalid', place, {
            variant: 'other-scale',
            written: written.text,
            grade: other.grade,
            marks: [...other.marks],
            scale,
            computed: grade,
          }),
        );
      else if (written && written.grade === null)
        findings.push(finding('rating-invalid', place, { variant: 'group', written: written.text, grades: rules.scale.map((b) => b.grade) }));
      if (written?.grade && grade && written.grade !== grade)
        findings.push(finding('rating-mismatch', place, { variant: 'group', written: written.grade, computed: grade, rollup: rules.rollup }));
      const existingGrade = other?.grade ?? written?.grade ?? null;
      groups.push({ sheet: d.meta.sheet, name, grade, existingGrade, previousGrade: gg.previousGrade, cell: gg.cell });
    }
  }
  return { groups, findings };
}

/** Protected sheets that have grade cells to fill that are locked (a template's unlocked input cells are written), and a protected summary. */
export function protectedSheets(snapshot: WorkbookSnapshot, evaluated: Evaluated[], groups: GroupReport[], summarySheet: string): Finding[] {
  const out: Finding[] = [];
  for (const sheet of snapshot.sheets) {
    if (!sheet.protected) continue;
    const canWrite = writable(sheet);
    const blocked = (cell: string | null | undefined) => !!cell && !canWrite(cell);
    const fillable =
      evaluated.some(
        (e) => (e.raw.gradeCell?.sheet ?? e.raw.sheet) === sheet.name && blocked(e.raw.gradeCell?.cell) && e.report.grade && !e.report.existingGrade,
      ) || groups.some((g) => g.sheet === sheet.name && blocked(g.cell) && g.grade && !g.existingGrade);
    if (fillable) out.push(finding('sheet-protected', { sheet: sheet.name, cell: null, indicator: null }, { sheet: sheet.name }));
  }
  const summary = snapshot.sheets.find((s) => s.name === summarySheet);
  if (summary?.protected) out.push(finding('summary-protected', { sheet: summarySheet, cell: null, indicator: null }, { sheet: summarySheet }));
  return out;
}

/** No indicator in the workbook: a blank template (tables with headings, no rows filled) is told so as information. */
export function noIndicators(snapshot: WorkbookSnapshot, reserved: ReadonlySet<string>): Finding {
  const tables = snapshot.sheets
    .filter((s) => !reserved.has(s.name) && s.visibility === 'visible')
    .flatMap((s) => {
      const cell = indicatorTableHeading(s);
      return cell ? [{ sheet: s.name, cell }] : [];
    });
  if (!tables.length) return finding('no-indicators', { sheet: null, cell: null, indicator: null }, {});
  return finding('no-indicators-yet', { sheet: tables[0].sheet, cell: tables[0].cell, indicator: null }, { tables });
}

/** Per sheet, the rows a name cell's note says were deleted or abolished, left out (detect/deletedRows.ts): not graded, said so. */
export function deletedRowsSkipped(detections: SheetDetection[]): Finding[] {
  return detections.flatMap((d) =>
    (d.deletedRows ?? []).map((r) =>
      finding('indicator-discontinued', { sheet: d.meta.sheet, cell: r.cell, indicator: r.name }, { cell: r.cell, text: r.text }),
    ),
  );
}

/** Per sheet and reason, the rows read and then left out: reference figures, tallies, formula copies (detect/types.ts LeftOutRow). */
export function leftOutRows(detections: SheetDetection[]): Finding[] {
  return detections.flatMap((d) =>
    (['reference', 'count', 'total', 'breakdown', 'total-parts', 'copy'] as const).flatMap((reason) => {
      const rows = (d.leftOut ?? []).filter((r) => r.reason === reason);
      if (!rows.length) return [];
      const sources = rows.flatMap((r) => (r.source ? [r.source] : []));
      return [
        finding(
          'rows-left-out',
          { sheet: d.meta.sheet, cell: rows[0].cell, indicator: null },
          { sheet: d.meta.sheet, reason, cells: rows.map((r) => r.cell), indicators: rows.map((r) => r.name), ...(sources.length ? { sources } : {}) },
        ),
      ];
    }),
  );
}

/** Per sheet, the copies of its tables for another period that the reader left out (detect/otherPeriodCopies.ts). */
export function otherPeriodCopiesSkipped(detections: SheetDetection[]): Finding[] {
  return detections.flatMap((d) =>
    (d.otherPeriodCopies ?? []).map((c) =>
      finding(
        'other-period-copy-skipped',
        { sheet: d.meta.sheet, cell: c.cell, indicator: null },
        {
          sheet: d.meta.sheet,
          cell: c.cell,
          caption: c.text,
          period: c.period.label,
          sheetPeriod: c.sheetPeriod.label,
          indicators: c.indicators,
          ...(c.otherSheet ? { otherSheet: c.otherSheet } : {}),
          ...(c.superseded ? { superseded: c.superseded } : {}),
        },
      ),
    ),
  );
}

/** The sheets that only copy other sheets' figures, their indicators left out (detect/summarySheets.ts). */
export function summarySheetsSkipped(detections: SheetDetection[]): Finding[] {
  return detections.flatMap((d) =>
    d.summaryOf
      ? [
          finding(
            'summary-sheet-skipped',
            { sheet: d.meta.sheet, cell: d.summaryOf.cell, indicator: null },
            {
              sheet: d.meta.sheet,
              cell: d.summaryOf.cell,
              sheets: d.summaryOf.sheets,
              indicators: d.summaryOf.indicators,
              ...(d.indicators.length ? { kept: d.indicators.map((i) => i.name) } : {}),
            },
          ),
        ]
      : [],
  );
}

/** The sheets left out as a whole: a 記入例, or a first reply its 差替 sheet replaces (detect/exampleSheets.ts, replacedSheets.ts). */
export function leftOutSheets(detections: SheetDetection[]): Finding[] {
  return detections.flatMap((d) => {
    const x = d.leftOutSheet;
    if (!x) return [];
    const params = {
      sheet: d.meta.sheet,
      cell: x.cell,
      reason: x.reason,
      caption: x.text,
      indicators: x.indicators,
      ...(x.otherSheet ? { otherSheet: x.otherSheet } : {}),
      ...(x.word ? { word: x.word } : {}),
    };
    return [finding('sheet-left-out', { sheet: d.meta.sheet, cell: x.cell, indicator: null }, params)];
  });
}

/** Per sheet, the hidden rows and columns that held something the reader did not read (detect/hiddenCells.ts). */
export function hiddenCellsSkipped(detections: SheetDetection[]): Finding[] {
  return detections.flatMap((d) =>
    d.hidden
      ? [
          finding(
            'hidden-cells-skipped',
            { sheet: d.meta.sheet, cell: d.hidden.first, indicator: null },
            { sheet: d.meta.sheet, rows: d.hidden.rows, columns: d.hidden.columns.map(columnLetters), indicators: d.hidden.indicators },
          ),
        ]
      : [],
  );
}
