/**
 * Hold-out 127, traps a careless reader falls into: a 市営住宅 入居状況の推移 with ％ stored as fractions, 目標値（R5） beside
 * 目標値（R7） and a 令和6年度（9月末現在） column already filled; a 耐震改修促進計画 進捗管理表 whose targets are 累計 with
 * 実績（単年度） and 実績（累計） rows and a 「随時」 target; and a 成果指標評価表 in full-width digits with 「前年度以上」 and
 * 「現状維持」 targets, a ○×－ 達成状況 column, a 令和２年度実績（参考） column, a 令和４年度目標 column and 備考 full of figures.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

type Cell = string | number | null;

const NYUKYO: [string, string, string, number, number, number, number, number, number, string][] = [
  ['市営住宅の入居率', '％', '増加', 0.9, 0.92, 0.861, 0.868, 0.842, 0.881, '政策空家 86戸を除く'],
  ['家賃収納率（現年度分）', '％', '増加', 0.985, 0.99, 0.983, 0.986, 0.991, 0.612, 'R6は9月末時点の収納率'],
  ['市営住宅管理戸数', '戸', '減少', 1450, 1380, 1536, 1508, 1482, 1482, '長寿命化計画による団地の集約化'],
  ['退去修繕の平均日数', '日', '減少', 45, 40, 63, 58, 72, 49, '退去届の受理から修繕完了まで'],
];

function nyukyoSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('入居状況');
  widths(ws, [26, 6, 9, 10, 10, 10, 10, 10, 12, 30]);
  merge(ws, 1, 1, 1, 10, '市営住宅 管理・入居状況の推移');
  ws.getCell(2, 1).value = '評価対象年度：令和５年度（令和６年度は９月末現在の数値）';
  put(ws, 4, 1, ['指標', '単位', '目指す方向', '目標値\n（R5）', '目標値\n（R7）', '令和3年度', '令和4年度', '令和5年度', '令和6年度\n（9月末現在）', '備考']);
  wrap(ws, 4, 1, 4, 10);
  NYUKYO.forEach((row, i) => {
    put(ws, 5 + i, 1, row);
    for (let c = 4; c <= 9; c++) ws.getCell(5 + i, c).numFmt = row[1] === '％' ? '0.0%' : '#,##0';
  });
  box(ws, 4, 1, 4 + NYUKYO.length, 10);
}

const nyukyo: Holdout2Workbook = {
  name: 'h127-t-nyukyo-wariai',
  layout:
    'trap: ％ stored as fractions under a 0.0% format, 目標値（R5） beside 目標値（R7）, a 令和6年度（9月末現在） column already filled (a partial 収納率 61.2 %), 減少 in a 目指す方向 column',
  build: nyukyoSheet,
  expected: {
    file: 'h127-t-nyukyo-wariai.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('入居状況', '市営住宅の入居率', '％', 90, 84.2),
      ind('入居状況', '家賃収納率（現年度分）', '％', 98.5, 99.1),
      ind('入居状況', '市営住宅管理戸数', '戸', 1450, 1482, { direction: 'down' }),
      ind('入居状況', '退去修繕の平均日数', '日', 45, 72, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------

interface Progress {
  name: string;
  unit: string;
  rows: [string, ...Cell[]][];
  note: string;
}

const PROGRESS: Progress[] = [
  {
    name: '木造住宅耐震改修件数（累計）',
    unit: '件',
    rows: [
      ['目標（累計）', 40, 80, 120, 160, 200],
      ['実績（単年度）', 37, 29],
      ['実績（累計）', 37, 66],
    ],
    note: 'R4は補正予算で10件追加募集（うち3件はR5へ繰越）',
  },
  {
    name: '木造住宅耐震診断件数（累計）',
    unit: '件',
    rows: [
      ['目標（累計）', 100, 200, 300, 400, 500],
      ['実績（単年度）', 104, 118],
      ['実績（累計）', 104, 222],
    ],
    note: '',
  },
  {
    name: '耐震相談会の開催回数',
    unit: '回',
    rows: [
      ['目標', '随時', '随時', '随時', '随時', '随時'],
      ['実績', 12, 14],
    ],
    note: '出前講座を含む',
  },
  {
    name: '耐震性が不十分な住宅戸数',
    unit: '戸',
    rows: [
      ['目標', 5600, 5200, 4800, 4400, 4000],
      ['実績', 5480, 5010],
    ],
    note: '※減少を目指す指標。住宅・土地統計調査を基に推計',
  },
];

function progressSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('進捗管理');
  widths(ws, [30, 6, 14, 10, 10, 10, 10, 12, 36]);
  merge(ws, 1, 1, 1, 9, '○○市耐震改修促進計画　進捗管理表');
  ws.getCell(2, 1).value = '評価対象年度：令和４年度（令和５年３月末現在）';
  put(ws, 4, 1, ['指標', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度\n（目標年度）', '備考']);
  wrap(ws, 4, 1, 4, 9);
  let r = 5;
  for (const p of PROGRESS) {
    const end = r + p.rows.length - 1;
    merge(ws, r, 1, end, 1, p.name);
    merge(ws, r, 2, end, 2, p.unit);
    p.rows.forEach((row, i) => put(ws, r + i, 3, row));
    merge(ws, r, 9, end, 9, p.note || undefined);
    r = end + 1;
  }
  box(ws, 4, 1, r - 1, 9);
}

const progress: Holdout2Workbook = {
  name: 'h127-t-ruikei-shinchoku',
  layout: 'trap: 目標（累計） against 実績（単年度） and 実績（累計） rows, a 「随時」 target, a 減少 indicator marked only in 備考, figures in 備考',
  build: progressSheet,
  expected: {
    file: 'h127-t-ruikei-shinchoku.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('進捗管理', '木造住宅耐震改修件数（累計）', '件', 80, 66),
      ind('進捗管理', '木造住宅耐震診断件数（累計）', '件', 200, 222),
      ind('進捗管理', '耐震相談会の開催回数', '回', null, 14),
      ind('進捗管理', '耐震性が不十分な住宅戸数', '戸', 5200, 5010, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------

const HYOKA: [string, string, string, string, string, string, string, string][] = [
  ['セーフティネット住宅登録戸数', '戸', '１２８', '２００', '２１６', '○', '２６０', '※R7目標 ４００戸'],
  ['居住支援法人の指定数', '法人', '２', '前年度以上', '３', '－', '前年度以上', ''],
  ['市営住宅の入居率', '％', '９１．５', '９３．０', '９２．１', '×', '９４．０', 'R4.3.31現在　管理戸数 1,236戸／入居 1,138戸'],
  ['住宅確保要配慮者の入居支援件数', '件', '１８', '３０', '集計中', '－', '３５', '令和４年６月確定予定'],
  ['高齢者世帯向け住宅改修助成件数', '件', '２２', '２５', '１７', '×', '２５', '申請 21件（うち取下げ 4件）'],
  ['市営住宅入居者満足度', '％', '７８．４', '現状維持', '７９．０', '－', '現状維持', '入居者アンケート（「満足」「やや満足」の割合）'],
];

function hyokaSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('評価表');
  widths(ws, [5, 32, 6, 14, 12, 12, 10, 12, 40]);
  merge(ws, 1, 1, 1, 9, '令和３年度　住宅セーフティネット・市営住宅　成果指標評価表');
  put(ws, 3, 1, ['No.', '指標', '単位', '令和２年度実績\n（参考）', '令和３年度\n目標', '令和３年度\n実績', '達成状況', '令和４年度\n目標', '備考']);
  wrap(ws, 3, 1, 3, 9);
  HYOKA.forEach((row, i) => put(ws, 4 + i, 1, [['１', '２', '３', '４', '５', '６'][i], ...row.map((c) => c || undefined)]));
  box(ws, 3, 1, 3 + HYOKA.length, 9);
  ws.getCell(11, 2).value = '達成状況　○：目標達成　×：目標未達成　－：判定対象外';
}

const hyoka: Holdout2Workbook = {
  name: 'h127-t-zennendo-ijo',
  layout:
    'trap: full-width digits, 「前年度以上」「現状維持」 targets, a ○×－ 達成状況 column, a 令和２年度実績（参考） column before and a 令和４年度目標 column after, 集計中, figures in 備考 (※R7目標 ４００戸, 管理戸数 1,236戸)',
  build: hyokaSheet,
  expected: {
    file: 'h127-t-zennendo-ijo.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind('評価表', 'セーフティネット住宅登録戸数', '戸', 200, 216),
      ind('評価表', '居住支援法人の指定数', '法人', null, 3),
      ind('評価表', '市営住宅の入居率', '％', 93.0, 92.1),
      ind('評価表', '住宅確保要配慮者の入居支援件数', '件', 30, null, { actualStatus: 'pending' }),
      ind('評価表', '高齢者世帯向け住宅改修助成件数', '件', 25, 17),
      ind('評価表', '市営住宅入居者満足度', '％', null, 79.0),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [nyukyo, progress, hyoka];
