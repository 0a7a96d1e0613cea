/**
 * Hold-out 95, four workbooks outside the families, each writing how its figures were obtained: 上下水道 業務指標（PI）カード
 * (label–value cards with 定義・算定式, 目標設定の考え方, 分子／分母 lines and a 実績値 formula), a 市民課 四半期 table whose 年度計
 * is the actual beside 前年同期（R4年度計）, 前年同期比 and 増減, がん検診 受診率 tables with years as rows (対象者数（分母）｜
 * 受診者数（分子）｜受診率 formula), and a 施策評価 成果指標一覧 whose 直近値 has its own 時点 column, three of them of another year
 * than the evaluated 令和５年度 (市町村民経済計算 R2, 国勢調査 2020, 法定報告 R4) with no word that they stand for it.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const wrap = { wrapText: true, vertical: 'middle' as const };

function merge(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, value?: string | number): void {
  ws.mergeCells(r1, c1, r2, c2);
  if (value !== undefined) ws.getCell(r1, c1).value = value;
  ws.getCell(r1, c1).alignment = wrap;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

// ---------------------------------------------------------------------------------------------------------------------------
// 上下水道 業務指標（PI）カード
// ---------------------------------------------------------------------------------------------------------------------------

interface Card {
  name: string;
  definition: string;
  source: string;
  unit: string;
  up: boolean;
  reasoning: string;
  num?: { label: string; value: number; unit: string };
  den?: { label: string; value: number; unit: string };
  target: number;
  /** Typed when there is no 分子／分母. */
  actual?: number;
  grade: string;
  why: string;
}

const CARDS: Card[] = [
  {
    name: '有収率',
    definition: '年間有収水量÷年間配水量×100',
    source: '水道事業年報（地方公営企業決算状況調査）',
    unit: '％',
    up: true,
    reasoning: '類似団体平均（89.6％）を踏まえ、R9に90.0％を目指し毎年度0.3ポイント改善',
    num: { label: '分子（年間有収水量）', value: 9412300, unit: '㎥' },
    den: { label: '分母（年間配水量）', value: 10702000, unit: '㎥' },
    target: 88.5,
    grade: 'B',
    why: '漏水調査区域を拡大したが、老朽管からの漏水が多く目標に届かなかった。',
  },
  {
    name: '管路の耐震化率',
    definition: '耐震管延長÷管路総延長×100',
    source: '水道事業年報',
    unit: '％',
    up: true,
    reasoning: '管路更新計画（年間更新延長８km）による',
    num: { label: '分子（耐震管延長）', value: 187.6, unit: 'km' },
    den: { label: '分母（管路総延長）', value: 762.3, unit: 'km' },
    target: 24.0,
    grade: 'A',
    why: '計画どおり基幹管路の更新を進めた。',
  },
  {
    name: '水道料金の現年度収納率',
    definition: '現年度収納額÷現年度調定額×100',
    source: '料金システム月次報告（出納閉鎖時点）',
    unit: '％',
    up: true,
    reasoning: '過去５年の最高値（99.42％）を維持',
    num: { label: '分子（現年度収納額）', value: 2366905, unit: '千円' },
    den: { label: '分母（現年度調定額）', value: 2384512, unit: '千円' },
    target: 99.4,
    grade: 'A',
    why: 'スマートフォン決済の導入により口座振替以外の収納が伸びた。',
  },
  {
    name: '経常収支比率',
    definition: '（営業収益＋営業外収益）÷（営業費用＋営業外費用）×100',
    source: '水道事業会計決算書',
    unit: '％',
    up: true,
    reasoning: '100％以上（黒字）を維持。料金改定前の収支見通しから105.0％を設定',
    num: { label: '分子（経常収益）', value: 3012440, unit: '千円' },
    den: { label: '分母（経常費用）', value: 2927310, unit: '千円' },
    target: 105.0,
    grade: 'B',
    why: '動力費（電気料金）の高騰により経常費用が増加した。',
  },
  {
    name: '漏水件数',
    definition: '年間の漏水修繕件数（配水管・給水管）',
    source: '維持管理課 修繕記録',
    unit: '件',
    up: false,
    reasoning: 'R2～R4の平均（142件）から１割削減',
    target: 128,
    actual: 139,
    grade: 'B',
    why: '冬季の凍結による給水管の破損が多かった。',
  },
  {
    name: '下水道水洗化率',
    definition: '水洗化人口÷処理区域内人口×100',
    source: '下水道事業年報',
    unit: '％',
    up: true,
    reasoning: '未接続世帯への戸別訪問（年300戸）により毎年度0.5ポイント向上',
    num: { label: '分子（水洗化人口）', value: 61845, unit: '人' },
    den: { label: '分母（処理区域内人口）', value: 66420, unit: '人' },
    target: 93.5,
    grade: 'B',
    why: '高齢世帯の接続工事費負担が課題。',
  },
  {
    name: '鉛製給水管の残存件数',
    definition: '各年度末に残存する鉛製給水管の件数',
    source: '給水装置台帳',
    unit: '件',
    up: false,
    reasoning: 'R元残存数（1,240件）をR10までに解消するため、年約125件を更新',
    target: 615,
    actual: 582,
    grade: 'A',
    why: '配水管更新工事に併せた布設替えを前倒しした。',
  },
];

