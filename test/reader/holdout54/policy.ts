/** Hold-out 54, family A: policy sheets written with other cities' conventions (◎○△× with a legend, 5年度 / ２０２３ / 令5 headings, a table over two pages). */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- 1: stacked blocks of three rows, ◎○△× with a legend
const S1 = '施策3-2';
const P1: { name: string; unit: string; dir: string; t: (number | null)[]; a: (number | string | null)[]; rate: string; mark: string }[] = [
  { name: '特定健康診査の受診率', unit: '％', dir: '↑', t: [50, 52, 54, 56, 60], a: [45.2, 47.8, 49.1, null, null], rate: '90.9%', mark: '○' },
  { name: 'がん検診（胃がん）の受診率', unit: '％', dir: '↑', t: [13, 14, 15, 16, 18], a: [8.1, 8.4, 8.7, null, null], rate: '58.0%', mark: '×' },
  { name: '健康づくり教室の参加者数', unit: '人', dir: '↑', t: [1000, 1100, 1200, 1300, 1400], a: [612, 988, 1315, null, null], rate: '109.6%', mark: '◎' },
  { name: '救急搬送のうち軽症者の割合', unit: '％', dir: '↓', t: [47, 46, 45, 44, 42], a: [49.0, 48.1, 47.3, null, null], rate: '95.1%', mark: '○' },
  { name: 'かかりつけ医を持つ市民の割合', unit: '％', dir: '↑', t: [66, 68, 70, 72, 75], a: [64.2, 65.0, '集計中', null, null], rate: '－', mark: '' },
];

function buildPolicyMaru(ws: Worksheet): void {
  ws.mergeCells('A1:K1');
  ws.getCell('A1').value = '令和５年度　施策評価シート';
  put(ws, 3, 1, ['基本目標', undefined, '３　健やかに暮らせるまち']);
  put(ws, 4, 1, ['施　策', undefined, '3-2　地域医療と健康づくりの推進']);
  put(ws, 5, 1, ['担当課', undefined, '健康推進課（主担当）、保険年金課、消防本部警防課']);
  put(ws, 6, 1, ['施策の達成状況', undefined, undefined, undefined, '（前年度評価：Ｂ）']);
  for (const r of [3, 4, 5, 6]) ws.mergeCells(r, 1, r, 2);
  ws.getCell('A8').value = '■ 成果指標の推移（各年度の目標値・実績値）';
  put(ws, 9, 1, ['No.', '指標名', '単位', '方向', '区分', '3年度', '4年度', '5年度', '6年度', '7年度（最終）', '評価']);
  P1.forEach((p, i) => {
    const r = 10 + i * 3;
    put(ws, r, 1, [i + 1, p.name, p.unit, p.dir, '目標値', ...p.t]);
    put(ws, r + 1, 5, ['実績値', ...p.a.map((v) => v ?? undefined)]);
    put(ws, r + 2, 5, ['達成率', undefined, undefined, p.rate]);
    for (const c of [1, 2, 3, 4, 11]) ws.mergeCells(r, c, r + 2, c);
    if (p.mark) ws.getCell(r, 11).value = p.mark;
  });
  ws.getCell('B26').value = '※達成率は5年度の実績値÷目標値（方向が↓の指標は目標値÷実績値）。';
  ws.getCell('B27').value = '※かかりつけ医を持つ市民の割合は市民意識調査の結果公表後に記入（集計中）。';
  ws.getCell('B28').value = '評価の凡例　◎：目標達成（100％以上）　○：概ね達成（80％以上）　△：やや遅れ（60％以上）　×：遅れ（60％未満）';
  ws.getCell('B29').value = '方向　↑：増加を目指す　↓：減少を目指す';
  ws.getCell('A31').value = '■ 施策の課題と今後の方向性';
  ws.mergeCells('A32:K34');
  ws.getCell('A32').value = '胃がん検診の受診率が低迷しているため、個別受診勧奨と休日検診の拡充を行う。';
}

