/** Hold-out 73, part 1: 施策評価シート built with real Excel features (達成率 formulas with cached results, 期待値 cells referring to a protected 目標 sheet, ％ stored as fractions, merged names over two rows, a note with a number in it, a hidden column of the original target and a hidden row of a dropped indicator, frozen panes). */
import type { CellValue, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** A formula cell with the result Excel cached when the clerk saved the file. */
export const fx = (formula: string, result: number | string | { error: '#VALUE!' | '#DIV/0!' }): CellValue => ({ formula, result }) as CellValue;

/** Writes a value with a number format. */
export function num(ws: Worksheet, addr: string, value: CellValue, numFmt?: string): void {
  const c = ws.getCell(addr);
  c.value = value;
  if (numFmt) c.numFmt = numFmt;
}

const col = (n: number) => String.fromCharCode(64 + n);

// ---------------------------------------------------------------------------------------------------------------------
const P1 = '施策2-1';
const p1Rows: { name: string; unit: string; dir: '↑' | '↓'; exp: number[]; act: number[]; fmt: string; note?: string }[] = [
  { name: '特定健康診査の受診率', unit: '％', dir: '↑', exp: [0.4, 0.42, 0.45, 0.48, 0.5], act: [0.385, 0.402, 0.431], fmt: '0.0%' },
  { name: 'がん検診の受診者数', unit: '人', dir: '↑', exp: [3200, 3300, 3400, 3500, 3600], act: [3105, 3180, 2890], fmt: '#,##0' },
  {
    name: '健康づくり教室の参加者数',
    unit: '人',
    dir: '↑',
    exp: [1400, 1500, 1600, 1700, 1800],
    act: [1210, 1475, 1720],
    fmt: '#,##0',
    note: 'R5からオンライン教室の参加者（延べ215人）を含む。',
  },
  { name: '救急医療情報キットの配布数（累計）', unit: '件', dir: '↑', exp: [3000, 3500, 4000, 4500, 5000], act: [1950, 2130, 2310], fmt: '#,##0' },
  { name: 'メタボリックシンドローム該当者の割合', unit: '％', dir: '↓', exp: [0.2, 0.195, 0.19, 0.185, 0.18], act: [0.212, 0.205, 0.207], fmt: '0.0%' },
];
const p1Expected = [
  ind(P1, '特定健康診査の受診率', '％', 45.0, 43.1),
  ind(P1, 'がん検診の受診者数', '人', 3400, 2890),
  ind(P1, '健康づくり教室の参加者数', '人', 1600, 1720),
  ind(P1, '救急医療情報キットの配布数（累計）', '件', 4000, 2310),
  ind(P1, 'メタボリックシンドローム該当者の割合', '％', 19.0, 20.7, { direction: 'down' }),
];
const healthPolicy: Holdout2Workbook = {
  name: 'h73-policy-formula-rates',
  layout:
    '施策評価シート: 指標名・単位・方向・達成率のセルが期待値/実績値の2行に結合、R5達成率は数式（キャッシュ値）、％は小数で保存し 0.0% 表示、実績にメモ（数字入り）、ウィンドウ枠の固定',
  build(wb) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 1, ['令和5年度　施策評価シート（基本施策事後評価）']);
    put(ws, 2, 1, ['基本方針', '2　誰もが健やかに暮らせるまち']);
    put(ws, 3, 1, ['基本施策', '2-1　健康づくりと地域医療の充実', undefined, undefined, undefined, undefined, '担当部等', '保健福祉部（健康推進課）']);
    put(ws, 4, 1, ['達成状況', undefined, undefined, '（B）']);
    ws.mergeCells('B4:C4');
    put(ws, 6, 1, ['成果指標', '単位', '方向', '区分', 'R3', 'R4', 'R5', 'R6', 'R7（目標）', 'R5達成率']);
    p1Rows.forEach((r, i) => {
      const top = 7 + i * 2;
      put(ws, top, 1, [r.name, r.unit, r.dir, '期待値']);
      put(ws, top + 1, 4, ['実績値']);
      r.exp.forEach((v, k) => num(ws, `${col(5 + k)}${top}`, v, r.fmt));
      r.act.forEach((v, k) => num(ws, `${col(5 + k)}${top + 1}`, v, r.fmt));
      const [t, a] = [r.exp[2], r.act[2]];
      num(ws, `J${top}`, r.dir === '↑' ? fx(`G${top + 1}/G${top}`, a / t) : fx(`G${top}/G${top + 1}`, t / a), '0.0%');
      if (r.note) ws.getCell(`G${top + 1}`).note = r.note;
      for (const c of ['A', 'B', 'C', 'J']) ws.mergeCells(`${c}${top}:${c}${top + 1}`);
    });
    put(ws, 18, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
    put(ws, 19, 1, ['※達成率＝実績値÷期待値（↓の指標は期待値÷実績値）']);
    put(ws, 21, 1, ['【施策の成果と課題】']);
    put(ws, 22, 1, ['健康づくり教室はオンライン開催の追加で参加者が増えたが、がん検診は受診控えが続いている。']);
    ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 6 }];
    ws.getColumn(1).width = 36;
  },
  expected: {
    file: 'h73-policy-formula-rates.xlsx',
    fiscalYear: 2023,
    indicators: p1Expected,
    groups: [{ sheet: P1, cell: 'B4', grade: rollUp(p1Expected.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
const P2 = '4-2';
const p2Blocks: { name: string; desc: string; unit: string; base: number; act: (number | string)[]; exp: number[]; note?: string }[] = [
  {
    name: '観光入込客数',
    desc: '市内の主な観光地点の入込客数（県観光統計）',
    unit: '千人',
    base: 820,
    act: [905, 1080, 1262],
    exp: [900, 1000, 1150, 1250, 1300],
  },
  { name: '宿泊者数', desc: '市内宿泊施設の延べ宿泊者数', unit: '人', base: 61200, act: [70310, 84100, 98400], exp: [75000, 95000, 120000, 125000, 130000] },
  { name: '観光ボランティアガイドの案内件数', desc: 'ガイド協会による案内の件数', unit: '件', base: 96, act: [180, 265, 312], exp: [200, 300, 400, 420, 450] },
  {
    name: '外国人宿泊者数',
    desc: '市内宿泊施設の外国人延べ宿泊者数',
    unit: '人',
    base: 350,
    act: [820, 2150, '集計中'],
    exp: [1000, 3000, 5000, 6000, 7000],
    note: '県観光統計の公表（令和6年9月予定）後に記入する。',
  },
];
const p2Expected = [
  ind(P2, '観光入込客数', '千人', 1150, 1262),
  ind(P2, '宿泊者数', '人', 120000, 98400),
  ind(P2, '観光ボランティアガイドの案内件数', '件', 400, 312),
  ind(P2, '外国人宿泊者数', '人', 5000, null, { actualStatus: 'pending' }),
];
const tourismPolicy: Holdout2Workbook = {
  name: 'h73-policy-targets-sheet',
  layout:
    '基本施策評価シート（指標ブロック2列並び）: 期待値のセルが保護された「目標」シートを参照する数式（=目標!F4、キャッシュ値あり）、R5実績「集計中」にメモ、達成状況評価の横に前年度（C）',
  build(wb) {
    const ws = wb.addWorksheet(P2);
    const tg = wb.addWorksheet('目標');
    put(tg, 1, 1, ['第2次観光振興計画　年度別目標値（評価シートから参照）']);
    put(tg, 3, 1, ['No.', '指標', '単位', 'R3', 'R4', 'R5', 'R6', 'R7']);
    p2Blocks.forEach((b, i) => {
      put(tg, 4 + i, 1, [i + 1, b.name, b.unit]);
      b.exp.forEach((v, k) => num(tg, `${col(4 + k)}${4 + i}`, v, '#,##0'));
    });
    put(tg, 9, 1, ['※このシートは企画課が管理しています（シート保護）。']);
    tg.getColumn(2).width = 30;
    void tg.protect('', { selectLockedCells: true, selectUnlockedCells: true });

    put(ws, 1, 1, ['令和5年度　基本施策評価シート']);
    put(ws, 2, 1, ['評価対象期間：令和５年度']);
    put(ws, 3, 1, ['基本方針 4　にぎわいと活力のあるまち']);
    put(ws, 4, 1, ['基本施策 4-2　観光の振興', undefined, undefined, undefined, undefined, undefined, undefined, undefined, '担当部等：商工観光部 観光課']);
    put(ws, 6, 1, ['達成状況評価', undefined, undefined, '（C）']);
    ws.mergeCells('B6:C6');
    const marks = ['①', '②', '③', '④'];
    p2Blocks.forEach((b, i) => {
      const top = 8 + Math.floor(i / 2) * 8;
      const left = 1 + (i % 2) * 8;
      const at = (r: number, c: number) => `${col(left + c)}${top + r}`;
      put(ws, top, left, [`指標${marks[i]}`, b.name]);
      ws.mergeCells(`${at(0, 1)}:${at(0, 6)}`);
      put(ws, top + 1, left, ['指標の説明', b.desc]);
      ws.mergeCells(`${at(1, 1)}:${at(1, 6)}`);
      put(ws, top + 2, left, ['単位', b.unit]);
      put(ws, top + 3, left, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
      put(ws, top + 4, left, ['実績値']);
      num(ws, at(4, 1), b.base, '#,##0');
      b.act.forEach((v, k) => num(ws, at(4, 2 + k), v, typeof v === 'number' ? '#,##0' : undefined));
      put(ws, top + 5, left, ['期待値\n※R7は目標値']);
      b.exp.forEach((v, k) => num(ws, at(5, 2 + k), fx(`目標!${col(4 + k)}${4 + i}`, v), '#,##0'));
      put(ws, top + 6, left, ['備考']);
      ws.mergeCells(`${at(6, 1)}:${at(6, 6)}`);
      if (b.note) ws.getCell(at(4, 4)).note = b.note;
    });
    ws.getCell('B22').value = 'R5の案内件数は、ガイドの高齢化で受入日を減らしたため伸びなかった。';
    ws.getColumn(1).width = 14;
    ws.getColumn(9).width = 14;
  },
  expected: {
    file: 'h73-policy-targets-sheet.xlsx',
    fiscalYear: 2023,
    indicators: p2Expected,
    groups: [{ sheet: P2, cell: 'B6', grade: rollUp(p2Expected.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
const P3 = '施策5-3';
const p3Rows: { name: string; unit: string; dir: string; base: number; orig: number; target: number; actual: number; own: string; fmt: string }[] = [
  { name: '家庭ごみの1人1日当たり排出量', unit: 'g', dir: '減少', base: 720, orig: 650, target: 680, actual: 694, own: 'B', fmt: '#,##0' },
  { name: 'リサイクル率', unit: '％', dir: '増加', base: 17.8, orig: 25.0, target: 21.0, actual: 19.9, own: 'B', fmt: '0.0' },
  { name: '資源回収団体の登録数', unit: '団体', dir: '増加', base: 42, orig: 60, target: 50, actual: 51, own: 'A', fmt: '#,##0' },
  { name: '不法投棄の処理件数', unit: '件', dir: '減少', base: 88, orig: 50, target: 70, actual: 96, own: 'B', fmt: '#,##0' },
  { name: '生ごみ処理機の購入補助件数', unit: '件', dir: '増加', base: 35, orig: 80, target: 50, actual: 28, own: 'D', fmt: '#,##0' },
];
const p3Expected = p3Rows.map((r) => ind(P3, r.name, r.unit, r.target, r.actual, { direction: r.dir === '減少' ? 'down' : 'up', existing: r.own }));
const revisedPolicy: Holdout2Workbook = {
  name: 'h73-policy-revised-target',
  layout:
    '施策評価シート（指標の一覧）: 中間見直し前の「目標値（当初）」の列を非表示、見直しで削除した指標の行を非表示、改定した目標にメモ（当初の数値入り）、達成率は数式、課の評価 A〜D',
  build(wb) {
    const ws = wb.addWorksheet(P3);
    put(ws, 1, 1, ['令和5年度　施策評価シート']);
    put(ws, 2, 1, ['施策 5-3　循環型社会の形成', undefined, undefined, undefined, undefined, undefined, '担当課：環境課']);
    put(ws, 4, 1, ['施策の達成度', undefined, undefined, '（前年度：C）']);
    ws.mergeCells('B4:C4');
    put(ws, 6, 1, ['成果指標', '単位', '目指す方向', '基準値（R2）', '目標値（当初）', '目標値（R5）', '実績値（R5）', '達成率', '課の評価']);
    let row = 7;
    p3Rows.forEach((r, i) => {
      if (i === 3) {
        // The indicator dropped at the mid-term review: kept on the sheet, row hidden.
        put(ws, row, 1, ['事業系ごみの排出量', 't', '減少', 9800, 9000, undefined, 9410, undefined, 'C']);
        ws.getRow(row).hidden = true;
        row++;
      }
      put(ws, row, 1, [r.name, r.unit, r.dir]);
      num(ws, `D${row}`, r.base, r.fmt);
      num(ws, `E${row}`, r.orig, r.fmt);
      num(ws, `F${row}`, r.target, r.fmt);
      num(ws, `G${row}`, r.actual, r.fmt);
      num(ws, `H${row}`, r.dir === '減少' ? fx(`F${row}/G${row}`, r.target / r.actual) : fx(`G${row}/F${row}`, r.actual / r.target), '0.0%');
      put(ws, row, 9, [r.own]);
      if (i === 0) ws.getCell(`F${row}`).note = '令和5年9月の中間見直しで、当初目標 650g から 680g に改定。';
      if (i === 1) ws.getCell(`F${row}`).note = '中間見直しで改定（当初 25.0％）。';
      row++;
    });
    ws.getColumn(5).hidden = true;
    put(ws, row + 1, 1, ['※達成率＝実績値÷目標値（目指す方向が「減少」の指標は目標値÷実績値）']);
    put(ws, row + 2, 1, ['※課の評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満']);
    put(ws, row + 3, 1, ['※目標値（R5）は令和5年9月の中間見直し後の値。']);
    ws.getColumn(1).width = 32;
  },
  expected: {
    file: 'h73-policy-revised-target.xlsx',
    fiscalYear: 2023,
    indicators: p3Expected,
    groups: [{ sheet: P3, cell: 'B4', grade: rollUp(p3Expected.map((i) => i.grade)) }],
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [healthPolicy, tourismPolicy, revisedPolicy];
