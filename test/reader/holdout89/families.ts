/**
 * Hold-out 89, part 1: the four families laid out over several sheets (施策 sheets with an 一覧 and a 凡例, a 総括表 of grades
 * with the figures on per-課 sheets, KPI 目標値 and 実績値 on two sheets in another order, plan indicators per 基本目標 with a
 * hidden 計算用 sheet and a 評価基準 sheet).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

/** A formula cell with its cached result, as Excel saves it. */
function fx(ws: Worksheet, row: number, col: number, formula: string, result: string | number): void {
  ws.getCell(row, col).value = { formula, result };
}

// ---------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, one sheet per 施策 with stacked indicator blocks; an 一覧 (first) copying each sheet's 達成状況 by formula,
// and a 凡例 sheet with the grading bands.
type Block = { name: string; note: string; unit: string; base: number; actuals: Cell[]; expects: number[] };
const YEARS = ['R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'];
function shisakuSheet(ws: Worksheet, code: string, title: string, grade: string, last: string, blocks: Block[]): void {
  put(ws, 1, 1, ['令和５年度　施策評価シート', undefined, undefined, undefined, undefined, '評価対象期間：令和５年度']);
  put(ws, 3, 1, ['基本方針', '2　誰もが健やかに暮らせるまち']);
  put(ws, 4, 1, ['基本施策', `${code}　${title}`]);
  put(ws, 5, 1, ['担当部等', '健康福祉部']);
  put(ws, 6, 1, ['達成状況', grade, `（前年度：${last}）`]);
  ws.mergeCells('B3:G3');
  ws.mergeCells('B4:G4');
  ws.mergeCells('B5:G5');
  const marks = ['①', '②', '③', '④'];
  blocks.forEach((b, k) => {
    const r = 8 + k * 6;
    put(ws, r, 1, [`成果指標${marks[k]}`, b.name, undefined, undefined, '単位', b.unit]);
    ws.mergeCells(r, 2, r, 4);
    put(ws, r + 1, 1, ['指標の説明', b.note]);
    ws.mergeCells(r + 1, 2, r + 1, 7);
    put(ws, r + 2, 1, ['区分', ...YEARS]);
    put(ws, r + 3, 1, ['実績値', b.base, ...b.actuals]);
    put(ws, r + 4, 1, ['期待値\n※R7は目標値', undefined, ...b.expects]);
  });
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 14;
}
const A1 = '施策2-1';
const A2 = '施策2-2';
const a1Blocks: Block[] = [
  {
    name: '特定健康診査の受診率',
    note: '国民健康保険加入者の特定健診受診率（法定報告値）',
    unit: '％',
    base: 38.2,
    actuals: [40.1, 42.5, 44.0],
    expects: [41.0, 44.0, 47.0, 50.0, 53.0],
  },
  {
    name: 'がん検診の受診者数',
    note: '胃・肺・大腸・子宮・乳がん検診の延べ受診者数',
    unit: '人',
    base: 11020,
    actuals: [11840, 12210, 12480],
    expects: [11500, 12200, 13000, 13800, 14500],
  },
  {
    name: 'かかりつけ医を持つ市民の割合',
    note: '市民意識調査（隔年実施）による',
    unit: '％',
    base: 61.4,
    actuals: ['－', 63.0, '－'],
    expects: [63.0, 64.0, 65.0, 67.0, 70.0],
  },
];
const a2Blocks: Block[] = [
  { name: '保育所等の待機児童数', note: '4月1日現在の待機児童数（減少を目指す指標）', unit: '人', base: 12, actuals: [9, 6, 3], expects: [9, 6, 4, 2, 0] },
  {
    name: '地域子育て支援センターの利用者数',
    note: '市内5か所の延べ利用者数',
    unit: '人',
    base: 14300,
    actuals: [15820, 17140, 18250],
    expects: [17000, 19000, 21000, 22000, 23000],
  },
  {
    name: 'ファミリー・サポート・センターの提供会員数',
    note: '年度末の提供会員（援助を行う会員）数',
    unit: '人',
    base: 118,
    actuals: [124, 131, 142],
    expects: [160, 190, 220, 250, 280],
  },
];
const a1 = [
  ind(A1, '特定健康診査の受診率', '％', 47.0, 44.0),
  ind(A1, 'がん検診の受診者数', '人', 13000, 12480),
  ind(A1, 'かかりつけ医を持つ市民の割合', '％', 65.0, null, { actualStatus: 'not-applicable' }),
];
const a2 = [
  ind(A2, '保育所等の待機児童数', '人', 4, 3, { direction: 'down' }),
  ind(A2, '地域子育て支援センターの利用者数', '人', 21000, 18250),
  ind(A2, 'ファミリー・サポート・センターの提供会員数', '人', 220, 142),
];
const shisaku: Holdout2Workbook = {
  name: 'h89-shisaku-sheets-ichiran',
  layout: '施策評価シート: 一覧（先頭、各シートの達成状況を数式で参照）＋施策2-1・施策2-2（指標ブロック縦積み、R2現状値〜R7、期待値行）＋凡例シート',
  build(wb) {
    const list = wb.addWorksheet('一覧');
    put(list, 1, 1, ['令和５年度　施策評価　一覧（基本方針2）']);
    put(list, 3, 1, ['施策番号', '基本施策', '担当部等', '達成状況', '前年度']);
    put(list, 4, 1, ['2-1', '地域医療と健康づくりの充実', '健康福祉部']);
    fx(list, 4, 4, `'${A1}'!B6`, 'B');
    put(list, 4, 5, ['B']);
    put(list, 5, 1, ['2-2', '子育て支援の充実', '健康福祉部']);
    fx(list, 5, 4, `'${A2}'!B6`, 'B');
    put(list, 5, 5, ['C']);
    put(list, 7, 1, ['※達成状況の区分は「凡例」シートによる。']);
    list.getColumn(2).width = 28;
    shisakuSheet(wb.addWorksheet(A1), '2-1', '地域医療と健康づくりの充実', 'B', 'B', a1Blocks);
    shisakuSheet(wb.addWorksheet(A2), '2-2', '子育て支援の充実', 'B', 'C', a2Blocks);
    const leg = wb.addWorksheet('凡例');
    put(leg, 1, 1, ['達成状況の評価基準']);
    put(leg, 3, 1, ['区分', '状況', '基準']);
    put(leg, 4, 1, ['A', '順調', '期待値に対する達成率が100％以上']);
    put(leg, 5, 1, ['B', '概ね順調', '達成率80％以上100％未満']);
    put(leg, 6, 1, ['C', 'やや遅れている', '達成率60％以上80％未満']);
    put(leg, 7, 1, ['D', '遅れている', '達成率60％未満']);
    put(leg, 9, 1, ['※減少を目指す指標は、期待値÷実績値を達成率とする。']);
    put(leg, 10, 1, ['※施策の達成状況は、各指標の区分をA＝4点、B＝3点、C＝2点、D＝1点とした平均点（四捨五入）による。']);
  },
  expected: {
    file: 'h89-shisaku-sheets-ichiran.xlsx',
    fiscalYear: 2023,
    indicators: [...a1, ...a2],
    groups: [
      { sheet: A1, cell: 'B6', grade: rollUp(a1.map((i) => i.grade)) },
      { sheet: A2, cell: 'B6', grade: rollUp(a2.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// B: 事務事業評価, a 総括表 (first) listing each 事業's 自己評価 by formula; the figures stand on one sheet per 課, as text.
type Jigyo = [string, string, string, string, string, string];
const B1 = '商工観光課';
const B2 = '農林振興課';
const shoko: Jigyo[] = [
  ['創業支援事業', '創業者数', '年12件以上', '9件', 'B', '継続'],
  ['企業誘致推進事業', '新規立地企業数', '2社', '2社', 'A', '継続'],
  ['観光プロモーション事業', '観光入込客数', '85万人', '79.6万人', 'B', '拡充'],
  ['商店街にぎわい創出事業', 'にぎわいイベントの開催回数', '年4回', '未実施（会場改修のため中止）', 'D', '見直し'],
];
const norin: Jigyo[] = [
  ['新規就農者支援事業', '新規就農者数', '5人', '6人', 'A', '継続'],
  ['鳥獣被害防止対策事業', '農作物被害額', '800万円以下', '912万円', 'C', '拡充'],
  ['森林整備促進事業', '間伐実施面積', '120ha', '集計中', '－', '継続'],
  ['地産地消推進事業', '学校給食における地場産物の使用割合', '30％以上', '27.4％', 'B', '継続'],
];
function kaSheet(ws: Worksheet, ka: string, rows: Jigyo[]): void {
  put(ws, 1, 1, [`令和5年度　事務事業評価　${ka}`]);
  put(ws, 3, 1, ['No.', '事業名', '成果指標', '数値目標（R5）', '実績（R5）', '自己評価', '今後の方向性']);
  rows.forEach((r, i) => put(ws, 4 + i, 1, [i + 1, ...r]));
  put(ws, 9, 1, ['自己評価　A：目標を達成　B：概ね達成（80％以上）　C：やや不十分（60％以上）　D：不十分・未実施']);
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 30;
  ws.getColumn(5).width = 26;
}
const jigyo: Holdout2Workbook = {
  name: 'h89-jigyo-soukatsu-kabetsu',
  layout:
    '事務事業評価: 総括表（先頭、自己評価と方向性のみ、各課シートを数式で参照）＋課ごとのシート（数値目標・実績が文字列「年12件以上」「79.6万人」「未実施（…中止）」「集計中」）',
  build(wb) {
    const sum = wb.addWorksheet('総括表');
    put(sum, 1, 1, ['令和5年度　事務事業評価　総括表（産業振興部）']);
    put(sum, 3, 1, ['課名', 'No.', '事業名', '自己評価', '今後の方向性']);
    let r = 4;
    for (const [ka, rows] of [
      [B1, shoko],
      [B2, norin],
    ] as [string, Jigyo[]][]) {
      rows.forEach((row, i) => {
        put(sum, r, 1, [ka, i + 1]);
        fx(sum, r, 3, `'${ka}'!B${4 + i}`, row[0]);
        fx(sum, r, 4, `'${ka}'!F${4 + i}`, row[4]);
        fx(sum, r, 5, `'${ka}'!G${4 + i}`, row[5]);
        r += 1;
      });
    }
    put(sum, r + 1, 1, ['評価別件数', 'A', 2, 'B', 3]);
    put(sum, r + 2, 1, [undefined, 'C', 1, 'D', 1]);
    put(sum, r + 3, 1, ['※各事業の数値目標・実績は課別シートを参照。']);
    sum.getColumn(3).width = 26;
    kaSheet(wb.addWorksheet(B1), B1, shoko);
    kaSheet(wb.addWorksheet(B2), B2, norin);
  },
  expected: {
    file: 'h89-jigyo-soukatsu-kabetsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B1, '創業者数', '件', 12, 9, { existing: 'B' }),
      ind(B1, '新規立地企業数', '社', 2, 2, { existing: 'A' }),
      ind(B1, '観光入込客数', '万人', 85, 79.6, { existing: 'B' }),
      ind(B1, 'にぎわいイベントの開催回数', '回', 4, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B2, '新規就農者数', '人', 5, 6, { existing: 'A' }),
      ind(B2, '農作物被害額', '万円', 800, 912, { direction: 'down', existing: 'C' }),
      ind(B2, '間伐実施面積', 'ha', 120, null, { actualStatus: 'pending' }),
      ind(B2, '学校給食における地場産物の使用割合', '％', 30, 27.4, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// C: 総合戦略 KPI, 目標値 per year on one sheet, 実績値 per year on another, the rows in another order and some names written
// slightly differently (a join by a near name: a guess).
type Kpi = { name: string; actualName: string; unit: string; base: number; targets: number[]; actuals: Cell[] };
const kpis: Kpi[] = [
  { name: '転入者数', actualName: '転入者の数', unit: '人', base: 2210, targets: [2300, 2380, 2450, 2520, 2600], actuals: [2264, 2291, 2318] },
  {
    name: '市内事業所の新規雇用者数',
    actualName: '市内事業所における新規雇用者数',
    unit: '人',
    base: 360,
    targets: [380, 400, 420, 440, 460],
    actuals: [371, 412, 455],
  },
  { name: '観光消費額', actualName: '観光消費額', unit: '億円', base: 49.5, targets: [52.0, 55.0, 58.0, 61.0, 64.0], actuals: [38.2, 47.6, 52.3] },
  { name: '婚姻件数', actualName: '婚姻件数', unit: '件', base: 362, targets: [370, 375, 380, 385, 390], actuals: [348, 339, 341] },
  { name: '移住相談件数', actualName: '移住に関する相談件数', unit: '件', base: 185, targets: [220, 260, 300, 340, 380], actuals: [241, 307, 362] },
  {
    name: '自主防災組織の活動カバー率',
    actualName: '自主防災組織活動カバー率',
    unit: '％',
    base: 84.2,
    targets: [85.5, 86.8, 88.0, 89.0, 90.0],
    actuals: [85.1, 85.7, 86.1],
  },
];
const C1 = '目標値';
const C2 = '実績値';
const kpi: Holdout2Workbook = {
  name: 'h89-kpi-mokuhyo-jisseki-sheets',
  layout:
    '総合戦略KPI: 目標値シート（R3〜R7年度の目標）と実績値シート（行順が違い、名称が少し違う「転入者の数」「移住に関する相談件数」、R5年度まで）、検証は令和5年度',
  build(wb) {
    const t = wb.addWorksheet(C1);
    put(t, 1, 1, ['第2期 まち・ひと・しごと創生総合戦略　KPI 年度別目標値']);
    put(t, 3, 1, ['番号', 'KPI', '単位', '基準値（R1年度）', 'R3年度', 'R4年度', 'R5年度', 'R6年度', 'R7年度']);
    kpis.forEach((k, i) => put(t, 4 + i, 1, [`${Math.floor(i / 2) + 1}-${(i % 2) + 1}`, k.name, k.unit, k.base, ...k.targets]));
    t.getColumn(2).width = 30;
    const a = wb.addWorksheet(C2);
    put(a, 1, 1, ['令和5年度 KPI 実績（令和6年6月 総合戦略推進会議 検証資料）']);
    put(a, 3, 1, ['KPI', '単位', 'R3年度実績', 'R4年度実績', 'R5年度実績', 'R6年度実績', '出典']);
    const order = [2, 0, 5, 1, 4, 3];
    const src = ['観光動態調査', '住民基本台帳', '自主防災組織実態調査', 'ハローワーク提供資料', '移住定住窓口記録', '人口動態統計'];
    order.forEach((j, i) => put(a, 4 + i, 1, [kpis[j].actualName, kpis[j].unit, ...kpis[j].actuals, undefined, src[i]]));
    a.getColumn(1).width = 32;
  },
  expected: {
    file: 'h89-kpi-mokuhyo-jisseki-sheets.xlsx',
    fiscalYear: 2023,
    guesses: ['fuzzy-join'],
    indicators: kpis.map((k) => ind(C1, k.name, k.unit, k.targets[2], k.actuals[2] as number)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// D: plan indicators, one sheet per 基本目標 (策定時, 目標（R9）, 実績（R5）), the 達成率 and 評価 formulas reading a hidden
// 計算用 sheet, and a 評価基準 sheet.
type Plan = [string, string, number, number, Cell, string];
const D1 = '基本目標Ⅰ';
const D2 = '基本目標Ⅱ';
const p1: Plan[] = [
  ['「男は仕事、女は家庭」という考え方に反対する市民の割合', '％', 58.3, 70.0, 64.2, 'B'],
  ['男女共同参画講座の参加者数', '人', 320, 500, 412, 'B'],
  ['審議会等における女性委員の割合', '％', 29.5, 40.0, 33.8, 'B'],
];
const p2: Plan[] = [
  ['市職員の管理職に占める女性の割合', '％', 14.2, 25.0, 18.9, 'C'],
  ['男性職員の育児休業取得率', '％', 12.5, 50.0, 52.6, 'A'],
  ['DV相談窓口の認知度', '％', 41.0, 60.0, '－', '－'],
];
function planSheet(ws: Worksheet, heading: string, rows: Plan[], start: number): void {
  put(ws, 1, 1, ['第3次男女共同参画プラン（令和5年度～令和9年度）　令和5年度 進捗状況']);
  put(ws, 2, 1, [heading]);
  put(ws, 4, 1, ['No.', '成果指標', '単位', '策定時（R3年度）', '目標値（R9年度）', '実績値（R5年度）', '達成率', '評価']);
  rows.forEach(([name, unit, base, target, actual, grade], i) => {
    const r = 5 + i;
    const calc = start + i + 3;
    put(ws, r, 1, [start + i + 1, name, unit, base, target, actual]);
    if (typeof actual === 'number') {
      fx(ws, r, 7, `計算用!D${calc}`, Math.round((actual / target) * 1000) / 1000);
      ws.getCell(r, 7).numFmt = '0.0%';
    } else fx(ws, r, 7, `計算用!D${calc}`, '－');
    fx(ws, r, 8, `計算用!E${calc}`, grade);
  });
  put(ws, 9, 1, ['※達成率は目標値（R9年度）に対する実績値の割合。評価の区分は「評価基準」シートのとおり。']);
  ws.getColumn(2).width = 40;
}
const allPlan = [...p1, ...p2];
const plan: Holdout2Workbook = {
  name: 'h89-plan-kihonmokuhyo-hidden-calc',
  layout:
    '男女共同参画プランの成果指標: 基本目標ごとのシート（策定時・目標値R9・実績値R5、達成率と評価は数式）＋非表示の計算用シート（達成率の小数）＋評価基準シート',
  build(wb) {
    planSheet(wb.addWorksheet(D1), '基本目標Ⅰ　男女共同参画の意識づくり', p1, 0);
    planSheet(wb.addWorksheet(D2), '基本目標Ⅱ　あらゆる分野で活躍できる環境づくり', p2, 3);
    const calc = wb.addWorksheet('計算用', { state: 'hidden' });
    put(calc, 1, 1, ['計算用（編集しないでください）']);
    put(calc, 2, 1, ['No.', '実績', '目標', '達成率', '評価']);
    allPlan.forEach(([, , , target, actual, grade], i) => {
      const sheet = i < 3 ? D1 : D2;
      const row = 5 + (i % 3);
      const r = 3 + i;
      put(calc, r, 1, [i + 1]);
      fx(calc, r, 2, `'${sheet}'!F${row}`, actual ?? '');
      fx(calc, r, 3, `'${sheet}'!E${row}`, target);
      if (typeof actual === 'number') fx(calc, r, 4, `IFERROR(B${r}/C${r},"－")`, actual / target);
      else fx(calc, r, 4, `IFERROR(B${r}/C${r},"－")`, '－');
      fx(calc, r, 5, `IF(ISNUMBER(D${r}),IF(D${r}>=1,"A",IF(D${r}>=0.8,"B",IF(D${r}>=0.6,"C","D"))),"－")`, grade);
    });
    const crit = wb.addWorksheet('評価基準');
    put(crit, 1, 1, ['成果指標の評価基準']);
    put(crit, 3, 1, ['評価', '達成率（実績値÷目標値）']);
    put(crit, 4, 1, ['A', '100％以上']);
    put(crit, 5, 1, ['B', '80％以上100％未満']);
    put(crit, 6, 1, ['C', '60％以上80％未満']);
    put(crit, 7, 1, ['D', '60％未満']);
    put(crit, 8, 1, ['－', '実績値なし（調査未実施の年度）']);
    put(crit, 10, 1, ['※DV相談窓口の認知度は市民意識調査（R4・R6実施）による。']);
  },
  expected: {
    file: 'h89-plan-kihonmokuhyo-hidden-calc.xlsx',
    fiscalYear: 2023,
    indicators: [
      ...p1.map(([name, unit, , target, actual, grade]) => ({ ...ind(D1, name, unit, target, actual as number, { existing: grade }), targetSource: 'final' })),
      ...p2
        .slice(0, 2)
        .map(([name, unit, , target, actual, grade]) => ({ ...ind(D2, name, unit, target, actual as number, { existing: grade }), targetSource: 'final' })),
      { ...ind(D2, 'DV相談窓口の認知度', '％', 60.0, null, { actualStatus: 'not-applicable' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [shisaku, jigyo, kpi, plan];
