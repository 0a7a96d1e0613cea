/**
 * Hold-out 95, three traps of workbooks that write how their figures were obtained: a 国保 成果指標 table whose 実績（R5）
 * spans 分母｜分子｜実績値, the 分母 standing right of the 目標値 where a careless reader takes it for the actual; a 子育て支援
 * table whose 目標設定の考え方 column between 目標値（R5） and 実績値（R5） is full of figures that are no targets (one row with
 * 目標値 「－」 and a 参考 figure in the sentence); a スポーツ推進計画 table whose 実績値の調査年度 column puts two surveys in
 * 令和４年度 and 令和３年度, the sheet saying that the latest survey is this year's actual (read and graded as written, no guess).
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
// 分母 right of the 目標値, first under 実績（R5）
// ---------------------------------------------------------------------------------------------------------------------------

interface Kokuho {
  name: string;
  unit: string;
  target: number | string;
  targetValue: number;
  den?: number;
  num?: number;
  /** Digits of the rate computed from 分子÷分母 (×100 when percent). */
  digits?: number;
  percent?: boolean;
  typed?: number | string;
  self: string;
  method: string;
  down?: boolean;
}

const KOKUHO: Kokuho[] = [
  {
    name: '特定健康診査受診率',
    unit: '％',
    target: 45.0,
    targetValue: 45.0,
    den: 14960,
    num: 5912,
    digits: 1,
    percent: true,
    self: 'B',
    method: '受診者数÷対象者数（40～74歳の被保険者）×100　※法定報告ベース',
  },
  {
    name: '特定保健指導実施率',
    unit: '％',
    target: 30.0,
    targetValue: 30.0,
    den: 612,
    num: 201,
    digits: 1,
    percent: true,
    self: 'A',
    method: '終了者数÷対象者数×100',
  },
  {
    name: '後発医薬品の数量シェア',
    unit: '％',
    target: 80.0,
    targetValue: 80.0,
    den: 1284500,
    num: 1042300,
    digits: 1,
    percent: true,
    self: 'A',
    method: '後発医薬品の数量÷（後発医薬品のある先発医薬品＋後発医薬品）の数量×100',
  },
  {
    name: '国民健康保険税の現年度分収納率',
    unit: '％',
    target: 95.5,
    targetValue: 95.5,
    den: 1846360,
    num: 1750770,
    digits: 1,
    percent: true,
    self: 'A',
    method: '現年度分収納額÷現年度分調定額×100（千円単位）',
  },
  {
    name: '糖尿病性腎症重症化予防プログラム参加者数',
    unit: '人',
    target: 40,
    targetValue: 40,
    typed: 27,
    self: 'C',
    method: 'かかりつけ医の同意を得て保健指導を開始した人数',
  },
  {
    name: '人間ドック等費用助成件数',
    unit: '件',
    target: 600,
    targetValue: 600,
    typed: 642,
    self: 'A',
    method: '助成金の交付決定件数',
  },
  {
    name: '１人当たり療養諸費費用額',
    unit: '円',
    target: '430,000以下',
    targetValue: 430000,
    den: 17820,
    num: 7821250000,
    digits: 0,
    self: 'B',
    method: '療養諸費費用額÷年間平均被保険者数（伸びの抑制を目指す指標）',
    down: true,
  },
  {
    name: '重複・頻回受診者への訪問指導人数',
    unit: '人',
    target: 50,
    targetValue: 50,
    typed: '未実施',
    self: 'D',
    method: 'レセプト分析により抽出した対象者への保健師の訪問人数',
  },
];

const kokuhoActual = (k: Kokuho): number | string =>
  k.den && k.num ? round((k.num / k.den) * (k.percent ? 100 : 1), k.digits ?? 1) : (k.typed as number | string);

