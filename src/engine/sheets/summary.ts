/**
 * The 評価サマリー sheet: one standardised row per indicator, and beside it the grade counts per
 * group and in total. Figures with thousands separators, long texts wrapped in rows tall enough,
 * printed A4 landscape (the counts, then the indicators). Rebuilt on every run; contains nothing
 * that changes between two identical runs.
 */
import { a1 } from '../model/address';
import { sheetCell } from '../model/cellRef';
import type { Evaluated } from '../grading/evaluate';
import { fittingWidth, wrappedRowHeights } from './layout';
import type { PlanCell, SheetSpec } from '../model/plan';
import type { GroupReport, IndicatorReport, Report } from '../model/report';
import { qualifierWord, type Qualifier } from '../values/qualifiers';

const TREND = { improved: '↑', unchanged: '→', worsened: '↓' } as const;
const SOURCE = { expected: '当該年度', final: '最終目標', prorated: '按分' } as const;

export const SUMMARY_HEADERS = [
  'グループ',
  'シート',
  '番号',
  '指標名',
  '単位',
  '基準値',
  '目標値',
  '目標の種類',
  '実績値',
  '達成率',
  '評価（計算）',
  '評価（記入）',
  '前期評価',
  '傾向',
  '指摘数',
  '元のセル',
] as const;

const t = (value: string | number | null, style?: PlanCell['style']): PlanCell => (style ? { value, style } : { value });

/** Indicator table: columns A…P (グループ, シート and 指標名 as wide as their texts, within bounds); a gap column; the grade counts to the right of it. */
const INDICATOR_WIDTHS = [22, 10, 6, 40, 7, 10, 12, 10, 12, 9, 8, 8, 8, 5, 7, 14];
const GAP_WIDTH = 3;
const HEADER_ROW = 4;
/** Columns of the summary whose texts wrap (グループ, シート, 指標名, 目標値 and 実績値 with several measures). */
const WRAPPED = new Set([0, 1, 3, 6, 8]);

/**
 * @param writtenAfter the grade each indicator's cell holds after this run (written or filled),
 *   so that a second run shows the same sheet as the first.
 */
export function summarySheetSpec(report: Report, evaluated: Evaluated[], writtenAfter: (e: Evaluated) => string | null, name: string): SheetSpec {
  const period = report.period?.label ?? '不明';
  const rows: (PlanCell | null)[][] = [
    [t(`評価サマリー（評価対象期間：${period}）`, 'title')],
    [t('EvalSheet が作成したシートです。実行のたびに作り直すため、このシートには書き込まないでください。', 'note')],
    [],
    SUMMARY_HEADERS.map((h) => t(h, 'header')),
  ];
  const findingCount = new Map<string, number>();
  for (const f of report.findings) {
    if (!f.indicator || !f.sheet) continue;
    const k = `${f.sheet}\u0000${f.indicator}`;
    findingCount.set(k, (findingCount.get(k) ?? 0) + 1);
  }
  for (const e of evaluated) {
    const r = e.report;
    // The actual's cell, on another sheet when it was joined from one (実績値!C4).
    const link = sheetCell(r.cells.actual ?? r.cells.name, r.sheet);
    const cells = summaryCells(r, writtenAfter(e), findingCount.get(`${r.sheet}\u0000${r.name}`) ?? 0, '\n').map((c, i) =>
      WRAPPED.has(i) && typeof c.value === 'string' ? { ...c, wrap: true } : c,
    );
    rows.push([...cells, { value: `${link.sheet}!${link.cell}`, style: 'link', link }]);
  }
  const lastRow = HEADER_ROW + evaluated.length;
  const spec: SheetSpec = { name, rows, freeze: { rows: HEADER_ROW, columns: 0 }, gradeColours: [] };
  if (evaluated.length) {
    spec.table = { name: 'EvalSheetSummary', ref: `A${HEADER_ROW}:${a1(lastRow, SUMMARY_HEADERS.length)}` };
    spec.gradeColours!.push({ ref: `K${HEADER_ROW + 1}:M${lastRow}` });
  } else {
    rows.push([t('指標が見つかりませんでした。', 'note')]);
  }
  const counts = countTable(report, evaluated, period, rows);
  spec.gradeColours!.push(counts.gradeRef);
  const widths = [...INDICATOR_WIDTHS];
  widths[0] = fittingWidth(
    evaluated.map((e) => e.report.group ?? e.report.sheet),
    12,
    30,
  );
  widths[1] = fittingWidth(
    evaluated.map((e) => e.report.sheet),
    8,
    16,
  );
  widths[3] = fittingWidth(
    evaluated.map((e) => e.report.name),
    24,
    44,
  );
  spec.columnWidths = [...widths, GAP_WIDTH, ...counts.widths];
  spec.rowHeights = wrappedRowHeights(rows, spec.columnWidths);
  // Printed: the counts first (a page of their own), then the indicators with their header row
  // repeated on every page; neither is printed beside or under the other.
  spec.print = {
    landscape: true,
    paper: 'A4',
    fitToWidth: true,
    titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    areas: [counts.area, `A1:${a1(evaluated.length ? lastRow : HEADER_ROW + 1, SUMMARY_HEADERS.length)}`],
  };
  spec.charts = summaryCharts(evaluated.length ? lastRow : null, counts);
  return spec;
}

