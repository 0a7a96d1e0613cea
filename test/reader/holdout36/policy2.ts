/** Hold-out 36: family A sheets beside other sheets: a 前年度 copy, a summary sheet that only repeats figures, a sheet with no year. */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

type Cell = string | number | undefined;
type Row = [name: string, unit: string, base: number, targets: Cell[], actuals: Cell[], final: number];

/** A 協働 policy sheet of one year: a table of 目標/実績 row pairs, R2 baseline, R3…R5 and 目標値（R7）; 達成度 top right. */
function kyodoSheet(wb: Workbook, name: string, year: string, rows: Row[], grade?: string): Worksheet {
  const ws = wb.addWorksheet(name);
  put(ws, 1, 1, [`帯広市総合計画　${year}　施策評価シート`]);
  put(ws, 2, 1, ['施策', '5-1 市民協働によるまちづくりの推進', undefined, undefined, undefined, undefined, '施策の達成度', grade]);
  put(ws, 3, 1, ['所管', '市民環境部 市民活動課']);
  put(ws, 5, 1, ['成果指標', '単位', '区分', '基準値（R2）', 'R3', 'R4', 'R5', '目標値（R7）']);
  rows.forEach(([n, unit, base, targets, actuals, final], i) => {
    const r = 6 + i * 2;
    put(ws, r, 1, [n, unit, '目標', undefined, ...targets, final]);
    put(ws, r + 1, 3, ['実績', base, ...actuals]);
    ws.mergeCells(r, 1, r + 1, 1);
    ws.mergeCells(r, 2, r + 1, 2);
  });
  return ws;
}

const K = '施策評価（R5）';
const KOLD = '施策評価（R4・前年度）';
const kRows: Row[] = [
  ['市民活動団体登録数', '団体', 118, [125, 132, 140], [124, 137, 151], 150],
  ['ボランティア活動参加率', '％', 19.4, [21, 23, 25], [18.8, 20.2, 21.3], 28],
  ['協働事業提案件数', '件', 6, [8, 10, 12], [5, 9, 7], 15],
  ['自治会加入率', '％', 74.1, [75, 75, 75], [73.5, 72.6, 71.8], 75],
];
const kOld: Row[] = kRows.map(([n, u, b, t, a, f]) => [n, u, b, [...t.slice(0, 2), undefined], [...a.slice(0, 2)], f]);
const k = kRows.map(([n, u, , t, a]) => ind(K, n, u, t[2] as number, a[2] as number));

/** A: this year's 施策 sheet and last year's copy (same indicators, R4 figures, its grade written) in one workbook. */
const priorYearCopy: Holdout2Workbook = {
  name: 'h36-09-policy-with-prior-year-copy',
  layout:
    'A: two sheets of one 施策: the 前年度 copy 施策評価（R4・前年度, its grade B written) first, then 施策評価（R5） with （前年度 B） right of its empty 達成度 cell; the same 4 indicators (目標/実績 row pairs, merged name and unit cells); only R5 counts',
  build(wb) {
    kyodoSheet(wb, KOLD, '令和４年度', kOld, 'B');
    kyodoSheet(wb, K, '令和５年度', kRows).getCell('I2').value = '（前年度 B）';
  },
  expected: {
    file: 'h36-09-policy-with-prior-year-copy.xlsx',
    fiscalYear: 2023,
    indicators: k,
    groups: [{ sheet: K, cell: 'H2', grade: rollUp(k.map((x) => x.grade)) }],
  },
};

type VBlock = [name: string, unit: string, targets: Cell[], actuals: Cell[], note: string];

