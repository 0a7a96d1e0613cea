/** Hold-out 33: table shapes (行政評価システムの出力, split 目標/実績 sheets joined by 指標番号, 外部評価委員会資料, years as rows, no stated year, values as text). */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Row = (string | number | null)[];
const rows = (ws: Worksheet, at: number, col: number, data: Row[]) => data.forEach((r, i) => put(ws, at + i, col, r));

const SYS = '評価指標一覧';
/** [事業コード, 事業名, 指標区分, 指標名, 単位, 方向, 2022 target, 2022 actual, 2023 target, 2023 actual] */
const SYS_ROWS: [string, string, string, string, string, '増加' | '減少', number, number, number, number][] = [
  ['10101', '移住定住促進事業', '活動指標', '移住相談件数', '件', '増加', 280, 301, 300, 284],
  ['10101', '移住定住促進事業', '成果指標', '移住者数', '人', '増加', 110, 96, 120, 131],
  ['20305', '創業支援事業', '活動指標', '創業セミナー開催回数', '回', '増加', 12, 10, 12, 12],
  ['20305', '創業支援事業', '成果指標', '創業件数', '件', '増加', 25, 19, 25, 14],
  ['30110', 'ごみ減量推進事業', '成果指標', '1人1日当たりごみ排出量', 'g', '減少', 890, 905, 880, 912],
];
const rate = (t: number, a: number, down: boolean) => `${(100 * (down ? t / a : a / t)).toFixed(1)}%`;

/** A CSV-like export of the 行政評価システム: one row per year × 事業 × 指標, two years, the year chosen on a 抽出条件 sheet. */
const systemExport: Holdout2Workbook = {
  name: 'h33-system-export',
  layout:
    '行政評価システムのCSV出力: header in row 1, one row per 年度 × 事業 × 指標 (2022 and 2023 rows mixed), 目標方向 column, 評価年度 only on a 抽出条件 sheet',
  build(wb) {
    const ws = wb.addWorksheet(SYS);
    put(ws, 1, 1, ['年度', '事業コード', '事業名', '指標区分', '指標名', '単位', '目標方向', '目標値', '実績値', '達成率', '備考']);
    const out: Row[] = [];
    for (const year of [2022, 2023])
      for (const [code, project, kind, name, unit, dir, t22, a22, t23, a23] of SYS_ROWS) {
        const [t, a] = year === 2022 ? [t22, a22] : [t23, a23];
        out.push([year, code, project, kind, name, unit, dir, t, a, rate(t, a, dir === '減少'), null]);
      }
    rows(ws, 2, 1, out);
    const cond = wb.addWorksheet('抽出条件');
    rows(cond, 1, 1, [['抽出条件'], ['評価年度', '2023（令和5年度）'], ['出力対象年度', '2022～2023'], ['所管課', '全課'], ['出力日', '2024/06/14']]);
  },
  expected: {
    file: 'h33-system-export.xlsx',
    fiscalYear: 2023,
    indicators: SYS_ROWS.map(([, , , name, unit, dir, , , t, a]) => ind(SYS, name, unit, t, a, { direction: dir === '減少' ? 'down' : 'up' })),
    groups: [],
  },
};

const TGT = '目標値一覧';
/** [指標番号, 基本目標, 指標名, 略称, 単位, 方向, 基準値, R5 target, R6 target, R5 actual text, actual] */
const SPLIT: [string, string, string, string, string, '↑' | '↓', number, number, number, string, number][] = [
  ['1-1', 'しごとをつくる', '市内企業への新規就職者数', '新規就職者', '人', '↑', 121, 150, 160, '138人', 138],
  ['1-2', 'しごとをつくる', '企業立地件数（累計）', '立地件数', '件', '↑', 12, 20, 22, '21件', 21],
  ['2-1', 'ひとの流れをつくる', '観光消費額', '観光消費額', '億円', '↑', 62.4, 85, 90, '71.3億円', 71.3],
  ['2-2', 'ひとの流れをつくる', '転入者数', '転入者', '人', '↑', 2210, 2400, 2450, '2,145人', 2145],
  ['3-1', '結婚・出産・子育て', '合計特殊出生率', '出生率', '－', '↑', 1.48, 1.6, 1.62, '1.42', 1.42],
  ['3-2', '結婚・出産・子育て', '待機児童数', '待機児童', '人', '↓', 7, 0, 0, '0人', 0],
];

