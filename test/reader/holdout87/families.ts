/**
 * Hold-out 87, part 1: four workbooks of the four families, each graded on the city's own scale (S〜D on 進捗率, 「達成」
 * 「概ね達成」「未達成」, ★★★ with the legend on a note sheet, five levels 5〜1 on 進捗率 with the legend on a note sheet).
 */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// 施策評価シート: four indicator blocks stacked, each with 基準値（R1）, yearly 目標値/実績値 R3〜R7, 進捗率 and an S〜D 評価.
const P1 = '2-3';
interface Block {
  name: string;
  desc: string;
  unit: string;
  base: number;
  targets: number[];
  actuals: Cell[];
  progress: number;
  grade: string;
}
const blocks: Block[] = [
  {
    name: 'かかりつけ医を持つ市民の割合',
    desc: '市民意識調査で「かかりつけ医がいる」と回答した市民の割合',
    unit: '％',
    base: 58.2,
    targets: [61.0, 62.5, 64.0, 65.5, 67.0],
    actuals: [60.1, 61.8, 62.9],
    progress: (62.9 - 58.2) / (64.0 - 58.2),
    grade: 'A',
  },
  {
    name: '救急医療に関する講習会の参加者数',
    desc: '普通救命講習・応急手当講習等の年間参加者数',
    unit: '人',
    base: 320,
    targets: [360, 400, 440, 480, 520],
    actuals: [210, 352, 455],
    progress: (455 - 320) / (440 - 320),
    grade: 'S',
  },
  {
    name: '夜間急病センターの軽症受診者数',
    desc: '夜間急病センターを受診した軽症患者の年間延べ人数。適正受診の啓発により減少を目指す指標',
    unit: '人',
    base: 6850,
    targets: [6600, 6400, 6200, 6000, 5800],
    actuals: [5120, 6310, 6480],
    progress: (6480 - 6850) / (6200 - 6850),
    grade: 'C',
  },
  {
    name: '特定健康診査の受診率',
    desc: '国民健康保険被保険者（40〜74歳）の特定健康診査受診率（法定報告値）',
    unit: '％',
    base: 38.5,
    targets: [42.0, 44.0, 46.0, 48.0, 50.0],
    actuals: [39.0, 40.2, 41.1],
    progress: (41.1 - 38.5) / (46.0 - 38.5),
    grade: 'D',
  },
];
const policyGrades = [
  ind(P1, blocks[0].name, '％', 64.0, 62.9, { existing: 'A' }),
  ind(P1, blocks[1].name, '人', 440, 455, { existing: 'S' }),
  ind(P1, blocks[2].name, '人', 6200, 6480, { direction: 'down', existing: 'C' }),
  ind(P1, blocks[3].name, '％', 46.0, 41.1, { existing: 'D' }),
];
const policy: Holdout2Workbook = {
  name: 'h87-shisaku-sabcd-progress',
  layout: '施策評価シート: 指標ブロック4つを縦に積み、基準値（R1）・R3〜R7の目標値/実績値、R5の進捗率と S〜D の評価（進捗率の帯、凡例は下部）',
  build(wb) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 1, ['施策評価シート（評価対象年度：令和5年度）']);
    put(ws, 3, 1, ['政策', '2　健やかに安心して暮らせるまち', undefined, undefined, undefined, '施策の評価', undefined, '（前年度評価：B）']);
    ws.mergeCells('B3:E3');
    put(ws, 4, 1, ['施策', '2-3　地域医療体制の充実']);
    ws.mergeCells('B4:E4');
    put(ws, 5, 1, ['主管課', '健康推進課（関係課：消防本部 警防課、保険年金課）']);
    ws.mergeCells('B5:E5');
    ws.getCell('G3').value = 'B';
    put(ws, 7, 1, ['■ 成果指標']);
    const marks = ['①', '②', '③', '④'];
    let r = 8;
    blocks.forEach((b, i) => {
      put(ws, r, 1, [`指標${marks[i]}`, b.name, undefined, undefined, undefined, '単位', b.unit]);
      ws.mergeCells(r, 2, r, 5);
      put(ws, r + 1, 1, ['指標の説明', b.desc]);
      ws.mergeCells(r + 1, 2, r + 1, 7);
      put(ws, r + 2, 1, ['区分', '基準値（R1）', 'R3', 'R4', 'R5', 'R6', 'R7（目標）']);
      put(ws, r + 3, 1, ['目標値', '－', ...b.targets]);
      put(ws, r + 4, 1, ['実績値', b.base, ...b.actuals]);
      put(ws, r + 5, 1, ['R5進捗率', undefined, undefined, undefined, undefined, '評価', b.grade]);
      ws.getCell(r + 5, 2).value = { formula: `(E${r + 4}-B${r + 4})/(E${r + 3}-B${r + 4})`, result: b.progress };
      ws.getCell(r + 5, 2).numFmt = '0.0%';
      r += 7;
    });
    put(ws, r, 1, ['※進捗率＝（実績値－基準値）÷（目標値－基準値）。各年度の目標値に対して算出。']);
    put(ws, r + 1, 1, ['※評価　S：進捗率100％以上　A：80％以上100％未満　B：60％以上80％未満　C：40％以上60％未満　D：40％未満']);
    ws.getColumn(1).width = 12;
    ws.getColumn(2).width = 16;
  },
  expected: {
    file: 'h87-shisaku-sabcd-progress.xlsx',
    fiscalYear: 2023,
    indicators: policyGrades,
    groups: [{ sheet: P1, cell: 'G3', grade: rollUp(policyGrades.map((g) => g.grade)) }],
  },
};