const bunboTrap: Holdout2Workbook = {
  name: 'h95-trap-bunbo-beside-jisseki',
  layout:
    'trap: 国保 成果指標, 目標値（R5） then a merged 実績（R5） over 分母（対象者数等）｜分子（受診者数等）｜実績値 (a ROUND formula on the rates), the 分母 first and next to the target; a 「430,000以下」 target, 未実施, 達成率 formulas, 算出方法 last',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    ws.columns = [
      { width: 5 },
      { width: 36 },
      { width: 6 },
      { width: 13 },
      { width: 13 },
      { width: 16 },
      { width: 11 },
      { width: 9 },
      { width: 8 },
      { width: 50 },
    ];
    merge(ws, 1, 1, 1, 10, '令和５年度　国民健康保険事業　成果指標の達成状況');
    put(ws, 2, 1, ['保険年金課　　第３期データヘルス計画・国保税収納対策']);
    for (const [c, v] of [
      [1, 'No.'],
      [2, '指標名'],
      [3, '単位'],
      [4, '目標値\n（R5）'],
      [8, '達成率'],
      [9, '自己評価'],
      [10, '算出方法'],
    ] as [number, string][])
      merge(ws, 4, c, 5, c, v);
    merge(ws, 4, 5, 4, 7, '実績（R5）');
    put(ws, 5, 5, ['分母\n（対象者数等）', '分子\n（受診者数等）', '実績値']);
    KOKUHO.forEach((k, i) => {
      const r = 6 + i;
      const actual = kokuhoActual(k);
      put(ws, r, 1, [i + 1, k.name, k.unit, k.target]);
      if (k.den && k.num) {
        put(ws, r, 5, [k.den, k.num]);
        ws.getCell(r, 7).value = { formula: k.percent ? `ROUND(F${r}/E${r}*100,${k.digits})` : `ROUND(F${r}/E${r},${k.digits})`, result: actual };
      } else put(ws, r, 5, ['－', '－', actual]);
      if (typeof actual === 'number')
        ws.getCell(r, 8).value =
          typeof k.target === 'number'
            ? { formula: k.down ? `D${r}/G${r}` : `G${r}/D${r}`, result: k.down ? k.targetValue / actual : actual / k.targetValue }
            : round(k.targetValue / actual, 3);
      else ws.getCell(r, 8).value = '－';
      ws.getCell(r, 8).numFmt = '0.0%';
      put(ws, r, 9, [k.self, k.method]);
      for (const c of [5, 6]) ws.getCell(r, c).numFmt = '#,##0';
      ws.getCell(r, 7).numFmt = k.percent ? '0.0' : '#,##0';
      if (k.percent) ws.getCell(r, 4).numFmt = '0.0';
    });
    const n = 6 + KOKUHO.length + 1;
    put(ws, n, 1, ['※実績値は分子÷分母で算出（割合は×100、小数点第２位を四捨五入）。件数・人数の指標は分母・分子欄を「－」とした。']);
    put(ws, n + 1, 1, ['※自己評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満・未実施']);
  },
  expected: {
    file: 'h95-trap-bunbo-beside-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: KOKUHO.map((k) => {
      const actual = kokuhoActual(k);
      return typeof actual === 'number'
        ? ind('成果指標', k.name, k.unit, k.targetValue, actual, { direction: k.down ? 'down' : 'up', existing: k.self })
        : ind('成果指標', k.name, k.unit, k.targetValue, null, { actualStatus: 'not-implemented', existing: k.self });
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 目標設定の考え方 between the target and the actual
// ---------------------------------------------------------------------------------------------------------------------------

interface Kosodate {
  name: string;
  unit: string;
  now: number;
  target: number | string;
  reasoning: string;
  actual: number;
  grade: string;
  note?: string;
}

const KOSODATE: Kosodate[] = [
  {
    name: '放課後児童クラブの待機児童数',
    unit: '人',
    now: 23,
    target: 0,
    reasoning: 'R3の待機23人に対し、R5までに定員を40人拡充して解消を図る',
    actual: 8,
    grade: 'C',
    note: '減少を目指す指標',
  },
  {
    name: 'ファミリー・サポート・センター会員数',
    unit: '人',
    now: 412,
    target: 482,
    reasoning: 'R3実績（412人）に、毎年度35人の増加を見込んだ',
    actual: 455,
    grade: 'B',
  },
  {
    name: '乳幼児健康診査の受診率',
    unit: '％',
    now: 96.8,
    target: 98.0,
    reasoning: '国の「健やか親子21」の目標値（97.0％）を上回る水準を設定',
    actual: 97.5,
    grade: 'A',
    note: '４か月児・１歳６か月児・３歳児健診の平均',
  },
  {
    name: '子育て世代包括支援センターの相談件数',
    unit: '件',
    now: 1820,
    target: '－',
    reasoning: '相談ニーズを把握するためのモニタリング指標とし、目標値は設定しない（参考：R4実績2,105件）',
    actual: 2340,
    grade: '－',
  },
  {
    name: '病児・病後児保育の利用者数',
    unit: '人',
    now: 640,
    target: 800,
    reasoning: '定員（１日６人）×開所日数（240日）×利用率55％＝約790人',
    actual: 712,
    grade: 'B',
  },
  {
    name: '「子育てしやすいまち」と感じる保護者の割合',
    unit: '％',
    now: 62.5,
    target: 70.0,
    reasoning: '第２期計画の最終目標（R6：75％）に向け段階的に設定',
    actual: 64.1,
    grade: 'B',
    note: '就学前児童の保護者アンケート（R5.11実施、回答者1,214人）',
  },
  {
    name: '地域子育て支援拠点の延べ利用者数',
    unit: '人',
    now: 18240,
    target: 21000,
    reasoning: 'コロナ前（R元：24,500人）の水準への回復を段階的に目指す',
    actual: 22815,
    grade: 'A',
  },
  {
    name: '産後ケア事業の利用者数',
    unit: '人',
    now: 14,
    target: 30,
    reasoning: '出生数（約450人）の約７％の利用を想定',
    actual: 31,
    grade: 'A',
  },
];

const kangaekataTrap: Holdout2Workbook = {
  name: 'h95-trap-kangaekata-figures',
  layout:
    'trap: 子ども・子育て支援事業 評価指標, 現状値（R3）｜目標値（R5）｜目標設定の考え方｜実績値（R5）｜評価｜備考: every 考え方 sentence holds figures (国の目標値（97.0％）, R6：75％, 約790人, 参考：R4実績2,105件) between the target and the actual; one target 「－」 (monitoring, no grade)',
  build(wb) {
    const ws = wb.addWorksheet('評価指標');
    ws.columns = [{ width: 5 }, { width: 36 }, { width: 6 }, { width: 12 }, { width: 12 }, { width: 48 }, { width: 12 }, { width: 7 }, { width: 36 }];
    merge(ws, 1, 1, 1, 9, '令和５年度　子ども・子育て支援事業計画　評価指標の達成状況');
    put(ws, 2, 1, ['こども家庭課']);
    put(ws, 4, 1, ['No.', '指標名', '単位', '現状値\n（R3）', '目標値\n（R5）', '目標設定の考え方', '実績値\n（R5）', '評価', '備考']);
    KOSODATE.forEach((k, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, k.name, k.unit, k.now, k.target, k.reasoning, k.actual, k.grade, k.note]);
      ws.getCell(r, 6).alignment = wrap;
      const fmt = k.unit === '％' ? '0.0' : '#,##0';
      for (const c of [4, 5, 7]) ws.getCell(r, c).numFmt = fmt;
    });
    put(ws, 5 + KOSODATE.length + 1, 1, ['※評価　A：目標達成　B：達成率80％以上　C：達成率60％以上　D：達成率60％未満　－：目標値なし']);
  },
  expected: {
    file: 'h95-trap-kangaekata-figures.xlsx',
    fiscalYear: 2023,
    indicators: KOSODATE.map((k) => {
      const out = ind('評価指標', k.name, k.unit, typeof k.target === 'number' ? k.target : null, k.actual, {
        direction: k.note === '減少を目指す指標' ? 'down' : 'up',
        existing: k.grade === '－' ? undefined : k.grade,
      });
      return out;
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 実績値の調査年度: the latest survey stands for 令和５年度, as the sheet says
// ---------------------------------------------------------------------------------------------------------------------------

interface Sport {
  name: string;
  unit: string;
  source: string;
  cycle: string;
  target: number;
  actual: number;
  year: string;
  grade: string;
}

const SPORT: Sport[] = [
  {
    name: '成人の週１回以上のスポーツ実施率',
    unit: '％',
    source: '市民スポーツ意識調査',
    cycle: '隔年（偶数年度）',
    target: 60.0,
    actual: 54.2,
    year: '令和４年度',
    grade: 'B',
  },
  { name: '総合体育館の利用者数', unit: '人', source: '施設利用統計', cycle: '毎年度', target: 185000, actual: 178420, year: '令和５年度', grade: 'B' },
  {
    name: 'スポーツ少年団の団員数',
    unit: '人',
    source: '市スポーツ少年団登録名簿',
    cycle: '毎年度',
    target: 1450,
    actual: 1120,
    year: '令和５年度',
    grade: 'C',
  },
  { name: '市民マラソン大会の参加者数', unit: '人', source: '大会実施報告', cycle: '毎年度', target: 3000, actual: 3412, year: '令和５年度', grade: 'A' },
  { name: '運動部活動の地域移行実施校数', unit: '校', source: '教育委員会調べ', cycle: '毎年度', target: 4, actual: 2, year: '令和５年度', grade: 'D' },
  {
    name: 'スポーツボランティア登録者数',
    unit: '人',
    source: 'スポーツ振興課調べ（３月末）',
    cycle: '毎年度',
    target: 200,
    actual: 236,
    year: '令和５年度',
    grade: 'A',
  },
  {
    name: '総合型地域スポーツクラブの認知度',
    unit: '％',
    source: '市民の健康とスポーツに関する調査',
    cycle: '３年ごと',
    target: 45.0,
    actual: 38.6,
    year: '令和３年度',
    grade: 'B',
  },
  {
    name: 'スポーツ合宿の延べ宿泊者数',
    unit: '人泊',
    source: '観光協会調べ',
    cycle: '毎年（暦年）',
    target: 6500,
    actual: 7120,
    year: '2023年（暦年）',
    grade: 'A',
  },
];

const chosaNendoTrap: Holdout2Workbook = {
  name: 'h95-trap-chosa-nendo-stated',
  layout:
    'trap: スポーツ推進計画 成果指標評価表, 出典・調査名｜調査周期｜目標値（R5）｜実績値｜実績値の調査年度 (令和４年度 and 令和３年度 for two surveys, 2023年（暦年） for one) with the note 「直近の調査結果を令和５年度の実績値として評価する」: read as written, graded, no guess',
  build(wb) {
    const ws = wb.addWorksheet('成果指標評価表');
    ws.columns = [
      { width: 5 },
      { width: 34 },
      { width: 6 },
      { width: 28 },
      { width: 16 },
      { width: 11 },
      { width: 11 },
      { width: 16 },
      { width: 9 },
      { width: 7 },
    ];
    merge(ws, 1, 1, 1, 10, '令和５年度　スポーツ推進計画　成果指標評価表');
    put(ws, 2, 1, ['スポーツ振興課']);
    merge(ws, 3, 1, 3, 10, '※隔年又は数年ごとに実施する調査による指標は、直近の調査結果を令和５年度の実績値として評価する（「実績値の調査年度」欄参照）。');
    put(ws, 5, 1, ['No.', '指標', '単位', '出典・調査名', '調査周期', '目標値\n（R5）', '実績値', '実績値の\n調査年度', '達成率', '評価']);
    SPORT.forEach((s, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, s.name, s.unit, s.source, s.cycle, s.target, s.actual, s.year]);
      ws.getCell(r, 9).value = { formula: `G${r}/F${r}`, result: s.actual / s.target };
      ws.getCell(r, 9).numFmt = '0.0%';
      put(ws, r, 10, [s.grade]);
      const fmt = s.unit === '％' ? '0.0' : '#,##0';
      for (const c of [6, 7]) ws.getCell(r, c).numFmt = fmt;
    });
    put(ws, 6 + SPORT.length + 1, 1, ['※評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
  },
  expected: {
    file: 'h95-trap-chosa-nendo-stated.xlsx',
    fiscalYear: 2023,
    indicators: SPORT.map((s) => ind('成果指標評価表', s.name, s.unit, s.target, s.actual, { existing: s.grade })),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [bunboTrap, kangaekataTrap, chosaNendoTrap];
