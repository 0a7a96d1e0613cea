/**
 * Family D of the twenty-fourth hold-out set: 計画の指標 tables (基準値 / 目標値 / 実績値), as three more offices lay them
 * out (a 中間目標値 for the year beside the plan's final 目標値, small tables turned on their side under each 施策 with a
 * spacer column, and two sheets with a めざす方向 column, a 評価 column and one actual that is another year's figure).
 */
import type { Worksheet } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, merged, put } from './kit24';

type Cell = string | number | undefined;

const ENV = '成果指標';
const ENV_GOALS: [string, Cell[][]][] = [
  [
    '１　脱炭素社会の実現',
    [
      ['市域の温室効果ガス排出量', '千t-CO₂', 742, 640, 520, 668, '削減を目指す指標'],
      ['住宅用太陽光発電設備の設置補助件数', '件', 85, 120, 150, 131],
    ],
  ],
  [
    '２　資源循環型社会の構築',
    [
      ['ごみの総排出量', 't', 38420, 36000, 34000, 36880, '減量を目指す指標'],
      ['リサイクル率', '％', 19.8, 22.0, 25.0, 20.1],
    ],
  ],
  [
    '３　自然と共生する社会',
    [
      ['河川のBOD環境基準達成率', '％', 90.0, 100.0, 100.0, 100.0],
      ['環境保全活動参加者数', '人', 3250, 3800, 4500, 2870, '市民清掃活動等の延べ参加者数'],
    ],
  ],
];

function envSheet(ws: Worksheet): void {
  merged(ws, 1, 1, '第３次環境基本計画　成果指標の達成状況', 1, 6);
  merged(ws, 1, 7, '令和６年９月　環境審議会資料', 1, 2);
  ['基本目標', '指標名', '単位'].forEach((h, i) => merged(ws, 3, 1 + i, h, 2, 1));
  put(ws, 3, 4, ['基準値', '中間目標値', '目標値', '実績値']);
  put(ws, 4, 4, ['（令和元年度）', '（令和５年度）', '（令和10年度）', '（令和５年度）']);
  merged(ws, 3, 8, '備考', 2, 1);
  let row = 5;
  for (const [goal, rows] of ENV_GOALS) {
    merged(ws, row, 1, goal, rows.length, 1);
    rows.forEach((r, i) => put(ws, row + i, 2, r));
    rows.forEach((r, i) => {
      for (let c = 4; c <= 7; c++) ws.getCell(row + i, c).numFmt = r[1] === '％' ? '0.0' : '#,##0';
    });
    row += rows.length;
  }
}

const interimTarget: Holdout2Workbook = {
  name: 'h24-plan-interim-target',
  layout:
    '計画の指標: 基本目標 merged down, two-row headings 基準値（令和元年度） | 中間目標値（令和５年度） | 目標値（令和10年度） | 実績値（令和５年度）, 単位 column (千t-CO₂, t, ％), 削減 / 減量 in 備考',
  build(wb) {
    envSheet(wb.addWorksheet(ENV));
  },
  expected: {
    file: 'h24-plan-interim-target.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(ENV, '市域の温室効果ガス排出量', '千t-CO2', 640, 668, { direction: 'down' }),
      ind(ENV, '住宅用太陽光発電設備の設置補助件数', '件', 120, 131),
      ind(ENV, 'ごみの総排出量', 't', 36000, 36880, { direction: 'down' }),
      ind(ENV, 'リサイクル率', '%', 22.0, 20.1),
      ind(ENV, '河川のBOD環境基準達成率', '%', 100, 100),
      ind(ENV, '環境保全活動参加者数', '人', 3800, 2870),
    ].map((i) => ({ ...i, targetSource: 'expected' })),
    groups: [],
  },
};

const TURNED = '計画の指標';
const TURNED_POLICIES: [string, Cell[][]][] = [
  [
    '施策１　企業誘致の推進',
    [
      ['誘致企業数', '社', 29, 39, 33],
      ['工業団地分譲率', '％', 68.5, 90.0, 81.2],
    ],
  ],
  [
    '施策２　ものづくり人材の育成',
    [
      ['新規高卒者の管内就職率', '％', 47.4, 55.0, 51.2],
      ['技能講習受講者数', '人', 320, 400, 285],
      ['インターンシップ受入企業数', '社', 18, 30, 24],
    ],
  ],
  ['施策３　新技術・新製品の開発支援', [['新製品・新技術開発件数', '件', 138, 180, '164（見込み）']]],
];

const TURNED_LABELS = ['指標名', '単位', '基準値（R2）', '目標値（R8）', '実績値（R5）'];

function turnedSheet(ws: Worksheet): void {
  merged(ws, 1, 1, '第２次工業振興ビジョン　計画の指標（令和５年度実績）', 1, 6);
  let row = 3;
  for (const [policy, indicators] of TURNED_POLICIES) {
    merged(ws, row, 1, policy, 1, 5);
    TURNED_LABELS.forEach((label, line) => put(ws, row + 1 + line, 1, [label, undefined, ...indicators.map((i) => i[line])]));
    row += TURNED_LABELS.length + 2;
  }
  merged(ws, row, 1, '※実績値（R5）の（見込み）は令和６年３月末時点の見込みの数値', 1, 6);
  ws.getColumn(2).width = 2;
}

const turnedTables: Holdout2Workbook = {
  name: 'h24-plan-turned-per-policy',
  layout:
    '計画の指標 turned on its side: under each 施策 heading a small table with 指標名 / 単位 / 基準値（R2） / 目標値（R8） / 実績値（R5） lines down a label column, a narrow blank spacer column, one actual （見込み）',
  build(wb) {
    turnedSheet(wb.addWorksheet(TURNED));
  },
  expected: {
    file: 'h24-plan-turned-per-policy.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(TURNED, '誘致企業数', '社', 39, 33),
      ind(TURNED, '工業団地分譲率', '%', 90, 81.2),
      ind(TURNED, '新規高卒者の管内就職率', '%', 55, 51.2),
      ind(TURNED, '技能講習受講者数', '人', 400, 285),
      ind(TURNED, 'インターンシップ受入企業数', '社', 30, 24),
      ind(TURNED, '新製品・新技術開発件数', '件', 180, 164, { actualStatus: 'provisional' }),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
  },
};

export { healthTwoSheets } from './planHealth';
export const PLAN_INTERIM_TURNED: Holdout2Workbook[] = [interimTarget, turnedTables];