interface CountTable {
  /** First column, header row, last row, number of grades. */
  col: number;
  headerRow: number;
  lastRow: number;
  grades: number;
  widths: number[];
  area: string;
  gradeRef: { ref: string };
}

/** The grade counts per group and in total, beside the indicator table (after a gap column). */
function countTable(report: Report, evaluated: Evaluated[], period: string, rows: (PlanCell | null)[][]): CountTable {
  const col = SUMMARY_HEADERS.length + 2;
  // A grade of a sheet's own scale (S of an S–C legend, grading/sheetScale.ts) heads a column of its own, first.
  const own = [...new Set(evaluated.map((e) => e.report.grade).filter((g): g is string => !!g && !report.rules.scale.some((b) => b.grade === g)))];
  const heads = [...own.map((g) => ({ grade: g, label: '' })), ...report.rules.scale];
  const grades = heads.map((b) => b.grade);
  const put = (row: number, cells: PlanCell[]) => {
    while (rows.length < row) rows.push([]);
    const r = rows[row - 1];
    while (r.length < col - 1) r.push(null);
    r.splice(col - 1, cells.length, ...cells);
  };
  put(HEADER_ROW - 1, [t(`評価の集計（${period}）`, 'subtitle')]);
  put(HEADER_ROW, [
    t('グループ', 'header'),
    ...heads.map((b) => t(`${b.grade} ${b.label}`.trim(), 'header')),
    t('評価なし', 'header'),
    t('計', 'header'),
    t('達成状況評価', 'header'),
  ]);
  const groupNames: string[] = [];
  for (const e of evaluated) {
    const g = e.report.group ?? e.report.sheet;
    if (!groupNames.includes(g)) groupNames.push(g);
  }
  let row = HEADER_ROW;
  const countRow = (label: string, list: Evaluated[], style: PlanCell['style'], gg?: GroupReport) => {
    const counts = grades.map((g) => list.filter((e) => e.report.grade === g).length);
    const none = list.filter((e) => !e.report.grade || !grades.includes(e.report.grade)).length;
    const n = (x: number): PlanCell => ({ value: x, style: 'number', numberFormat: '#,##0' });
    put(++row, [{ ...t(label, style), wrap: true }, ...counts.map(n), n(none), n(list.length), t(gg?.grade ?? null, 'grade')]);
  };
  for (const g of groupNames)
    countRow(
      g,
      evaluated.filter((e) => (e.report.group ?? e.report.sheet) === g),
      'text',
      report.groups.find((x) => x.name === g),
    );
  countRow('合計', evaluated, 'total');
  const last = col + grades.length + 3;
  return {
    col,
    headerRow: HEADER_ROW,
    lastRow: row,
    grades: grades.length,
    widths: [fittingWidth([...groupNames, '合計'], 12, 30), ...grades.map(() => 10), 8, 6, 10],
    area: `${a1(HEADER_ROW - 1, col)}:${a1(row, last)}`,
    gradeRef: { ref: `${a1(HEADER_ROW + 1, last)}:${a1(row, last)}` },
  };
}

/** As in the 点検評価一覧: targets as columns, actuals as a line; then the grade counts (right of the counts). */
function summaryCharts(lastRow: number | null, c: CountTable): SheetSpec['charts'] {
  const chartCol = c.col + c.grades + 5;
  const charts: NonNullable<SheetSpec['charts']> = [];
  if (lastRow !== null) {
    const span = (col: number) => `${a1(HEADER_ROW + 1, col)}:${a1(lastRow, col)}`;
    charts.push({
      title: '目標値と実績値',
      categories: span(4),
      series: [
        { name: '目標値', ref: span(7), type: 'column' },
        { name: '実績値', ref: span(9), type: 'line' },
      ],
      from: a1(HEADER_ROW, chartCol),
      to: a1(HEADER_ROW + 18, chartCol + 9),
    });
  }
  charts.push({
    title: '評価の件数',
    categories: `${a1(c.headerRow, c.col + 1)}:${a1(c.headerRow, c.col + c.grades)}`,
    series: [{ name: '合計', ref: `${a1(c.lastRow, c.col + 1)}:${a1(c.lastRow, c.col + c.grades)}`, type: 'column' }],
    from: a1(HEADER_ROW + 20, chartCol),
    to: a1(HEADER_ROW + 36, chartCol + 9),
  });
  return charts;
}