const E1: ExpectedIndicator[] = P1.map((p) => {
  const a = p.a[2];
  const e = ind(S1, p.name, p.unit, p.t[2], typeof a === 'number' ? a : null, {
    direction: p.dir === '↓' ? 'down' : 'up',
    existing: p.mark || undefined,
    actualStatus: typeof a === 'string' ? 'pending' : undefined,
  });
  return e;
});

export const POLICY_MARU: Holdout2Workbook = {
  name: 'h54-policy-maru-legend',
  layout:
    'A: 施策評価シート, three rows per indicator (目標値/実績値/達成率) under 3年度…7年度（最終）, 方向 ↑↓, 評価 ◎○△× merged down with a legend, one 集計中',
  build(wb) {
    buildPolicyMaru(wb.addWorksheet(S1));
  },
  expected: {
    file: 'h54-policy-maru-legend.xlsx',
    fiscalYear: 2023,
    indicators: E1,
    groups: [{ sheet: S1, cell: 'C6', grade: rollUp(E1.map((e) => e.grade)) }],
  },
};

// ---------------------------------------------------------------- 2: an indicator table over two printed pages, full-width AD years
const S2 = '施策評価（2-1）';
type Row2 = {
  name: string;
  unit: string;
  base: number | string;
  t: (number | string)[];
  a: (number | string)[];
  fin: number | string;
  grade: string;
  note?: string;
};
const P2: Row2[] = [
  { name: '学校図書館の児童一人当たり貸出冊数', unit: '冊', base: 36.4, t: [40, 42, 44], a: [38.5, 41.0, 45.2], fin: 48, grade: 'A' },
  { name: '「授業がよく分かる」と答えた児童生徒の割合', unit: '％', base: 78.0, t: [81.0, 83.0, 85.0], a: [79.2, 80.1, 80.4], fin: 90.0, grade: 'B' },
  { name: '不登校児童生徒数', unit: '人', base: 104, t: [100, 98, 95], a: [109, 121, 118], fin: 90, grade: 'B', note: '↓ 少ないほど良い指標' },
  { name: '英語検定3級以上取得率（中学3年）', unit: '％', base: 44.8, t: [50.0, 52.5, 55.0], a: [46.1, 47.9, 49.6], fin: 60.0, grade: 'B' },
  { name: '放課後子ども教室の参加児童数', unit: '人', base: '2,010', t: ['2,200', '2,300', '2,400'], a: ['1,654', '1,980', '2,112'], fin: '2,600', grade: 'B' },
  {
    name: '学校施設の長寿命化改修実施校数（累計）',
    unit: '校',
    base: 0,
    t: [2, 4, 6],
    a: [2, 3, 4],
    fin: 10,
    grade: 'C',
    note: '工事入札不調により1校翌年度へ',
  },
  { name: '公民館講座の受講者数', unit: '人', base: '10,850', t: ['11,000', '11,500', '12,000'], a: ['7,320', '8,905', '9,840'], fin: '13,000', grade: 'B' },
  { name: 'ICT機器を活用した授業の実施率', unit: '％', base: 41.0, t: [80, 90, 100], a: [86.2, 97.5, 100], fin: 100, grade: 'A' },
];
const num = (v: number | string) => (typeof v === 'number' ? v : Number(v.replace(/,/g, '')));

function heading2(ws: Worksheet, r: number): void {
  put(ws, r, 1, ['番号', '成果指標', '単位', '区分', '基準値（２０２０）', '２０２１', '２０２２', '２０２３', '２０２５（最終）', '評価', '備考']);
}