// 事業実績: 数値目標 and 実績 as text, 達成状況 in 「達成」「概ね達成」「未達成」, one 未実施, one 「4億3,210万円」 against 「5億円」.
const J1 = '事業実績';
const jRows: Cell[][] = [
  [1, '観光案内所運営事業', '案内件数 12,000件', '案内件数 13,204件', '達成', '継続'],
  [2, '観光PRキャラバン事業', '年6回以上', '年5回', '概ね達成', '継続'],
  [3, '体験型観光プログラム造成事業', '新規プログラム 4件', '新規プログラム 2件', '未達成', '見直し'],
  [4, '商店街にぎわい創出補助金', '補助件数 10件', '補助件数 9件', '概ね達成', '継続'],
  [5, 'インバウンド受入環境整備事業', '多言語案内板 8基', '未実施', '未達成', '見直し'],
  [6, '創業支援セミナー開催事業', '受講者 40人', '受講者 31人（うち創業7人）', '概ね達成', '継続'],
  [7, '物産展出展事業', '出展 3回', '出展 3回', '達成', '継続'],
  [8, 'ふるさと納税推進事業', '寄附額 5億円', '寄附額 4億3,210万円', '概ね達成', '拡充'],
];
const words: Holdout2Workbook = {
  name: 'h87-jigyo-tassei-words',
  layout: '商工観光課の事業実績: 数値目標・実績を文字で（「年6回以上」「4億3,210万円」「未実施」）、達成状況は「達成」「概ね達成」「未達成」（凡例は下部）',
  build(wb) {
    const ws = wb.addWorksheet(J1);
    put(ws, 1, 1, ['令和5年度　事務事業実績報告書']);
    put(ws, 2, 1, ['商工観光課']);
    put(ws, 4, 1, ['No.', '事業名', '令和5年度 数値目標', '令和5年度 実績', '達成状況', '今後の方向性']);
    jRows.forEach((row, i) => put(ws, 5 + i, 1, row));
    put(ws, 14, 1, ['【達成状況の区分】　達成：目標値以上　概ね達成：目標値の80％以上　未達成：目標値の80％未満又は未実施']);
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 22;
    ws.getColumn(4).width = 26;
  },
  expected: {
    file: 'h87-jigyo-tassei-words.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(J1, '観光案内所運営事業', '件', 12000, 13204, { existing: '達成' }),
      ind(J1, '観光PRキャラバン事業', '回', 6, 5, { existing: '概ね達成' }),
      ind(J1, '体験型観光プログラム造成事業', '件', 4, 2, { existing: '未達成' }),
      ind(J1, '商店街にぎわい創出補助金', '件', 10, 9, { existing: '概ね達成' }),
      ind(J1, 'インバウンド受入環境整備事業', '基', 8, null, { existing: '未達成', actualStatus: 'not-implemented' }),
      ind(J1, '創業支援セミナー開催事業', '人', 40, 31, { existing: '概ね達成' }),
      ind(J1, '物産展出展事業', '回', 3, 3, { existing: '達成' }),
      ind(J1, 'ふるさと納税推進事業', '億円', 5, 4.321, { existing: '概ね達成' }),
    ],
    groups: [],
  },
};