const actualOf = (c: Card) => (c.num && c.den ? round((c.num.value / c.den.value) * 100, 1) : (c.actual as number));

const suidoCards: Holdout2Workbook = {
  name: 'h95-out-suido-pi-card',
  layout:
    'N-label-value: 上下水道 業務指標（PI）評価カード stacked down one sheet: 指標名, 定義・算定式, 出典｜単位, 望ましい方向｜目標設定の考え方 (figures in the sentence), 分子（…）値 単位｜分母（…）値 単位, 目標値（R5）｜実績値（R5） as a ROUND formula｜達成率 formula, 評価｜評価の理由',
  build(wb) {
    const ws = wb.addWorksheet('PIカード');
    ws.columns = [{ width: 22 }, { width: 16 }, { width: 14 }, { width: 22 }, { width: 16 }, { width: 14 }];
    merge(ws, 1, 1, 1, 6, '令和５年度　上下水道事業　業務指標（PI）評価カード');
    merge(ws, 2, 1, 2, 6, '上下水道局 経営企画課　（評価対象：令和５年度決算）');
    merge(ws, 3, 1, 3, 6, '評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満');
    let r = 5;
    for (const c of CARDS) {
      put(ws, r, 1, ['指標名']);
      merge(ws, r, 2, r, 6, c.name);
      put(ws, r + 1, 1, ['定義・算定式']);
      merge(ws, r + 1, 2, r + 1, 6, c.definition);
      put(ws, r + 2, 1, ['出典']);
      merge(ws, r + 2, 2, r + 2, 4, c.source);
      put(ws, r + 2, 5, ['単位', c.unit]);
      put(ws, r + 3, 1, ['望ましい方向', c.up ? '高い方が良い' : '低い方が良い', '目標設定の考え方']);
      merge(ws, r + 3, 4, r + 3, 6, c.reasoning);
      if (c.num && c.den) {
        put(ws, r + 4, 1, [c.num.label, c.num.value, c.num.unit, c.den.label, c.den.value, c.den.unit]);
        for (const col of [2, 5]) ws.getCell(r + 4, col).numFmt = Number.isInteger(c.num.value) ? '#,##0' : '#,##0.0';
      } else put(ws, r + 4, 1, ['分子', '－', null, '分母', '－']);
      const actual = actualOf(c);
      put(ws, r + 5, 1, ['目標値（R5）', c.target, '実績値（R5）']);
      ws.getCell(r + 5, 4).value = c.num && c.den ? { formula: `ROUND(B${r + 4}/E${r + 4}*100,1)`, result: actual } : actual;
      put(ws, r + 5, 5, ['達成率']);
      ws.getCell(r + 5, 6).value = { formula: c.up ? `D${r + 5}/B${r + 5}` : `B${r + 5}/D${r + 5}`, result: c.up ? actual / c.target : c.target / actual };
      ws.getCell(r + 5, 6).numFmt = '0.0%';
      if (c.unit === '％') for (const col of [2, 4]) ws.getCell(r + 5, col).numFmt = '0.0';
      put(ws, r + 6, 1, ['評価', c.grade, '評価の理由']);
      merge(ws, r + 6, 4, r + 6, 6, c.why);
      r += 8;
    }
  },
  expected: {
    file: 'h95-out-suido-pi-card.xlsx',
    fiscalYear: 2023,
    indicators: CARDS.map((c) => ind('PIカード', c.name, c.unit, c.target, actualOf(c), { direction: c.up ? 'up' : 'down', existing: c.grade })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 市民課 四半期実績（年度累計） with 前年同期比 and 増減
// ---------------------------------------------------------------------------------------------------------------------------

interface Quarterly {
  name: string;
  unit: string;
  target: number | string;
  quarters: number[];
  total: 'sum' | 'average' | number;
  last: number;
  down?: boolean;
  ratio: boolean;
  note?: string;
}

const MADOGUCHI: Quarterly[] = [
  { name: 'マイナンバーカード交付枚数', unit: '枚', target: 12000, quarters: [4210, 3980, 2105, 1530], total: 'sum', last: 9842, ratio: true },
  { name: '証明書コンビニ交付件数', unit: '件', target: 18000, quarters: [4820, 5110, 5340, 5960], total: 'sum', last: 14205, ratio: true },
  {
    name: '証明書のコンビニ交付率',
    unit: '％',
    target: 35.0,
    quarters: [31.2, 33.0, 34.8, 37.5],
    total: 34.3,
    last: 24.1,
    ratio: false,
    note: 'コンビニ交付件数÷証明書交付総数×100。年度計は年間の件数から算出（21,230件÷61,895件×100）',
  },
  {
    name: '窓口平均待ち時間',
    unit: '分',
    target: 15.0,
    quarters: [18.2, 16.5, 14.8, 21.3],
    total: 'average',
    last: 19.4,
    down: true,
    ratio: true,
    note: '短縮を目指す指標（目標は上限、達成率＝目標÷実績）。年度計欄は年度平均',
  },
  {
    name: '電子申請件数',
    unit: '件',
    target: 3000,
    quarters: [512, 640, 705, 893],
    total: 'sum',
    last: 1488,
    ratio: true,
    note: '市民課所管手続（転出届・証明書請求等）',
  },
  {
    name: '郵送請求処理件数',
    unit: '件',
    target: '－',
    quarters: [1102, 1045, 980, 1210],
    total: 'sum',
    last: 4520,
    ratio: true,
    note: '業務量の把握のため目標は設定しない',
  },
  { name: '証明書等の誤交付件数', unit: '件', target: 0, quarters: [0, 1, 0, 0], total: 'sum', last: 2, down: true, ratio: false, note: 'ゼロを目指す' },
];

const totalOf = (q: Quarterly) =>
  typeof q.total === 'number' ? q.total : q.total === 'sum' ? q.quarters.reduce((a, b) => a + b, 0) : round(q.quarters.reduce((a, b) => a + b, 0) / 4, 1);

const madoguchi: Holdout2Workbook = {
  name: 'h95-out-madoguchi-shihanki',
  layout:
    'N-measure-over-periods: 市民課 窓口サービス指標, 年間目標 then 第１～第４四半期, 年度計 (SUM / AVERAGE formulas, a typed rate), 前年同期（R4年度計）, 前年同期比, 増減 and 達成率 formulas, 備考 with 算出方法 and the way down; a row with no target, a zero target',
  build(wb) {
    const ws = wb.addWorksheet('四半期実績');
    ws.columns = [
      { width: 28 },
      { width: 6 },
      { width: 10 },
      ...Array.from({ length: 4 }, () => ({ width: 11 })),
      { width: 10 },
      { width: 12 },
      { width: 10 },
      { width: 9 },
      { width: 9 },
      { width: 44 },
    ];
    merge(ws, 1, 1, 1, 13, '令和５年度　市民課　窓口サービス指標　四半期実績（年度累計）');
    put(ws, 2, 1, ['令和６年４月15日現在']);
    for (const [c, v] of [
      [1, '指標'],
      [2, '単位'],
      [3, '年間目標'],
      [8, '年度計'],
      [9, '前年同期\n（R4年度計）'],
      [10, '前年同期比'],
      [11, '増減'],
      [12, '達成率'],
      [13, '備考'],
    ] as [number, string][])
      merge(ws, 4, c, 5, c, v);
    merge(ws, 4, 4, 4, 7, '令和５年度　四半期実績');
    put(ws, 5, 4, ['第１四半期\n（４～６月）', '第２四半期\n（７～９月）', '第３四半期\n（10～12月）', '第４四半期\n（１～３月）']);
    MADOGUCHI.forEach((q, i) => {
      const r = 6 + i;
      const total = totalOf(q);
      put(ws, r, 1, [q.name, q.unit, q.target, ...q.quarters]);
      const cell = ws.getCell(r, 8);
      if (q.total === 'sum') cell.value = { formula: `SUM(D${r}:G${r})`, result: total };
      else if (q.total === 'average') cell.value = { formula: `ROUND(AVERAGE(D${r}:G${r}),1)`, result: total };
      else cell.value = total;
      put(ws, r, 9, [q.last]);
      ws.getCell(r, 10).value = q.ratio ? { formula: `H${r}/I${r}`, result: total / q.last } : '－';
      ws.getCell(r, 10).numFmt = '0.0%';
      ws.getCell(r, 11).value = { formula: `H${r}-I${r}`, result: round(total - q.last, 1) };
      if (typeof q.target === 'number')
        ws.getCell(r, 12).value = { formula: q.down ? `C${r}/H${r}` : `H${r}/C${r}`, result: q.down ? (total === 0 ? 1 : q.target / total) : total / q.target };
      else ws.getCell(r, 12).value = '－';
      ws.getCell(r, 12).numFmt = '0.0%';
      if (q.note) ws.getCell(r, 13).value = q.note;
      const fmt = q.unit === '％' || q.unit === '分' ? '0.0' : '#,##0';
      for (const c of [3, 4, 5, 6, 7, 8, 9]) ws.getCell(r, c).numFmt = fmt;
      ws.getCell(r, 11).numFmt = `+${fmt};▲${fmt};0`;
    });
  },
  expected: {
    file: 'h95-out-madoguchi-shihanki.xlsx',
    fiscalYear: 2023,
    indicators: MADOGUCHI.map((q) =>
      ind('四半期実績', q.name, q.unit, typeof q.target === 'number' ? q.target : null, totalOf(q), { direction: q.down ? 'down' : 'up' }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// がん検診 受診率の推移: years as rows, 対象者数（分母）｜受診者数（分子）｜受診率
// ---------------------------------------------------------------------------------------------------------------------------

interface Screening {
  name: string;
  who: string;
  /** 令和元年度 … 令和５年度. */
  eligible: number[];
  examined: number[];
  targets: number[];
  note5?: string;
}

const KENSHIN: Screening[] = [
  {
    name: '胃がん検診受診率',
    who: '対象：50歳以上（２年に１回）',
    eligible: [18950, 18820, 18610, 18430, 18240],
    examined: [2310, 1620, 1890, 2010, 1950],
    targets: [14.0, 15.0, 16.0, 17.0, 18.0],
  },
  {
    name: '肺がん検診受診率',
    who: '対象：40歳以上（毎年）',
    eligible: [25210, 25060, 24890, 24700, 24510],
    examined: [4620, 3310, 3850, 4010, 3920],
    targets: [21.0, 22.0, 23.0, 24.0, 25.0],
  },
  {
    name: '大腸がん検診受診率',
    who: '対象：40歳以上（毎年）',
    eligible: [25210, 25060, 24890, 24700, 24510],
    examined: [5410, 4380, 5120, 5530, 5870],
    targets: [21.0, 22.0, 23.0, 24.0, 25.0],
  },
  {
    name: '子宮頸がん検診受診率',
    who: '対象：20歳以上の女性（２年に１回）',
    eligible: [13980, 13810, 13660, 13490, 13320],
    examined: [2280, 1760, 2050, 2240, 2310],
    targets: [16.0, 17.0, 18.0, 19.0, 20.0],
  },
  {
    name: '乳がん検診受診率',
    who: '対象：40歳以上の女性（２年に１回）',
    eligible: [13210, 13140, 13050, 12960, 12880],
    examined: [2640, 2010, 2460, 2730, 2920],
    targets: [18.0, 19.0, 20.0, 21.0, 22.0],
  },
  {
    name: '特定健康診査受診率',
    who: '対象：40～74歳の国民健康保険被保険者（毎年）',
    eligible: [17240, 16910, 16530, 16170, 15820],
    examined: [6120, 5220, 5910, 6050, 6043],
    targets: [41.0, 42.0, 43.0, 44.0, 45.0],
    note5: '速報値（法定報告値は令和６年11月確定）',
  },
];

const YEARS = ['令和元年度', '令和２年度', '令和３年度', '令和４年度', '令和５年度'];
const rateOf = (s: Screening, y: number) => round((s.examined[y] / s.eligible[y]) * 100, 1);

const kenshin: Holdout2Workbook = {
  name: 'h95-out-kenshin-suii',
  layout:
    'N-years-as-rows: six captioned tables (① 胃がん検診受診率 … ⑥ 特定健康診査受診率) stacked down, 年度 rows 令和元年度～令和５年度 under 対象者数（分母）｜受診者数（分子）｜受診率（％） ROUND formula｜目標受診率（％）｜達成率 and 前年度差 formulas｜備考, the last R5 a 速報値 in 備考',
  build(wb) {
    const ws = wb.addWorksheet('受診率の推移');
    ws.columns = [{ width: 14 }, { width: 14 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 12 }, { width: 36 }];
    merge(ws, 1, 1, 1, 8, 'がん検診・特定健診　受診率の推移（令和５年度　健康増進計画 進行管理）');
    merge(ws, 2, 1, 2, 8, '健康づくり課　※受診率＝受診者数÷対象者数×100（対象者数は住民基本台帳人口から職域受診者等の推計数を除いた数）');
    let r = 4;
    KENSHIN.forEach((s, i) => {
      put(ws, r, 1, [`${'①②③④⑤⑥'[i]} ${s.name}`]);
      merge(ws, r, 4, r, 8, s.who);
      put(ws, r + 1, 1, ['年度', '対象者数\n（分母）', '受診者数\n（分子）', '受診率（％）', '目標受診率（％）', '達成率', '前年度差\n（ポイント）', '備考']);
      YEARS.forEach((y, k) => {
        const rr = r + 2 + k;
        put(ws, rr, 1, [y, s.eligible[k], s.examined[k]]);
        ws.getCell(rr, 4).value = { formula: `ROUND(C${rr}/B${rr}*100,1)`, result: rateOf(s, k) };
        ws.getCell(rr, 5).value = s.targets[k];
        ws.getCell(rr, 6).value = { formula: `D${rr}/E${rr}`, result: rateOf(s, k) / s.targets[k] };
        ws.getCell(rr, 6).numFmt = '0.0%';
        ws.getCell(rr, 7).value = k === 0 ? '－' : { formula: `D${rr}-D${rr - 1}`, result: round(rateOf(s, k) - rateOf(s, k - 1), 1) };
        if (k === 4 && s.note5) ws.getCell(rr, 8).value = s.note5;
        for (const c of [2, 3]) ws.getCell(rr, c).numFmt = '#,##0';
        for (const c of [4, 5]) ws.getCell(rr, c).numFmt = '0.0';
      });
      r += 9;
    });
  },
  expected: {
    file: 'h95-out-kenshin-suii.xlsx',
    fiscalYear: 2023,
    indicators: KENSHIN.map((s) => ind('受診率の推移', s.name, '％', s.targets[4], rateOf(s, 4), s.note5 ? { actualStatus: 'provisional' } : {})),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 施策評価 成果指標一覧: 直近値 with its own 時点, some of another year
// ---------------------------------------------------------------------------------------------------------------------------

interface Listed {
  policy: string;
  name: string;
  unit: string;
  down: boolean;
  source: string;
  base: number;
  baseYear: string;
  target: number;
  latest: number;
  asOf: string;
  grade: string;
  note?: string;
}

const ICHIRAN: Listed[] = [
  {
    policy: '1-1　商工業の振興',
    name: '市内総生産',
    unit: '億円',
    down: false,
    source: '県市町村民経済計算（名目）',
    base: 2850,
    baseYear: '平成30年度',
    target: 3000,
    latest: 2912,
    asOf: '令和２年度',
    grade: 'B',
  },
  {
    policy: '1-2　雇用の促進',
    name: '就業率',
    unit: '％',
    down: false,
    source: '国勢調査（15歳以上人口に占める就業者の割合）',
    base: 57.8,
    baseYear: '平成27年',
    target: 60.0,
    latest: 58.6,
    asOf: '令和２年（2020）',
    grade: 'B',
  },
  {
    policy: '2-1　防犯対策の推進',
    name: '刑法犯認知件数',
    unit: '件',
    down: true,
    source: '県警察本部 犯罪統計（暦年）',
    base: 512,
    baseYear: '令和元年',
    target: 450,
    latest: 468,
    asOf: '令和５年',
    grade: 'A',
  },
  {
    policy: '2-2　交通安全の推進',
    name: '人身交通事故発生件数',
    unit: '件',
    down: true,
    source: '県警察本部 交通事故統計（暦年）',
    base: 301,
    baseYear: '令和元年',
    target: 260,
    latest: 231,
    asOf: '令和５年',
    grade: 'A',
  },
  {
    policy: '3-1　子育て支援の充実',
    name: '保育所等の待機児童数',
    unit: '人',
    down: true,
    source: '保育所等利用待機児童数調査',
    base: 18,
    baseYear: '令和２年４月１日',
    target: 0,
    latest: 0,
    asOf: '令和５年10月１日',
    grade: 'A',
  },
  {
    policy: '3-2　健康づくりの推進',
    name: '特定健康診査受診率',
    unit: '％',
    down: false,
    source: '特定健診・特定保健指導 法定報告',
    base: 35.1,
    baseYear: '令和元年度',
    target: 42.0,
    latest: 39.8,
    asOf: '令和４年度',
    grade: 'B',
    note: 'R5法定報告値は令和６年11月確定',
  },
  {
    policy: '4-1　循環型社会の形成',
    name: '市民１人１日当たりのごみ排出量',
    unit: 'g',
    down: true,
    source: '一般廃棄物処理実態調査',
    base: 905,
    baseYear: '令和元年度',
    target: 860,
    latest: 872,
    asOf: '令和５年度',
    grade: 'B',
  },
  {
    policy: '4-2　住環境の向上',
    name: '「住みやすい」と感じる市民の割合',
    unit: '％',
    down: false,
    source: '市民意識調査（令和５年７月実施）',
    base: 72.4,
    baseYear: '令和元年度',
    target: 78.0,
    latest: 79.1,
    asOf: '令和５年度',
    grade: 'A',
  },
  {
    policy: '5-1　市民協働の推進',
    name: '市民協働事業の実施件数',
    unit: '件',
    down: false,
    source: '市民協働推進課調べ',
    base: 42,
    baseYear: '令和元年度',
    target: 55,
    latest: 61,
    asOf: '令和５年度',
    grade: 'A',
  },
];

const ichiran: Holdout2Workbook = {
  name: 'h95-out-shihyo-ichiran-jiten',
  layout:
    'N-cluttered-table: 施策評価 成果指標一覧, 目標の方向 増加／減少, 出典・調査名, 基準値｜基準年, 目標値（R5）, 直近値｜直近値の時点 (three of another year: R2年度, 国勢調査 令和２年（2020）, 法定報告 R4年度; two 暦年 令和５年), 達成率 formula, 評価; a 出典一覧 sheet of text',
  build(wb) {
    const ws = wb.addWorksheet('成果指標一覧');
    ws.columns = [
      { width: 20 },
      { width: 30 },
      { width: 6 },
      { width: 8 },
      { width: 30 },
      { width: 9 },
      { width: 16 },
      { width: 10 },
      { width: 9 },
      { width: 18 },
      { width: 9 },
      { width: 6 },
      { width: 28 },
    ];
    merge(ws, 1, 1, 1, 13, '令和５年度　施策評価　成果指標一覧');
    merge(ws, 2, 1, 2, 13, '企画政策課取りまとめ（令和６年６月）');
    put(ws, 4, 1, [
      '施策',
      '成果指標',
      '単位',
      '目標の方向',
      '出典・調査名',
      '基準値',
      '基準年',
      '目標値\n（R5）',
      '直近値',
      '直近値の時点',
      '達成率',
      '評価',
      '備考',
    ]);
    ICHIRAN.forEach((x, i) => {
      const r = 5 + i;
      put(ws, r, 1, [x.policy, x.name, x.unit, x.down ? '減少' : '増加', x.source, x.base, x.baseYear, x.target, x.latest, x.asOf]);
      if (x.down && x.latest === 0) ws.getCell(r, 11).value = 1;
      else
        ws.getCell(r, 11).value = {
          formula: x.down ? `H${r}/I${r}` : `I${r}/H${r}`,
          result: x.down ? x.target / x.latest : x.latest / x.target,
        };
      ws.getCell(r, 11).numFmt = '0.0%';
      put(ws, r, 12, [x.grade, x.note]);
      const fmt = x.unit === '％' ? '0.0' : '#,##0';
      for (const c of [6, 8, 9]) ws.getCell(r, c).numFmt = fmt;
    });
    put(ws, 5 + ICHIRAN.length + 1, 1, ['※評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満（減少を目指す指標の達成率は目標値÷直近値）']);
    const src = wb.addWorksheet('出典一覧');
    src.columns = [{ width: 30 }, { width: 16 }, { width: 20 }, { width: 30 }];
    put(src, 1, 1, ['調査名', '実施主体', '周期', '公表時期']);
    [
      ['県市町村民経済計算', '県統計課', '毎年', '対象年度の約３年後の３月'],
      ['国勢調査', '総務省統計局', '５年ごと（10月１日現在）', '調査翌年から順次'],
      ['犯罪統計・交通事故統計', '県警察本部', '毎年（暦年）', '翌年２月'],
      ['保育所等利用待機児童数調査', 'こども家庭庁', '毎年（４月１日・10月１日現在）', '同年８月・翌年３月'],
      ['特定健診・特定保健指導 法定報告', '市（国保）', '毎年度', '翌年度11月確定'],
      ['一般廃棄物処理実態調査', '環境省', '毎年度', '翌年度末'],
      ['市民意識調査', '市（企画政策課）', '毎年７月', '同年度10月'],
    ].forEach((row, i) => put(src, 2 + i, 1, row));
  },
  expected: {
    file: 'h95-out-shihyo-ichiran-jiten.xlsx',
    fiscalYear: 2023,
    indicators: ICHIRAN.map((x) => ind('成果指標一覧', x.name, x.unit, x.target, x.latest, { direction: x.down ? 'down' : 'up', existing: x.grade })),
    groups: [],
    guesses: ['other-year'],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [suidoCards, madoguchi, kenshin, ichiran];
