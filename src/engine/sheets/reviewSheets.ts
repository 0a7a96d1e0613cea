/**
 * The review workbook's four sheets, as sheet specs any adapter can write: 提出状況一覧,
 * 指摘事項, 評価一覧 and 集計. The same specs go into a new .xlsx (command line) or into the open
 * workbook (task pane).
 */
import { a1 } from '../model/address';
import { wrappedRowHeights } from './layout';
import { colouredScale, type PlanCell, type RowStream, type SheetSpec, type ValueColours, type WritePlan } from '../model/plan';
import { STATUS_ORDER, type CountRow, type Review, type SubmissionStatus } from '../actions/review';
import { renderStatus } from '../model/reviewText';
import { SUMMARY_HEADERS, SUMMARY_STYLES, summaryCells } from './summary';

export const REVIEW_SHEETS = { status: '提出状況一覧', findings: '指摘事項', indicators: '評価一覧', totals: '集計' } as const;

const SEVERITY_TEXT = { error: 'エラー', warning: '警告', info: '情報' } as const;
const NOTE = 'EvalSheet が提出ブックを読んで作成したシートです。提出ブックは変更していません。再実行すると作り直します。';

const t = (value: string | number | null, style?: PlanCell['style']): PlanCell => (style ? { value, style } : { value });
/** A long text (a reason, a message, a file name) that wraps inside its column. */
const w = (value: string | null): PlanCell => ({ value, style: 'text', wrap: true });

const RED = { fill: 'FFC7CE', font: '9C0006' };
const YELLOW = { fill: 'FFEB9C', font: '9C5700' };
/** Fill and font colours of each status: what needs the office's action stands out, and prints. */
const STATUS_COLOURS: Record<SubmissionStatus, { fill: string; font: string }> = {
  'send-back': RED,
  unreadable: { fill: 'F8CBAD', font: '843C0C' },
  missing: { fill: 'D9D9D9', font: '262626' },
  'to-check': YELLOW,
  checked: { fill: 'C6EFCE', font: '006100' },
};
const SEVERITY_COLOURS = { error: RED, warning: YELLOW, info: { fill: 'DDEBF7', font: '1F4E78' } } as const;

/** The column `col` (A, F…) of the data rows under the header row 4, coloured by value. */
function coloured(col: string, rows: number, colours: Record<string, { fill: string; font: string }>): ValueColours[] {
  return rows ? [{ ref: `${col}5:${col}${4 + rows}`, colours: Object.entries(colours).map(([value, c]) => ({ value, ...c })) }] : [];
}

function title(review: Review, what: string): string {
  const p = review.period ? `評価対象期間：${review.period.label}` : '評価対象期間：不明';
  return `${what}（${p}）`;
}

function statusSheet(review: Review): SheetSpec {
  const grades = review.grades.map((g) => g.grade);
  const headers = [
    '状況',
    '担当部署',
    'ファイル',
    'シート',
    '基本方針・施策',
    '評価対象期間',
    '指標数',
    ...grades,
    '評価なし',
    'エラー',
    '警告',
    '評価の相違',
    '理由',
  ];
  const f = review.files;
  const rows: (PlanCell | null)[][] = [
    [t(title(review, REVIEW_SHEETS.status), 'title')],
    [t(`読み込んだブック ${f.read}件、読み込めなかったブック ${f.unreadable}件、未提出 ${f.missing}件。${NOTE}`, 'note')],
    [],
    headers.map((h) => t(h, 'header')),
  ];
  for (const r of review.rows) {
    rows.push([
      t(renderStatus(r.status), 'text'),
      w(r.department),
      w(r.file),
      t(r.sheet, 'text'),
      w(r.group),
      t(r.period, 'text'),
      t(r.indicators, 'number'),
      ...grades.map((g) => t(r.counts[g] ?? 0, 'number')),
      t(r.counts.none ?? 0, 'number'),
      t(r.errors, 'number'),
      t(r.warnings, 'number'),
      t(r.gradeMismatches, 'number'),
      w(r.reason),
    ]);
  }
  const spec = tableSheet(REVIEW_SHEETS.status, rows, null, headers.length, 'EvalSheetReviewStatus', [
    9,
    16,
    28,
    14,
    22,
    12,
    6,
    ...grades.map(() => 5),
    6,
    6,
    6,
    7,
    40,
  ]);
  spec.valueColours = coloured('A', review.rows.length, Object.fromEntries(STATUS_ORDER.map((s) => [renderStatus(s), STATUS_COLOURS[s]])));
  return spec;
}

function findingsSheet(review: Review): SheetSpec {
  const headers = ['ファイル', 'シート', 'セル', '指標', 'コード', '重要度', '内容'];
  const rows: (PlanCell | null)[][] = [
    [t(title(review, REVIEW_SHEETS.findings), 'title')],
    [t(`指摘 ${review.size.findings}件。${NOTE}`, 'note')],
    [],
    headers.map((h) => t(h, 'header')),
  ];
  const more: RowStream = {
    count: review.size.findings,
    styles: [t(null, 'text'), w(null)],
    *rows() {
      for (const f of review.findings())
        yield [w(f.file), t(f.sheet, 'text'), t(f.cell, 'text'), w(f.indicator), t(f.code, 'text'), t(SEVERITY_TEXT[f.severity], 'text'), w(f.message)];
    },
  };
  const spec = tableSheet(REVIEW_SHEETS.findings, rows, more, headers.length, 'EvalSheetReviewFindings', [26, 14, 8, 24, 22, 7, 64]);
  spec.valueColours = coloured(
    'F',
    review.size.findings,
    Object.fromEntries(Object.entries(SEVERITY_TEXT).map(([s, text]) => [text, SEVERITY_COLOURS[s as keyof typeof SEVERITY_TEXT]])),
  );
  return spec;
}

