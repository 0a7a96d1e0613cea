/** Hold-out 202, three workbooks that invite a silent wrong reading (災害時要配慮者・個別避難計画・福祉避難所). */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- T1: a 令和7年度 sheet evaluating 令和6年度; R7 columns filled (実績見込);
// 累計 and 単年度 of the same count side by side; one lower-is-better row whose R7 見込 would pass
const T1_SHEET = '評価調書';
interface T1Row {
  name: string;
  unit: string;
  dir: '↑' | '↓';
  r5: [number, number];
  r6: [number, number];
  r7: [number, number];
  note: string;
}
const T1_ROWS: T1Row[] = [
  { name: '個別避難計画作成数（累計）', unit: '件', dir: '↑', r5: [600, 640], r6: [1000, 1012], r7: [1400, 1380], note: '年度末現在の累計' },
  { name: '個別避難計画作成数（単年度）', unit: '件', dir: '↑', r5: [300, 330], r6: [400, 372], r7: [400, 368], note: '当該年度の新規作成数' },
  { name: '福祉避難所指定数', unit: 'か所', dir: '↑', r5: [20, 21], r6: [24, 22], r7: [27, 25], note: '' },
  { name: '要配慮者避難訓練参加者数', unit: '人', dir: '↑', r5: [450, 398], r6: [500, 312], r7: [550, 560], note: 'R6は荒天により2地区で中止' },
  { name: '避難所の要配慮者スペース確保率', unit: '％', dir: '↑', r5: [70, 68.5], r6: [80, 72.5], r7: [90, 88.0], note: '' },
  { name: '避難所運営に関する要配慮者からの苦情件数', unit: '件', dir: '↓', r5: [20, 24], r6: [15, 21], r7: [12, 10], note: '減少を目指す指標' },
];

function buildT1(wb: Workbook): void {
  const ws = wb.addWorksheet(T1_SHEET);
  widths(ws, [5, 36, 6, 6, 9, 9, 9, 9, 9, 10, 24]);
  merge(ws, 1, 1, 1, 11, '令和７年度　施策評価調書（災害時要配慮者の避難支援）');
  put(ws, 2, 1, ['評価対象：令和６年度の取組実績　　（令和７年度欄の実績は９月末時点の見込）']);
  merge(ws, 4, 1, 5, 1, 'No.');
  merge(ws, 4, 2, 5, 2, '指標名');
  merge(ws, 4, 3, 5, 3, '単位');
  merge(ws, 4, 4, 5, 4, '目指す\n方向');
  merge(ws, 4, 5, 4, 6, '令和５年度');
  merge(ws, 4, 7, 4, 8, '令和６年度');
  merge(ws, 4, 9, 4, 10, '令和７年度');
  merge(ws, 4, 11, 5, 11, '備考');
  put(ws, 5, 5, ['目標', '実績', '目標', '実績', '目標', '実績\n（見込）']);
  T1_ROWS.forEach((t, i) => put(ws, 6 + i, 1, [i + 1, t.name, t.unit, t.dir, ...t.r5, ...t.r6, ...t.r7, t.note || undefined]));
  wrap(ws, 4, 1, 5, 11);
  box(ws, 4, 1, 5 + T1_ROWS.length, 11);
  put(ws, 7 + T1_ROWS.length, 1, ['※目指す方向　↑：数値の増加を目指す　↓：数値の減少を目指す']);
}

const t1Inds: ExpectedIndicator[] = T1_ROWS.map((t) => ind(T1_SHEET, t.name, t.unit, t.r6[0], t.r6[1], { direction: t.dir === '↓' ? 'down' : 'up' }));

