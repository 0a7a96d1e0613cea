/**
 * Hold-out set 119, four workbooks outside the four families: ふるさと納税 月別受入状況 (千円) with 年度計 feeding a 目標と実績
 * sheet by formulas, a 空家等対策計画 進捗管理表 with 年度 and 累計 rows and its own 100/80/50 scale, a 社会動態 table with years
 * as rows (社会増減数 negative, ▲), and シティプロモーション 事務事業評価シート, one 事業 per sheet.
 */
import type { Worksheet } from 'exceljs';
import { gradeOf, ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. ふるさと納税: 月別受入状況 (件数｜寄附額 per 年度, 千円, 年度計) and 目標と実績 whose two first actuals are formulas.

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const R4_COUNT = [761, 870, 1015, 978, 1196, 1486, 1921, 2609, 11234, 3008, 1305, 1521];
const R4_YEN = [19464, 20349, 25657, 24772, 27427, 37159, 44237, 67240, 267189, 77856, 32735, 38927];
const R5_COUNT = [696, 766, 1044, 870, 1114, 1392, 1740, 2610, 10440, 3132, 1218, 1390];
const R5_YEN = [21376, 19517, 28811, 24164, 27882, 40893, 48328, 73422, 274170, 79928, 31599, 42753];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

interface Goal {
  name: string;
  unit: string;
  target: number;
  actual: number;
  formula?: string;
  note?: string;
  fmt: string;
}

const GOALS: Goal[] = [
  { name: 'ふるさと納税寄附額', unit: '千円', target: 650000, actual: sum(R5_YEN), formula: "'月別受入状況'!E17", note: '月別受入状況の年度計', fmt: '#,##0' },
  { name: 'ふるさと納税寄附件数', unit: '件', target: 30000, actual: sum(R5_COUNT), formula: "'月別受入状況'!D17", note: '同上', fmt: '#,##0' },
  { name: '返礼品の登録品目数', unit: '品目', target: 600, actual: 548, note: '年度末現在', fmt: '#,##0' },
  { name: '返礼品取扱事業者数', unit: '事業者', target: 120, actual: 131, note: '年度末現在', fmt: '#,##0' },
  { name: '掲載ポータルサイト数', unit: 'サイト', target: 8, actual: 8, fmt: '#,##0' },
  { name: '企業版ふるさと納税寄附額', unit: '千円', target: 30000, actual: 12500, note: '地方創生応援税制（3社）', fmt: '#,##0' },
  { name: 'リピーター寄附者の割合', unit: '％', target: 30.0, actual: 27.4, note: '前年度にも寄附した寄附者の割合', fmt: '0.0' },
  { name: '返礼品による市内事業者の受注額', unit: '百万円', target: 200, actual: 214.6, note: '返礼品調達額（送料を除く）', fmt: '#,##0.0' },
];

const furusato: Holdout2Workbook = {
  name: 'h119-furusato-monthly',
  layout:
    'ふるさと納税: a 月別受入状況 sheet (4月…3月 rows, 令和４年度｜令和５年度 each 件数｜寄附額 in 千円, 前年度比, a 年度計 row of SUM formulas) and a 目標と実績 sheet whose first two actuals are formulas into that 年度計, units 千円・件・品目・事業者・サイト・％・百万円, 達成率 formulas; a 使途別 sheet without targets',
  build(wb) {
    const ws = wb.addWorksheet('月別受入状況');
    widths(ws, [10, 11, 13, 11, 13, 10, 10]);
    merge(ws, 1, 1, 1, 7, '令和５年度　ふるさと納税（ふるさと応援寄附金）月別受入状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 7, ['（単位：件、千円）']);
    merge(ws, 3, 1, 4, 1, '月');
    merge(ws, 3, 2, 3, 3, '令和４年度');
    merge(ws, 3, 4, 3, 5, '令和５年度');
    merge(ws, 3, 6, 3, 7, '前年度比');
    put(ws, 4, 2, ['件数', '寄附額', '件数', '寄附額', '件数', '寄附額']);
    MONTHS.forEach((m, i) => {
      const r = 5 + i;
      put(ws, r, 1, [m, R4_COUNT[i], R4_YEN[i], R5_COUNT[i], R5_YEN[i]]);
      ws.getCell(r, 6).value = { formula: `D${r}/B${r}`, result: R5_COUNT[i] / R4_COUNT[i] };
      ws.getCell(r, 7).value = { formula: `E${r}/C${r}`, result: R5_YEN[i] / R4_YEN[i] };
    });
    put(ws, 17, 1, ['年度計']);
    const totals = [sum(R4_COUNT), sum(R4_YEN), sum(R5_COUNT), sum(R5_YEN)];
    ['B', 'C', 'D', 'E'].forEach((c, i) => (ws.getCell(`${c}17`).value = { formula: `SUM(${c}5:${c}16)`, result: totals[i] }));
    ws.getCell('F17').value = { formula: 'D17/B17', result: totals[2] / totals[0] };
    ws.getCell('G17').value = { formula: 'E17/C17', result: totals[3] / totals[1] };
    for (let r = 5; r <= 17; r++) {
      for (const c of [2, 3, 4, 5]) ws.getCell(r, c).numFmt = '#,##0';
      for (const c of [6, 7]) ws.getCell(r, c).numFmt = '0.0%';
    }
    box(ws, 3, 1, 17, 7);
    merge(ws, 18, 1, 18, 7, '※受入日（入金日）ベース。ポータルサイト経由の寄附は決済日の属する月に計上。');

    const gs = wb.addWorksheet('目標と実績');
    widths(gs, [5, 32, 9, 14, 14, 10, 30]);
    merge(gs, 1, 1, 1, 7, '令和５年度　ふるさと納税推進事業　目標と実績');
    gs.getCell(1, 1).font = { bold: true, size: 13 };
    put(gs, 3, 1, ['No.', '項目', '単位', '令和５年度\n目標', '令和５年度\n実績', '達成率', '備考']);
    GOALS.forEach((g, i) => {
      const r = 4 + i;
      put(gs, r, 1, [i + 1, g.name, g.unit, g.target]);
      gs.getCell(r, 5).value = g.formula ? { formula: g.formula, result: g.actual } : g.actual;
      gs.getCell(r, 6).value = { formula: `E${r}/D${r}`, result: g.actual / g.target };
      if (g.note) gs.getCell(r, 7).value = g.note;
      gs.getCell(r, 4).numFmt = g.fmt;
      gs.getCell(r, 5).numFmt = g.fmt;
      gs.getCell(r, 6).numFmt = '0.0%';
    });
    wrap(gs, 3, 1, 3, 7);
    box(gs, 3, 1, 3 + GOALS.length, 7);
    merge(gs, 5 + GOALS.length, 1, 5 + GOALS.length, 7, '※金額の単位は項目ごとに単位欄による（寄附額は千円、受注額は百万円）。');

    const us = wb.addWorksheet('使途別');
    widths(us, [30, 12, 14]);
    put(us, 1, 1, ['令和５年度　寄附金の使途別受入状況']);
    put(us, 2, 3, ['（単位：件、千円）']);
    put(us, 3, 1, ['使途', '件数', '寄附額']);
    const uses: [string, number, number][] = [
      ['子育て・教育の充実', 7120, 191482],
      ['移住・定住の促進、空き家の活用', 2315, 61540],
      ['観光・文化・スポーツの振興', 4108, 110972],
      ['自然環境の保全', 2840, 77115],
      ['市長におまかせ', 10029, 271734],
    ];
    uses.forEach((u, i) => put(us, 4 + i, 1, u));
    put(us, 9, 1, ['合計', sum(uses.map((u) => u[1])), sum(uses.map((u) => u[2]))]);
    box(us, 3, 1, 9, 3);
  },
  expected: {
    file: 'h119-furusato-monthly.xlsx',
    fiscalYear: 2023,
    indicators: GOALS.map((g) => ind('目標と実績', g.name, g.unit, g.target, g.actual)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 空家等対策計画 進捗管理表: 集計 (年度／累計／年度末), 令和4年度｜令和5年度 each 目標｜実績, 計画目標（R8）, its own scale.

interface AkiyaRow {
  pillar: number;
  name: string;
  unit: string;
  kind: string;
  r4: [number, number];
  r5: [number, number];
  plan: string | number;
  self: string;
  note?: string;
  down?: boolean;
}

const PILLARS = ['１　発生予防・相談体制の充実', '２　空き家の利活用の促進', '３　管理不全空家等の解消'];

const AKIYA: AkiyaRow[] = [
  { pillar: 0, name: '空き家相談件数', unit: '件', kind: '年度', r4: [150, 171], r5: [150, 139], plan: '150／年', self: 'B' },
  {
    pillar: 0,
    name: '空き家セミナー参加者数',
    unit: '人',
    kind: '年度',
    r4: [60, 48],
    r5: [60, 33],
    plan: '60／年',
    self: 'C',
    note: '終活セミナーと同時開催',
  },
  { pillar: 1, name: '空き家バンク新規登録件数', unit: '件', kind: '年度', r4: [40, 36], r5: [40, 45], plan: '200（5年間）', self: 'A' },
  { pillar: 1, name: '空き家バンク成約件数', unit: '件', kind: '累計', r4: [30, 28], r5: [60, 55], plan: 150, self: 'B', note: '令和4年度からの累計' },
  { pillar: 1, name: '空き家改修補助件数', unit: '件', kind: '年度', r4: [12, 10], r5: [12, 12], plan: '60（5年間）', self: 'A' },
  {
    pillar: 2,
    name: '特定空家等の是正件数',
    unit: '件',
    kind: '累計',
    r4: [8, 9],
    r5: [16, 13],
    plan: 40,
    self: 'A',
    note: '助言・指導後に是正されたもの（累計）',
  },
  { pillar: 2, name: '老朽空き家除却補助件数', unit: '件', kind: '年度', r4: [10, 6], r5: [10, 5], plan: '50（5年間）', self: 'C' },
  {
    pillar: 2,
    name: '管理不全空家等の数',
    unit: '戸',
    kind: '年度末',
    r4: [380, 402],
    r5: [360, 371],
    plan: 300,
    self: 'B',
    note: '減少を目指す指標',
    down: true,
  },
];

/** This sheet's own scale: A ≥ 100 %, B ≥ 80 %, C ≥ 50 %, D below. */
function akiyaGrade(target: number, actual: number, down: boolean): string {
  const rate = down ? target / actual : actual / target;
  return rate >= 1 ? 'A' : rate >= 0.8 ? 'B' : rate >= 0.5 ? 'C' : 'D';
}

const akiya: Holdout2Workbook = {
  name: 'h119-akiya-shinchoku',
  layout:
    '空家等対策計画 進捗管理表: 施策の柱 merged down, 指標｜単位｜集計 (年度／累計／年度末)｜令和4年度 (目標｜実績)｜令和5年度 (目標｜実績)｜計画目標（R8） as 「200（5年間）」 or a number｜評価（R5）, a legend with its own bands A 100 % / B 80 % / C 50 %, 「減少を目指す指標」 in 備考; a 空家等の状況 sheet of 地区 counts',
  build(wb) {
    const ws = wb.addWorksheet('進捗管理表');
    widths(ws, [22, 26, 6, 8, 8, 8, 8, 8, 13, 9, 28]);
    merge(ws, 1, 1, 1, 11, '空家等対策計画（令和4年度～令和8年度）進捗管理表　【令和５年度】');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 11, ['都市整備部　住宅政策課']);
    merge(ws, 3, 1, 4, 1, '施策の柱');
    merge(ws, 3, 2, 4, 2, '指標');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '集計');
    merge(ws, 3, 5, 3, 6, '令和4年度');
    merge(ws, 3, 7, 3, 8, '令和5年度');
    put(ws, 4, 5, ['目標', '実績', '目標', '実績']);
    merge(ws, 3, 9, 4, 9, '計画目標\n（R8）');
    merge(ws, 3, 10, 4, 10, '評価\n（R5）');
    merge(ws, 3, 11, 4, 11, '備考');
    let r = 5;
    PILLARS.forEach((p, i) => {
      const rows = AKIYA.filter((a) => a.pillar === i);
      merge(ws, r, 1, r + rows.length - 1, 1, p);
      for (const a of rows) {
        put(ws, r, 2, [a.name, a.unit, a.kind, ...a.r4, ...a.r5, a.plan, a.self, a.note]);
        r++;
      }
    });
    box(ws, 3, 1, r - 1, 11);
    merge(ws, r + 1, 1, r + 1, 11, '【評価】A：達成率100％以上　B：80％以上100％未満　C：50％以上80％未満　D：50％未満');
    merge(ws, r + 2, 1, r + 2, 11, '※達成率＝実績÷目標（減少を目指す指標は目標÷実績）。累計の指標は計画期間（令和4年度～）の累計値で比較する。');

    const st = wb.addWorksheet('空家等の状況');
    widths(st, [14, 12, 12, 12]);
    put(st, 1, 1, ['空家等実態調査の結果（令和2年度調査）']);
    put(st, 3, 1, ['地区', '空き家数', 'うち危険度高', '空き家率']);
    const areas: [string, number, number, number][] = [
      ['中央', 412, 18, 9.8],
      ['東部', 356, 31, 14.2],
      ['西部', 298, 22, 12.7],
      ['北部', 354, 46, 21.5],
    ];
    areas.forEach((a, i) => put(st, 4 + i, 1, a));
    put(st, 8, 1, ['計', 1420, 117, 12.9]);
    box(st, 3, 1, 8, 4);
    put(st, 9, 1, ['※空き家率は地区の住宅総数に対する割合（％）']);
  },
  expected: {
    file: 'h119-akiya-shinchoku.xlsx',
    fiscalYear: 2023,
    indicators: AKIYA.map((a) => {
      const out = ind('進捗管理表', a.name, a.unit, a.r5[0], a.r5[1], { direction: a.down ? 'down' : 'up', existing: a.self });
      out.grade = akiyaGrade(a.r5[0], a.r5[1], !!a.down);
      return out;
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 社会動態: years as rows (平成30年度（基準）…令和5年度), a 令和5年度目標 row and a final 目標 row, 社会増減数 negative (▲).

const SIGNED = '#,##0;"▲"#,##0';

const YEARS: [string, number, number, number, number, number][] = [
  ['平成30年度（基準）', 3104, 3398, -205, 48, 152],
  ['令和元年度', 3065, 3342, -198, 51, 178],
  ['令和2年度', 2987, 3185, -121, 55, 187],
  ['令和3年度', 3052, 3301, -160, 59, 243],
  ['令和4年度', 3121, 3377, -143, 97, 281],
  ['令和5年度', 3046, 3282, -98, 131, 392],
];

function signedRow(ws: Worksheet, r: number): void {
  for (const c of [2, 3, 4, 5, 6, 7]) ws.getCell(r, c).numFmt = c === 4 || c === 5 ? SIGNED : '#,##0';
}

const shakai: Holdout2Workbook = {
  name: 'h119-shakai-dotai',
  layout:
    '社会動態 with years as rows (平成30年度（基準）…令和5年度), columns 転入者数｜転出者数｜社会増減数 (a formula, ▲ number format)｜20～39歳の社会増減数｜移住支援制度による移住者数｜移住相談件数, 単位 and 目指す方向 (増加／減少) rows under the headings, a 令和5年度目標 row with 「▲100」 as text and a 令和7年度目標（最終） row; a 地区別 sheet without targets',
  build(wb) {
    const ws = wb.addWorksheet('社会動態');
    widths(ws, [20, 11, 11, 11, 13, 14, 11, 26]);
    merge(ws, 1, 1, 1, 8, '人口の社会動態と総合戦略KPIの状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 2, 1, 2, 8, '評価対象年度：令和５年度　　（住民基本台帳人口移動。年度は4月～翌年3月）');
    put(ws, 4, 1, ['年度', '転入者数', '転出者数', '社会増減数', '20～39歳の\n社会増減数', '移住支援制度による\n移住者数', '移住相談件数', '備考']);
    put(ws, 5, 1, ['単位', '人', '人', '人', '人', '人', '件']);
    put(ws, 6, 1, ['目指す方向', '増加', '減少', '増加', '増加', '増加', '増加']);
    YEARS.forEach(([label, inn, out, young, iju, soudan], i) => {
      const r = 7 + i;
      put(ws, r, 1, [label, inn, out]);
      ws.getCell(r, 4).value = { formula: `B${r}-C${r}`, result: inn - out };
      put(ws, r, 5, [young, iju, soudan]);
      signedRow(ws, r);
    });
    ws.getCell('H9').value = '新型コロナウイルス感染症の影響';
    put(ws, 13, 1, ['令和5年度目標', 3200, 3300, '▲100', '▲150', 120, 360, '第2期総合戦略の年度目標']);
    put(ws, 14, 1, ['令和7年度目標（最終）', 3300, 3200, 0, '▲100', 150, 450]);
    signedRow(ws, 13);
    signedRow(ws, 14);
    wrap(ws, 4, 1, 4, 8);
    box(ws, 4, 1, 14, 8);
    merge(ws, 16, 1, 16, 8, '※社会増減数＝転入者数－転出者数。▲は転出超過。社会増減数は転出超過の縮小（増加）を目指す。');

    const ds = wb.addWorksheet('地区別');
    widths(ds, [12, 10, 10, 10]);
    put(ds, 1, 1, ['令和５年度　地区別の転入・転出（人）']);
    put(ds, 3, 1, ['地区', '転入', '転出', '増減']);
    const areas: [string, number, number][] = [
      ['中央', 1320, 1288],
      ['東部', 702, 764],
      ['西部', 611, 689],
      ['北部', 413, 541],
    ];
    areas.forEach(([a, i, o], k) => {
      put(ds, 4 + k, 1, [a, i, o, i - o]);
      ds.getCell(4 + k, 4).numFmt = SIGNED;
    });
    box(ds, 3, 1, 7, 4);
  },
  expected: {
    file: 'h119-shakai-dotai.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('社会動態', '転入者数', '人', 3200, 3046),
      ind('社会動態', '転出者数', '人', 3300, 3282, { direction: 'down' }),
      // A floor below zero (増加 is stated): −236 against −100 is 100 ÷ 236 = 42 %, never −236 ÷ −100.
      { ...ind('社会動態', '社会増減数', '人', -100, -236), grade: 'D' },
      // −98 against −150: above the floor, met.
      { ...ind('社会動態', '20～39歳の社会増減数', '人', -150, -98), grade: 'A' },
      ind('社会動態', '移住支援制度による移住者数', '人', 120, 131),
      ind('社会動態', '移住相談件数', '件', 360, 392),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. シティプロモーション 事務事業評価シート: one 事業 per sheet, label–value header (事業費 in 千円), an 指標 table, 未実施.

interface Measure {
  kind: '活動指標' | '成果指標';
  name: string;
  unit: string;
  target: number;
  actual: number | '未実施';
  note?: string;
  fmt?: string;
}

interface Card {
  sheet: string;
  no: string;
  name: string;
  purpose: string;
  budget: [number, number];
  measures: Measure[];
  self: string;
  next: string;
}

const CARDS: Card[] = [
  {
    sheet: 'No.1 SNS発信',
    no: '02-03-01',
    name: 'SNSを活用した魅力発信事業',
    purpose: '市公式SNSで市の魅力や暮らしの情報を発信し、市外の人の関心と市民の愛着を高める。',
    budget: [3200, 2984],
    measures: [
      { kind: '活動指標', name: 'SNS投稿件数', unit: '件', target: 360, actual: 412 },
      { kind: '成果指標', name: '市公式Instagramフォロワー数', unit: '人', target: 12000, actual: 10874, note: '年度末現在' },
      { kind: '成果指標', name: '市公式X（旧Twitter）フォロワー数', unit: '人', target: 8000, actual: 8215, note: '年度末現在' },
      { kind: '成果指標', name: '市公式YouTubeチャンネル登録者数', unit: '人', target: 2500, actual: 1480, note: '年度末現在' },
    ],
    self: 'B',
    next: '継続',
  },
  {
    sheet: 'No.2 PR動画',
    no: '02-03-02',
    name: 'プロモーション動画制作・配信事業',
    purpose: '移住・観光の魅力を伝えるPR動画を制作し、動画配信サイトやWeb広告で配信する。',
    budget: [8500, 8212],
    measures: [
      { kind: '活動指標', name: '動画制作本数', unit: '本', target: 4, actual: 4 },
      { kind: '成果指標', name: '動画再生回数（年間）', unit: '回', target: 500000, actual: 326000 },
      { kind: '成果指標', name: 'メディア掲載件数', unit: '件', target: 40, actual: 52, note: 'テレビ・新聞・Webメディア' },
    ],
    self: 'B',
    next: '見直し',
  },
  {
    sheet: 'No.3 シビックプライド',
    no: '02-03-03',
    name: 'シビックプライド醸成事業',
    purpose: '市民が市の魅力を再発見し、自ら発信する機運を高める。',
    budget: [1500, 902],
    measures: [
      { kind: '活動指標', name: 'まちの魅力発見ワークショップ開催回数', unit: '回', target: 6, actual: '未実施', note: '講師の確保ができず未実施' },
      { kind: '成果指標', name: '「住み続けたい」と思う市民の割合', unit: '％', target: 80.0, actual: 76.4, note: '市民意識調査', fmt: '0.0' },
      { kind: '成果指標', name: 'まちの魅力を人に勧めたいと思う市民の割合', unit: '％', target: 45.0, actual: 38.2, note: '市民意識調査', fmt: '0.0' },
    ],
    self: 'C',
    next: '見直し',
  },
];

const cards: Holdout2Workbook = {
  name: 'h119-promo-cards',
  layout:
    'シティプロモーション 事務事業評価シート, one 事業 per sheet: label–value header (事業名, 事業番号, 担当課, 事業費（千円） 予算額｜決算額), an 指標 table 区分 (活動指標／成果指標)｜指標名｜単位｜目標値（R5）｜実績値（R5）｜達成率, one 未実施, the 事業 graded as a whole',
  build(wb) {
    for (const c of CARDS) {
      const ws = wb.addWorksheet(c.sheet);
      widths(ws, [14, 34, 8, 13, 13, 10, 26]);
      merge(ws, 1, 1, 1, 7, '令和５年度　事務事業評価シート');
      ws.getCell(1, 1).font = { bold: true, size: 13 };
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 4, c.name);
      put(ws, 3, 5, ['事業番号']);
      merge(ws, 3, 6, 3, 7, c.no);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 4, '総務部　秘書広報課　シティプロモーション係');
      put(ws, 4, 5, ['事業期間']);
      merge(ws, 4, 6, 4, 7, '令和3年度～');
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 7, c.purpose);
      put(ws, 6, 1, ['事業費（千円）', '予算額', undefined, c.budget[0], '決算額', c.budget[1]]);
      box(ws, 3, 1, 6, 7);
      put(ws, 8, 1, ['■指標']);
      put(ws, 9, 1, ['区分', '指標名', '単位', '目標値（R5）', '実績値（R5）', '達成率', '備考']);
      c.measures.forEach((m, i) => {
        const r = 10 + i;
        put(ws, r, 1, [m.kind, m.name, m.unit, m.target, m.actual, undefined, m.note]);
        if (typeof m.actual === 'number') {
          ws.getCell(r, 6).value = { formula: `E${r}/D${r}`, result: m.actual / m.target };
          ws.getCell(r, 6).numFmt = '0.0%';
          ws.getCell(r, 5).numFmt = m.fmt ?? '#,##0';
        } else ws.getCell(r, 6).value = '－';
        ws.getCell(r, 4).numFmt = m.fmt ?? '#,##0';
      });
      const end = 9 + c.measures.length;
      box(ws, 9, 1, end, 7);
      put(ws, end + 2, 1, ['■評価']);
      put(ws, end + 3, 1, ['事業の評価', c.self, '（A：順調　B：概ね順調　C：やや遅れている　D：遅れている）']);
      put(ws, end + 4, 1, ['今後の方向性', c.next]);
      box(ws, end + 3, 1, end + 4, 7);
    }
  },
  expected: {
    file: 'h119-promo-cards.xlsx',
    fiscalYear: 2023,
    indicators: CARDS.flatMap((c) =>
      c.measures.map((m): ExpectedIndicator => {
        if (m.actual === '未実施') return ind(c.sheet, m.name, m.unit, m.target, null, { actualStatus: 'not-implemented' });
        const out = ind(c.sheet, m.name, m.unit, m.target, m.actual);
        out.grade = gradeOf(m.target, m.actual);
        return out;
      }),
    ),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [furusato, akiya, shakai, cards];
