/**
 * Hold-out 88, part 3: three traps (実績 written before 目標 under each year's merged heading, a 当初目標値 column beside the
 * 見直し後目標値 that replaces it, ％ targets typed as fractions under a % format beside actuals typed as whole numbers).
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// Under each year's merged heading the clerk wrote 実績 first and 目標 second; a reader that takes the left column of a pair for
// the target swaps them (健康ポイント 2,640 against 2,000 would come out C instead of A). The 達成率 column confirms the order.
const A1 = '健康づくり指標';
const swapRows: [string, string, Cell, Cell, number, Cell, string, string?][] = [
  ['特定健康診査の受診率', '％', 38.2, 45.0, 41.5, 47.0, 'B'],
  ['胃がん検診の受診率', '％', 9.1, 14.0, 9.8, 15.0, 'C'],
  ['健康ポイント事業の参加者数', '人', '1,980', '1,800', 2640, '2,000', 'A'],
  ['食育講座の参加者数', '人', 310, 400, 355, 400, 'B'],
  ['禁煙外来治療費助成の件数', '件', 15, 30, 12, 30, 'D', '周知不足'],
  ['自殺者数', '人', 11, '8以下', 9, '8以下', 'B', '減少を目指す'],
];
const rateOf = (name: string, actual: number, target: Cell): number => {
  const t = typeof target === 'number' ? target : Number(String(target).replace(/[,以下]/g, ''));
  return name === '自殺者数' ? t / actual : actual / t;
};
const actualFirst: Holdout2Workbook = {
  name: 'h88-trap-actual-before-target',
  layout:
    '一般市健康推進課の指標一覧: 「令和4年度」「令和5年度」の結合見出しの下が実績・目標の順（目標が右）、令和5年度の達成率（％書式）、「8以下」の目標、評価 A～D',
  build(wb) {
    const ws = wb.addWorksheet(A1);
    put(ws, 1, 1, ['健康増進計画（健康みなみ21）　令和５年度　指標の達成状況']);
    put(ws, 2, 9, ['健康推進課']);
    put(ws, 4, 1, ['No.', '指標', '単位', '令和4年度', undefined, '令和5年度', undefined, '達成率\n（R5）', '評価', '備考']);
    put(ws, 5, 4, ['実績', '目標', '実績', '目標']);
    for (const c of ['A', 'B', 'C', 'H', 'I', 'J']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('D4:E4');
    ws.mergeCells('F4:G4');
    swapRows.forEach(([name, unit, a4, t4, a5, t5, grade, note], i) => {
      put(ws, 6 + i, 1, [i + 1, name, unit, a4, t4, a5, t5, Math.round(rateOf(name, a5, t5) * 1000) / 1000, grade, note]);
      ws.getCell(6 + i, 8).numFmt = '0.0%';
    });
    put(ws, 13, 1, ['達成率＝実績÷目標（自殺者数は目標÷実績）　評価　A：100％以上　B：80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h88-trap-actual-before-target.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(A1, '特定健康診査の受診率', '％', 47.0, 41.5, { existing: 'B' }),
      ind(A1, '胃がん検診の受診率', '％', 15.0, 9.8, { existing: 'C' }),
      ind(A1, '健康ポイント事業の参加者数', '人', 2000, 2640, { existing: 'A' }),
      ind(A1, '食育講座の参加者数', '人', 400, 355, { existing: 'B' }),
      ind(A1, '禁煙外来治療費助成の件数', '件', 30, 12, { existing: 'D' }),
      ind(A1, '自殺者数', '人', 8, 9, { direction: 'down', existing: 'B' }),
    ],
    groups: [],
  },
};

// The 中間見直し raised or lowered some targets: the 見直し後目標値 column is the target, and its 「－」 means the 当初目標値 stands.
// A reader that takes the first 目標 column is confidently wrong on four of six.
const R1 = 'KPI';
const revisedRows: Cell[][] = [
  [1, '移住相談件数', '件', 85, 150, 250, 231, 'B'],
  [2, '新規創業者数（累計）', '人', 0, 40, '－', 33, 'B'],
  [3, 'ふるさと納税寄附額', '百万円', 120, 200, 600, 512, 'B'],
  [4, '婚活イベントを通じた成婚数（累計）', '組', 0, 30, 10, 7, 'C'],
  [5, '地元企業への新規学卒就職者数', '人', 42, 60, '－', 47, 'C'],
  [6, 'テレワーク施設の利用者数', '人', '－', '－', 3000, '3,420', 'A', '令和4年度開設・見直し時に追加'],
];
const revised: Holdout2Workbook = {
  name: 'h88-trap-revised-targets',
  layout:
    '町の総合戦略KPI（中間見直し後）: 基準値（H30）・当初目標値（R6）・見直し後目標値（R6）・令和5年度実績の列、見直し後の「－」は当初のまま、見直しで追加したKPIは当初「－」、達成度 A～D',
  build(wb) {
    const ws = wb.addWorksheet(R1);
    put(ws, 1, 1, ['にしかわ町総合戦略　ＫＰＩの達成状況（令和５年度）']);
    put(ws, 3, 1, ['No.', 'ＫＰＩ', '単位', '基準値\n（H30）', '目標値（R6）', undefined, '令和5年度\n実績', '達成度', '備考']);
    put(ws, 4, 5, ['当初', '見直し後']);
    for (const c of ['A', 'B', 'C', 'D', 'G', 'H', 'I']) ws.mergeCells(`${c}3:${c}4`);
    ws.mergeCells('E3:F3');
    revisedRows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※令和4年度の中間見直しにより目標値を修正した。達成度は見直し後の目標値（「－」のものは当初目標値）に対する令和5年度実績で評価。']);
    put(ws, 13, 1, ['達成度　A：100％以上　B：80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h88-trap-revised-targets.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(R1, '移住相談件数', '件', 250, 231, { existing: 'B' }), targetSource: 'final' },
      { ...ind(R1, '新規創業者数（累計）', '人', 40, 33, { existing: 'B' }), targetSource: 'final' },
      { ...ind(R1, 'ふるさと納税寄附額', '百万円', 600, 512, { existing: 'B' }), targetSource: 'final' },
      { ...ind(R1, '婚活イベントを通じた成婚数（累計）', '組', 10, 7, { existing: 'C' }), targetSource: 'final' },
      { ...ind(R1, '地元企業への新規学卒就職者数', '人', 60, 47, { existing: 'C' }), targetSource: 'final' },
      { ...ind(R1, 'テレワーク施設の利用者数', '人', 3000, 3420, { existing: 'A' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

// ％ targets typed as "25%" (stored 0.25 under a % format) beside actuals typed 22.4 in a ％ unit column, and one the other way
// round (target 90, actual stored 0.857 shown 85.7%). A reader of raw values grades 22.4 against 0.25 as A.
const F1 = '事業評価';
const fractionRows: [string, string, string, number, number | string, string, string?, string?][] = [
  ['担い手育成総合支援事業', '認定農業者に占める法人の割合', '％', 0.25, 22.4, 'B', '0.0%'],
  ['スマート農業推進事業', 'スマート農業技術の導入経営体数', '経営体', 40, 46, 'A'],
  ['農地集積・集約化推進事業', '担い手への農地集積率', '％', 0.62, 57.9, 'B', '0%'],
  ['鳥獣被害防止対策事業', '鳥獣による農作物被害額', '千円', 45000, 51230, 'B', undefined, '目標は「45,000千円以下」'],
  ['GAP推進事業', 'GAP認証取得経営体数', '経営体', 15, 9, 'C'],
  ['新規就農者定着支援事業', '新規就農者の定着率（就農5年後）', '％', 90, 0.857, 'B', 'actual'],
  ['森林整備事業', '森林整備面積', 'ha', 320, '２８８', 'B'],
];
const fractions: Holdout2Workbook = {
  name: 'h88-trap-percent-fraction',
  layout:
    '県農林振興センターの事業評価調書: ％の目標を「25%」と入力（0.25の％書式）、実績は単位列「％」の22.4、逆に実績だけ0.857の％書式の行、被害額は目標の注記で「以下」、全角「２８８」',
  build(wb) {
    const ws = wb.addWorksheet(F1);
    put(ws, 1, 1, ['令和５年度　みなみ農林振興センター　事業評価調書（総括表）']);
    put(ws, 3, 1, ['事業名', '成果指標', '単位', '目標値（R5）', '実績値（R5）', '評価', '備考']);
    fractionRows.forEach(([project, name, unit, target, actual, grade, fmt, note], i) => {
      const r = 4 + i;
      put(ws, r, 1, [project, name, unit, target, actual, grade, note]);
      if (fmt === 'actual') ws.getCell(r, 5).numFmt = '0.0%';
      else if (fmt) ws.getCell(r, 4).numFmt = fmt;
    });
    put(ws, 12, 1, ['評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満（被害額は目標÷実績）']);
    ws.getColumn(1).width = 26;
    ws.getColumn(2).width = 32;
  },
  expected: {
    file: 'h88-trap-percent-fraction.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F1, '認定農業者に占める法人の割合', '％', 25, 22.4, { existing: 'B' }),
      ind(F1, 'スマート農業技術の導入経営体数', '経営体', 40, 46, { existing: 'A' }),
      ind(F1, '担い手への農地集積率', '％', 62, 57.9, { existing: 'B' }),
      ind(F1, '鳥獣による農作物被害額', '千円', 45000, 51230, { direction: 'down', existing: 'B' }),
      ind(F1, 'GAP認証取得経営体数', '経営体', 15, 9, { existing: 'C' }),
      ind(F1, '新規就農者の定着率（就農5年後）', '％', 90, 85.7, { existing: 'B' }),
      ind(F1, '森林整備面積', 'ha', 320, 288, { existing: 'B' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [actualFirst, revised, fractions];
