/**
 * Hold-out 32, families C and D as yet other offices lay them out: a KPI table by 3月末 with no evaluation
 * year stated, a KPI table by H30 / H31・R1 / R2 with 進捗率 formula rows, a plan table with a 中間目標,
 * a seed-003-like plan table with units and years inside the cells, a FY2022/FY2023 table with units in the
 * indicator heading, and a 表紙 sheet stating the year over a table with 目標値/実績値 merged over the years.
 */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const SENRYAKU = '総合戦略KPI';
const kpiRows: [string, string, (string | null)[], (string | null)[]][] = [
  ['UIJターン就職者数', '人', ['40 人', '45 人', '50 人', '55 人'], ['38 人', '47 人', '44 人', null]],
  ['創業支援件数', '件', ['12 件', '14 件', '16 件', '18 件'], ['10 件', '15 件', '17 件', null]],
  ['観光消費額', '億円', ['-', '-', '120 億円', '130 億円'], ['95 億円', '104 億円', '112 億円', null]],
];

const kpiNoYear: Holdout2Workbook = {
  name: 'h32-kpi-month-end-no-year',
  layout:
    'C: 目標値/実績値 row pairs per KPI under 令和3年3月末…令和6年3月末, values "50 人", a merged 基本目標 column, no evaluation year stated (latest actuals 令和5年3月末)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SENRYAKU);
    put(ws, 1, 1, ['まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の状況']);
    put(ws, 4, 1, ['基本目標', 'KPI', '区分', '令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '備考']);
    kpiRows.forEach(([name, , targets, actuals], i) => {
      const r = 5 + i * 2;
      put(ws, r, 2, [name, '目標値', ...targets]);
      put(ws, r + 1, 3, ['実績値', ...actuals]);
      ws.mergeCells(r, 2, r + 1, 2);
    });
    put(ws, 5, 1, ['1　しごとをつくる']);
    ws.mergeCells(5, 1, 10, 1);
    put(ws, 9, 8, ['観光動態調査による']);
  },
  expected: {
    file: 'h32-kpi-month-end-no-year.xlsx',
    fiscalYear: 2022,
    indicators: [ind(SENRYAKU, 'UIJターン就職者数', '人', 50, 44), ind(SENRYAKU, '創業支援件数', '件', 16, 17), ind(SENRYAKU, '観光消費額', '億円', 120, 112)],
    groups: [],
    guesses: ['period'],
  },
};

const SHINCHOKU = 'KPI進捗';
type EraRow = { name: string; unit: string; base: number; arrow: '↑' | '↓'; targets: number[]; actuals: (number | string)[]; rates: number[] };
const eraRows: EraRow[] = [
  { name: '地元就職率', unit: '％', base: 28.4, arrow: '↑', targets: [30, 32, 34, 36], actuals: [29.1, '33.0（速報値）'], rates: [0.44, 1.27] },
  { name: '待機児童数', unit: '人', base: 24, arrow: '↓', targets: [20, 15, 10, 0], actuals: [18, 17], rates: [1.5, 0.78] },
  { name: 'スポーツ施設利用者数', unit: '千人', base: 398, arrow: '↑', targets: [410, 420, 430, 440], actuals: [405, 351], rates: [0.58, -2.14] },
];

const kpiEra: Holdout2Workbook = {
  name: 'h32-kpi-h31-r1-progress-rows',
  layout:
    'C: H30 / H31・R1 / R2 / R3（目標） columns, 目標/実績/進捗率 (formula) rows per indicator, 基準値（H29） column, 方向 ↑↓, one actual "33.0（速報値）", 評価年度 令和元年度 stated',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SHINCHOKU);
    put(ws, 1, 1, ['第2期総合戦略　KPI進捗管理表']);
    put(ws, 2, 1, ['評価年度：令和元年度']);
    put(ws, 4, 1, ['指標', '単位', '基準値（H29）', '区分', 'H30', 'H31・R1', 'R2', 'R3（目標）', '方向']);
    eraRows.forEach((x, i) => {
      const r = 5 + i * 3;
      put(ws, r, 1, [x.name, x.unit, x.base, '目標', ...x.targets, x.arrow]);
      put(ws, r + 1, 4, ['実績', ...x.actuals]);
      put(ws, r + 2, 4, ['進捗率']);
      x.rates.forEach((rate, k) => {
        const col = String.fromCharCode(69 + k);
        ws.getCell(r + 2, 5 + k).value = { formula: `(${col}${r + 1}-$C${r})/(${col}${r}-$C${r})`, result: rate };
        ws.getCell(r + 2, 5 + k).numFmt = '0%';
      });
      for (const c of [1, 2, 3, 9]) ws.mergeCells(r, c, r + 2, c);
    });
    put(ws, 15, 1, ['※進捗率＝（実績－基準値）÷（目標－基準値）']);
  },
  expected: {
    file: 'h32-kpi-h31-r1-progress-rows.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(SHINCHOKU, '地元就職率', '％', 32, 33, { actualStatus: 'provisional' }),
      ind(SHINCHOKU, '待機児童数', '人', 15, 17, { direction: 'down' }),
      ind(SHINCHOKU, 'スポーツ施設利用者数', '千人', 420, 351),
    ],
    groups: [],
  },
};

