/**
 * Hold-out 92, part 3: three traps of the welfare and health plans (a 障害児福祉計画 whose 活動指標 are 見込量 the sheet says are not
 * targets, a 健康増進計画 with a 中間評価値 column and its 中間評価 before the 直近値, a 子どもの貧困対策 plan graded by the 進捗率 from
 * the 基準値 as the sheet's own legend says).
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

function center(ws: Worksheet, row: number, from: number, to: number): void {
  for (let c = from; c <= to; c++) ws.getCell(row, c).alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
}

// ---------------------------------------------------------------------------------------------------------------------
// 第3期障害児福祉計画 (R6–R8), 令和6年度: a 成果目標 table (目標値（令和8年度末） | 実績（令和6年度末） | 評価 A〜D) and, under it,
// the 活動指標 (サービス見込量) per 年度 (見込量 | 実績) with the note that 見込量 are the expected need, not targets: those rows have an
// actual and no target, so no grade.
type Goal = [string, string, number, number, string, string | undefined];
const goalsT1: Goal[] = [
  ['児童発達支援センターの設置数', 'か所', 2, 1, 'C', '令和7年度に2か所目の開設準備中'],
  ['保育所等訪問支援を実施する事業所数', 'か所', 4, 4, 'A', undefined],
  ['主に重症心身障害児を支援する児童発達支援事業所数', 'か所', 3, 2, 'B', undefined],
  ['医療的ケア児等コーディネーターの配置人数', '人', 5, 4, 'B', '令和6年度に2人養成'],
];
type Volume = [string, string, number, number, number, number];
const volumes: Volume[] = [
  ['児童発達支援', '人日/月', 2180, 2356, 2290, 2400],
  ['放課後等デイサービス', '人日/月', 5420, 5893, 5700, 5980],
  ['保育所等訪問支援', '人日/月', 64, 51, 72, 80],
  ['障害児相談支援', '人/月', 210, 198, 225, 240],
];
const T1 = '障害児福祉計画';
const mikomi: Holdout2Workbook = {
  name: 'h92-trap-mikomiryo',
  layout:
    '障害児福祉計画: 成果目標の表（目標値（令和8年度末）｜実績（令和6年度末）｜評価）と、その下の活動指標（サービス見込量）の表（令和6〜8年度の見込量｜実績）、見込量は目標値ではないという注記（活動指標は目標なし・評価なし）',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    put(ws, 1, 1, ['第3期障害児福祉計画の進捗状況（令和6年度）']);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['こども発達支援課']);
    put(ws, 4, 1, ['１　成果目標']);
    put(ws, 5, 1, ['項目', '単位', '目標値\n（令和8年度末）', '実績\n（令和6年度末）', '評価', '備考']);
    center(ws, 5, 1, 6);
    goalsT1.forEach(([name, unit, target, actual, grade, note], i) => put(ws, 6 + i, 1, [name, unit, target, actual, grade, note]));
    put(ws, 10, 1, ['評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    put(ws, 12, 1, ['２　活動指標（サービス見込量）']);
    put(ws, 13, 1, [
      '※見込量は、これまでの利用実績や利用意向調査から各年度に必要となるサービス量を見込んだものであり、達成を目指す目標値ではありません。実績との比較は参考として掲載しています（評価は行いません）。',
    ]);
    ws.mergeCells(13, 1, 13, 8);
    ws.getCell(13, 1).alignment = { wrapText: true };
    ws.getRow(13).height = 32;
    put(ws, 14, 1, ['サービス', '単位', '令和6年度', undefined, '令和7年度', undefined, '令和8年度', undefined]);
    put(ws, 15, 3, ['見込量', '実績', '見込量', '実績', '見込量', '実績']);
    ws.mergeCells(14, 1, 15, 1);
    ws.mergeCells(14, 2, 15, 2);
    ws.mergeCells(14, 3, 14, 4);
    ws.mergeCells(14, 5, 14, 6);
    ws.mergeCells(14, 7, 14, 8);
    center(ws, 14, 1, 8);
    center(ws, 15, 1, 8);
    volumes.forEach(([name, unit, m6, a6, m7, m8], i) => {
      put(ws, 16 + i, 1, [name, unit, m6, a6, m7, undefined, m8, undefined]);
      for (const c of [3, 4, 5, 7]) ws.getCell(16 + i, c).numFmt = '#,##0';
    });
    ws.getColumn(1).width = 44;
    ws.getColumn(6).width = 28;
  },
  expected: {
    file: 'h92-trap-mikomiryo.xlsx',
    fiscalYear: 2024,
    indicators: [
      ...goalsT1.map(([name, unit, target, actual, grade]) => ind(T1, name, unit, target, actual, { existing: grade })),
      ...volumes.map(([name, unit, , actual]) => ind(T1, name, unit, null, actual)),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 第2次健康増進計画 (H30–R9), 令和5年度: 分野 | 指標 | 単位 | ベースライン値（平成28年度） | 中間評価値（令和3年度） | 中間評価 |
// 直近値（令和5年度） | 目標値（令和9年度） | 評価 | 備考. The actual is the 直近値; the 中間評価 letters are the mid-term review's,
// the 評価 column is this year's (A〜E against the ベースライン値). One 直近値 is 「－」 (no survey) though a 中間評価値 is there.
type Kenko = {
  field: string;
  name: string;
  base: number;
  mid: number;
  midMark: string;
  latest: number | '－';
  target: number;
  mark: string;
  note?: string;
  down?: boolean;
};
const kenko: Kenko[] = [
  {
    field: '栄養・食生活',
    name: '40〜60歳代男性の肥満者の割合',
    base: 31.2,
    mid: 33.5,
    midMark: 'D',
    latest: 32.8,
    target: 28.0,
    mark: 'D',
    note: '減少を目指す',
    down: true,
  },
  { field: '栄養・食生活', name: '1日の野菜摂取量が350g以上の者の割合', base: 24.0, mid: 25.1, midMark: 'C', latest: 27.2, target: 35.0, mark: 'B' },
  { field: '身体活動・運動', name: '1日の歩数が8,000歩以上の者の割合', base: 32.5, mid: 30.9, midMark: 'C', latest: 29.4, target: 40.0, mark: 'D' },
  { field: '喫煙', name: '成人の喫煙率', base: 17.9, mid: 15.6, midMark: 'B', latest: 13.8, target: 12.0, mark: 'B', note: '減少を目指す', down: true },
  {
    field: '喫煙',
    name: '妊娠中の喫煙率',
    base: 3.1,
    mid: 1.9,
    midMark: 'B',
    latest: 1.2,
    target: 0.0,
    mark: 'B',
    note: '減少を目指す（妊娠届出時のアンケート）',
    down: true,
  },
  { field: '歯・口腔の健康', name: '3歳児でむし歯のない者の割合', base: 84.6, mid: 88.9, midMark: 'B', latest: 91.3, target: 90.0, mark: 'A' },
  { field: '健康管理', name: '特定健康診査受診率', base: 36.8, mid: 40.1, midMark: 'B', latest: 45.9, target: 60.0, mark: 'B' },
  {
    field: '休養・こころの健康',
    name: '睡眠による休養を十分とれていない者の割合',
    base: 21.4,
    mid: 23.0,
    midMark: 'D',
    latest: '－',
    target: 15.0,
    mark: 'E',
    note: '減少を目指す。市民健康調査（令和3年度・令和8年度に実施）',
    down: true,
  },
];
const T2 = '指標一覧';
const chukan: Holdout2Workbook = {
  name: 'h92-trap-chukan-hyoka',
  layout:
    '健康増進計画の指標一覧: 分野・指標・単位・ベースライン値（平成28年度）・中間評価値（令和3年度）・中間評価（A〜E）・直近値（令和5年度）・目標値（令和9年度）・評価・備考、実績は直近値で中間評価値ではない、直近値が「－」で中間評価値のある行、凡例はベースライン値との比較',
  build(wb) {
    const ws = wb.addWorksheet(T2);
    put(ws, 1, 1, ['第2次健康増進計画「健康いきいき21」（平成30年度〜令和9年度）　指標の進捗状況']);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['令和5年度　健康推進課']);
    put(ws, 4, 1, [
      '分野',
      '指標',
      '単位',
      'ベースライン値\n（平成28年度）',
      '中間評価値\n（令和3年度）',
      '中間評価',
      '直近値\n（令和5年度）',
      '目標値\n（令和9年度）',
      '評価',
      '備考',
    ]);
    center(ws, 4, 1, 10);
    let first = 5;
    kenko.forEach((k, i) => {
      const r = 5 + i;
      put(ws, r, 1, [k.field, k.name, '％', k.base, k.mid, k.midMark, k.latest, k.target, k.mark, k.note]);
      for (const c of [4, 5, 7, 8]) ws.getCell(r, c).numFmt = '0.0';
      for (const c of [6, 9]) ws.getCell(r, c).alignment = { horizontal: 'center' };
      const next = kenko[i + 1];
      if (!next || next.field !== k.field) {
        if (r > first) ws.mergeCells(first, 1, r, 1);
        ws.getCell(first, 1).alignment = { vertical: 'middle', wrapText: true };
        first = r + 1;
      }
    });
    put(ws, 14, 1, ['【評価】ベースライン値と直近値（中間評価は中間評価値）を比較　A：目標値に達した　B：目標値に達していないが改善傾向にある']);
    put(ws, 15, 1, ['C：変わらない　D：悪化している　E：評価困難（調査を実施していない等）']);
    ws.getColumn(1).width = 16;
    ws.getColumn(2).width = 38;
    ws.getColumn(10).width = 40;
  },
  expected: {
    file: 'h92-trap-chukan-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: kenko.map((k) =>
      ind(T2, k.name, '％', k.target, k.latest === '－' ? null : k.latest, {
        direction: k.down ? 'down' : 'up',
        existing: k.mark,
        actualStatus: k.latest === '－' ? 'not-applicable' : undefined,
      }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 子どもの未来応援計画（子どもの貧困対策推進計画, R3–R7）, 令和5年度: the legend above the table grades by the 進捗率 from the
// 基準値 ((実績−基準)÷(目標−基準): A 100 % 以上, B 50 %, C 0 %, D below), so a clerk's grade depends on the baseline, not on
// 実績÷目標 (three of the seven differ from the default bands). The 進捗率 column is a formula.
type Mirai = { name: string; unit: string; base: number; target: number; actual: number; mark: string; note?: string; down?: boolean };
const mirai: Mirai[] = [
  { name: '生活保護世帯の子どもの高等学校等進学率', unit: '％', base: 89.5, target: 95.0, actual: 91.0, mark: 'C' },
  { name: '生活保護世帯の子どもの大学等進学率', unit: '％', base: 31.3, target: 40.0, actual: 38.2, mark: 'B' },
  { name: '児童扶養手当受給者の就業率', unit: '％', base: 82.4, target: 88.0, actual: 81.9, mark: 'D' },
  { name: '学習支援事業の参加者数', unit: '人', base: 86, target: 150, actual: 158, mark: 'A' },
  { name: '子ども食堂の箇所数', unit: 'か所', base: 9, target: 25, actual: 18, mark: 'B' },
  { name: 'スクールソーシャルワーカーの支援件数', unit: '件', base: 410, target: 600, actual: 520, mark: 'B' },
  {
    name: '経済的な理由で子どもの受診を控えたことがある世帯の割合',
    unit: '％',
    base: 12.8,
    target: 8.0,
    actual: 10.9,
    mark: 'C',
    note: '減少を目指す。子どもの生活実態調査（令和元年度・令和5年度）',
    down: true,
  },
];
const progressGrade = (m: Mirai): string => {
  const p = (m.actual - m.base) / (m.target - m.base);
  return p >= 1 ? 'A' : p >= 0.5 ? 'B' : p >= 0 ? 'C' : 'D';
};
const T3 = '指標評価';
const shinchoku: Holdout2Workbook = {
  name: 'h92-trap-progress-scale',
  layout:
    '子どもの貧困対策の指標評価: 表の上の評価の方法「進捗率＝（実績値－基準値）÷（目標値－基準値）　A：100％以上　B：50％以上　C：0％以上　D：0％未満」、基準値（令和元年度）・目標値（令和7年度）・実績値（令和5年度）・進捗率（数式）・評価、評価は基準値からの進捗で決まる（3指標で実績÷目標の評価と違う）',
  build(wb) {
    const ws = wb.addWorksheet(T3);
    put(ws, 1, 1, ['子どもの未来応援計画（子どもの貧困対策推進計画）　評価指標の進捗（令和5年度）']);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, [undefined, undefined, undefined, undefined, undefined, undefined, undefined, 'こども政策課']);
    put(ws, 3, 1, [
      '【評価の方法】進捗率＝（実績値－基準値）÷（目標値－基準値）×100　　A：100％以上（目標達成）　B：50％以上100％未満　C：0％以上50％未満　D：0％未満（基準値より後退）',
    ]);
    ws.mergeCells(3, 1, 3, 9);
    ws.getCell(3, 1).alignment = { wrapText: true };
    ws.getRow(3).height = 30;
    put(ws, 5, 1, ['No.', '指標', '単位', '基準値\n（令和元年度）', '目標値\n（令和7年度）', '実績値\n（令和5年度）', '進捗率', '評価', '備考']);
    center(ws, 5, 1, 9);
    mirai.forEach((m, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, m.name, m.unit, m.base, m.target, m.actual]);
      ws.getCell(r, 7).value = { formula: `(F${r}-D${r})/(E${r}-D${r})`, result: (m.actual - m.base) / (m.target - m.base) };
      ws.getCell(r, 7).numFmt = '0.0%';
      put(ws, r, 8, [m.mark, m.note]);
      const fmt = m.unit === '％' ? '0.0' : '#,##0';
      for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = fmt;
      ws.getCell(r, 8).alignment = { horizontal: 'center' };
    });
    ws.getColumn(2).width = 46;
    ws.getColumn(9).width = 40;
  },
  expected: {
    file: 'h92-trap-progress-scale.xlsx',
    fiscalYear: 2023,
    indicators: mirai.map((m): ExpectedIndicator => {
      const out = ind(T3, m.name, m.unit, m.target, m.actual, { direction: m.down ? 'down' : 'up', existing: m.mark });
      out.grade = progressGrade(m);
      return out;
    }),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [mikomi, chukan, shinchoku];
