/**
 * Hold-out 141, outside the four families: shapes 生活保護・自立支援 offices also use. A 自立相談支援事業 月別実施状況 (4月…3月,
 * 合計 by formula, 年間目標, 達成率, a 「－」 target and a 目安値 note), 事務事業評価シート one 事業 per sheet (活動指標／成果指標,
 * 平成30年度 実績, 令和元年度 目標／実績, 令和２年度 目標, 事業費 千円), a 被保護者就労支援事業 table with years as rows and
 * 目標／実績 pairs under each indicator (unit in the heading), and a 地域福祉計画 whose 指標一覧 and 令和6年度実績 are two sheets
 * joined by 指標番号.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------------
// 月別実施状況: months across, 合計 (formula) against 年間目標.

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const M_SHEET = '月別実績';
const MONTHLY: [string, string, number[], number | string][] = [
  ['新規相談受付件数', '件', [152, 188, 171, 140, 119, 126, 110, 98, 104, 92, 87, 95], 720],
  ['プラン作成件数', '件', [12, 15, 19, 21, 18, 17, 20, 19, 17, 18, 19, 19], 300],
  ['就労支援対象者数', '人', [8, 10, 11, 12, 11, 10, 12, 11, 12, 11, 12, 11], 150],
  ['就労・増収者数', '人', [3, 4, 5, 4, 6, 5, 5, 6, 4, 5, 6, 5], 100],
  ['住居確保給付金 新規支給決定件数', '件', [9, 31, 38, 27, 19, 14, 11, 9, 8, 7, 6, 8], '－'],
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const tsukibetsu: Holdout2Workbook = {
  name: 'h141-o-soudan-tsukibetsu',
  layout: '令和２年度 自立相談支援事業 月別実施状況: 4月…3月 columns, 合計 by SUM formula, 年間目標 (one 「－」), 達成率 formula in %, a 国の目安値 note row',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [30, 6, ...MONTHS.map(() => 6), 9, 9, 9, 24]);
    merge(ws, 1, 1, 1, 18, '令和２年度　自立相談支援事業（くらしサポートセンター）　月別実施状況');
    put(ws, 2, 15, ['東山市 生活福祉課']);
    put(ws, 4, 1, ['項目', '単位', ...MONTHS, '合計', '年間目標', '達成率', '備考']);
    MONTHLY.forEach(([label, unit, months, goal], i) => {
      const r = 5 + i;
      put(ws, r, 1, [label, unit, ...months]);
      ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: sum(months) };
      ws.getCell(r, 16).value = goal;
      if (typeof goal === 'number') {
        ws.getCell(r, 17).value = { formula: `O${r}/P${r}`, result: sum(months) / goal };
        ws.getCell(r, 17).numFmt = '0.0%';
      } else ws.getCell(r, 17).value = '－';
    });
    put(ws, 6, 18, ['支援調整会議を経たもの']);
    put(ws, 9, 18, ['需要に応じて支給するため目標設定なし']);
    box(ws, 4, 1, 4 + MONTHLY.length, 18);
    put(ws, 11, 1, ['※国の目安値（人口10万人当たり・月）：新規相談 16件、プラン作成 8件']);
    put(ws, 12, 1, ['※4月～6月は新型コロナウイルス感染症の影響により相談が急増']);
  },
  expected: {
    file: 'h141-o-soudan-tsukibetsu.xlsx',
    fiscalYear: 2020,
    indicators: MONTHLY.map(([label, unit, months, goal]) => ind(M_SHEET, label, unit, typeof goal === 'number' ? goal : null, sum(months))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 事務事業評価シート, one 事業 per sheet.

interface Row {
  kind: '活動指標' | '成果指標';
  name: string;
  unit: string;
  prev: number;
  target: number;
  actual: number;
  next: number;
}

function jigyoSheet(ws: Worksheet, jigyo: string, law: string, purpose: string, rows: Row[], cost: [number, number]): void {
  widths(ws, [12, 36, 7, 12, 12, 12, 10, 12]);
  merge(ws, 1, 1, 1, 8, '令和２年度　事務事業評価シート（令和元年度実施事業）');
  put(ws, 3, 1, ['事務事業名']);
  merge(ws, 3, 2, 3, 4, jigyo);
  put(ws, 3, 5, ['担当課']);
  merge(ws, 3, 6, 3, 8, '福祉部 生活福祉課');
  put(ws, 4, 1, ['根拠法令']);
  merge(ws, 4, 2, 4, 8, law);
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 8, purpose);
  box(ws, 3, 1, 5, 8);
  put(ws, 7, 1, ['区分', '指標名', '単位', '平成30年度', '令和元年度', undefined, '達成率', '令和２年度']);
  put(ws, 8, 4, ['実績', '目標', '実績', undefined, '目標']);
  merge(ws, 7, 1, 8, 1);
  merge(ws, 7, 2, 8, 2);
  merge(ws, 7, 3, 8, 3);
  merge(ws, 7, 5, 7, 6);
  merge(ws, 7, 7, 8, 7);
  rows.forEach((x, i) => {
    const r = 9 + i;
    put(ws, r, 1, [x.kind, x.name, x.unit, x.prev, x.target, x.actual]);
    ws.getCell(r, 7).value = { formula: `F${r}/E${r}`, result: x.actual / x.target };
    ws.getCell(r, 7).numFmt = '0.0%';
    ws.getCell(r, 8).value = x.next;
  });
  const end = 8 + rows.length;
  box(ws, 7, 1, end, 8);
  put(ws, end + 2, 1, ['事業費（千円）', '区分', undefined, '平成30年度', '令和元年度']);
  put(ws, end + 3, 2, ['決算額', undefined, cost[0], cost[1]]);
  box(ws, end + 2, 1, end + 3, 5);
  put(ws, end + 5, 1, ['今後の方向性', '継続']);
  wrap(ws, 3, 1, end, 8);
}

const JIGYO1: Row[] = [
  { kind: '活動指標', name: '就労支援員による支援対象者数', unit: '人', prev: 142, target: 150, actual: 161, next: 160 },
  { kind: '成果指標', name: '就労開始者数', unit: '人', prev: 98, target: 110, actual: 93, next: 115 },
  { kind: '成果指標', name: '就労支援事業等への参加率', unit: '％', prev: 58.2, target: 65.0, actual: 61.4, next: 65.0 },
];
const JIGYO2: Row[] = [
  { kind: '活動指標', name: '就労準備支援プログラム延べ実施回数', unit: '回', prev: 96, target: 120, actual: 104, next: 120 },
  { kind: '成果指標', name: '参加者数', unit: '人', prev: 15, target: 20, actual: 18, next: 22 },
  { kind: '成果指標', name: '一般就労・就労訓練への移行者数', unit: '人', prev: 7, target: 10, actual: 11, next: 12 },
];

const jimujigyo: Holdout2Workbook = {
  name: 'h141-o-jimujigyo-hyoka',
  layout:
    '事務事業評価シート（令和元年度実施事業）, one 事業 per sheet: 活動指標／成果指標 rows, 平成30年度 実績, 令和元年度 目標／実績 under a merged heading, 達成率 formula, 令和２年度 目標, 事業費（千円） 決算額 block',
  build(wb) {
    jigyoSheet(
      wb.addWorksheet('被保護者就労支援'),
      '被保護者就労支援事業',
      '生活保護法第55条の7',
      '就労支援員を配置し、稼働能力を有する生活保護受給者の就労による自立を支援する。',
      JIGYO1,
      [14820, 15306],
    );
    jigyoSheet(
      wb.addWorksheet('就労準備支援'),
      '生活困窮者就労準備支援事業',
      '生活困窮者自立支援法第3条第4項',
      '直ちに一般就労への移行が困難な生活困窮者に、日常生活・社会生活・就労の各段階に応じた訓練を行う。',
      JIGYO2,
      [8650, 9012],
    );
  },
  expected: {
    file: 'h141-o-jimujigyo-hyoka.xlsx',
    fiscalYear: 2019,
    indicators: [
      ...JIGYO1.map((x) => ind('被保護者就労支援', x.name, x.unit, x.target, x.actual)),
      ...JIGYO2.map((x) => ind('就労準備支援', x.name, x.unit, x.target, x.actual)),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// Years as rows, 目標／実績 pairs under each indicator.

const Y_SHEET = '就労支援実績';
const suii: Holdout2Workbook = {
  name: 'h141-o-shuro-suii',
  layout:
    '被保護者就労支援事業等の実施状況: years as rows 平成29年度…令和4年度 (令和4年度 目標 only), each indicator a merged heading 「就労支援事業等の参加率（％）」 over 目標／実績, 評価対象年度：令和３年度',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 9, 9, 9, 9, 9, 9, 30]);
    merge(ws, 1, 1, 1, 8, '被保護者就労支援事業等の実施状況');
    put(ws, 2, 1, ['評価対象年度：令和３年度']);
    put(ws, 2, 7, ['東山市福祉事務所']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '就労支援事業等の参加率（％）');
    merge(ws, 4, 4, 4, 5, '就労・増収率（％）');
    merge(ws, 4, 6, 4, 7, '就労支援事業等参加者数（人）');
    merge(ws, 4, 8, 5, 8, '備考');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['平成29年度', 55.0, 49.8, 45.0, 40.3, 150, 121],
      ['平成30年度', 60.0, 53.1, 45.0, 44.7, 160, 128],
      ['令和元年度', 60.0, 55.6, 47.5, 46.1, 165, 136],
      ['令和2年度', 65.0, 51.2, 50.0, 38.9, 175, 118, '新型コロナウイルス感染症の影響で求人が減少'],
      ['令和3年度', 65.0, 58.7, 50.0, 52.4, 180, 133],
      ['令和4年度', 65.0, undefined, 50.0, undefined, 185],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    wrap(ws, 4, 1, 5, 8);
    box(ws, 4, 1, 5 + rows.length, 8);
    put(ws, 13, 1, ['※参加率＝就労支援事業等参加者数÷参加可能な被保護者数（各年度7月1日現在）']);
    put(ws, 14, 1, ['※就労・増収率＝就労・増収者数÷就労支援事業等参加者数']);
  },
  expected: {
    file: 'h141-o-shuro-suii.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(Y_SHEET, '就労支援事業等の参加率', '％', 65, 58.7),
      ind(Y_SHEET, '就労・増収率', '％', 50, 52.4),
      ind(Y_SHEET, '就労支援事業等参加者数', '人', 180, 133),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// Plan and results on two sheets, joined by 指標番号.

const S_PLAN = '指標一覧';
const S_RES = '令和6年度実績';
const SPLIT: [string, string, string, string, number, (number | string)[], number | string, string][] = [
  ['1-1', '相談支援', '福祉まるごと相談窓口の相談件数', '件', 1084, [1200, 1250, 1300], 1315, '地域福祉課'],
  ['1-2', '相談支援', '支援会議・支援調整会議の開催回数', '回', 10, [12, 12, 12], 12, '生活福祉課'],
  ['2-1', '就労・生活再建', '生活困窮者の就労・増収者数', '人', 96, [110, 115, 120], 91, '生活福祉課'],
  ['2-2', '就労・生活再建', 'フードバンク等による食料提供世帯数', '世帯', 352, [400, 420, 440], '集計中', '地域福祉課'],
  ['3-1', '健康・居場所', '健康管理支援事業による保健指導実施者数', '人', 38, [60, 70, 80], 31, '生活福祉課'],
];

const bunkatsu: Holdout2Workbook = {
  name: 'h141-o-keikaku-jisseki-bunkatsu',
  layout:
    '第４期地域福祉計画: 指標一覧 (指標番号, 基準値（R4）, R6・R7・R8 目標) and 令和6年度実績 (指標番号, 実績値, 集計中) on two sheets, joined by 指標番号',
  build(wb) {
    const plan = wb.addWorksheet(S_PLAN);
    widths(plan, [9, 14, 36, 6, 12, 10, 10, 10]);
    merge(plan, 1, 1, 1, 8, '東山市第４期地域福祉計画（令和6年度～令和8年度）　成果指標一覧');
    put(plan, 3, 1, ['指標番号', '基本目標', '指標名', '単位', '基準値（R4）', 'R6目標', 'R7目標', 'R8目標']);
    SPLIT.forEach(([id, goal, name, unit, base, targets], i) => put(plan, 4 + i, 1, [id, goal, name, unit, base, ...targets]));
    box(plan, 3, 1, 3 + SPLIT.length, 8);
    const res = wb.addWorksheet(S_RES);
    widths(res, [9, 36, 12, 12, 30]);
    merge(res, 1, 1, 1, 5, '成果指標の実績（令和6年度）');
    put(res, 2, 1, ['※各担当課が記入し、5月末までに地域福祉課へ提出']);
    put(res, 4, 1, ['指標番号', '指標名', '実績値', '担当課', '備考']);
    SPLIT.forEach(([id, , name, , , , actual, ka], i) =>
      put(res, 5 + i, 1, [id, name, actual, ka, actual === '集計中' ? '協力団体からの報告待ち（7月確定予定）' : undefined]),
    );
    box(res, 4, 1, 4 + SPLIT.length, 5);
  },
  expected: {
    file: 'h141-o-keikaku-jisseki-bunkatsu.xlsx',
    fiscalYear: 2024,
    indicators: SPLIT.map(([, , name, unit, , targets, actual]) =>
      typeof actual === 'number'
        ? ind(S_RES, name, unit, targets[0] as number, actual)
        : ind(S_RES, name, unit, targets[0] as number, null, { actualStatus: 'pending' }),
    ),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [tsukibetsu, jimujigyo, suii, bunkatsu];