// KPI × period: 目標値/実績値 rows per KPI, 基準値（H30）and R2〜R6, evaluated on 令和4年度実績, ★★★/★★/★ with the legend on a sheet 「凡例」.
const K1 = 'KPI';
interface Kpi {
  goal: string;
  name: string;
  unit: string;
  base: Cell;
  targets: number[];
  actuals: Cell[];
  stars: string;
}
const kpis: Kpi[] = [
  { goal: '1 しごとをつくる', name: '新規就農者数（累計）', unit: '人', base: 0, targets: [6, 12, 18, 24, 30], actuals: [5, 11, 19], stars: '★★★' },
  { goal: '1 しごとをつくる', name: '企業誘致件数（累計）', unit: '件', base: 0, targets: [1, 2, 3, 4, 5], actuals: [0, 1, 2], stars: '★' },
  { goal: '2 ひとの流れをつくる', name: '転入者数', unit: '人', base: 2840, targets: [2900, 2950, 3000, 3050, 3100], actuals: [2712, 2805, 2917], stars: '★★' },
  {
    goal: '2 ひとの流れをつくる',
    name: '観光入込客数',
    unit: '万人',
    base: 185,
    targets: [170, 180, 190, 200, 210],
    actuals: [98.5, 132.1, 176.4],
    stars: '★★',
  },
  {
    goal: '3 結婚・出産・子育て',
    name: '合計特殊出生率',
    unit: '',
    base: 1.48,
    targets: [1.5, 1.52, 1.54, 1.56, 1.58],
    actuals: [1.45, 1.41, '集計中'],
    stars: '－',
  },
  {
    goal: '4 まちをつくる',
    name: '地域おこし協力隊員の定着率',
    unit: '％',
    base: 40.0,
    targets: [50, 50, 50, 50, 50],
    actuals: [33.3, 50.0, 60.0],
    stars: '★★★',
  },
];
const stars: Holdout2Workbook = {
  name: 'h87-kpi-stars',
  layout: '総合戦略のKPI: KPIごとに目標値・実績値の2行、基準値（H30）・R2〜R6の列、令和4年度実績で評価、★★★/★★/★（凡例は別シート「凡例」）、出生率は「集計中」',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    put(ws, 1, 1, ['第2期 まち・ひと・しごと創生総合戦略　KPI進捗状況（令和4年度実績）']);
    put(ws, 2, 1, ['企画政策課　令和5年8月']);
    put(ws, 4, 1, ['基本目標', '重要業績評価指標（KPI）', '単位', '区分', '基準値（H30）', 'R2', 'R3', 'R4', 'R5', 'R6', '評価']);
    kpis.forEach((k, i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [k.goal, k.name, k.unit || undefined, '目標値', k.base, ...k.targets]);
      put(ws, r + 1, 4, ['実績値', k.base, ...k.actuals]);
      ws.getCell(r, 11).value = k.stars;
      for (const c of [1, 2, 3, 11]) ws.mergeCells(r, c, r + 1, c);
    });
    put(ws, 18, 1, ['※評価の区分は「凡例」シートを参照。']);
    ws.getColumn(2).width = 30;
    const note = wb.addWorksheet('凡例');
    put(note, 1, 1, ['KPIの評価区分']);
    put(note, 2, 1, ['★★★', '目標達成（令和4年度目標値に対する達成率100％以上）']);
    put(note, 3, 1, ['★★', '達成率70％以上100％未満']);
    put(note, 4, 1, ['★', '達成率70％未満']);
    put(note, 5, 1, ['－', '実績値が未確定のため評価しない']);
  },
  expected: {
    file: 'h87-kpi-stars.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(K1, '新規就農者数（累計）', '人', 18, 19, { existing: '★★★' }),
      ind(K1, '企業誘致件数（累計）', '件', 3, 2, { existing: '★' }),
      ind(K1, '転入者数', '人', 3000, 2917, { existing: '★★' }),
      ind(K1, '観光入込客数', '万人', 190, 176.4, { existing: '★★' }),
      ind(K1, '合計特殊出生率', null, 1.54, null, { actualStatus: 'pending' }),
      ind(K1, '地域おこし協力隊員の定着率', '％', 50, 60.0, { existing: '★★★' }),
    ],
    groups: [],
  },
};

