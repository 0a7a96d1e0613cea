/** Hold-out 51: policy sheets (family A) as offices keep them in Excel — date cells for the periods, merged blocks, Alt+Enter names shrunk to fit, notes, print titles. */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { cell, day, note, rich, shrink, wrap } from './util';

// ---- 3. 施策評価シート: 評価基準日 as a date cell, period headings as 年度末 date cells, blocks stacked ----
const SAFE = '施策4-2';
type Block = { name: string; unit: string; desc: string; actual: (number | null)[]; expect: (number | null)[]; down?: boolean };
const SAFE_BLOCKS: Block[] = [
  {
    name: '交通事故発生件数',
    unit: '件',
    desc: '市内で発生した人身交通事故の件数。件数が少ないほど良い指標。',
    actual: [312, 295, 301, null, null],
    expect: [310, 290, 280, 270, 260],
    down: true,
  },
  {
    name: '刑法犯認知件数',
    unit: '件',
    desc: '警察署管内の刑法犯認知件数（市内分）。件数が少ないほど良い指標。',
    actual: [455, 431, 402, null, null],
    expect: [450, 435, 420, 405, 390],
    down: true,
  },
  {
    name: '防犯ボランティア登録者数',
    unit: '人',
    desc: '地域安全推進員、防犯パトロール隊などの登録者数',
    actual: [1082, 1115, 1140, null, null],
    expect: [1150, 1200, 1250, 1300, 1350],
  },
  {
    name: '自主防犯パトロール実施回数',
    unit: '回',
    desc: '自治会・PTA等が実施した防犯パトロールの延べ回数',
    actual: [1310, 1455, 1520, null, null],
    expect: [1600, 1800, 2000, 2100, 2200],
  },
];
const ENDS = [day(2022, 3, 31), day(2023, 3, 31), day(2024, 3, 31), day(2025, 3, 31), day(2026, 3, 31)];

function safeBlocks(ws: Worksheet): void {
  SAFE_BLOCKS.forEach((b, i) => {
    const top = 10 + i * 6;
    cell(ws, `A${top}`, `指標${'①②③④'[i]}`);
    cell(ws, `B${top}`, b.name).alignment = shrink;
    ws.mergeCells(`B${top}:E${top}`);
    cell(ws, `F${top}`, '単位');
    cell(ws, `G${top}`, b.unit);
    cell(ws, `B${top + 1}`, b.desc).alignment = wrap;
    ws.mergeCells(`B${top + 1}:H${top + 1}`);
    cell(ws, `B${top + 2}`, '年度末');
    ENDS.forEach((d, j) => cell(ws, `${'CDEFG'[j]}${top + 2}`, d, 'yyyy/m/d'));
    cell(ws, `H${top + 2}`, '備考');
    cell(ws, `B${top + 3}`, '実績値');
    cell(ws, `B${top + 4}`, '期待値\n※2026/3/31は目標値').alignment = wrap;
    b.actual.forEach((v, j) => v !== null && cell(ws, `${'CDEFG'[j]}${top + 3}`, v, '#,##0'));
    b.expect.forEach((v, j) => v !== null && cell(ws, `${'CDEFG'[j]}${top + 4}`, v, '#,##0'));
  });
}

const safeGrades = SAFE_BLOCKS.map((b) => {
  const e = ind(SAFE, b.name, b.unit, b.expect[2], b.actual[2], { direction: b.down ? 'down' : 'up' });
  return e;
});

const policyDates: Holdout2Workbook = {
  name: 'h51-policy-date-cells',
  layout:
    '施策評価シート with 評価基準日 2024/3/31 as a date cell and the periods as 年度末 date cells (yyyy/m/d), four blocks stacked, 達成状況 with last year in （）',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SAFE);
    cell(ws, 'A1', '施策評価シート').font = { bold: true, size: 16 };
    cell(ws, 'F1', '評価基準日');
    cell(ws, 'G1', day(2024, 3, 31), 'yyyy"年"m"月"d"日"');
    put(ws, 3, 1, ['基本方針', '4 安全で快適に暮らせるまち']);
    put(ws, 4, 1, ['基本施策', '4-2 交通安全・防犯の推進']);
    put(ws, 5, 1, ['担当部等', '市民生活部（市民協働課・交通防災課）']);
    put(ws, 7, 1, ['施策の達成状況']);
    cell(ws, 'C7', 'B').font = { bold: true, size: 14 };
    cell(ws, 'D7', '（C）');
    note(ws, 'C7', '前年度評価は（ ）内');
    put(ws, 8, 1, ['※ 達成状況：A 順調　B 概ね順調　C やや遅れている　D 遅れている']);
    safeBlocks(ws);
    put(ws, 35, 1, ['総合評価']);
    cell(ws, 'B35', '交通事故は期待値に届かなかったが、刑法犯は減少傾向を維持している。防犯ボランティアの高齢化が課題。').alignment = wrap;
    ws.mergeCells('B35:H36');
    ws.pageSetup.printArea = 'A1:H36';
  },
  expected: {
    file: 'h51-policy-date-cells.xlsx',
    fiscalYear: 2023,
    indicators: safeGrades,
    groups: [{ sheet: SAFE, cell: 'C7', grade: rollUp(safeGrades.map((g) => g.grade)) }],
  },
};