/** Digits kept after the decimal point in a figure's format (more are shown rounded). */
const MAX_DECIMALS = 6;

/** A figure's number format: thousands separators, and as many decimals as it has ("1,234", "70.1" → "#,##0.0"). */
export function figureFormat(x: number): string | undefined {
  const s = String(x);
  if (!Number.isFinite(x) || /e/i.test(s)) return undefined;
  const d = s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
  return d ? `#,##0.${'0'.repeat(Math.min(d, MAX_DECIMALS))}` : '#,##0';
}

/** A figure; one that is not final shows its word after it (「659（暫定値）」, 「277（概数）」) and stays a number. */
const figure = (x: number | null, qualifier?: Qualifier): PlanCell => {
  const f = x === null ? undefined : figureFormat(x);
  if (!f) return t(x, 'number');
  return { value: x, style: 'number', numberFormat: qualifier ? qualifiedFormat(f, qualifier) : f };
};

/** A figure's format with the word of its qualifier after it: `#,##0"（暫定値）"`. */
function qualifiedFormat(format: string, qualifier: Qualifier): string {
  return `${format}"（${qualifierWord(qualifier)}）"`;
}

/** The actual's qualifier when it is a figure that is not final. */
function qualifierOfReport(r: IndicatorReport): Qualifier | undefined {
  return r.actualStatus === 'provisional' || r.actualStatus === 'approximate' ? r.actualStatus : undefined;
}

/** The computed grade as the summary shows it: 「B（暫定）」 when it rests on an actual that is not final. */
export function gradeText(r: Pick<IndicatorReport, 'grade' | 'gradeProvisional'>): string | null {
  return r.grade !== null && r.gradeProvisional ? `${r.grade}（暫定）` : r.grade;
}

/** One cell of each style summaryCells uses (for writers that register styles before the rows exist). */
export const SUMMARY_STYLES: PlanCell[] = [
  t(null, 'text'),
  t(null, 'number'),
  t(null, 'grade'),
  { value: null, style: 'percent', numberFormat: '0.0%' },
  ...Array.from({ length: MAX_DECIMALS + 1 }, (_, d) => (d ? `#,##0.${'0'.repeat(d)}` : '#,##0')).flatMap((f): PlanCell[] =>
    [f, qualifiedFormat(f, 'provisional'), qualifiedFormat(f, 'approximate')].map((numberFormat) => ({ value: null, style: 'number', numberFormat })),
  ),
];

/**
 * The first 15 columns of SUMMARY_HEADERS for one indicator (the 16th, 元のセル, is the caller's).
 * `between`: what separates the measures of an indicator with several (the summary sheet puts each on its own line).
 */
export function summaryCells(r: IndicatorReport, written: string | null, findings: number, between = ' / '): PlanCell[] {
  const qualifier = qualifierOfReport(r);
  const mark = (pick: 'target' | 'actual') => (pick === 'actual' && qualifier ? `（${qualifierWord(qualifier)}）` : '');
  const measureText = (pick: 'target' | 'actual') =>
    r.measures?.map((m) => `${m.label} ${m[pick] === null ? '―' : grouped(m[pick]!)}${mark(pick)}`).join(between) ?? null;
  const hasFigure = r.actualStatus === 'value' || qualifier !== undefined;
  return [
    t(r.group ?? r.sheet, 'text'),
    t(r.sheet, 'text'),
    t(r.id, 'text'),
    t(r.name, 'text'),
    t(r.unit, 'text'),
    figure(r.baseline),
    r.measures ? t(measureText('target'), 'text') : figure(r.target),
    t(r.targetSource ? SOURCE[r.targetSource] : null, 'text'),
    r.measures ? t(measureText('actual'), 'text') : hasFigure ? figure(r.actual, qualifier) : t(STATUS_TEXT[r.actualStatus] ?? null, 'text'),
    { value: r.attainment === null ? null : round(r.attainment, 6), style: 'percent', numberFormat: '0.0%' },
    t(gradeText(r), 'grade'),
    t(written, 'grade'),
    t(r.previousGrade, 'grade'),
    t(r.trend ? TREND[r.trend] : null, 'text'),
    figure(findings),
  ];
}

const STATUS_TEXT: Record<string, string> = {
  missing: '（未入力）',
  pending: '集計中',
  'not-applicable': '－',
  'not-implemented': '未実施',
  error: 'エラー',
  unparseable: '読取不可',
};

/** 1234.5 → "1,234.5" (in a text of several measures). */
function grouped(x: number): string {
  const [int, frac] = String(x).split('.');
  return /e/i.test(String(x)) ? String(x) : int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

function round(x: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}
