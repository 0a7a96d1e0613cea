/**
 * Hold-out 87, part 3: three traps — a five-level 評価 where 1 is best, written grades that disagree with the sheet's own
 * legend, and a 達成率 column computed against last year's 目標値 (the first 目標値 column is 令和4年度's).
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// A 評価 of 1〜5 where 1 is best (legend at the bottom), right of the 実績値 column; one target 「1.5以下」.
const T1 = '点検評価';
const oneRows: Cell[][] = [
  ['確かな学力の育成', '学校図書館の児童1人当たり年間貸出冊数', '冊', 60, 64.3, 1],
  ['豊かな心の育成', '不登校児童生徒の出現率', '％', '1.5以下', 2.1, 4],
  ['確かな学力の育成', 'ICTを活用した授業の実施率', '％', 90.0, 84.6, 2],
  ['グローバル人材の育成', '英検3級以上相当の力を有する中学3年生の割合', '％', 50.0, 41.0, 3],
  ['健やかな体の育成', '学校給食における地場産物の使用率', '％', 35.0, 23.8, 5],
  ['学校運営の充実', '部活動の地域移行を実施した中学校数', '校', 6, 6, 1],
];
const oneBest: Holdout2Workbook = {
  name: 'h87-trap-legend-one-best',
  layout: '教育振興基本計画の点検・評価: 評価は1〜5の5段階で1が最良（凡例は下部）、評価の列は実績値の右隣の数値、「1.5以下」の目標',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    put(ws, 1, 1, ['令和5年度　教育振興基本計画　点検・評価結果']);
    put(ws, 2, 6, ['教育総務課']);
    put(ws, 4, 1, ['施策', '評価指標', '単位', '令和5年度目標値', '令和5年度実績値', '評価']);
    oneRows.forEach((row, i) => put(ws, 5 + i, 1, row));
    put(ws, 12, 1, ['評価は5段階で、1が最も良い。　1：達成率100％以上　2：90％以上　3：80％以上　4：70％以上　5：70％未満']);
    put(ws, 13, 1, ['※出現率は値が小さいほど良いため、達成率＝目標値÷実績値とした。']);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h87-trap-legend-one-best.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1, '学校図書館の児童1人当たり年間貸出冊数', '冊', 60, 64.3, { existing: '1' }),
      ind(T1, '不登校児童生徒の出現率', '％', 1.5, 2.1, { direction: 'down', existing: '4' }),
      ind(T1, 'ICTを活用した授業の実施率', '％', 90.0, 84.6, { existing: '2' }),
      ind(T1, '英検3級以上相当の力を有する中学3年生の割合', '％', 50.0, 41.0, { existing: '3' }),
      ind(T1, '学校給食における地場産物の使用率', '％', 35.0, 23.8, { existing: '5' }),
      ind(T1, '部活動の地域移行を実施した中学校数', '校', 6, 6, { existing: '1' }),
    ],
    groups: [],
  },
};

// Written grades that do not follow the sheet's own legend (「評価の基準」 sheet: S ≥ 120 %, A ≥ 100 %, B ≥ 80 %, C ≥ 60 %):
// the department's letters are what the clerk reports as written; 達成率 as fractions under a % format, 逆 rows 目標÷実績.
const T2 = '環境指標';
interface DRow {
  name: string;
  unit: string;
  reverse: boolean;
  target: number;
  actual: number;
  written: string;
}
const dRows: DRow[] = [
  { name: '市民1人1日当たりのごみ排出量', unit: 'g', reverse: true, target: 880, actual: 905, written: 'A' },
  { name: 'リサイクル率', unit: '％', reverse: false, target: 24.0, actual: 21.1, written: 'B' },
  { name: '資源物集団回収の実施団体数', unit: '団体', reverse: false, target: 150, actual: 196, written: 'A' },
  { name: '不法投棄の通報件数', unit: '件', reverse: true, target: 120, actual: 214, written: 'C' },
  { name: '生ごみ処理機器購入補助件数', unit: '件', reverse: false, target: 80, actual: 52, written: 'B' },
  { name: '環境学習講座の参加者数', unit: '人', reverse: false, target: 1500, actual: 1530, written: 'A' },
];
const disagree: Holdout2Workbook = {
  name: 'h87-trap-grades-disagree',
  layout:
    '環境基本計画の指標: 区分「逆」の行は達成率＝目標÷実績、達成率は小数を％書式で、評価 S〜D の凡例は別シート「評価の基準」だが記入された評価は凡例と食い違う行が多い',
  build(wb) {
    const ws = wb.addWorksheet(T2);
    put(ws, 1, 1, ['令和5年度　一般廃棄物・環境指標の達成状況']);
    put(ws, 2, 1, ['環境政策課']);
    put(ws, 4, 1, ['指標名', '区分', '単位', '目標値', '実績値', '達成率', '評価']);
    dRows.forEach((d, i) => {
      const r = 5 + i;
      put(ws, r, 1, [d.name, d.reverse ? '逆' : '', d.unit, d.target, d.actual, d.reverse ? d.target / d.actual : d.actual / d.target, d.written]);
      ws.getCell(r, 6).numFmt = '0.0%';
    });
    put(ws, 12, 1, ['※区分「逆」は値が小さいほど良い指標で、達成率＝目標値÷実績値。評価は「評価の基準」シートによる。']);
    ws.getColumn(1).width = 30;
    const note = wb.addWorksheet('評価の基準');
    put(note, 1, 1, ['評価', '達成率']);
    put(note, 2, 1, ['S', '120％以上']);
    put(note, 3, 1, ['A', '100％以上120％未満']);
    put(note, 4, 1, ['B', '80％以上100％未満']);
    put(note, 5, 1, ['C', '60％以上80％未満']);
    put(note, 6, 1, ['D', '60％未満']);
  },
  expected: {
    file: 'h87-trap-grades-disagree.xlsx',
    fiscalYear: 2023,
    indicators: dRows.map((d) => ind(T2, d.name, d.unit, d.target, d.actual, { direction: d.reverse ? 'down' : 'up', existing: d.written })),
    groups: [],
  },
};

// 令和4年度 (目標値・実績値) then 令和5年度 (目標値・実績値・達成率・評価), with the 達成率 formulas (and the 評価 on them) taken
// against 令和4年度's 目標値, as the note says: the clerk grades 令和5年度's 実績値 against 令和5年度's 目標値.
const T3 = '経営指標';
interface WRow {
  name: string;
  unit: string;
  t4: number;
  a4: number;
  t5: number;
  a5: number;
  written: string;
}
const wRows: WRow[] = [
  { name: '基幹管路の耐震適合率', unit: '％', t4: 28.0, a4: 27.6, t5: 30.0, a5: 29.1, written: 'A' },
  { name: '下水道水洗化率', unit: '％', t4: 92.5, a4: 92.1, t5: 93.5, a5: 92.9, written: 'A' },
  { name: '有収率', unit: '％', t4: 90.0, a4: 88.7, t5: 91.0, a5: 89.4, written: 'B' },
  { name: '合併処理浄化槽設置補助件数', unit: '基', t4: 40, a4: 35, t5: 50, a5: 41, written: 'A' },
  { name: '水道出前講座の実施回数', unit: '回', t4: 10, a4: 12, t5: 15, a5: 8, written: 'B' },
  { name: '公共下水道への新規接続件数', unit: '件', t4: 300, a4: 276, t5: 320, a5: 331, written: 'A' },
];
const lastYear: Holdout2Workbook = {
  name: 'h87-trap-rate-last-year-target',
  layout:
    '上下水道局の経営指標: 2段見出し 令和4年度（目標値・実績値）・令和5年度（目標値・実績値・達成率・評価）、達成率の数式は令和4年度目標値に対するもの（注記あり）、評価はその達成率から',
  build(wb) {
    const ws = wb.addWorksheet(T3);
    put(ws, 1, 1, ['上下水道事業　経営指標の状況（令和5年度）']);
    put(ws, 3, 1, ['指標', '単位', '令和4年度', undefined, '令和5年度']);
    put(ws, 4, 3, ['目標値', '実績値', '目標値', '実績値', '達成率', '評価']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:D3');
    ws.mergeCells('E3:H3');
    wRows.forEach((w, i) => {
      const r = 5 + i;
      put(ws, r, 1, [w.name, w.unit, w.t4, w.a4, w.t5, w.a5]);
      ws.getCell(r, 7).value = { formula: `F${r}/C${r}`, result: w.a5 / w.t4 };
      ws.getCell(r, 7).numFmt = '0.0%';
      ws.getCell(r, 8).value = w.written;
    });
    put(ws, 12, 1, ['※達成率は、前年度（令和4年度）目標値に対する令和5年度実績値の割合。']);
    put(ws, 13, 1, ['※評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(1).width = 28;
  },
  expected: {
    file: 'h87-trap-rate-last-year-target.xlsx',
    fiscalYear: 2023,
    indicators: wRows.map((w) => ind(T3, w.name, w.unit, w.t5, w.a5, { existing: w.written })),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [oneBest, disagree, lastYear];