function indicatorsSheet(review: Review): SheetSpec {
  const headers = ['ファイル', '担当部署', ...SUMMARY_HEADERS];
  const n = review.size.indicators;
  const rows: (PlanCell | null)[][] = [
    [t(title(review, REVIEW_SHEETS.indicators), 'title')],
    [t(`指標 ${n}件。${NOTE}`, 'note')],
    [],
    headers.map((h) => t(h, 'header')),
  ];
  const more: RowStream = {
    count: n,
    styles: SUMMARY_STYLES,
    *rows() {
      for (const i of review.indicators())
        yield [
          t(i.file, 'text'),
          t(i.department, 'text'),
          ...summaryCells(i, i.existingGrade, i.findings),
          t(`${i.sheet}!${i.cells.actual ?? i.cells.name}`, 'text'),
        ];
    },
  };
  const spec = tableSheet(
    REVIEW_SHEETS.indicators,
    rows,
    more,
    headers.length,
    'EvalSheetReviewIndicators',
    [30, 16, 22, 10, 6, 40, 7, 10, 12, 10, 12, 9, 8, 8, 8, 5, 7, 14],
  );
  // 評価（計算）, 評価（記入）, 前期評価.
  if (n) spec.gradeColours = [{ ref: `M5:O${4 + n}` }];
  return spec;
}

function totalsSheet(review: Review): SheetSpec {
  const grades = review.grades;
  const rows: (PlanCell | null)[][] = [[t(title(review, REVIEW_SHEETS.totals), 'title')], [t(NOTE, 'note')], []];
  rows.push([t('提出状況', 'subtitle')]);
  rows.push([t('状況', 'header'), t('件数', 'header')]);
  for (const status of STATUS_ORDER) rows.push([t(renderStatus(status), 'text'), t(review.totals.byStatus[status], 'number')]);
  rows.push([t('計', 'total'), t(review.rows.length, 'total')]);
  const section = (heading: string, label: string, list: CountRow[]) => {
    rows.push([]);
    rows.push([t(heading, 'subtitle')]);
    rows.push([t(label, 'header'), ...grades.map((g) => t(`${g.grade} ${g.label}`, 'header')), t('評価なし', 'header'), t('計', 'header')]);
    for (const c of list)
      rows.push([t(c.label, 'text'), ...grades.map((g) => t(c.counts[g.grade] ?? 0, 'number')), t(c.counts.none ?? 0, 'number'), t(c.total, 'number')]);
    const o = review.totals.overall;
    rows.push([t('合計', 'total'), ...grades.map((g) => t(o.counts[g.grade] ?? 0, 'total')), t(o.counts.none ?? 0, 'total'), t(o.total, 'total')]);
  };
  section('担当部署別の評価', '担当部署', review.totals.byDepartment);
  section('基本方針別の評価', '基本方針', review.totals.byPolicy);
  return { name: REVIEW_SHEETS.totals, rows, columnWidths: [30, ...grades.map(() => 14), 9, 8], print: { landscape: false, paper: 'A4', fitToWidth: true } };
}

function tableSheet(name: string, rows: (PlanCell | null)[][], more: RowStream | null, width: number, table: string, columnWidths: number[]): SheetSpec {
  const headerRow = 4;
  const spec: SheetSpec = {
    name,
    rows,
    columnWidths,
    freeze: { rows: headerRow, columns: 0 },
    print: { landscape: true, paper: 'A4', fitToWidth: true, titleRows: `${headerRow}:${headerRow}` },
  };
  // Rows with wrapped text tall enough for it (Excel does not grow them when the file is opened).
  spec.rowHeights = wrappedRowHeights(rows, columnWidths);
  if (more) more.rowHeight = (row) => wrappedRowHeights([row], columnWidths)[1] ?? null;
  const count = rows.length + (more?.count ?? 0);
  // A table needs at least one data row.
  if (count > headerRow) {
    spec.table = { name: table, ref: `A${headerRow}:${a1(count, width)}` };
    if (more?.count) spec.more = more;
  } else rows.push([t('（該当なし）', 'note')]);
  return spec;
}

/** The four sheets, in order. */
export function reviewSheetSpecs(review: Review): SheetSpec[] {
  return [statusSheet(review), findingsSheet(review), indicatorsSheet(review), totalsSheet(review)];
}

/** The four sheets as a write plan (replacing the sheets of an earlier review), with grade colours. */
export function reviewPlan(review: Review): WritePlan {
  return {
    cells: [],
    sheets: reviewSheetSpecs(review).map((spec) => ({ mode: 'replace' as const, spec })),
    scale: colouredScale(review.grades),
  };
}