/** Targets on one sheet, actuals on another in another order under short names, joined by 指標番号. */
const splitSheets: Holdout2Workbook = {
  name: 'h33-split-by-number',
  layout:
    '目標値一覧 sheet (指標番号, 基準値, 目標値 R5 and R6, 方向 ↑↓) and a 実績値（R5） sheet in another order with short names and values as text, joined by 指標番号',
  build(wb) {
    const t = wb.addWorksheet(TGT);
    put(t, 1, 1, ['第２期まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）目標値一覧']);
    put(t, 3, 1, ['指標番号', '基本目標', '指標名', '単位', '方向', '基準値（H30）', '目標値（R5）', '目標値（R6）']);
    rows(
      t,
      4,
      1,
      SPLIT.map(([no, goal, name, , unit, dir, base, r5, r6]) => [no, goal, name, unit, dir, base, r5, r6]),
    );
    put(t, 11, 1, ['※方向：↑は数値が大きいほど良い指標、↓は小さいほど良い指標']);
    const a = wb.addWorksheet('実績値（R5）');
    put(a, 1, 1, ['令和5年度　KPI実績報告']);
    put(a, 3, 1, ['指標番号', '指標（略称）', '令和5年度実績', '備考']);
    const order = [3, 0, 5, 1, 4, 2];
    rows(
      a,
      4,
      1,
      order.map((i) => [SPLIT[i][0], SPLIT[i][3], SPLIT[i][9], i === 4 ? '人口動態統計（概数）' : null]),
    );
  },
  expected: {
    file: 'h33-split-by-number.xlsx',
    fiscalYear: 2023,
    indicators: SPLIT.map(([no, , name, , unit, dir, , r5, , , actual]) =>
      // 3-1's 備考 "人口動態統計（概数）" qualifies its actual as an approximate figure (corrected after the first blind run).
      ind(TGT, name, unit === '－' ? null : unit, r5, actual, {
        direction: dir === '↓' ? 'down' : 'up',
        actualStatus: no === '3-1' ? 'approximate' : undefined,
      }),
    ),
    groups: [],
  },
};

const COM = '施策評価一覧';
/** [施策, 指標名, 単位, target, actual text, actual, 担当課評価, 委員評価] */
const COMMITTEE: [string, string, string, number, string | number, number, string, string][] = [
  ['1 地域産業の振興', '製造品出荷額等', '億円', 4200, 4512, 4512, 'A', 'A'],
  ['1 地域産業の振興', '新規企業立地件数', '件', 5, 3, 3, 'B', 'C'],
  ['2 農林業の振興', '新規就農者数', '人', 10, 7, 7, 'C', 'D'],
  ['2 農林業の振興', '認定農業者数', '経営体', 320, 298, 298, 'B', 'B'],
  ['3 観光の振興', '観光入込客数', '千人', 1850, '1,602（見込み）', 1602, 'B', 'C'],
];

/** An 外部評価委員会 paper: a 担当課評価 and a 委員評価 column; a note says which is the department's own. */
const committee: Holdout2Workbook = {
  name: 'h33-external-committee',
  layout:
    '外部評価委員会資料: 施策 merged down, two-row heading (令和5年度 目標値/実績値, 評価 担当課評価/委員評価), a note saying 担当課評価 is the department self-grade, a provisional actual',
  build(wb) {
    const ws = wb.addWorksheet(COM);
    put(ws, 1, 1, ['令和5年度　第2回外部評価委員会　資料２']);
    put(ws, 2, 1, ['施策評価結果一覧（産業振興分野）']);
    put(ws, 3, 1, ['※「担当課評価」は各担当課が令和5年度実績により行った自己評価（A～D）、「委員評価」は本委員会の審議による評価（案）です。']);
    put(ws, 5, 1, ['施策', '成果指標', '単位', '令和5年度', null, '評価', null, '委員意見']);
    put(ws, 6, 4, ['目標値', '実績値', '担当課評価', '委員評価']);
    for (const r of ['A5:A6', 'B5:B6', 'C5:C6', 'D5:E5', 'F5:G5', 'H5:H6']) ws.mergeCells(r);
    rows(
      ws,
      7,
      1,
      COMMITTEE.map(([p, name, unit, t, a, , own, com], i) => [p, name, unit, t, a, own, com, i === 1 ? '誘致活動の成果が見えにくい' : null]),
    );
    for (const r of ['A7:A8', 'A9:A10']) ws.mergeCells(r);
  },
  expected: {
    file: 'h33-external-committee.xlsx',
    fiscalYear: 2023,
    indicators: COMMITTEE.map(([, name, unit, t, a, actual, own]) =>
      ind(COM, name, unit, t, actual, { existing: own, actualStatus: typeof a === 'string' ? 'provisional' : undefined }),
    ),
    groups: [],
  },
};

