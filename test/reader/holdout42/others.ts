/**
 * Hold-out 42: shapes outside the four families, each with a trap that tempts a silent mistake (monthly columns with a
 * SUM year total, hidden columns of last year's figures, no year anywhere, 万人 targets beside 人 actuals, relative
 * targets in a transposed table, the city's own grading bands), every fact plain to a careful clerk.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { col, formula, merged, withBands } from './kit';

// ---------------------------------------------------------------------------------------------------------------
// O1: monthly actuals 4月…3月, a 年度計 SUM formula after them, a 月平均 AVERAGE beside it, a 達成率 formula.

const O1 = '月別実績';
type MonthlyRow = { name: string; unit: string; target: number | string; targetValue: number; months: number[]; direction?: 'down' };
const O1_ROWS: MonthlyRow[] = [
  { name: 'コンビニ交付件数', unit: '件', target: 18000, targetValue: 18000, months: [1480, 1512, 1620, 1544, 1398, 1602, 1710, 1655, 1690, 1402, 1781, 2043] },
  { name: '電子申請受付件数', unit: '件', target: 12000, targetValue: 12000, months: [702, 745, 810, 798, 766, 820, 861, 845, 902, 788, 901, 904] },
  { name: '証明書郵送請求件数', unit: '件', target: 3000, targetValue: 3000, months: [190, 171, 182, 166, 158, 170, 177, 169, 181, 172, 180, 188] },
  { name: 'マイナンバーカード交付枚数', unit: '枚', target: 9600, targetValue: 9600, months: [1020, 986, 874, 702, 655, 610, 688, 702, 640, 588, 661, 724] },
  { name: '住民票等の誤交付件数', unit: '件', target: '3件以下', targetValue: 3, months: [0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0], direction: 'down' },
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const monthly: Holdout2Workbook = {
  name: 'h42-monthly-sum-total',
  layout: '窓口 indicators × 4月…3月 actual columns, a 年度計 =SUM formula after the months, a 月平均 =AVERAGE, 年間目標 before the months, 「3件以下」',
  build(wb) {
    const ws = wb.addWorksheet(O1);
    merged(ws, 1, 1, 1, 19, '令和５年度　市民課 窓口サービス指標 月別実績表');
    const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
    put(ws, 3, 1, ['指標名', '単位', '年間目標', ...months, '年度計', '月平均', '達成率', '備考']);
    O1_ROWS.forEach((row, i) => {
      const r = 4 + i;
      put(ws, r, 1, [row.name, row.unit, row.target, ...row.months]);
      const total = sum(row.months);
      formula(ws, r, 16, `SUM(D${r}:O${r})`, total, '#,##0');
      formula(ws, r, 17, `AVERAGE(D${r}:O${r})`, total / 12, '#,##0.0');
      if (typeof row.target === 'number') formula(ws, r, 18, `P${r}/C${r}`, total / row.target, '0.0%');
      else put(ws, r, 18, ['－']);
    });
    put(ws, 8, 19, ['誤交付は件数が少ないほど良い']);
    put(ws, 10, 1, ['※年度計は4月～3月の合計。達成率＝年度計÷年間目標。']);
  },
  expected: {
    file: 'h42-monthly-sum-total.xlsx',
    fiscalYear: 2023,
    indicators: O1_ROWS.map((row) => ind(O1, row.name, row.unit, row.targetValue, sum(row.months), { direction: row.direction })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// O2: 環境基本計画 年次報告: section rows, last year's 目標値 / 実績値 left in two hidden columns with the same headings.

const O2 = '指標の達成状況';
type EnvRow = [string, string, number | string, number, number | string, number, string | undefined, string | undefined];
const O2_ROWS: (string | EnvRow)[] = [
  '１　脱炭素社会の実現',
  ['市有施設の温室効果ガス排出量', 't-CO2', 12800, 13210, 12400, 12980, 'B', '2013年度比46％削減に向けた段階目標'],
  ['住宅用太陽光発電設備設置補助件数', '件', 100, 87, 120, 134, undefined, undefined],
  '２　循環型社会の形成',
  ['リサイクル率', '％', 23.5, 22.0, 24.0, 21.3, 'B', undefined],
  ['不法投棄量', 't', '8.5以下', 7.9, '8.0以下', 9.6, undefined, '監視カメラを2か所増設'],
  '３　自然との共生',
  ['水辺の生き物調査参加者数', '人', 300, 251, 300, 186, 'D', '雨天により1回中止'],
];

const hiddenLastYear: Holdout2Workbook = {
  name: 'h42-hidden-last-year-columns',
  layout:
    "環境基本計画 年次報告: section rows, 目標値 / 実績値 of last year left in two HIDDEN columns with the same headings before this year's pair, 評価 on some rows",
  build(wb) {
    const ws = wb.addWorksheet(O2);
    merged(ws, 1, 1, 1, 9, '令和５年度　北浜市環境基本計画　年次報告（資料編）');
    put(ws, 2, 1, ['環境部 環境政策課']);
    put(ws, 3, 1, ['対象年度：令和５年度']);
    put(ws, 5, 1, ['区分', '指標名', '単位', '目標値', '実績値', '目標値', '実績値', '評価', '備考']);
    let r = 6;
    for (const row of O2_ROWS) {
      if (typeof row === 'string') merged(ws, r, 1, r, 9, row);
      else put(ws, r, 2, row);
      r++;
    }
    put(ws, r + 1, 1, ['※評価は担当課の自己評価（記入のあるもの）。']);
    ws.getColumn(2).width = 34;
    ws.getColumn(9).width = 36;
    ws.getColumn(4).hidden = true;
    ws.getColumn(5).hidden = true;
  },
  expected: {
    file: 'h42-hidden-last-year-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(O2, '市有施設の温室効果ガス排出量', 't-CO2', 12400, 12980, { direction: 'down', existing: 'B' }),
      ind(O2, '住宅用太陽光発電設備設置補助件数', '件', 120, 134),
      ind(O2, 'リサイクル率', '％', 24, 21.3, { existing: 'B' }),
      ind(O2, '不法投棄量', 't', 8, 9.6, { direction: 'down' }),
      ind(O2, '水辺の生き物調査参加者数', '人', 300, 186, { existing: 'D' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// O3: no evaluation year anywhere; R3…R6 each a 目標 / 実績 / 達成率 triple; a target of 0 makes every 達成率 #DIV/0!.

const O3 = '成果指標';
type TripleRow = { name: string; unit: string; targets: number[]; actuals: number[]; fmt: string };
const O3_ROWS: TripleRow[] = [
  { name: '保育所等待機児童数', unit: '人', targets: [0, 0, 0, 0], actuals: [4, 2, 0], fmt: '0' },
  { name: '放課後児童クラブ登録児童数', unit: '人', targets: [1050, 1100, 1150, 1200], actuals: [1012, 1064, 1088], fmt: '#,##0' },
  { name: '子育て支援アプリ登録者数', unit: '人', targets: [2500, 3200, 4000, 4600], actuals: [2210, 3580, 4377], fmt: '#,##0' },
  { name: '乳幼児健康診査受診率', unit: '％', targets: [97.0, 97.5, 98.0, 98.5], actuals: [95.1, 96.8, 96.2], fmt: '0.0' },
  { name: 'ファミリー・サポート・センター会員数', unit: '人', targets: [560, 590, 620, 650], actuals: [498, 452, 405], fmt: '#,##0' },
];

const noYearTriples: Holdout2Workbook = {
  name: 'h42-no-year-rate-triples',
  layout:
    '子ども・子育て 成果指標: no evaluation year anywhere, R3…R6 each a merged year over 目標 / 実績 / 達成率, R6 target only, a target of 0 whose 達成率 formulas are all #DIV/0!',
  build(wb) {
    const ws = wb.addWorksheet(O3);
    merged(ws, 1, 1, 1, 15, '南陽原市子ども・子育て支援事業計画　成果指標の推移');
    put(ws, 2, 1, ['こども家庭課']);
    merged(ws, 4, 1, 5, 1, 'No.');
    merged(ws, 4, 2, 5, 2, '指標');
    merged(ws, 4, 3, 5, 3, '単位');
    ['R3', 'R4', 'R5', 'R6'].forEach((y, k) => {
      merged(ws, 4, 4 + k * 3, 4, 6 + k * 3, y);
      put(ws, 5, 4 + k * 3, ['目標', '実績', '達成率']);
    });
    O3_ROWS.forEach((row, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, row.name, row.unit]);
      row.targets.forEach((t, k) => {
        const c = 4 + k * 3;
        put(ws, r, c, [t]);
        ws.getCell(r, c).numFmt = row.fmt;
        const a = row.actuals[k];
        if (a === undefined) return;
        put(ws, r, c + 1, [a]);
        ws.getCell(r, c + 1).numFmt = row.fmt;
        formula(ws, r, c + 2, `${col(c + 1)}${r}/${col(c)}${r}`, t === 0 ? '#DIV/0!' : a / t, '0.0%');
      });
    });
    put(ws, 12, 1, ['※待機児童数は各年度4月1日現在。少ないほど良い。']);
  },
  expected: {
    file: 'h42-no-year-rate-triples.xlsx',
    fiscalYear: 2023,
    guesses: ['period'],
    indicators: O3_ROWS.map((row, i) => ind(O3, row.name, row.unit, row.targets[2], row.actuals[2], { direction: i === 0 ? 'down' : 'up' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// O4: 観光振興計画 進捗管理: 西暦 headings under a 令和 title, targets written in 万人 / 億円 beside a 人 / 千円 unit column,
// a next year's target column after the actual, an actual 集計中 with a 速報 figure in 備考.

const O4 = '進捗管理';
const O4_ROWS: (string | number | undefined)[][] = [
  ['観光入込客数', '人', '39.8万人', '45万人', '432,180', '48万人', undefined],
  ['外国人宿泊者数', '人泊', '6,240', '1.2万人泊', '9,870', '1.5万人泊', '台湾・香港からの団体が回復'],
  ['観光ホームページ閲覧数', '件', '198万件', '250万件', '2,618,400', '280万件', undefined],
  ['道の駅売上高', '千円', '287,310', '3億2,000万円', '298,450', '3億3,000万円', '物販の単価上昇'],
  ['体験型観光プログラム参加者数', '人', '2,105', '3,000', '集計中', '3,300', '2月末時点 2,460人（速報）'],
  ['観光ボランティアガイド案内件数', '件', 412, 600, 318, 650, 'ガイドの高齢化により案内回数が減少'],
];

const scaledTargets: Holdout2Workbook = {
  name: 'h42-fy-scaled-unit-targets',
  layout:
    '観光振興計画 進捗管理表: 2022年度実績 | 2023年度目標 | 2023年度実績 | 2024年度目標 under a 令和５年度 title, targets written 「45万人」「3億2,000万円」 beside a 人 / 千円 単位 column',
  build(wb) {
    const ws = wb.addWorksheet(O4);
    merged(ws, 1, 1, 1, 8, '令和５年度　観光振興計画　進捗管理表');
    put(ws, 2, 8, ['西川市 商工観光課']);
    put(ws, 4, 1, ['No.', '指標', '単位', '2022年度実績', '2023年度目標', '2023年度実績', '2024年度目標', '備考']);
    O4_ROWS.forEach((row, i) => put(ws, 5 + i, 1, [i + 1, ...row]));
    put(ws, 12, 1, ['※目標値は計画策定時の表記のまま記載している。']);
  },
  expected: {
    file: 'h42-fy-scaled-unit-targets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(O4, '観光入込客数', '人', 450000, 432180),
      ind(O4, '外国人宿泊者数', '人泊', 12000, 9870),
      ind(O4, '観光ホームページ閲覧数', '件', 2500000, 2618400),
      ind(O4, '道の駅売上高', '千円', 320000, 298450),
      ind(O4, '体験型観光プログラム参加者数', '人', 3000, null, { actualStatus: 'pending' }),
      ind(O4, '観光ボランティアガイド案内件数', '件', 600, 318),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// O5: transposed: indicators across, rows 単位 / 令和4年度実績 / 令和5年度目標 (「前年度以上」「前年度＋2件」「前年度以下」) /
// 令和5年度実績 (one 集計中) / 令和5年度実績見込 / 評価 (some) / 備考.

const O5 = '主要指標';
const O5_NAMES = ['新規就農者数', '農地集積率', '６次産業化商品開発件数', '有害鳥獣による農作物被害額', '農産物直売所販売額'];

const transposedRelative: Holdout2Workbook = {
  name: 'h42-transposed-relative-targets',
  layout:
    'transposed: five indicators across, rows 単位 / 令和4年度実績 / 令和5年度目標 with 「前年度以上」「前年度＋2件」「前年度以下」 / 実績 (one 集計中) / 実績見込 / 評価 on some / 備考',
  build(wb) {
    const ws = wb.addWorksheet(O5);
    merged(ws, 1, 1, 1, 6, '令和５年度　三ツ木市農林振興課　主要指標の状況');
    put(ws, 3, 1, ['項目', ...O5_NAMES]);
    put(ws, 4, 1, ['単位', '人', '％', '件', '千円', '百万円']);
    put(ws, 5, 1, ['令和4年度実績', 12, 58.2, 5, '18,640', 412]);
    put(ws, 6, 1, ['令和5年度目標', '前年度以上', 62.0, '前年度＋2件', '前年度以下', 430]);
    put(ws, 7, 1, ['令和5年度実績', 14, '集計中', 4, '16,920', 401]);
    put(ws, 8, 1, ['令和5年度実績見込', undefined, 60.5]);
    put(ws, 9, 1, ['評価', 'A', undefined, 'C', undefined, 'B']);
    put(ws, 10, 1, ['備考', undefined, '農業委員会の集計は6月末の予定', '開発2件が次年度にずれ込み', '被害額の削減を目指す']);
  },
  expected: {
    file: 'h42-transposed-relative-targets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(O5, '新規就農者数', '人', 12, 14, { existing: 'A' }),
      ind(O5, '農地集積率', '％', 62, null, { actualStatus: 'pending' }),
      ind(O5, '６次産業化商品開発件数', '件', 7, 4, { existing: 'C' }),
      ind(O5, '有害鳥獣による農作物被害額', '千円', 18640, 16920, { direction: 'down' }),
      ind(O5, '農産物直売所販売額', '百万円', 430, 401, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// O6: 総合戦略 KPI list with 基本目標 section rows and the city's own bands (90 / 70 / 50 %) in a 【評価基準】 line; 評価 as
// the city graded; targets are the plan's final (R6) ones, the actual R5.

const O6 = 'KPI評価';
const O6_BANDS: [number, number, number] = [0.9, 0.7, 0.5];
type KpiListRow = [string, string, string, number, number, string];
const O6_ROWS: (string | KpiListRow)[] = [
  '基本目標１　しごとをつくり、安心して働けるようにする',
  ['誘致企業数', '社', '0', 10, 8, '企業立地課'],
  ['新規創業者数', '人', '22', 150, 140, '商工振興課'],
  '基本目標２　新しいひとの流れをつくる',
  ['転入超過数', '人', '▲85', 100, 52, '企画政策課'],
  ['移住相談件数', '件', '210', 500, 372, '企画政策課'],
  '基本目標３　結婚・出産・子育ての希望をかなえる',
  ['出生数', '人', '598', 620, 541, 'こども政策課'],
  ['子育て世代の定住意向率', '％', '68.2', 80, 72.4, 'こども政策課'],
];
const o6Indicators: ExpectedIndicator[] = O6_ROWS.filter((r): r is KpiListRow => typeof r !== 'string').map(([name, unit, , target, actual]) => ({
  ...withBands(ind(O6, name, unit, target, actual), O6_BANDS),
  targetSource: 'final',
}));

const cityBands: Holdout2Workbook = {
  name: 'h42-kpi-list-city-bands',
  layout:
    '総合戦略 KPI list: 基本目標 section rows, 基準値（H30） | 目標値（R6） | 実績値（R5） | 達成率 | 評価, a 【評価基準】 line A 90 / B 70 / C 50 % (not the default cut-offs), 評価 written by those bands',
  build(wb) {
    const ws = wb.addWorksheet(O6);
    merged(ws, 1, 1, 1, 8, '第２期 梅ヶ丘市総合戦略　重要業績評価指標（ＫＰＩ）評価一覧（令和５年度）');
    merged(ws, 2, 1, 2, 8, '【評価基準】　Ａ：達成率90％以上　Ｂ：70％以上90％未満　Ｃ：50％以上70％未満　Ｄ：50％未満（達成率＝実績値（R5）÷目標値（R6））');
    put(ws, 4, 1, ['ＫＰＩ', '単位', '基準値（H30）', '目標値（R6）', '実績値（R5）', '達成率', '評価', '担当課']);
    let r = 5;
    for (const row of O6_ROWS) {
      if (typeof row === 'string') merged(ws, r, 1, r, 8, row);
      else {
        const [name, unit, base, target, actual, office] = row;
        put(ws, r, 1, [name, unit, base, target, actual]);
        formula(ws, r, 6, `E${r}/D${r}`, actual / target, '0.0%');
        put(ws, r, 7, [withBands(ind(O6, name, unit, target, actual), O6_BANDS).grade, office]);
      }
      r++;
    }
  },
  expected: {
    file: 'h42-kpi-list-city-bands.xlsx',
    fiscalYear: 2023,
    indicators: o6Indicators.map((e) => ({ ...e, existing: e.grade ?? undefined })),
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [monthly, hiddenLastYear, noYearTriples, scaledTargets, transposedRelative, cityBands];
