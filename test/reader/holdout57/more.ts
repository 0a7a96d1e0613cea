/** Hold-out 57: three more — a plan table with 「2023(R5)」 headings and a 参考指標 block, a KPI table with year groups of 目標|実績|達成見込み, policy blocks tiled two across. */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

const n = (v: number) => v.toLocaleString('en-US');
const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ---------------------------------------------------------------------------------------------
// 10. Plan indicators: 現状値（2020(R2)）| 2023(R5)実績 | 目標値（2027(R9)）, a 向き column, a 【参考指標】 block below.
const S10 = '指標一覧';
const p10: [string, string, '↑' | '↓', number, number, number][] = [
  ['住宅用火災警報器の設置率', '%', '↑', 78.0, 83.5, 90.0],
  ['救命講習の受講者数', '人', '↑', 1820, 2105, 2500],
  ['火災発生件数', '件', '↓', 42, 35, 30],
  ['消防団員の充足率', '%', '↑', 88.4, 86.2, 95.0],
];
const p10Ind = p10.map(([name, unit, d, , a, t]) => fin(ind(S10, name, unit, t, a, d === '↓' ? { direction: 'down' } : {})));
const PLAN_AD_R: Holdout2Workbook = {
  name: 'h57-plan-ad-r-reference-block',
  layout: 'plan-indicator table, headings 「現状値（2020(R2)）」「2023(R5)実績」「目標値（2027(R9)）」, 向き ↑/↓, a 【参考指標】 block without targets below',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S10);
    put(ws, 1, 1, ['消防・救急体制の充実　指標一覧']);
    put(ws, 2, 1, ['評価対象：2023(R5)年度', undefined, undefined, undefined, undefined, '消防本部 総務課']);
    put(ws, 4, 1, ['指標', '単位', '向き', '現状値（2020(R2)）', '2023(R5)実績', '目標値（2027(R9)）', '備考']);
    p10.forEach((row, i) => put(ws, 5 + i, 1, [...row, i === 2 ? '暦年の件数' : undefined]));
    put(ws, 10, 1, ['【参考指標】']);
    put(ws, 11, 1, ['救急出動件数', '件', undefined, 6820, 7412, undefined, '目標は設定しない']);
    put(ws, 12, 1, ['火災による死者数', '人', undefined, 2, 1, undefined, '目標は設定しない']);
    put(ws, 14, 1, ['※向き　↑：高いほど良い　↓：低いほど良い']);
  },
  expected: { file: 'h57-plan-ad-r-reference-block.xlsx', fiscalYear: 2023, indicators: p10Ind, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// 11. KPI with one column group per year (「令和4年度(2022)」「令和5年度(2023)」 merged over 目標|実績), 達成見込み at the end.
const S11 = '観光KPI';
const p11: [string, string, string, [number, number], [number, number], string][] = [
  ['1-(1)-1', '観光入込客数', '万人', [180, 164.2], [190, 201.5], '達成見込み'],
  ['1-(1)-2', '外国人観光客宿泊者数', '人', [8000, 3150], [12000, 9874], '達成困難'],
  ['1-(2)-1', '観光案内所の利用者満足度', '%', [85.0, 86.4], [87.0, 85.9], '達成見込み'],
  ['1-(2)-2', '観光ボランティアガイド登録者数', '人', [60, 52], [65, 48], '達成困難'],
  ['2-(1)-1', '地場産品のオンライン販売額', '千円', [25000, 27310], [30000, 31882], '達成見込み'],
];
const p11Ind = p11.map(([, name, unit, , [t, a]]) => ind(S11, name, unit, t, a));
const KPI_YEAR_GROUPS: Holdout2Workbook = {
  name: 'h57-kpi-year-groups-prospect',
  layout:
    'KPI table, one merged heading per year 「令和5年度(2023)」 over 目標|実績 columns, figures typed with units, 達成見込み column, 評価年度 in the title',
  build(wb) {
    const ws = wb.addWorksheet(S11);
    put(ws, 1, 1, ['観光振興計画　KPI達成状況（令和5年度評価）']);
    put(ws, 3, 1, ['No.', '指標名', '単位', '令和4年度(2022)', undefined, '令和5年度(2023)', undefined, '最終年度の達成見込み']);
    ws.mergeCells(3, 4, 3, 5);
    ws.mergeCells(3, 6, 3, 7);
    for (const c of [1, 2, 3, 8]) ws.mergeCells(3, c, 4, c);
    put(ws, 4, 4, ['目標', '実績', '目標', '実績']);
    const fmt = (v: number, unit: string) => (unit === '%' ? `${v.toFixed(1)}%` : `${n(v)}${unit}`);
    p11.forEach(([no, name, unit, y4, y5, pro], i) => put(ws, 5 + i, 1, [no, name, unit, ...[...y4, ...y5].map((v) => fmt(v, unit)), pro]));
    put(ws, 11, 1, ['※観光入込客数・外国人観光客宿泊者数は暦年。満足度は案内所アンケートによる。']);
  },
  expected: { file: 'h57-kpi-year-groups-prospect.xlsx', fiscalYear: 2023, indicators: p11Ind, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// 12. Policy sheet, blocks tiled two across, each block 年度 as rows (R4(2022) / R5(2023) / R6(2024)) with 目標値 | 実績値 columns.
const S12 = '施策5-2';
const p12: [string, string, string, [number, number | null][], string?][] = [
  [
    '①-1',
    '農地の集積率',
    '%',
    [
      [52.0, 51.3],
      [54.0, 55.1],
      [56.0, null],
    ],
  ],
  [
    '①-2',
    '認定農業者数',
    '人',
    [
      [310, 298],
      [315, 291],
      [320, null],
    ],
  ],
  [
    '②-1',
    '有害鳥獣による農作物被害額',
    '千円',
    [
      [9500, 10820],
      [9000, 8640],
      [8500, null],
    ],
    '減少',
  ],
  [
    '②-2',
    '農産物直売所の売上額',
    '百万円',
    [
      [420, 433],
      [440, 426],
      [460, null],
    ],
  ],
];
const p12Ind = p12.map(([, name, unit, y, d]) => ind(S12, name, unit, y[1][0], y[1][1], d ? { direction: 'down' } : {}));
const POLICY_TILED_YEAR_ROWS: Holdout2Workbook = {
  name: 'h57-policy-tiled-year-rows',
  layout:
    'policy sheet, indicator blocks tiled two across, inside each block the years as rows 「R5(2023)」 with 目標値 | 実績値 columns, 「（減少を目指す）」 beside one name',
  build(wb) {
    const ws = wb.addWorksheet(S12);
    put(ws, 1, 1, ['施策評価シート　評価対象年度：令和5年度']);
    put(ws, 2, 1, ['施策', '5-2　農業の振興', undefined, undefined, '担当課', '農林振興課']);
    put(ws, 3, 1, ['施策の評価', 'B', undefined, undefined, '前年度の評価', 'C']);
    p12.forEach(([no, name, unit, y, d], i) => {
      const r = 5 + Math.floor(i / 2) * 7;
      const c = 1 + (i % 2) * 5;
      put(ws, r, c, [`指標${no}`, name]);
      ws.mergeCells(r, c + 1, r, c + 3);
      if (d) put(ws, r + 1, c + 1, ['（減少を目指す）']);
      put(ws, r + 2, c, ['年度', '目標値', '実績値', '単位']);
      y.forEach(([t, a], k) => put(ws, r + 3 + k, c, [`R${4 + k}(${2022 + k})`, t, a ?? undefined, unit]));
    });
    put(ws, 20, 1, ['※R6(2024)の実績値は次年度に記入']);
    put(ws, 21, 1, ['施策の成果と課題', '被害額は防護柵の設置により減少したが、認定農業者は高齢化により減少が続く。']);
  },
  expected: {
    file: 'h57-policy-tiled-year-rows.xlsx',
    fiscalYear: 2023,
    indicators: p12Ind,
    groups: [{ sheet: S12, cell: 'B3', grade: rollUp(p12Ind.map((i) => i.grade)) }],
  },
};

export const MORE_WORKBOOKS: Holdout2Workbook[] = [PLAN_AD_R, KPI_YEAR_GROUPS, POLICY_TILED_YEAR_ROWS];
