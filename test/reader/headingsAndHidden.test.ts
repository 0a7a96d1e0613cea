/**
 * Layout features read since hold-out 6, each on a workbook of its own (not the hold-out's): headings in
 * two languages, a grade column headed by 評価 of the indicator (not a group's rating), hidden rows and
 * columns, and indicators the workbook says were discontinued.
 */
import type { Workbook } from 'exceljs';
import { runHoldout2 } from './holdout2';
import { ind, put, type Holdout2Workbook } from './holdout2/kit';
import { describe as describeFacts } from './score';

const run = async (h: Holdout2Workbook) => {
  const { report, results } = await runHoldout2(h);
  expect(describeFacts(results)).toBe('');
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  return report;
};

test('two-language headings, English first or second, one line or two, the year in either', async () => {
  const S = 'Indicators';
  const rows: [string, string, number, number][] = [
    ['Number of tourists / 観光入込客数', '千人', 1800, 1725],
    ['Guided tours held / ガイドツアー開催回数', '回', 40, 44],
    ['Share of foreign visitors / 外国人宿泊者割合', '％', 12, 9.5],
  ];
  const report = await run({
    name: 'bilingual-plan',
    layout: 'English-first and Japanese-first two-language headings from column B, header on row 2',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      put(ws, 2, 2, ['KPI 指標名', 'Unit\n単位', 'FY2023 Target\n令和5年度目標値', '令和5年度実績値 Actual', 'Remarks 備考']);
      rows.forEach((r, i) => put(ws, 3 + i, 2, r));
    },
    expected: { file: 'bilingual-plan.xlsx', fiscalYear: 2023, indicators: rows.map(([n, u, t, a]) => ind(S, n, u, t, a)), groups: [] },
  });
  expect(report.period?.fiscalYear).toBe(2023);
});

test('a grade column headed 成果指標の評価 holds each indicator’s grade; 総合評価 beside it is not one', async () => {
  const S = '施策の成果';
  const rows: [string, string, number, number, string, string | null][] = [
    ['市民農園の区画数', '区画', 120, 126, 'A', 'B'],
    ['農産物直売所の売上額', '百万円', 350, 301, 'B', null],
    ['新規就農者数', '人', 8, 5, 'C', null],
  ];
  await run({
    name: 'indicator-grade-column',
    layout: 'names, 単位, 目標, 実績, 成果指標の評価 per row and a 総合評価 column filled on the first row only',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      put(ws, 1, 1, ['令和5年度 農業振興施策 成果一覧']);
      put(ws, 3, 1, ['成果指標', '単位', '目標値', '実績値', '成果指標の評価', '総合評価']);
      rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    },
    expected: {
      file: 'indicator-grade-column.xlsx',
      fiscalYear: 2023,
      indicators: rows.map(([n, u, t, a, g]) => ind(S, n, u, t, a, { existing: g })),
      groups: [],
    },
  });
});

test('hidden rows and columns are not read, and the check says which ones; a discontinued indicator is not graded', async () => {
  const S = '進捗';
  const h: Holdout2Workbook = {
    name: 'hidden-and-discontinued',
    layout: 'years across (R3 hidden, R4, R5 実績), a hidden 実績（修正前） column, a hidden indicator row, a row whose 備考 says 休止',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      put(ws, 1, 1, ['令和5年度 スポーツ振興 指標進捗']);
      put(ws, 2, 1, ['指標名', '単位', '目標値（R5）', 'R3実績', 'R4実績', '実績（修正前）', 'R5実績', '備考']);
      put(ws, 3, 1, ['総合型地域スポーツクラブ会員数', '人', 2400, 2010, 2200, 2600, 2310, null]);
      put(ws, 4, 1, ['市民体育祭参加者数', '人', 5000, 800, 1200, 4900, 1500, null]);
      put(ws, 5, 1, ['スポーツ少年団登録者数', '人', 1500, 1320, 1290, 1350, 1240, null]);
      put(ws, 6, 1, ['学校体育施設開放の利用者数', '人', 60000, 41000, 0, 0, 0, '令和4年度から休止']);
      put(ws, 7, 1, ['体育館の利用者数', '人', 90000, 80100, 84000, 91000, 88200, '令和6年度に廃止予定']);
      ws.getRow(4).hidden = true;
      ws.getColumn(4).hidden = true;
      ws.getColumn(6).hidden = true;
    },
    expected: {
      file: 'hidden-and-discontinued.xlsx',
      fiscalYear: 2023,
      indicators: [
        ind(S, '総合型地域スポーツクラブ会員数', '人', 2400, 2310),
        ind(S, 'スポーツ少年団登録者数', '人', 1500, 1240),
        { ...ind(S, '学校体育施設開放の利用者数', '人', 60000, 0), grade: null },
        ind(S, '体育館の利用者数', '人', 90000, 88200),
      ],
      groups: [],
    },
  };
  const report = await run(h);
  const hidden = report.findings.filter((f) => f.code === 'hidden-cells-skipped');
  expect(hidden).toHaveLength(1);
  expect(hidden[0]).toMatchObject({ severity: 'info', sheet: S, params: { rows: [4], columns: ['D', 'F'], indicators: ['市民体育祭参加者数'] } });
  expect(hidden[0].message).toContain('4行目とD列・F列');
  const stopped = report.findings.filter((f) => f.code === 'indicator-discontinued');
  expect(stopped).toEqual([expect.objectContaining({ severity: 'info', cell: 'H6', indicator: '学校体育施設開放の利用者数' })]);
  expect(report.findings.filter((f) => f.indicator === '学校体育施設開放の利用者数').map((f) => f.code)).toEqual(['indicator-discontinued']);
  // Without the hidden marks, the same sheet reads the row and the columns (the hidden ones are what changed).
  const shown = await runHoldout2({
    ...h,
    build(wb) {
      h.build(wb);
      const ws = wb.getWorksheet(S)!;
      ws.getRow(4).hidden = false;
      ws.getColumn(4).hidden = false;
      ws.getColumn(6).hidden = false;
    },
  });
  expect(shown.report.indicators.map((i) => i.name)).toContain('市民体育祭参加者数');
  expect(shown.report.findings.some((f) => f.code === 'hidden-cells-skipped')).toBe(false);
});

test('an actual cell that says 廃止 in place of a figure is a discontinued indicator, not an unreadable value', async () => {
  const S = '指標';
  const report = await run({
    name: 'actual-says-discontinued',
    layout: 'a plain 指標名 | 単位 | 目標 | 実績 table whose second actual reads 廃止',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      put(ws, 1, 1, ['令和5年度 成果指標']);
      put(ws, 2, 1, ['指標名', '単位', '目標値', '実績値']);
      put(ws, 3, 1, ['出前講座の開催回数', '回', 20, 22]);
      put(ws, 4, 1, ['ファミリーサポート会員数', '人', 300, '廃止']);
    },
    expected: {
      file: 'actual-says-discontinued.xlsx',
      fiscalYear: 2023,
      indicators: [
        ind(S, '出前講座の開催回数', '回', 20, 22),
        { ...ind(S, 'ファミリーサポート会員数', '人', 300, null), actualStatus: 'not-applicable', grade: null },
      ],
      groups: [],
    },
  });
  const about = report.findings.filter((f) => f.indicator === 'ファミリーサポート会員数');
  expect(about.map((f) => [f.code, f.cell])).toEqual([['indicator-discontinued', 'D4']]);
});
