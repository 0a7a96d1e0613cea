/**
 * Hold-out 89, part 2: four workbooks outside the families, each over several sheets that depend on each other (an 入力 sheet
 * copied into an 評価 sheet by formula, an 一覧 with one card sheet per 施策, a 表紙 with one years-as-rows sheet per indicator,
 * monthly figures summed into an annual sheet beside a hidden 計算用 sheet).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

/** A formula cell with its cached result, as Excel saves it. */
function fx(ws: Worksheet, row: number, col: number, formula: string, result: string | number): void {
  ws.getCell(row, col).value = { formula, result };
}

// ---------------------------------------------------------------------------------------------------------------------
// An 入力 sheet (first) where the 担当 types the year's figures, and an 評価 sheet whose names, units, actuals and notes are
// formulas on it (cached values), with the targets, 達成率 and 評価 of its own.
type Suido = [string, string, Cell, string, number, '増加' | '減少', string];
const suido: Suido[] = [
  ['有収率', '％', 88.4, '', 90.0, '増加', 'B'],
  ['基幹管路の耐震適合率', '％', 27.1, '', 28.0, '増加', 'B'],
  ['漏水修理件数', '件', 48, '', 60, '減少', 'A'],
  ['給水収益', '千円', 2098450, '', 2150000, '増加', 'B'],
  ['料金収納率（現年度分）', '％', '集計中', '出納整理期間後に確定', 99.0, '増加', '－'],
  ['鉛製給水管の残存件数', '件', 1315, '3月末見込', 1200, '減少', 'B'],
];
const O1 = '評価';
const nyuryoku: Holdout2Workbook = {
  name: 'h89-nyuryoku-hyoka-formulas',
  layout:
    '水道事業経営戦略の指標: 入力シート（先頭、実績と備考を担当が記入）と評価シート（指標名・単位・実績・備考は入力シートを参照する数式の保存値、目標・方向は手入力、達成率と評価は数式）',
  build(wb) {
    const inp = wb.addWorksheet('入力');
    put(inp, 1, 1, ['実績値入力シート（令和5年度）　※各担当は黄色のセルに入力してください']);
    put(inp, 2, 1, ['上下水道局 経営企画課']);
    put(inp, 4, 1, ['No.', '指標名', '単位', '令和5年度実績', '備考']);
    suido.forEach(([name, unit, actual, note], i) => put(inp, 5 + i, 1, [i + 1, name, unit, actual, note || undefined]));
    inp.getColumn(2).width = 26;
    const ev = wb.addWorksheet(O1);
    put(ev, 1, 1, ['令和5年度　水道事業経営戦略　指標評価シート']);
    put(ev, 2, 1, ['※指標名・単位・実績値・備考は「入力」シートから自動転記（入力不要）']);
    put(ev, 4, 1, ['No.', '指標名', '単位', '目標値（R5）', '実績値（R5）', '達成率', '評価', '目標の方向', '備考']);
    suido.forEach(([name, unit, actual, note, target, dir, grade], i) => {
      const r = 5 + i;
      put(ev, r, 1, [i + 1]);
      fx(ev, r, 2, `入力!B${r}`, name);
      fx(ev, r, 3, `入力!C${r}`, unit);
      put(ev, r, 4, [target]);
      fx(ev, r, 5, `入力!D${r}`, actual as string | number);
      const rate = typeof actual === 'number' ? (dir === '減少' ? target / actual : actual / target) : '－';
      fx(ev, r, 6, `IF(ISNUMBER(E${r}),IF(H${r}="減少",D${r}/E${r},E${r}/D${r}),"－")`, rate);
      ev.getCell(r, 6).numFmt = '0.0%';
      fx(ev, r, 7, `IF(ISNUMBER(F${r}),IF(F${r}>=1,"A",IF(F${r}>=0.8,"B",IF(F${r}>=0.6,"C","D"))),"－")`, grade);
      put(ev, r, 8, [dir]);
      fx(ev, r, 9, `IF(入力!E${r}="","",入力!E${r})`, note);
    });
    put(ev, 12, 1, ['評価　A：100％以上　B：80％以上　C：60％以上　D：60％未満（減少を目指す指標は目標値÷実績値）']);
    ev.getColumn(2).width = 26;
  },
  expected: {
    file: 'h89-nyuryoku-hyoka-formulas.xlsx',
    fiscalYear: 2023,
    indicators: suido.map(([name, unit, actual, note, target, dir, grade]) =>
      typeof actual === 'number'
        ? ind(O1, name, unit, target, actual, {
            direction: dir === '減少' ? 'down' : 'up',
            existing: grade,
            ...(note.includes('見込') ? { actualStatus: 'provisional' as const } : {}),
          })
        : ind(O1, name, unit, target, null, { actualStatus: 'pending' }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// An 一覧 (first) and one card sheet per 施策: label / value lines (指標名, 単位, 指標の方向, 目標値, 実績値, 達成度) per indicator,
// the 施策's 評価 at the top of its card; 西暦 years.
type Card = { name: string; unit: string; down?: boolean; target: Cell; actual: Cell; rate: string };
type Shisaku = { sheet: string; title: string; grade: string; cards: Card[] };
const cards: Shisaku[] = [
  {
    sheet: '施策1',
    title: '地域防災力の強化',
    grade: 'B',
    cards: [
      { name: '自主防災組織の結成率', unit: '％', target: 95.0, actual: 93.2, rate: '98.1%' },
      { name: '総合防災訓練の参加者数', unit: '人', target: 6000, actual: 6840, rate: '114.0%' },
    ],
  },
  {
    sheet: '施策2',
    title: '交通安全の推進',
    grade: 'B',
    cards: [
      { name: '交通事故発生件数', unit: '件', down: true, target: '280件以下', actual: '301件', rate: '93.0%' },
      { name: '交通安全教室の実施回数', unit: '回', target: 120, actual: 96, rate: '80.0%' },
    ],
  },
  {
    sheet: '施策3',
    title: '防犯対策の推進',
    grade: 'B',
    cards: [
      { name: '刑法犯認知件数', unit: '件', down: true, target: '650件以下', actual: '702件', rate: '92.6%' },
      { name: '防犯カメラの設置台数（累計）', unit: '台', target: 180, actual: 180, rate: '100.0%' },
      { name: '青色防犯パトロール実施団体数', unit: '団体', target: 25, actual: '調査中', rate: '－' },
    ],
  },
];
const cardFacts: { sheet: string; name: string; unit: string; target: number; actual: number | null; down?: boolean }[][] = [
  [
    { sheet: '施策1', name: '自主防災組織の結成率', unit: '％', target: 95.0, actual: 93.2 },
    { sheet: '施策1', name: '総合防災訓練の参加者数', unit: '人', target: 6000, actual: 6840 },
  ],
  [
    { sheet: '施策2', name: '交通事故発生件数', unit: '件', target: 280, actual: 301, down: true },
    { sheet: '施策2', name: '交通安全教室の実施回数', unit: '回', target: 120, actual: 96 },
  ],
  [
    { sheet: '施策3', name: '刑法犯認知件数', unit: '件', target: 650, actual: 702, down: true },
    { sheet: '施策3', name: '防犯カメラの設置台数（累計）', unit: '台', target: 180, actual: 180 },
    { sheet: '施策3', name: '青色防犯パトロール実施団体数', unit: '団体', target: 25, actual: null },
  ],
];
const cardInds = cardFacts.map((g) =>
  g.map((c) =>
    c.actual === null
      ? ind(c.sheet, c.name, c.unit, c.target, null, { actualStatus: 'pending' })
      : ind(c.sheet, c.name, c.unit, c.target, c.actual, { direction: c.down ? 'down' : 'up' }),
  ),
);
const perShisaku: Holdout2Workbook = {
  name: 'h89-shisaku-cards-per-sheet',
  layout:
    '市民安全部の施策カード: 一覧シート（先頭、各施策シートの評価を数式で参照）＋施策ごとのシート（項目名｜値の縦並び、指標ごとに■見出し、「280件以下」「301件」「調査中」、2024年度）',
  build(wb) {
    const list = wb.addWorksheet('一覧');
    put(list, 1, 1, ['2024年度　施策評価一覧（市民安全部）']);
    put(list, 3, 1, ['施策', '施策名', '成果指標数', '施策の評価']);
    cards.forEach((s, i) => {
      put(list, 4 + i, 1, [s.sheet, s.title, s.cards.length]);
      fx(list, 4 + i, 4, `${s.sheet}!B5`, s.grade);
    });
    put(list, 8, 1, ['施策の評価　A：順調　B：概ね順調　C：やや遅れ　D：遅れ']);
    for (const s of cards) {
      const ws = wb.addWorksheet(s.sheet);
      put(ws, 1, 1, ['施策カード']);
      put(ws, 3, 1, ['施策名', s.title]);
      put(ws, 4, 1, ['評価年度', '2024年度']);
      put(ws, 5, 1, ['施策の評価', s.grade]);
      s.cards.forEach((c, k) => {
        const r = 7 + k * 8;
        put(ws, r, 1, [`■成果指標${k + 1}`]);
        put(ws, r + 1, 1, ['指標名', c.name]);
        put(ws, r + 2, 1, ['単位', c.unit]);
        put(ws, r + 3, 1, ['指標の方向', c.down ? '↓（減らす）' : '↑（増やす）']);
        put(ws, r + 4, 1, ['目標値（2024年度）', c.target]);
        put(ws, r + 5, 1, ['実績値（2024年度）', c.actual]);
        put(ws, r + 6, 1, ['達成度', c.rate]);
      });
      ws.getColumn(1).width = 20;
      ws.getColumn(2).width = 32;
    }
  },
  expected: {
    file: 'h89-shisaku-cards-per-sheet.xlsx',
    fiscalYear: 2024,
    indicators: cardInds.flat(),
    groups: cards.map((s, i) => ({ sheet: s.sheet, cell: 'B5', grade: rollUp(cardInds[i].map((x) => x.grade)) })),
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// A 表紙 stating the year and the grading bands, then one sheet per indicator with the years as rows (目標値, 実績値, 評価, 備考).
type Gomi = { sheet: string; name: string; unit: string; down: boolean; base: number; targets: number[]; actuals: number[]; grades: string[]; note?: string };
const YEAR_ROWS = ['令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度'];
const gomi: Gomi[] = [
  {
    sheet: '指標1',
    name: '1人1日当たりのごみ排出量',
    unit: 'g/人・日',
    down: true,
    base: 968,
    targets: [950, 940, 925, 900, 880, 865, 850],
    actuals: [961, 979, 944, 921, 902],
    grades: ['B', 'B', 'B', 'B', 'B'],
  },
  {
    sheet: '指標2',
    name: 'リサイクル率',
    unit: '％',
    down: false,
    base: 18.6,
    targets: [19.5, 20.5, 21.5, 23.0, 24.0, 25.0, 26.0],
    actuals: [18.9, 19.4, 19.7, 19.9, 19.8],
    grades: ['B', 'B', 'B', 'B', 'C'],
  },
  {
    sheet: '指標3',
    name: '最終処分量',
    unit: 't',
    down: true,
    base: 3820,
    targets: [3700, 3600, 3500, 3350, 3200, 3100, 3000],
    actuals: [3702, 3655, 3410, 3290, 3050],
    grades: ['B', 'B', 'A', 'A', 'A'],
  },
  {
    sheet: '指標4',
    name: '集団資源回収の実施団体数',
    unit: '団体',
    down: false,
    base: 131,
    targets: [133, 135, 137, 139, 140, 142, 145],
    actuals: [130, 104, 112, 116, 118],
    grades: ['B', 'C', 'B', 'B', 'B'],
    note: '速報値（令和6年5月時点）',
  },
];
const perIndicator: Holdout2Workbook = {
  name: 'h89-gomi-sheet-per-indicator',
  layout:
    '一般廃棄物処理基本計画の進捗: 表紙（評価対象年度：令和5年度、評価の凡例）＋指標ごとのシート（年度が行、平成30年度基準〜令和7年度、単位は見出しの括弧内、R5実績に「速報値」の備考）',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    put(cover, 2, 2, ['一般廃棄物処理基本計画　進行管理シート']);
    put(cover, 4, 2, ['評価対象年度：令和5年度']);
    put(cover, 5, 2, ['作成：環境部 ごみ減量推進課（令和6年6月）']);
    put(cover, 7, 2, ['【評価の凡例】']);
    put(cover, 8, 2, ['A　目標を達成（達成率100％以上）']);
    put(cover, 9, 2, ['B　達成率80％以上100％未満']);
    put(cover, 10, 2, ['C　達成率60％以上80％未満']);
    put(cover, 11, 2, ['D　達成率60％未満']);
    put(cover, 12, 2, ['※減量を目指す指標（指標1・3）は、目標値÷実績値を達成率とする。']);
    put(cover, 14, 2, ['シート構成　指標1～指標4：各指標の年度別の目標値と実績値']);
    for (const g of gomi) {
      const ws = wb.addWorksheet(g.sheet);
      put(ws, 1, 1, [`指標名：${g.name}（${g.unit}）`]);
      put(ws, 2, 1, [g.down ? '指標の方向：減少を目指す' : '指標の方向：増加を目指す']);
      put(ws, 4, 1, ['年度', '目標値', '実績値', '評価', '備考']);
      put(ws, 5, 1, ['平成30年度', undefined, g.base, undefined, '計画策定時の基準値']);
      YEAR_ROWS.forEach((y, i) => put(ws, 6 + i, 1, [y, g.targets[i], g.actuals[i], g.grades[i], i === 4 ? g.note : undefined]));
      ws.getColumn(1).width = 14;
      ws.getColumn(5).width = 26;
    }
  },
  expected: {
    file: 'h89-gomi-sheet-per-indicator.xlsx',
    fiscalYear: 2023,
    indicators: gomi.map((g) =>
      ind(g.sheet, g.name, g.unit, g.targets[4], g.actuals[4], {
        direction: g.down ? 'down' : 'up',
        existing: g.grades[4],
        ...(g.note ? { actualStatus: 'provisional' as const } : {}),
      }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// An annual sheet (first) whose 年間実績 are SUMs of a monthly sheet (令和5年4月 … 令和6年3月) and whose 前年度実績 come from a
// hidden 計算用 sheet.
type Boshi = [string, string, string, number, number, number, string];
const boshi: Boshi[] = [
  ['妊娠届出時面談', '妊婦面談の実施件数', '件', 1150, 1082, 1124, 'B'],
  ['新生児訪問指導', '新生児訪問の実施件数', '件', 1100, 1021, 1065, 'B'],
  ['育児相談', '育児相談の件数', '件', 2400, 2655, 2312, 'A'],
  ['産後ケア事業', '産後ケア事業の利用者数', '人', 120, 87, 64, 'C'],
];
const WOBBLE = [3, -2, 1, -1, 2, -3, 1, -1, 2, -2, 0, 0];
const months = (total: number): number[] => {
  const base = Math.floor(total / 12);
  const rem = total - base * 12;
  return WOBBLE.map((w, i) => base + w + (i < rem ? 1 : 0));
};
const MONTHS = ['令和5年4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '令和6年1月', '2月', '3月'];
const O4 = '年間集計';
const monthly: Holdout2Workbook = {
  name: 'h89-boshi-monthly-annual-hidden',
  layout:
    '母子保健事業の実績: 年間集計シート（先頭、年間実績は月別シートの合計の数式、前年度実績は非表示の計算用シートから）＋月別実績（令和5年4月〜令和6年3月×4指標、合計行）＋非表示の計算用',
  build(wb) {
    const an = wb.addWorksheet(O4);
    put(an, 1, 1, ['令和5年度　こども家庭センター（母子保健）事業実績']);
    put(an, 3, 1, ['事業', '指標', '単位', '年間目標', '年間実績', '達成率', '前年度実績', '評価']);
    const col = ['B', 'C', 'D', 'E'];
    boshi.forEach(([project, name, unit, target, actual, last, grade], i) => {
      const r = 4 + i;
      put(an, r, 1, [project, name, unit, target]);
      fx(an, r, 5, `SUM(月別実績!${col[i]}5:${col[i]}16)`, actual);
      fx(an, r, 6, `E${r}/D${r}`, actual / target);
      an.getCell(r, 6).numFmt = '0.0%';
      fx(an, r, 7, `計算用!B${3 + i}`, last);
      put(an, r, 8, [grade]);
    });
    put(an, 9, 1, ['評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
    an.getColumn(2).width = 26;
    const mo = wb.addWorksheet('月別実績');
    put(mo, 1, 1, ['月別実績（令和5年度）']);
    put(mo, 3, 1, ['月', ...boshi.map((b) => b[1])]);
    put(mo, 4, 1, [undefined, ...boshi.map((b) => `（${b[2]}）`)]);
    const split = boshi.map((b) => months(b[4]));
    MONTHS.forEach((m, k) => put(mo, 5 + k, 1, [m, ...split.map((s) => s[k])]));
    put(mo, 17, 1, ['合計']);
    boshi.forEach((b, i) => fx(mo, 17, 2 + i, `SUM(${col[i]}5:${col[i]}16)`, b[4]));
    mo.getColumn(1).width = 12;
    const calc = wb.addWorksheet('計算用', { state: 'hidden' });
    put(calc, 1, 1, ['前年度比較用（令和4年度実績）']);
    put(calc, 2, 1, ['指標', '令和4年度', '前年度比']);
    boshi.forEach((b, i) => {
      put(calc, 3 + i, 1, [b[1], b[5]]);
      fx(calc, 3 + i, 3, `年間集計!E${4 + i}/B${3 + i}`, b[4] / b[5]);
    });
  },
  expected: {
    file: 'h89-boshi-monthly-annual-hidden.xlsx',
    fiscalYear: 2023,
    indicators: boshi.map(([, name, unit, target, actual, , grade]) => ind(O4, name, unit, target, actual, { existing: grade })),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [nyuryoku, perShisaku, perIndicator, monthly];