const YR = '指標推移';
/** [指標ID, 指標名, 単位, per year 2020..2024: [target, actual]] */
const YEARLY: [string, string, string, [number, number][]][] = [
  [
    'K01',
    '市民活動団体登録数',
    '団体',
    [
      [80, 78],
      [85, 81],
      [90, 84],
      [95, 88],
      [100, 91],
    ],
  ],
  [
    'K02',
    'ボランティア登録者数',
    '人',
    [
      [1300, 1210],
      [1400, 1150],
      [1450, 1165],
      [1500, 1180],
      [1550, 1204],
    ],
  ],
  [
    'K03',
    '公民館利用者数',
    '人',
    [
      [110000, 74500],
      [112000, 98300],
      [115000, 118900],
      [120000, 131200],
      [125000, 129800],
    ],
  ],
];

/** A system export with one row per indicator × year (2020–2024, the last 見込), the evaluation year in a title line. */
const yearRows: Holdout2Workbook = {
  name: 'h33-year-rows',
  layout: 'one row per 指標 × 年度 (2020–2024 as numbers), 実績区分 確定/見込, R6 already has a 見込 actual, 評価対象年度 in a title line above the header',
  build(wb) {
    const ws = wb.addWorksheet(YR);
    put(ws, 1, 1, ['評価対象年度：令和５年度（2023年度）　協働推進課']);
    put(ws, 2, 1, ['指標ID', '指標名', '単位', '年度', '目標値', '実績値', '実績区分']);
    const out: Row[] = [];
    for (const [id, name, unit, years] of YEARLY) years.forEach(([t, a], i) => out.push([id, name, unit, 2020 + i, t, a, i === 4 ? '見込' : '確定']));
    rows(ws, 3, 1, out);
  },
  expected: {
    file: 'h33-year-rows.xlsx',
    fiscalYear: 2023,
    indicators: YEARLY.map(([, name, unit, years]) => ind(YR, name, unit, years[3][0], years[3][1])),
    groups: [],
  },
};

const NY = 'Sheet1';
const NOYEAR: [string, string, number, number][] = [
  ['認知症サポーター養成数', '人', 800, 912],
  ['民生委員・児童委員の充足率', '％', 100, 93.5],
  ['見守りネットワーク協力事業所数', '事業所', 150, 118],
  ['生活困窮者自立相談支援件数', '件', 200, 205],
];

/** A plain table with no year anywhere: the period is a guess. */
const noYear: Holdout2Workbook = {
  name: 'h33-no-year',
  layout: 'plain 地域福祉計画 table (No., 指標, 単位, 目標値, 実績値, 備考) with no year stated anywhere (a guess), table starting at B3',
  build(wb) {
    const ws = wb.addWorksheet(NY);
    put(ws, 1, 2, ['第３期地域福祉計画　指標の状況']);
    put(ws, 3, 2, ['No.', '指標', '単位', '目標値', '実績値', '備考']);
    rows(
      ws,
      4,
      2,
      NOYEAR.map(([name, unit, t, a], i) => [i + 1, name, unit, t, a, i === 1 ? '欠員地区あり' : null]),
    );
  },
  expected: {
    file: 'h33-no-year.xlsx',
    indicators: NOYEAR.map(([name, unit, t, a]) => ind(NY, name, unit, t, a)),
    groups: [],
    guesses: ['period'],
  },
};

const TX = '進捗管理表';

/** Values written as text with units: 約, 未実施, 集計中, full-width digits; a 達成状況 column of ○/× that is no grade. */
const textValues: Holdout2Workbook = {
  name: 'h33-text-values',
  layout:
    'KPI 進捗管理表 with units inside the value text ("12,000件", "約13,500件", "５件", "70.0％"), 未実施 and 集計中, a ○/× 達成状況 column, 令和5年度末時点 in the title',
  build(wb) {
    const ws = wb.addWorksheet(TX);
    put(ws, 1, 1, ['総合戦略KPI進捗管理表（令和5年度末時点）']);
    put(ws, 3, 1, ['KPI', '目標値（R5）', '実績値（R5）', '達成状況', '備考']);
    rows(ws, 4, 1, [
      ['ふるさと納税寄附件数', '12,000件', '約13,500件', '○', '年度末集計前の概数'],
      ['市公式LINE登録者数', '8,000人', '6,420人', '×', null],
      ['移住体験ツアー参加者数', '60人', '未実施', '×', '受入先の調整がつかず未実施'],
      ['空き店舗活用件数', '５件', '３件', '×', null],
      ['市民満足度', '70.0％', '集計中', null, '市民意識調査（R6.7公表予定）'],
    ]);
  },
  expected: {
    file: 'h33-text-values.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(TX, 'ふるさと納税寄附件数', '件', 12000, 13500, { actualStatus: 'approximate' }),
      ind(TX, '市公式LINE登録者数', '人', 8000, 6420),
      ind(TX, '移住体験ツアー参加者数', '人', 60, null, { actualStatus: 'not-implemented' }),
      ind(TX, '空き店舗活用件数', '件', 5, 3),
      ind(TX, '市民満足度', '％', 70, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [systemExport, splitSheets, committee, yearRows, noYear, textValues];
