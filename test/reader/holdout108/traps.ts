/** Hold-out 108, three traps: readings that look right and are not (人事・組織・DX). */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const thin = { style: 'thin' as const };
const box = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * 特定事業主行動計画 目標の達成状況: a 参考 column with the 法定雇用率 and 国の目標 (a floor and the nation's aim, not the city's
 * target), the city's own 目標（R8）, then R5 and R6 実績; the year is R6.
 */
const legal: [string, string, string, number, number, number, string, 'up' | 'down'][] = [
  ['障害者雇用率', '％', '2.8\n（法定雇用率）', 3.0, 2.77, 2.92, '各年度6月1日現在', 'up'],
  ['男性職員の育児休業取得率', '％', '85\n（政府目標・令和7年）', 100, 58.3, 76.9, '', 'up'],
  ['男性職員の配偶者出産休暇等の取得率', '％', '－', 100, 88.0, 94.1, '', 'up'],
  ['女性管理職比率', '％', '－', 20, 16.2, 17.2, '各年度4月1日現在', 'up'],
  ['時間外勤務の月平均時間', '時間', '月45時間\n（上限）', 10.0, 11.4, 10.8, '減少を目指す', 'down'],
  ['年次休暇の平均取得日数', '日', '－', 15, 12.3, 14.2, '暦年', 'up'],
];

function buildLegal(wb: Workbook): void {
  const ws = wb.addWorksheet('目標と実績');
  ws.columns = [{ width: 34 }, { width: 7 }, { width: 20 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 20 }];
  put(ws, 1, 1, ['特定事業主行動計画（令和4年度〜令和8年度）　目標の達成状況（令和6年度）']);
  put(ws, 3, 1, ['指標', '単位', '法定雇用率・国の目標等\n（参考）', '本市の目標\n（令和8年度）', '実績', undefined, '備考']);
  put(ws, 4, 5, ['令和5年度', '令和6年度']);
  for (const c of ['A', 'B', 'C', 'D', 'G']) ws.mergeCells(`${c}3:${c}4`);
  ws.mergeCells('E3:F3');
  legal.forEach((x, i) => {
    const r = 5 + i;
    put(ws, r, 1, [x[0], x[1], x[2], x[3], x[4], x[5], x[6] || undefined]);
    for (let c = 1; c <= 7; c++) {
      ws.getCell(r, c).border = box;
      ws.getCell(r, c).alignment = { wrapText: true };
    }
  });
  put(ws, 12, 1, ['※法定雇用率及び国の目標は参考として掲載したもので、本市の目標は「本市の目標」欄のとおり。']);
}

const L = '目標と実績';
const legalInds: ExpectedIndicator[] = legal.map((x) => ({ ...ind(L, x[0], x[1], x[3], x[5], { direction: x[7] }), targetSource: 'final' }));

/**
 * DX・ペーパーレスの進捗: 基準値（R4）, 目標（R8）, R5 and R6 実績 and a derived 前年比 (％ or pt); the コピー用紙 target is written
 * as 「R4比 30％削減」, its figure worked out from the 基準値 (a guess to flag).
 */
function buildDx(wb: Workbook): void {
  const ws = wb.addWorksheet('DX進捗');
  ws.columns = [{ width: 30 }, { width: 7 }, { width: 14 }, { width: 16 }, { width: 13 }, { width: 13 }, { width: 11 }, { width: 26 }];
  put(ws, 1, 1, ['DX推進計画・ペーパーレス推進　令和6年度進捗状況']);
  put(ws, 2, 1, ['計画期間：令和4年度〜令和8年度', undefined, undefined, undefined, undefined, undefined, undefined, '行政改革推進課']);
  put(ws, 4, 1, ['指標', '単位', '基準値\n（令和4年度）', '目標\n（令和8年度）', '令和5年度\n実績', '令和6年度\n実績', '前年比', '備考']);
  const rows: [string, string, number, number | string, number, number | string, string][] = [
    ['電子申請件数', '件', 5800, 12000, 9870, 11460, ''],
    ['行政手続オンライン化率', '％', 18.0, 60.0, 41.5, 52.3, ''],
    ['RPAによる業務削減時間', '時間', 800, 3000, 1920, 2480, '年間'],
    ['コピー用紙使用枚数', '枚', 5200000, 'R4比 30％削減', 4257000, 4010000, '庁舎全体（A4換算）'],
    ['キャッシュレス対応窓口数', 'か所', 4, 30, 16, 21, ''],
    ['庁内会議のペーパーレス化率', '％', 10, 80, 55, '集計中', '6月確定予定'],
  ];
  rows.forEach((x, i) => {
    const r = 5 + i;
    put(ws, r, 1, [x[0], x[1], x[2], x[3], x[4], x[5], undefined, x[6] || undefined]);
    if (typeof x[5] !== 'number') ws.getCell(r, 7).value = '－';
    else if (x[1] === '％') ws.getCell(r, 7).value = `+${(x[5] - x[4]).toFixed(1)}pt`;
    else {
      ws.getCell(r, 7).value = { formula: `F${r}/E${r}`, result: x[5] / x[4] };
      ws.getCell(r, 7).numFmt = '0.0%';
    }
    for (const c of [3, 4, 5, 6]) if (x[1] !== '％') ws.getCell(r, c).numFmt = '#,##0';
    for (let c = 1; c <= 8; c++) ws.getCell(r, c).border = box;
  });
  put(ws, 12, 1, ['※前年比は令和5年度実績に対する比率（率の指標はポイント差）。']);
  put(ws, 13, 1, ['※コピー用紙使用枚数は削減を目指す指標。']);
}