// Plan indicators: 基準値 and 実績値 with their years in the cell, the final 目標値（令和8年度）, a 方向性 column, 進捗率 and a 5〜1 評価 (5 best) on a note sheet.
const D1 = '計画指標';
interface PlanRow {
  name: string;
  dir: '増加' | '減少';
  base: number;
  baseYear: string;
  target: number;
  actual: number | '－';
  grade: string;
  note?: string;
}
const plan: PlanRow[] = [
  { name: '審議会等委員に占める女性の割合（％）', dir: '増加', base: 28.6, baseYear: '平成30年度', target: 40.0, actual: 33.9, grade: '2' },
  { name: '男性の育児休業取得率（市職員）（％）', dir: '増加', base: 8.3, baseYear: '平成30年度', target: 30.0, actual: 38.5, grade: '5' },
  {
    name: '「男は仕事、女は家庭」という考え方に同感しない市民の割合（％）',
    dir: '増加',
    base: 52.1,
    baseYear: '令和元年度',
    target: 65.0,
    actual: '－',
    grade: '－',
    note: '市民意識調査（5年ごと）。次回は令和7年度',
  },
  { name: 'ＤＶ相談窓口の認知度（％）', dir: '増加', base: 41.2, baseYear: '令和元年度', target: 60.0, actual: 47.5, grade: '2' },
  { name: '女性委員のいない審議会等の数（機関）', dir: '減少', base: 9, baseYear: '平成30年度', target: 0, actual: 4, grade: '3' },
  {
    name: '市内事業所における女性管理職の割合（％）',
    dir: '増加',
    base: 12.8,
    baseYear: '令和元年度',
    target: 20.0,
    actual: 15.1,
    grade: '2',
    note: '事業所アンケート',
  },
];
const planWb: Holdout2Workbook = {
  name: 'h87-plan-5level-final',
  layout:
    '男女共同参画プランの計画指標: 単位は指標名の括弧、基準値・実績値はセル内に年度、目標値（令和8年度）、方向性「増加/減少」、進捗率と5段階評価（5が最良、凡例は別シート「評価基準」）',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['第2次男女共同参画プラン　計画指標の進捗状況（令和5年度）']);
    put(ws, 3, 1, ['No.', '指標名', '方向性', '基準値', '目標値\n（令和8年度）', '実績値', '進捗率', '評価', '備考']);
    plan.forEach((p, i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, p.name, p.dir, `${p.base}\n（${p.baseYear}）`, p.target, p.actual === '－' ? '－' : `${p.actual}\n（令和5年度）`]);
      if (p.actual === '－') ws.getCell(r, 7).value = '－';
      else {
        ws.getCell(r, 7).value = { formula: `(${p.actual}-${p.base})/(E${r}-${p.base})`, result: (p.actual - p.base) / (p.target - p.base) };
        ws.getCell(r, 7).numFmt = '0.0%';
      }
      put(ws, r, 8, [p.grade === '－' ? '－' : Number(p.grade), p.note]);
    });
    put(ws, 11, 1, ['※進捗率＝（実績値－基準値）÷（目標値－基準値）　評価の基準は「評価基準」シートのとおり。']);
    ws.getColumn(2).width = 40;
    const note = wb.addWorksheet('評価基準');
    put(note, 1, 1, ['評価', '基準']);
    put(note, 2, 1, [5, '進捗率100％以上（目標達成）']);
    put(note, 3, 1, [4, '進捗率75％以上100％未満']);
    put(note, 4, 1, [3, '進捗率50％以上75％未満']);
    put(note, 5, 1, [2, '進捗率25％以上50％未満']);
    put(note, 6, 1, [1, '進捗率25％未満又は基準値より後退']);
    put(note, 8, 1, ['※5が最も良い評価']);
  },
  expected: {
    file: 'h87-plan-5level-final.xlsx',
    fiscalYear: 2023,
    indicators: plan.map((p) =>
      Object.assign(
        ind(D1, p.name.replace(/（[^（）]*）$/, ''), p.name.match(/（([^（）]*)）$/)![1], p.target, p.actual === '－' ? null : p.actual, {
          direction: p.dir === '減少' ? 'down' : 'up',
          existing: p.grade === '－' ? undefined : p.grade,
          actualStatus: p.actual === '－' ? 'missing' : undefined,
        }),
        { targetSource: 'final' },
      ),
    ),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, words, stars, planWb];