function buildTwoPages(ws: Worksheet): void {
  ws.mergeCells('A1:K1');
  ws.getCell('A1').value = '施策評価シート（評価対象年度：２０２３年度）';
  put(ws, 2, 1, ['政策', undefined, '２　未来を担う人を育むまち']);
  put(ws, 3, 1, ['施策', undefined, '2-1　学校教育と生涯学習の充実']);
  put(ws, 4, 1, ['所管', undefined, '教育委員会　学校教育課・生涯学習課']);
  put(ws, 5, 1, ['施策の総合評価', undefined, undefined, '（A～Dで記入）']);
  ws.getCell('A7').value = '１　成果指標';
  heading2(ws, 8);
  let r = 9;
  P2.forEach((p, i) => {
    if (i === 4) {
      ws.getCell(r + 1, 6).value = '－ 1 －';
      ws.getRow(r + 1).addPageBreak();
      ws.getCell(r + 3, 1).value = '施策評価シート（2-1 学校教育と生涯学習の充実）　つづき';
      heading2(ws, r + 4);
      r += 5;
    }
    put(ws, r, 1, [i + 1, p.name, p.unit, '目標値', undefined, ...p.t, p.fin, p.grade, p.note]);
    put(ws, r + 1, 4, ['実績値', p.base, ...p.a]);
    for (const c of [1, 2, 3, 10, 11]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
  });
  ws.getCell(r + 1, 2).value = '※評価　A：目標達成　B：目標の80％以上　C：60％以上　D：60％未満（２０２３年度の目標値に対する実績値）';
  ws.getCell(r + 2, 2).value = '※基準値は２０２０年度の実績値';
  ws.getCell(r + 3, 6).value = '－ 2 －';
}

const E2: ExpectedIndicator[] = P2.map((p) =>
  ind(S2, p.name, p.unit, num(p.t[2]), num(p.a[2]), { direction: p.note?.startsWith('↓') ? 'down' : 'up', existing: p.grade }),
);

export const POLICY_TWO_PAGES: Holdout2Workbook = {
  name: 'h54-policy-two-pages',
  layout:
    'A: 目標値/実績値 row pairs under full-width ２０２１…２０２３ headings, the table broken over two printed pages with a repeated title and heading row, ↓ only in 備考',
  build(wb) {
    buildTwoPages(wb.addWorksheet(S2));
  },
  expected: { file: 'h54-policy-two-pages.xlsx', fiscalYear: 2023, indicators: E2, groups: [{ sheet: S2, cell: 'C5', grade: rollUp(E2.map((e) => e.grade)) }] },
};

// ---------------------------------------------------------------- 3: two policy sheets of tiled blocks, 令5 on one and R5 on the other
type Block = { name: string; unit: string; dir: '↑' | '↓'; t: (number | string | null)[]; a: (number | string | null)[]; desc: string };
const B3A: Block[] = [
  {
    name: '農地中間管理事業による農地の集積面積',
    unit: 'ha',
    dir: '↑',
    t: [null, 420, 450, 480, 540],
    a: [385, 412, 436, 461, null],
    desc: '担い手に集積した農地の累計面積',
  },
  { name: '新規就農者数', unit: '人', dir: '↑', t: [null, 8, 8, 8, 8], a: [6, 9, 5, 7, null], desc: '当該年度に新たに就農した人数' },
  {
    name: '有害鳥獣による農作物被害額',
    unit: '千円',
    dir: '↓',
    t: [null, '12,000', '11,000', '10,000', '8,000'],
    a: ['13,480', '12,150', '10,960', '9,720', null],
    desc: '農業共済の損害評価による被害額',
  },
  { name: '農産物直売所の売上額', unit: '百万円', dir: '↑', t: [null, 310, 320, 330, 350], a: [296, 301, 318, 255, null], desc: '市内5か所の直売所の売上合計' },
];
const B3B: Block[] = [
  { name: '森林整備（間伐）面積', unit: 'ha', dir: '↑', t: [null, 150, 150, 150, 150], a: [138, 142, 151, 126, null], desc: '市有林・私有林の間伐実施面積' },
  {
    name: '市産材を使用した住宅の新築戸数',
    unit: '戸',
    dir: '↑',
    t: [null, 20, 22, 24, 30],
    a: [17, 19, 23, 25, null],
    desc: '市産材利用促進補助金の交付件数',
  },
  { name: '林道の崩落等による通行止め日数', unit: '日', dir: '↓', t: [null, 60, 50, 40, 30], a: [88, 71, 45, 52, null], desc: '市管理林道の延べ通行止め日数' },
];

function blocks(ws: Worksheet, list: Block[], years: string[], top: number): number {
  list.forEach((b, i) => {
    const r = top + Math.floor(i / 2) * 9;
    const c = i % 2 === 0 ? 1 : 8;
    put(ws, r, c, [`指標${'①②③④⑤'[i]}`, b.name]);
    ws.mergeCells(r, c + 1, r, c + 5);
    put(ws, r + 1, c, ['指標の説明', b.desc]);
    ws.mergeCells(r + 1, c + 1, r + 1, c + 5);
    put(ws, r + 2, c, ['単位', b.unit, '方向', b.dir]);
    put(ws, r + 3, c, ['年度', ...years]);
    put(ws, r + 4, c, ['目標値', ...b.t.map((v) => v ?? '－')]);
    put(ws, r + 5, c, ['実績値', ...b.a.map((v) => v ?? undefined)]);
    put(ws, r + 6, c, ['備考', i === 3 && years[0].startsWith('令') ? '令5は大型直売所の改修休業（3か月）による減' : undefined]);
  });
  return top + Math.ceil(list.length / 2) * 9;
}

function sheet3(ws: Worksheet, title: string, policy: string, list: Block[], years: string[]): void {
  ws.getCell('A1').value = title;
  put(ws, 2, 1, ['施策', undefined, policy]);
  put(ws, 3, 1, ['担当部等', undefined, '産業振興部　農林課']);
  put(ws, 4, 1, ['施策の評価', undefined, undefined, undefined, '前年度', '（C）']);
  const end = blocks(ws, list, years, 6);
  ws.getCell(end, 1).value = '※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い';
}

const ex3 = (sheet: string, list: Block[]) =>
  list.map((b) => ind(sheet, b.name, b.unit, num(b.t[3] as number | string), num(b.a[3] as number | string), { direction: b.dir === '↓' ? 'down' : 'up' }));
const S3A = '施策5-1';
const S3B = '施策5-2';
const E3A = ex3(S3A, B3A);
const E3B = ex3(S3B, B3B);

export const POLICY_TILED_MIXED: Holdout2Workbook = {
  name: 'h54-policy-tiled-mixed-years',
  layout:
    'A: two policy sheets of blocks tiled two across, years 令2…令6（目標） on one and R2…R6（目標） on the other, 評価対象：令和5年度 in the title, ↓ in a 方向 cell',
  build(wb) {
    sheet3(wb.addWorksheet(S3A), '令和5年度　施策評価シート（評価対象：令和5年度実績）', '5-1　農業の振興', B3A, ['令2', '令3', '令4', '令5', '令6（目標）']);
    sheet3(wb.addWorksheet(S3B), '令和5年度　施策評価シート（評価対象：令和5年度実績）', '5-2　森林の保全と林業の振興', B3B, [
      'R2',
      'R3',
      'R4',
      'R5',
      'R6（目標）',
    ]);
  },
  expected: {
    file: 'h54-policy-tiled-mixed-years.xlsx',
    fiscalYear: 2023,
    indicators: [...E3A, ...E3B],
    groups: [
      { sheet: S3A, cell: 'C4', grade: rollUp(E3A.map((e) => e.grade)) },
      { sheet: S3B, cell: 'C4', grade: rollUp(E3B.map((e) => e.grade)) },
    ],
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [POLICY_MARU, POLICY_TWO_PAGES, POLICY_TILED_MIXED];