/** A policy sheet with vertical blocks: 指標名 / 単位 / 備考 label rows, then a years header and 目標値・実績値 rows. */
function verticalPolicy(wb: Workbook, sheet: string, policy: string, blocks: VBlock[]): void {
  const ws = wb.addWorksheet(sheet);
  put(ws, 1, 1, ['施策評価シート', undefined, undefined, '評価年度：令和５年度']);
  put(ws, 2, 1, ['施策名', policy]);
  put(ws, 3, 1, ['施策の達成度']);
  blocks.forEach(([name, unit, targets, actuals, note], i) => {
    const r = 5 + i * 7;
    put(ws, r, 1, ['指標名', name]);
    ws.mergeCells(r, 2, r, 7);
    put(ws, r + 1, 1, ['単位', unit]);
    put(ws, r + 2, 1, ['年度', 'R3', 'R4', 'R5', 'R6', 'R7']);
    put(ws, r + 3, 1, ['目標値', ...targets]);
    put(ws, r + 4, 1, ['実績値', ...actuals]);
    put(ws, r + 5, 1, ['備考', note]);
  });
}

const S1 = '施策1-1';
const S2 = '施策1-2';
const s1 = [
  ind(S1, '保育所待機児童数', '人', 0, 3, { direction: 'down' }),
  ind(S1, '子育て支援拠点利用者数', '人', 18000, 19250),
  ind(S1, '乳幼児健診受診率', '％', 98, 96.4),
];
const s2 = [
  ind(S2, '学校図書館の児童1人当たり貸出冊数', '冊', 60, 48.5),
  ind(S2, '英語検定3級相当以上の中学3年生の割合', '％', 50, 46.2),
  ind(S2, '不登校児童生徒数', '人', 35, 41, { direction: 'down' }),
];

/** The 総括表: every indicator of both sheets again, copied, with 達成率 and a 評価 per 施策. */
function summarySheet(wb: Workbook): void {
  const ws = wb.addWorksheet('総括表');
  put(ws, 1, 1, ['令和５年度　施策評価　総括表（各施策シートから転記）']);
  put(ws, 3, 1, ['施策', '成果指標', '目標（R5）', '実績（R5）', '達成率', '施策の評価']);
  const rows: Cell[][] = [
    [S1, '保育所待機児童数', '0人', '3人', '－', 'B'],
    [undefined, '子育て支援拠点利用者数', '18,000人', '19,250人', '106.9%'],
    [undefined, '乳幼児健診受診率', '98.0%', '96.4%', '98.4%'],
    [S2, '学校図書館の児童1人当たり貸出冊数', '60冊', '48.5冊', '80.8%', 'B'],
    [undefined, '英語検定3級相当以上の中学3年生の割合', '50%以上', '46.2%', '92.4%'],
    [undefined, '不登校児童生徒数', '35人', '41人', '85.4%'],
  ];
  rows.forEach((r, i) => put(ws, 4 + i, 1, r));
  ws.mergeCells(4, 1, 6, 1);
  ws.mergeCells(7, 1, 9, 1);
  ws.mergeCells(4, 6, 6, 6);
  ws.mergeCells(7, 6, 9, 6);
  put(ws, 11, 1, ['※数値は各施策シートの値を転記したもの。待機児童数・不登校児童生徒数は少ないほど良い指標。']);
}