// ---------------------------------------------------------------- T2: ％ stored as fractions, lower-is-better rows, a target in words
const T2_SHEET = '福祉避難所指標';
function buildT2(wb: Workbook): void {
  const ws = wb.addWorksheet(T2_SHEET);
  widths(ws, [38, 6, 8, 14, 20, 14, 28]);
  merge(ws, 1, 1, 1, 7, '福祉避難所の運営体制に関する指標（令和６年度）');
  put(ws, 2, 6, ['障がい福祉課']);
  put(ws, 3, 1, ['指標', '単位', '目指す\n方向', '令和５年度\n実績', '令和６年度\n目標', '令和６年度\n実績', '備考']);
  const rows: (string | number)[][] = [
    ['福祉避難所の協定締結率', '％', '↑', 0.8, 0.85, 0.88, '協定締結施設／指定施設'],
    ['運営訓練を実施していない福祉避難所数', '施設', '↓', 6, 3, 5, ''],
    ['備蓄物資の整備を完了した福祉避難所数', '施設', '↑', 18, '全指定施設（26施設）', 24, '残り2施設はR7上半期に配備'],
    ['避難所における要配慮者スペースの確保率', '％', '↑', 0.712, 0.9, 0.764, ''],
    ['移送用福祉車両の確保台数', '台', '↑', 8, 10, 10, '社会福祉協議会との協定分を含む'],
    ['福祉避難所の開設に要する平均時間', '分', '↓', 82, 60, 75, '開設訓練時の計測値'],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  for (const r of [4, 7]) for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = '0.0%';
  wrap(ws, 3, 1, 9, 7);
  box(ws, 3, 1, 9, 7);
  put(ws, 11, 1, ['※目指す方向　↑：増加（高いほど良い）　↓：減少（低いほど良い）']);
}

const t2Inds: ExpectedIndicator[] = [
  ind(T2_SHEET, '福祉避難所の協定締結率', '％', 85, 88),
  ind(T2_SHEET, '運営訓練を実施していない福祉避難所数', '施設', 3, 5, { direction: 'down' }),
  ind(T2_SHEET, '備蓄物資の整備を完了した福祉避難所数', '施設', 26, 24),
  ind(T2_SHEET, '避難所における要配慮者スペースの確保率', '％', 90, 76.4),
  ind(T2_SHEET, '移送用福祉車両の確保台数', '台', 10, 10),
  ind(T2_SHEET, '福祉避難所の開設に要する平均時間', '分', 60, 75, { direction: 'down' }),
];

// ---------------------------------------------------------------- T3: lower-is-better only by a footnote, a hidden 前年度実績 column
// between 目標 and 実績, an actual with last year's figure in brackets, 集計中, an actual of 0 on a lower-is-better row
const T3_SHEET = 'KPI進捗';
function buildT3(wb: Workbook): void {
  const ws = wb.addWorksheet(T3_SHEET);
  widths(ws, [5, 40, 6, 11, 11, 11, 16, 26]);
  merge(ws, 1, 1, 1, 8, '避難行動要支援者支援　KPI進捗状況（令和６年度）');
  put(ws, 3, 1, ['No.', '指標', '単位', '基準値\n（R4）', '目標値\n（R6）', '前年度実績\n（R5）', '実績値\n（R6）', '備考']);
  const rows: (string | number)[][] = [
    [1, '名簿登載者のうち平常時名簿提供に同意した人の割合', '％', 44.6, 60, 52.8, '57.3（R5：52.8）', ''],
    [2, '個別避難計画作成数（累計）', '件', 320, 1000, 640, 1012, '※2'],
    [3, '避難支援者が確保できていない要支援者数', '人', 240, 150, 205, 188, '※1'],
    [4, '地域の避難支援者登録数', '人', 610, 900, 745, '集計中', '5月末確定予定'],
    [5, '避難時に支援が得られなかった事例の件数', '件', 7, 5, 3, 0, '※1'],
    [6, '要配慮者向け防災情報メール登録者数', '人', 1280, 2000, 1590, 1730, ''],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  ws.getColumn(6).hidden = true;
  wrap(ws, 3, 1, 9, 8);
  box(ws, 3, 1, 9, 8);
  put(ws, 11, 1, ['※1　No.3及びNo.5は、数値の減少を目指す指標である（達成率＝目標値÷実績値）。']);
  put(ws, 12, 1, ['※2　令和7年3月31日時点の累計値。']);
}

const t3Inds: ExpectedIndicator[] = [
  ind(T3_SHEET, '名簿登載者のうち平常時名簿提供に同意した人の割合', '％', 60, 57.3),
  ind(T3_SHEET, '個別避難計画作成数（累計）', '件', 1000, 1012),
  ind(T3_SHEET, '避難支援者が確保できていない要支援者数', '人', 150, 188, { direction: 'down' }),
  ind(T3_SHEET, '地域の避難支援者登録数', '人', 900, null, { actualStatus: 'pending' }),
  ind(T3_SHEET, '避難時に支援が得られなかった事例の件数', '件', 5, 0, { direction: 'down' }),
  ind(T3_SHEET, '要配慮者向け防災情報メール登録者数', '人', 2000, 1730),
];

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h202-trap-r7-sheet-r6-eval',
    layout: 'a 令和7年度 調書 evaluating 令和6年度: R7 目標/実績（見込） columns filled, 累計 and 単年度 rows, a ↓ row that passes only on R7',
    build: buildT1,
    expected: { file: 'h202-trap-r7-sheet-r6-eval.xlsx', fiscalYear: 2024, indicators: t1Inds, groups: [] },
  },
  {
    name: 'h202-trap-fractions-words',
    layout: '％ stored as fractions under 0.0%, ↓ rows (one exactly at 60 %, one at 80 %), a target in words 「全指定施設（26施設）」, a 前年度 column first',
    build: buildT2,
    expected: { file: 'h202-trap-fractions-words.xlsx', fiscalYear: 2024, indicators: t2Inds, groups: [] },
  },
  {
    name: 'h202-trap-footnote-hidden',
    layout: 'direction only in a footnote (※1), a hidden 前年度実績 column between 目標 and 実績, 「57.3（R5：52.8）」, 集計中, an actual of 0 on a ↓ row',
    build: buildT3,
    expected: { file: 'h202-trap-footnote-hidden.xlsx', fiscalYear: 2024, indicators: t3Inds, groups: [] },
  },
];
