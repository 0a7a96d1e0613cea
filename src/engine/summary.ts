/**
 * The 評価サマリー sheet: one standardised row per indicator, then grade counts per group and
 * in total. Rebuilt on every run; contains nothing that changes between two identical runs.
 */
import { a1 } from './address';
import type { Evaluated } from './evaluate';
import type { PlanCell, SheetSpec } from './plan';
import type { GroupReport, IndicatorReport, Report } from './report';

const TREND = { improved: '↑', unchanged: '→', worsened: '↓' } as const;
const SOURCE = { expected: '当該年度', final: '最終目標', prorated: '按分' } as const;

export const SUMMARY_HEADERS = [
  'グループ', 'シート', '番号', '指標名', '単位', '基準値', '目標値', '目標の種類', '実績値', '達成率',
  '評価（計算）', '評価（記入）', '前期評価', '傾向', '指摘数', '元のセル',
] as const;

const t = (value: string | number | null, style?: PlanCell['style']): PlanCell => (style ? { value, style } : { value });

/**
 * @param writtenAfter the grade each indicator's cell holds after this run (written or filled),
 *   so that a second run shows the same sheet as the first.
 */
export function summarySheetSpec(report: Report, evaluated: Evaluated[], writtenAfter: (e: Evaluated) => string | null, name: string): SheetSpec {
  const title = `評価サマリー（評価対象期間：${report.period?.label ?? '不明'}）`;
  const rows: (PlanCell | null)[][] = [
    [t(title, 'title')],
    [t('EvalSheet が作成したシートです。実行のたびに作り直すため、このシートには書き込まないでください。', 'note')],
    [],
    SUMMARY_HEADERS.map((h) => t(h, 'header')),
  ];
  const headerRow = 4;
  const findingCount = new Map<string, number>();
  for (const f of report.findings) {
    if (!f.indicator || !f.sheet) continue;
    const k = `${f.sheet}\u0000${f.indicator}`;
    findingCount.set(k, (findingCount.get(k) ?? 0) + 1);
  }
  for (const e of evaluated) {
    const r = e.report;
    const linkCell = r.cells.actual ?? r.cells.name;
    rows.push([
      ...summaryCells(r, writtenAfter(e), findingCount.get(`${r.sheet}\u0000${r.name}`) ?? 0),
      { value: `${r.sheet}!${linkCell}`, style: 'link', link: { sheet: r.sheet, cell: linkCell } },
    ]);
  }
  const lastRow = headerRow + evaluated.length;
  const spec: SheetSpec = {
    name,
    rows,
    columnWidths: [22, 10, 6, 40, 7, 10, 12, 10, 12, 9, 8, 8, 8, 5, 7, 14],
    freeze: { rows: headerRow, columns: 0 },
    print: { landscape: true, paper: 'A4', fitToWidth: true, titleRows: `${headerRow}:${headerRow}` },
    gradeColours: [],
  };
  if (evaluated.length) {
    spec.table = { name: 'EvalSheetSummary', ref: `A${headerRow}:${a1(lastRow, SUMMARY_HEADERS.length)}` };
    spec.gradeColours!.push({ ref: `K${headerRow + 1}:M${lastRow}` });
  } else {
    rows.push([t('指標が見つかりませんでした。', 'note')]);
  }

  // Counts per group and in total.
  const grades = report.rules.scale.map((b) => b.grade);
  rows.push([]);
  const countsHeaderRow = rows.length + 1;
  rows.push([t('評価の集計', 'subtitle')]);
  rows.push([t('グループ', 'header'), ...report.rules.scale.map((b) => t(`${b.grade} ${b.label}`, 'header')), t('評価なし', 'header'), t('計', 'header'), t('達成状況評価', 'header')]);
  const groupNames: string[] = [];
  for (const e of evaluated) {
    const g = e.report.group ?? e.report.sheet;
    if (!groupNames.includes(g)) groupNames.push(g);
  }
  const groupGrade = (g: string): GroupReport | undefined => report.groups.find((x) => x.name === g);
  const countRow = (label: string, list: Evaluated[], style: PlanCell['style'], gg?: GroupReport) => {
    const counts = grades.map((g) => list.filter((e) => e.report.grade === g).length);
    const none = list.filter((e) => !e.report.grade || !grades.includes(e.report.grade)).length;
    rows.push([t(label, style), ...counts.map((n) => t(n, 'number')), t(none, 'number'), t(list.length, 'number'), t(gg?.grade ?? null, 'grade')]);
  };
  for (const g of groupNames) countRow(g, evaluated.filter((e) => (e.report.group ?? e.report.sheet) === g), 'text', groupGrade(g));
  countRow('合計', evaluated, 'total');
  const lastCountRow = rows.length;
  spec.gradeColours!.push({ ref: `${a1(countsHeaderRow + 2, grades.length + 4)}:${a1(lastCountRow, grades.length + 4)}` });
  // As in the 点検評価一覧: targets as columns, actuals as a line; then the grade counts.
  const chartCol = SUMMARY_HEADERS.length + 2;
  spec.charts = [];
  if (evaluated.length) {
    const span = (col: number) => `${a1(headerRow + 1, col)}:${a1(lastRow, col)}`;
    spec.charts.push({
      title: '目標値と実績値',
      categories: span(4),
      series: [
        { name: '目標値', ref: span(7), type: 'column' },
        { name: '実績値', ref: span(9), type: 'line' },
      ],
      from: a1(headerRow, chartCol),
      to: a1(headerRow + 18, chartCol + 9),
    });
  }
  spec.charts.push({
    title: '評価の件数',
    categories: `${a1(countsHeaderRow + 1, 2)}:${a1(countsHeaderRow + 1, grades.length + 2)}`,
    series: [{ name: '合計', ref: `${a1(lastCountRow, 2)}:${a1(lastCountRow, grades.length + 2)}`, type: 'column' }],
    from: a1(headerRow + 20, chartCol),
    to: a1(headerRow + 36, chartCol + 9),
  });
  return spec;
}

/** One cell of each style summaryCells uses (for writers that register styles before the rows exist). */
export const SUMMARY_STYLES: PlanCell[] = [t(null, 'text'), t(null, 'number'), t(null, 'grade'), { value: null, style: 'percent', numberFormat: '0.0%' }];

/** The first 15 columns of SUMMARY_HEADERS for one indicator (the 16th, 元のセル, is the caller's). */
export function summaryCells(r: IndicatorReport, written: string | null, findings: number): PlanCell[] {
  const measureText = (pick: 'target' | 'actual') => r.measures?.map((m) => `${m.label} ${m[pick] ?? '―'}`).join(' / ') ?? null;
  return [
    t(r.group ?? r.sheet, 'text'),
    t(r.sheet, 'text'),
    t(r.id, 'text'),
    t(r.name, 'text'),
    t(r.unit, 'text'),
    t(r.baseline, 'number'),
    r.measures ? t(measureText('target'), 'text') : t(r.target, 'number'),
    t(r.targetSource ? SOURCE[r.targetSource] : null, 'text'),
    r.measures ? t(measureText('actual'), 'text') : r.actualStatus === 'value' ? t(r.actual, 'number') : t(STATUS_TEXT[r.actualStatus] ?? null, 'text'),
    { value: r.attainment === null ? null : round(r.attainment, 6), style: 'percent', numberFormat: '0.0%' },
    t(r.grade, 'grade'),
    t(written, 'grade'),
    t(r.previousGrade, 'grade'),
    t(r.trend ? TREND[r.trend] : null, 'text'),
    t(findings, 'number'),
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

function round(x: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}