/** A: a 総括表 first that only repeats the figures of two vertical-block policy sheets; 0 as a down target. */
const summaryRepeats: Holdout2Workbook = {
  name: 'h36-10-summary-sheet-repeats-figures',
  layout:
    'A: 総括表 sheet first (copies of every figure, 達成率, a grade per 施策, merged 施策 cells) then two 施策 sheets of vertical blocks (指標名/単位/年度/目標値/実績値/備考 rows), 0 as a down target, 50％以上',
  build(wb) {
    summarySheet(wb);
    verticalPolicy(wb, S1, '1-1 安心して子どもを産み育てられる環境づくり', [
      ['保育所待機児童数', '人', [0, 0, 0, 0, 0], [5, 4, 3], '4月1日現在。少ないほど良い指標（減少を目指す）'],
      ['子育て支援拠点利用者数', '人', [16000, 17000, 18000, 19000, 20000], [15220, 17480, '19,250'], '延べ利用者数'],
      ['乳幼児健診受診率', '％', [98, 98, 98, 98, 98], [97.1, 95.8, 96.4], ''],
    ]);
    verticalPolicy(wb, S2, '1-2 確かな学力と豊かな心を育む教育の推進', [
      ['学校図書館の児童1人当たり貸出冊数', '冊', [55, 58, 60, 62, 65], [51.2, 49.9, 48.5], '小学校'],
      ['英語検定3級相当以上の中学3年生の割合', '％', ['50％以上', '50％以上', '50％以上', '50％以上', '50％以上'], [41.3, 44.8, '46.2％'], ''],
      ['不登校児童生徒数', '人', [38, 36, 35, 33, 30], [44, 47, 41], '少ないほど良い指標（減少を目指す）'],
    ]);
  },
  expected: {
    file: 'h36-10-summary-sheet-repeats-figures.xlsx',
    fiscalYear: 2023,
    indicators: [...s1, ...s2],
    groups: [
      { sheet: S1, cell: 'B3', grade: rollUp(s1.map((x) => x.grade)) },
      { sheet: S2, cell: 'B3', grade: rollUp(s2.map((x) => x.grade)) },
    ],
  },
};

const N = '施策4-1';
const n: ExpectedIndicator[] = [
  ind(N, '市内公共交通利用者数', '千人', 1050, 1020, { actualStatus: 'provisional' }),
  ind(N, '市道改良率', '％', 68.5, 68.9),
  ind(N, '交通事故発生件数', '件', 180, 205, { direction: 'down' }),
];

/** A: no year stated anywhere; full-width 令和 headings; actuals through 令和５年度; 達成度 right of the 施策 name. */
const noYearStated: Holdout2Workbook = {
  name: 'h36-12-policy-no-year-fullwidth-reiwa',
  layout:
    'A: 施策 sheet with no evaluation year anywhere (title without year), blocks stacked with 令和３年度… full-width headings, 期待値 for every year, actuals through 令和５年度 (one （見込み）), a （減少を目指す） name note',
  build(wb) {
    const ws = wb.addWorksheet(N);
    put(ws, 1, 2, ['第２次総合計画　施策評価シート']);
    put(ws, 3, 2, ['施策', '4-1 安全で便利な交通環境の確保', undefined, undefined, undefined, undefined, '達成度', undefined]);
    put(ws, 4, 2, ['担当', '都市整備部 都市計画課・道路課／市民生活部 生活安全課']);
    const heads = ['指標', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '令和７年度'];
    const blocks: [string, string, Cell[], Cell[]][] = [
      ['市内公共交通利用者数（千人）', '', [1000, 1025, 1050, 1075, 1100], [948, 991, '1,020（見込み）']],
      ['市道改良率（％）', '', [67.5, 68.0, 68.5, 69.0, 70.0], [67.6, 68.2, 68.9]],
      ['交通事故発生件数（件）（減少を目指す）', '', [200, 190, 180, 170, 160], [214, 198, 205]],
    ];
    blocks.forEach(([name, , expect, actual], i) => {
      const r = 6 + i * 5;
      put(ws, r, 2, [`成果指標 ${i + 1}`, name]);
      ws.mergeCells(r, 3, r, 7);
      put(ws, r + 1, 2, heads);
      put(ws, r + 2, 2, ['期待値', ...expect]);
      put(ws, r + 3, 2, ['実績値', ...actual]);
    });
  },
  expected: {
    file: 'h36-12-policy-no-year-fullwidth-reiwa.xlsx',
    fiscalYear: 2023,
    indicators: n,
    groups: [{ sheet: N, cell: 'I3', grade: rollUp(n.map((x) => x.grade)) }],
    guesses: ['period'],
  },
};

export const POLICY_SHEET_WORKBOOKS: Holdout2Workbook[] = [priorYearCopy, summaryRepeats, noYearStated];
