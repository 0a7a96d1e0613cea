/**
 * Hold-out 45: one indicator over two or three rows — a 進捗管理表 of 計画値 / 実績値 rows over the plan's
 * years (the latest 実績 the only one marked 見込), a 区分 column of 目標 / 実績 / 差 or 達成率 beside a merged
 * name, and years merged over 計画 | 実績 sub-columns with the next year's 実績 a forecast.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Plan = [name: string, unit: string, plans: (number | string)[], actuals: (number | string | null)[], remark?: string];

const CHILD: Plan[] = [
  ['延長保育事業の利用者数', '人', [380, 390, 400, 420, 430], [366, 371, 392, '398（見込）', null]],
  ['一時預かり事業の延べ利用人数', '人日', ['5,200', '5,300', '5,450', '5,600', '5,700'], ['3,015', '3,690', '3,980', '4,100（見込）', null]],
  ['放課後児童クラブの登録児童数', '人', [900, 930, 950, 980, 1000], [912, 955, 990, '1,012（見込）', null]],
  [
    '病児保育事業の延べ利用者数',
    '人日',
    ['1,100', '1,150', '1,150', '1,200', '1,200'],
    [402, 511, 598, '655（見込）', null],
    '令和４年度から受入施設を１か所休止',
  ],
  ['ファミリー・サポート・センターの活動件数', '件', ['2,300', '2,300', '2,350', '2,400', '2,450'], ['1,960', '2,044', '2,101', '2,180（見込）', null]],
  ['地域子育て支援拠点の延べ利用者数', '人回', ['22,000', '22,500', '23,000', '24,000', '24,500'], ['16,840', '20,115', '23,870', '25,310（見込）', null]],
];

function planSheet(ws: Worksheet): void {
  put(ws, 1, 1, ['第２期花巻市子ども・子育て支援事業計画　地域子ども・子育て支援事業　進捗管理表']);
  put(ws, 3, 1, ['No.', '事業・指標', '単位', '区分', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '備考']);
  CHILD.forEach(([name, unit, plans, actuals, remark], i) => {
    const row = 4 + 2 * i;
    for (const col of [1, 2, 3, 10]) ws.mergeCells(row, col, row + 1, col);
    put(ws, row, 1, [i + 1, name, unit, '計画値', ...plans, remark]);
    put(ws, row + 1, 4, ['実績値', ...actuals]);
  });
  put(ws, 17, 1, ['※実績値は各年度末の数値。']);
  ws.getColumn(2).width = 36;
}

const progressPlan: Holdout2Workbook = {
  name: 'h45-progress-plan-actual-rows',
  layout:
    '進捗管理表: 計画値 / 実績値 rows per indicator (name, unit merged over both) over 令和２〜６年度; only the latest 実績 carries （見込）; no evaluation year stated',
  build(wb: Workbook) {
    planSheet(wb.addWorksheet('進捗管理表'));
  },
  expected: {
    file: 'h45-progress-plan-actual-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('進捗管理表', '延長保育事業の利用者数', '人', 420, 398, { actualStatus: 'provisional' }),
      ind('進捗管理表', '一時預かり事業の延べ利用人数', '人日', 5600, 4100, { actualStatus: 'provisional' }),
      ind('進捗管理表', '放課後児童クラブの登録児童数', '人', 980, 1012, { actualStatus: 'provisional' }),
      ind('進捗管理表', '病児保育事業の延べ利用者数', '人日', 1200, 655, { actualStatus: 'provisional' }),
      ind('進捗管理表', 'ファミリー・サポート・センターの活動件数', '件', 2400, 2180, { actualStatus: 'provisional' }),
      ind('進捗管理表', '地域子育て支援拠点の延べ利用者数', '人回', 24000, 25310, { actualStatus: 'provisional' }),
    ],
    groups: [],
    guesses: ['period'],
  },
};

type Kubun = [
  name: string,
  unit: string,
  targets: (number | string | null)[],
  actuals: (number | string | null)[],
  third: '差' | '達成率',
  thirds: (string | null)[],
];

const ENV: Kubun[] = [
  ['家庭系ごみ1人1日当たり排出量', 'g', [575, 568, 560, 552], [590, 583, 571, null], '差', ['▲15', '▲15', '▲11', null]],
  ['リサイクル率', '％', [22.0, 23.0, 24.0, 25.0], [21.2, 20.5, 20.8, null], '達成率', ['96.4%', '89.1%', '86.7%', null]],
  [
    '市の事務事業に伴う温室効果ガス排出量',
    't-CO2',
    ['19,500', '19,000', '18,500', '18,000'],
    ['20,410', '20,060', '19,920', null],
    '差',
    ['▲910', '▲1,060', '▲1,420', null],
  ],
  ['環境学習講座参加者数', '人', ['1,000', '1,100', '1,200', '1,300'], [845, '1,020', '1,385', null], '達成率', ['84.5%', '92.7%', '115.4%', null]],
  ['太陽光発電設備設置補助件数', '件', [120, 135, 150, 165], [131, 102, 88, null], '差', ['11', '▲33', '▲62', null]],
];

function kubunSheet(ws: Worksheet): void {
  put(ws, 1, 1, ['第３次北上市環境基本計画　進行管理表（成果指標）']);
  put(ws, 2, 1, ['評価対象年度：令和５年度']);
  put(ws, 4, 1, ['成果指標', '単位', '区分', 'R3', 'R4', 'R5', 'R6', '最終目標（R7）']);
  const finals = [545, 26.0, '17,500', '1,400', 180];
  ENV.forEach(([name, unit, targets, actuals, third, thirds], i) => {
    const row = 5 + 3 * i;
    for (const col of [1, 2, 8]) ws.mergeCells(row, col, row + 2, col);
    put(ws, row, 1, [name, unit, '目標', ...targets, finals[i]]);
    put(ws, row + 1, 3, ['実績', ...actuals]);
    put(ws, row + 2, 3, [third, ...thirds]);
  });
  put(ws, 21, 1, ['※「家庭系ごみ1人1日当たり排出量」「市の事務事業に伴う温室効果ガス排出量」は、少ないほど良い指標です。']);
  put(ws, 22, 1, ['※差は、目標の達成に対して不足する量を▲で示しています。']);
  ws.getColumn(1).width = 36;
}

const kubunRows: Holdout2Workbook = {
  name: 'h45-kubun-target-actual-diff',
  layout:
    '区分 column 目標 / 実績 / 差 (▲) or 達成率 beside a name and unit merged over three rows, R3–R6 plus 最終目標（R7） merged; 評価対象年度 stated; R6 target only',
  build(wb: Workbook) {
    kubunSheet(wb.addWorksheet('成果指標'));
  },
  expected: {
    file: 'h45-kubun-target-actual-diff.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('成果指標', '家庭系ごみ1人1日当たり排出量', 'g', 560, 571, { direction: 'down' }),
      ind('成果指標', 'リサイクル率', '％', 24, 20.8),
      ind('成果指標', '市の事務事業に伴う温室効果ガス排出量', 't-CO2', 18500, 19920, { direction: 'down' }),
      ind('成果指標', '環境学習講座参加者数', '人', 1200, 1385),
      ind('成果指標', '太陽光発電設備設置補助件数', '件', 150, 88),
    ],
    groups: [],
  },
};

type Health = [
  name: string,
  unit: string,
  r4: [number | string, number | string],
  r5: [number | string, number | string],
  r6: [number | string, string | null],
  remark?: string,
];

const HEALTH: Health[] = [
  ['がん検診受診率（胃がん）', '％', [14.0, 11.8], [15.0, 12.4], [16.0, '12.9（見込み）']],
  ['がん検診受診率（大腸がん）', '％', [19.0, 18.1], [20.0, 18.9], [21.0, '19.5（見込み）']],
  ['健康づくりポイント事業参加者数', '人', ['2,200', '2,406'], ['2,500', '2,731'], ['2,800', '3,050（見込み）']],
  ['成人の喫煙率', '％', [12.5, 13.6], [12.0, 13.1], [11.5, null], '低いほど良い'],
  ['1歳6か月児健康診査受診率', '％', [98.0, 97.4], [98.0, 96.2], [98.0, '97.0（見込み）']],
  ['健康相談件数', '件', [600, 455], [600, 402], [600, '430（見込み）']],
];

function healthSheet(ws: Worksheet): void {
  put(ws, 1, 1, ['令和５年度実績　第３次健康いちのせき21計画　指標の状況']);
  put(ws, 3, 1, ['指標', '単位', '令和４年度', undefined, '令和５年度', undefined, '令和６年度', undefined, '備考']);
  for (const col of [3, 5, 7]) ws.mergeCells(3, col, 3, col + 1);
  for (const col of [1, 2, 9]) ws.mergeCells(3, col, 4, col);
  put(ws, 4, 3, ['計画', '実績', '計画', '実績', '計画', '実績']);
  HEALTH.forEach(([name, unit, r4, r5, r6, remark], i) => put(ws, 5 + i, 1, [name, unit, ...r4, ...r5, ...r6, remark]));
  put(ws, 12, 1, ['※令和６年度の実績は、令和６年１２月末時点の見込みです。']);
  ws.getColumn(1).width = 32;
}

const planActualSubColumns: Holdout2Workbook = {
  name: 'h45-years-over-plan-actual',
  layout:
    'years merged over 計画 | 実績 sub-columns (令和４〜６年度); the title names 令和５年度実績; 令和６年度 実績 forecasts （見込み）; a 備考 says lower is better',
  build(wb: Workbook) {
    healthSheet(wb.addWorksheet('健康指標'));
  },
  expected: {
    file: 'h45-years-over-plan-actual.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('健康指標', 'がん検診受診率（胃がん）', '％', 15, 12.4),
      ind('健康指標', 'がん検診受診率（大腸がん）', '％', 20, 18.9),
      ind('健康指標', '健康づくりポイント事業参加者数', '人', 2500, 2731),
      ind('健康指標', '成人の喫煙率', '％', 12, 13.1, { direction: 'down' }),
      ind('健康指標', '1歳6か月児健康診査受診率', '％', 98, 96.2),
      ind('健康指標', '健康相談件数', '件', 600, 402),
    ],
    groups: [],
  },
};

export const ROW_WORKBOOKS: Holdout2Workbook[] = [progressPlan, kubunRows, planActualSubColumns];