const D = 'DX進捗';
const dxInds: ExpectedIndicator[] = [
  { ...ind(D, '電子申請件数', '件', 12000, 11460), targetSource: 'final' },
  { ...ind(D, '行政手続オンライン化率', '％', 60, 52.3), targetSource: 'final' },
  { ...ind(D, 'RPAによる業務削減時間', '時間', 3000, 2480), targetSource: 'final' },
  { ...ind(D, 'コピー用紙使用枚数', '枚', 5200000 * 0.7, 4010000, { direction: 'down' }), targetSource: 'final' },
  { ...ind(D, 'キャッシュレス対応窓口数', 'か所', 30, 21), targetSource: 'final' },
  { ...ind(D, '庁内会議のペーパーレス化率', '％', 80, null, { actualStatus: 'pending' }), targetSource: 'final' },
];

/**
 * 定員管理計画 進行管理表: 目標職員数／職員数 per 部門 at 4月1日 points R4.4.1〜R9.4.1; the sheet says the 令和6年度 result is the
 * 令和7年4月1日 count (not the R6.4.1 column a 令和6年度 heading invites); 職員数 at or under the target is met.
 */
const depts: [string, number[], number[]][] = [
  ['一般行政部門', [640, 625, 610, 600, 590], [652, 641, 630, 618]],
  ['教育部門', [186, 183, 180, 178, 175], [190, 187, 181, 176]],
  ['消防部門', [205, 205, 205, 205, 205], [204, 205, 206, 205]],
  ['公営企業等会計部門', [100, 98, 95, 93, 90], [104, 103, 103, 101]],
  ['総職員数', [1131, 1111, 1090, 1076, 1060], [1150, 1136, 1120, 1100]],
];

function buildTeiin(wb: Workbook): void {
  const ws = wb.addWorksheet('定員管理');
  ws.columns = [{ width: 20 }, { width: 14 }, ...Array.from({ length: 6 }, () => ({ width: 12 })), { width: 11 }];
  put(ws, 1, 1, ['令和6年度　定員管理計画（令和4年度〜令和8年度）進行管理表']);
  put(ws, 2, 1, ['評価時点：令和7年4月1日現在の職員数（令和6年度の定員管理の結果）']);
  put(ws, 3, 9, ['（単位：人）']);
  put(ws, 4, 1, ['部門', '区分', 'R4.4.1\n（基準）', 'R5.4.1', 'R6.4.1', 'R7.4.1', 'R8.4.1', 'R9.4.1\n（最終目標）', '対前年増減']);
  depts.forEach((d, i) => {
    const r = 5 + i * 2;
    put(ws, r, 1, [d[0], '目標職員数', '－', ...d[1]]);
    put(ws, r + 1, 2, ['職員数（実績）', ...d[2]]);
    ws.getCell(r + 1, 9).value = { formula: `F${r + 1}-E${r + 1}`, result: d[2][3] - d[2][2] };
    ws.getCell(r + 1, 9).numFmt = '+#,##0;▲#,##0;0';
    ws.mergeCells(r, 1, r + 1, 1);
    for (let rr = r; rr <= r + 1; rr++) for (let c = 1; c <= 9; c++) ws.getCell(rr, c).border = box;
  });
  put(ws, 16, 1, ['※各年4月1日現在。職員数が目標職員数以下であれば達成（減少を目指す）。総職員数は各部門の計。']);
}

const Q = '定員管理';
const teiinInds: ExpectedIndicator[] = depts.map((d) => ind(Q, d[0], '人', d[1][2], d[2][3], { direction: 'down' }));

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h108-legal-rate-reference',
    layout:
      '特定事業主行動計画 目標の達成状況: a 参考 column with 法定雇用率 2.8 and 国の目標 85 beside 本市の目標（令和8年度）, R5｜R6 実績 under one 実績 heading',
    build: buildLegal,
    expected: { file: 'h108-legal-rate-reference.xlsx', fiscalYear: 2024, indicators: legalInds, groups: [] },
  },
  {
    name: 'h108-paperless-baseline-target',
    layout:
      'DX・ペーパーレス進捗: 基準値（R4）｜目標（R8）｜R5｜R6 実績｜derived 前年比 (％ formula or 「+10.8pt」), コピー用紙 target 「R4比 30％削減」, 集計中',
    build: buildDx,
    expected: {
      file: 'h108-paperless-baseline-target.xlsx',
      fiscalYear: 2024,
      indicators: dxInds,
      groups: [],
      guesses: ['target-from-baseline'],
    },
  },
  {
    name: 'h108-teiin-april-points',
    layout: '定員管理 進行管理表: 目標職員数／職員数 per 部門 at R4.4.1〜R9.4.1, 評価時点 令和7年4月1日 for 令和6年度, derived 対前年増減',
    build: buildTeiin,
    expected: { file: 'h108-teiin-april-points.xlsx', fiscalYear: 2024, indicators: teiinInds, groups: [] },
  },
];