// ---- 8. 基本施策事後評価シート, blocks two across, long names with Alt+Enter shrunk to fit, 集計中, print titles ----
const COOP = '1-3';
const R = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'];
type Tile = { label: string; name: string; unit: string; actual: (number | string | null)[]; expect: (number | null)[] };
const TILES: Tile[] = [
  {
    label: '指標 ①',
    name: '地域の担い手\n育成講座の\n修了者数',
    unit: '人',
    actual: [null, 35, 41, 44, 48, null, null],
    expect: [null, null, 45, 52, 60, 65, 70],
  },
  {
    label: '指標 ②',
    name: '自治会\n加入率',
    unit: '％',
    actual: [73.8, 73.1, 72.4, 71.9, 71.3, null, null],
    expect: [null, null, 74.0, 74.0, 74.0, 74.0, 74.0],
  },
  {
    label: '指標 ③',
    name: '市民活動団体の\n登録数',
    unit: '団体',
    actual: [null, 176, 188, 199, 212, null, null],
    expect: [null, null, 185, 195, 205, 215, 225],
  },
  {
    label: '指標 ④',
    name: '市民と行政の\n協働事業の実施件数',
    unit: '件',
    actual: [null, 38, 42, 45, '集計中', null, null],
    expect: [null, null, 44, 47, 50, 53, 56],
  },
];

function tile(ws: Worksheet, t: Tile, top: number, left: number): void {
  const col = (k: number) => ws.getColumn(left + k).letter;
  cell(ws, `${col(0)}${top}`, t.label);
  cell(ws, `${col(1)}${top}`, t.name).alignment = shrink;
  ws.mergeCells(`${col(1)}${top}:${col(5)}${top}`);
  cell(ws, `${col(6)}${top}`, '単位');
  cell(ws, `${col(7)}${top}`, t.unit);
  cell(ws, `${col(0)}${top + 1}`, '指標の説明');
  cell(ws, `${col(1)}${top + 1}`, '（詳細は別紙の指標一覧のとおり）');
  cell(ws, `${col(0)}${top + 2}`, '区分');
  R.forEach((p, k) => (cell(ws, `${col(1 + k)}${top + 2}`, p === 'R2' ? 'R2\n現状値' : p).alignment = wrap));
  cell(ws, `${col(0)}${top + 3}`, '実績値');
  cell(ws, `${col(0)}${top + 4}`, '期待値\n※R7は目標値').alignment = wrap;
  t.actual.forEach((v, k) => v !== null && cell(ws, `${col(1 + k)}${top + 3}`, v));
  t.expect.forEach((v, k) => v !== null && cell(ws, `${col(1 + k)}${top + 4}`, v));
}

const coopGrades = TILES.map((t) => {
  const name = t.name.replace(/\n/g, '');
  const a = t.actual[4];
  return typeof a === 'number' ? ind(COOP, name, t.unit, t.expect[4], a) : ind(COOP, name, t.unit, t.expect[4], null, { actualStatus: 'pending' });
});

const policyShrink: Holdout2Workbook = {
  name: 'h51-policy-shrink-tiles',
  layout:
    '基本施策事後評価シート, indicator blocks two across, names with Alt+Enter breaks shrunk to fit in merged cells, rich-text title, 集計中, print titles and area',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(COOP, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    cell(ws, 'A1', rich('基本施策事後評価シート', '　評価対象期間：令和５年度'));
    put(ws, 3, 1, ['基本方針', undefined, '1 市民が主役のまちづくり']);
    put(ws, 4, 1, ['基本施策', undefined, '1-3 市民協働の推進']);
    put(ws, 5, 1, ['担当部等', undefined, '総務部　市民協働推進課']);
    ws.mergeCells('A3:B3');
    ws.mergeCells('A4:B4');
    ws.mergeCells('A5:B5');
    cell(ws, 'N3', '達成状況\n評価').alignment = wrap;
    cell(ws, 'O3', 'B');
    cell(ws, 'P3', '（B）');
    ws.mergeCells('N3:N4');
    ws.mergeCells('O3:O4');
    tile(ws, TILES[0], 8, 1);
    tile(ws, TILES[1], 8, 10);
    tile(ws, TILES[2], 15, 1);
    tile(ws, TILES[3], 15, 10);
    put(ws, 21, 1, ['※ 指標④の令和5年度実績は関係課への照会中のため集計中。']);
    put(ws, 23, 1, ['内部要因']);
    cell(ws, 'C23', '講座のオンライン化により受講者が増加した。自治会加入率は転入世帯の未加入が続き低下している。').alignment = wrap;
    ws.mergeCells('C23:R25');
    ws.pageSetup.printTitlesRow = '1:5';
    ws.pageSetup.printArea = 'A1:R25';
  },
  expected: {
    file: 'h51-policy-shrink-tiles.xlsx',
    fiscalYear: 2023,
    indicators: coopGrades,
    groups: [{ sheet: COOP, cell: 'O3', grade: rollUp(coopGrades.map((g) => g.grade)) }],
  },
};

export const FORM_WORKBOOKS: Holdout2Workbook[] = [policyDates, policyShrink];