const SANGYO = '計画指標の進捗';
const midTarget: Holdout2Workbook = {
  name: 'h32-plan-mid-target',
  layout:
    'D: 現状値（R1） / 中間目標（R5） / 目標値（最終・R9） / 実績値（R5） columns, 達成状況 column partly filled, direction only in 備考 (減少を目指す), 集計中',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SANGYO);
    put(ws, 1, 1, ['第2期 産業振興計画　計画指標の進捗状況（令和5年度）']);
    put(ws, 3, 1, ['No.', '指標名', '単位', '現状値（R1）', '中間目標（R5）', '目標値（最終・R9）', '実績値（R5）', '達成状況', '備考']);
    put(ws, 4, 1, [1, '製造品出荷額等', '億円', 1820, 1900, 2050, 1874, 'B', '工業統計']);
    put(ws, 5, 1, [2, '企業立地件数（累計）', '件', 3, 8, 15, 9, 'A']);
    put(ws, 6, 1, [3, '新規就農者数', '人', 6, 10, 12, 5]);
    put(ws, 7, 1, [4, '遊休農地面積', 'ha', 310, 280, 250, 296, 'C', '減少を目指す']);
    put(ws, 8, 1, [5, '商店街空き店舗率', '％', 18.5, 16, 14, '集計中', undefined, '減少を目指す']);
  },
  expected: {
    file: 'h32-plan-mid-target.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(SANGYO, '製造品出荷額等', '億円', 1900, 1874, { existing: 'B' }),
      ind(SANGYO, '企業立地件数（累計）', '件', 8, 9, { existing: 'A' }),
      ind(SANGYO, '新規就農者数', '人', 10, 5),
      ind(SANGYO, '遊休農地面積', 'ha', 280, 296, { direction: 'down', existing: 'C' }),
      ind(SANGYO, '商店街空き店舗率', '％', 16, null, { direction: 'down', actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

const TENKEN = '点検評価';
const final = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });
const planMixed: Holdout2Workbook = {
  name: 'h32-plan-units-in-cells-mixed-years',
  layout:
    'D: 現況 and 実績 with unit and year inside the cell ("10,350人\\n（令和5年）"), 目標（R8）, 目標の方向 増加/減少, a target below the baseline yet 増加, one 実績 of 令和4年, one "－"',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(TENKEN);
    put(ws, 1, 1, ['基本方針３　産業・環境　点検評価一覧']);
    put(ws, 3, 1, ['指標', '指標の説明', '目標の方向', '現況（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
    put(ws, 4, 1, ['市内事業所の従業者数', '経済センサスによる従業者数', '増加', '10,796人\n（令和2年）', '10,100人', '10,350人\n（令和5年）', '経済センサス']);
    put(ws, 5, 1, ['交通事故発生件数', '市内の人身事故件数', '減少', '212件\n（令和元年）', '150件', '176件\n（令和5年）', '警察署統計']);
    put(ws, 6, 1, ['市民農園利用区画数', '市が開設する市民農園の利用区画', '増加', '120区画\n（令和2年）', '160区画', '131区画\n（令和4年）', '農政課調べ']);
    put(ws, 7, 1, ['温室効果ガス排出量', '市域の排出量（推計）', '減少', '41.2万t-CO2\n（平成25年度）', '30.5万t-CO2', '－', '環境省推計（公表待ち）']);
  },
  expected: {
    file: 'h32-plan-units-in-cells-mixed-years.xlsx',
    indicators: [
      final(ind(TENKEN, '市内事業所の従業者数', '人', 10100, 10350)),
      final(ind(TENKEN, '交通事故発生件数', '件', 150, 176, { direction: 'down' })),
      final(ind(TENKEN, '市民農園利用区画数', '区画', 160, 131)),
      final(ind(TENKEN, '温室効果ガス排出量', '万t-CO2', 30.5, null, { direction: 'down', actualStatus: 'not-applicable' })),
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

const KANKO = '成果指標';
const kpiFy: Holdout2Workbook = {
  name: 'h32-fy-columns-unit-in-heading',
  layout:
    'C: FY2022 目標/実績 and FY2023 目標/実績 column pairs with a blank spacer column, unit in the indicator heading "観光入込客数（千人）", 進捗率 formulas, 前年度評価 and a partly filled 評価',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(KANKO);
    put(ws, 1, 1, ['観光振興ビジョン　成果指標の達成状況（評価対象：FY2023）']);
    put(ws, 3, 1, ['成果指標（単位）', 'FY2022 目標', 'FY2022 実績', undefined, 'FY2023 目標', 'FY2023 実績', '進捗率', '前年度評価', '評価', '備考']);
    const rows: [string, number, number, number, number | string, number, string, string | undefined][] = [
      ['観光入込客数（千人）', 1300, 1250, 1400, '1,390（見込み）', 1390 / 1400, 'B', undefined],
      ['外国人宿泊者数（人）', 8000, 6520, 12000, 12480, 12480 / 12000, 'C', 'A'],
      ['観光案内所利用者数（人）', 25000, 21300, 26000, 14900, 14900 / 26000, 'B', undefined],
      ['観光ボランティアガイド登録者数（人）', 60, 58, 65, 61, 61 / 65, 'B', 'B'],
    ];
    rows.forEach(([name, t22, a22, t23, a23, rate, prev, grade], i) => {
      const r = 4 + i;
      put(ws, r, 1, [name, t22, a22, undefined, t23, a23]);
      ws.getCell(r, 7).value = { formula: `F${r}/E${r}`, result: rate };
      ws.getCell(r, 7).numFmt = '0.0%';
      put(ws, r, 8, [prev, grade]);
    });
    put(ws, 5, 10, ['円安により増加']);
    put(ws, 6, 10, ['案内所移転に伴い休館期間あり']);
  },
  expected: {
    file: 'h32-fy-columns-unit-in-heading.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KANKO, '観光入込客数', '千人', 1400, 1390, { actualStatus: 'provisional' }),
      ind(KANKO, '外国人宿泊者数', '人', 12000, 12480, { existing: 'A' }),
      ind(KANKO, '観光案内所利用者数', '人', 26000, 14900),
      ind(KANKO, '観光ボランティアガイド登録者数', '人', 65, 61, { existing: 'B' }),
    ],
    groups: [],
  },
};

const BOSAI = '指標一覧';
const coverSheet: Holdout2Workbook = {
  name: 'h32-cover-sheet-merged-target-actual',
  layout:
    'years as columns under 目標値 and 実績値 headings merged over R3…R7, evaluation year only on a 表紙 sheet, 方向 ↑↓ column, 評価 partly filled, a text actual "11,340"',
  build(wb: Workbook) {
    const cover = wb.addWorksheet('表紙');
    put(cover, 3, 2, ['令和5年度　行政評価（防災分野）']);
    put(cover, 5, 2, ['評価対象年度：令和５年度']);
    put(cover, 6, 2, ['作成：危機管理課']);
    const ws = wb.addWorksheet(BOSAI);
    put(ws, 1, 1, ['防災・減災の推進　成果指標']);
    put(ws, 3, 1, [
      '指標名',
      '単位',
      '目標値',
      undefined,
      undefined,
      undefined,
      undefined,
      '実績値',
      undefined,
      undefined,
      undefined,
      undefined,
      '方向',
      '評価',
    ]);
    ws.mergeCells(3, 3, 3, 7);
    ws.mergeCells(3, 8, 3, 12);
    const years = ['R3', 'R4', 'R5', 'R6', 'R7'];
    put(ws, 4, 3, [...years, ...years]);
    for (const c of [1, 2, 13, 14]) ws.mergeCells(3, c, 4, c);
    put(ws, 5, 1, ['自主防災組織結成率', '％', 80, 83, 86, 89, 92, 81.2, 82.9, 84.7, undefined, undefined, '↑', 'B']);
    put(ws, 6, 1, ['防災メール登録者数', '人', 9000, 10000, 11000, 12000, 13000, 9120, 9870, '11,340', undefined, undefined, '↑']);
    put(ws, 7, 1, ['住宅耐震化率', '％', 88, 89, 90, 91, 92, 87.5, 88.1, 88.4, undefined, undefined, '↑', 'B']);
    put(ws, 8, 1, ['火災発生件数', '件', 25, 24, 23, 22, 20, 27, 22, 26, undefined, undefined, '↓']);
  },
  expected: {
    file: 'h32-cover-sheet-merged-target-actual.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(BOSAI, '自主防災組織結成率', '％', 86, 84.7, { existing: 'B' }),
      ind(BOSAI, '防災メール登録者数', '人', 11000, 11340),
      ind(BOSAI, '住宅耐震化率', '％', 90, 88.4, { existing: 'B' }),
      ind(BOSAI, '火災発生件数', '件', 23, 26, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [kpiNoYear, kpiEra, midTarget, planMixed, kpiFy, coverSheet];
