/**
 * Hold-out 88, part 1: four workbooks of the four families, each from an office not modelled before (a 政令市's 経済観光局,
 * a 中核市's 環境部, a 一般市 of 5万人's 総合戦略 KPI, a 町's 後期基本計画 成果指標).
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// ---------------------------------------------------------------------------------------------------------------------------
// A: 政令市 経済観光局's 施策評価シート, six indicator blocks tiled two across, R2（現状値）…R7, 実績値 and 期待値 rows.
const P1 = '施策3-2';
interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  actual: Cell[];
  expect: Cell[];
  note?: string;
}
const BLOCKS: Block[] = [
  {
    no: '①',
    name: '観光入込客数',
    desc: '市内の主要観光施設・イベント等の入込客数（延べ）',
    unit: '万人',
    actual: [1210, 1380, 1655, 1842],
    expect: ['－', 1400, 1600, 1800, 1900, 2000],
  },
  {
    no: '②',
    name: '外国人延べ宿泊者数',
    desc: '市内宿泊施設に宿泊した外国人の延べ人数',
    unit: '千人泊',
    actual: [38, 12, 215, '６８２'],
    expect: ['－', 100, 400, 900, 1200, 1500],
    note: 'R3は入国制限の影響による',
  },
  {
    no: '③',
    name: '国際会議の開催件数',
    desc: 'JNTO基準を満たす国際会議の市内開催件数',
    unit: '件',
    actual: [9, 14, 38, 46],
    expect: ['－', 20, 40, 55, 65, 75],
  },
  {
    no: '④',
    name: '観光消費額',
    desc: '観光客1人当たり消費額×入込客数による推計',
    unit: '億円',
    actual: [1520, 1788, 2455, '2,914（速報値）'],
    expect: ['－', 1900, 2300, 2800, 3000, 3200],
    note: 'R5は速報値（確定値は令和6年12月公表予定）',
  },
  {
    no: '⑤',
    name: '観光に関する苦情・相談件数',
    desc: '観光案内所・観光課に寄せられた苦情・相談の件数（減少を目指す指標）',
    unit: '件',
    actual: [164, 151, 142, 138],
    expect: ['－', 155, 140, 120, 110, 100],
  },
  {
    no: '⑥',
    name: '市内ホテルの客室稼働率',
    desc: '市内主要ホテル20施設の年間平均客室稼働率',
    unit: '％',
    actual: [41.5, 52.8, 66.0, 71.2],
    expect: ['－', 55.0, 65.0, 75.0, 78.0, 80.0],
  },
];
function block(ws: Worksheet, top: number, left: number, b: Block): void {
  put(ws, top, left, [`成果指標${b.no}`, b.name]);
  put(ws, top + 1, left, ['指標の説明', b.desc]);
  put(ws, top + 2, left, ['単位', b.unit]);
  put(ws, top + 3, left, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, top + 4, left, ['実績値', ...b.actual]);
  put(ws, top + 5, left, ['期待値\n※R7は目標値', ...b.expect]);
  put(ws, top + 6, left, ['備考', b.note]);
  for (const r of [top, top + 1, top + 2, top + 6]) ws.mergeCells(r, left + 1, r, left + 6);
}
const policyGrades = ['A', 'C', 'B', 'A', 'B', 'B'];
const policyIndicators: ExpectedIndicator[] = [
  ind(P1, '観光入込客数', '万人', 1800, 1842),
  ind(P1, '外国人延べ宿泊者数', '千人泊', 900, 682),
  ind(P1, '国際会議の開催件数', '件', 55, 46),
  ind(P1, '観光消費額', '億円', 2800, 2914, { actualStatus: 'provisional' }),
  ind(P1, '観光に関する苦情・相談件数', '件', 120, 138, { direction: 'down' }),
  ind(P1, '市内ホテルの客室稼働率', '％', 75.0, 71.2),
];
const seireiPolicy: Holdout2Workbook = {
  name: 'h88-seirei-policy-sheet',
  layout:
    '政令市経済観光局の施策評価シート: 成果指標①～⑥のブロックを2列に並べ、R2（現状値）～R7、実績値・期待値（※R7は目標値）、全角の実績「６８２」、「2,914（速報値）」、減少を目指す指標は説明欄にだけ書く',
  build(wb) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 1, ['さくら市総合計画2021-2030　施策評価シート（令和6年度実施　評価対象年度：令和５年度）']);
    put(ws, 3, 1, ['政策', '３　にぎわいと活力あふれるまち', undefined, undefined, undefined, undefined, undefined, undefined, '所管局', '経済観光局']);
    put(ws, 4, 1, ['施策', '3-2　国内外からの誘客と観光消費の拡大']);
    put(ws, 4, 9, ['施策の達成状況', undefined, undefined, undefined, 'B', '（Ｂ）']);
    put(ws, 5, 9, ['※（　）内は前年度評価']);
    ws.mergeCells('B3:G3');
    ws.mergeCells('B4:G4');
    ws.mergeCells('I4:L4');
    BLOCKS.forEach((b, i) => block(ws, 7 + Math.floor(i / 2) * 8, i % 2 ? 9 : 1, b));
    put(ws, 32, 1, ['達成状況の評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    ws.getColumn(1).width = 14;
    ws.getColumn(9).width = 14;
  },
  expected: {
    file: 'h88-seirei-policy-sheet.xlsx',
    fiscalYear: 2023,
    indicators: policyIndicators,
    groups: [{ sheet: P1, cell: 'M4', grade: rollUp(policyGrades) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 中核市 環境部's 事務事業の実績一覧: targets and actuals as text, two measures in one cell, 未実施, 「80件以下」, 「約1,620人」.
const B1 = '事業実績';
const projectRows: Cell[][] = [
  [1, 'ごみ減量啓発事業', '町内会・学校への出前講座', '出前講座　年２０回', '２３回', 'A', '継続'],
  [2, '生ごみ処理機購入補助事業', '家庭用生ごみ処理機の購入費を補助', '補助件数　150件', '112件', 'B', '見直し'],
  [
    3,
    '環境学習推進事業',
    '小学校への出前授業、親子環境教室',
    '小学校出前授業　30校\n親子環境教室　200人',
    '小学校出前授業　27校\n親子環境教室　168人',
    'B',
    '継続',
  ],
  [4, '不法投棄対策事業', 'パトロール・監視カメラの設置', '不法投棄件数　80件以下', '91件', 'C', '拡充'],
  [
    5,
    '再生可能エネルギー設備導入補助事業',
    '住宅用太陽光発電設備の設置補助',
    '設置補助　100件',
    '未実施\n（国補助との調整により令和6年度に延期）',
    'D',
    '継続',
  ],
  [6, '資源集団回収奨励事業', '子ども会等の資源回収に奨励金を交付', '回収量　3,200ｔ', '2,986t', 'A', '継続'],
  [7, '環境美化推進事業', 'まち美化ボランティアの登録・支援', 'ボランティア登録　1,500人', '約1,620人', 'A', '継続'],
  [8, '公害苦情対応事業', '騒音・悪臭等の苦情対応', '－\n（目標設定なし）', '苦情処理　64件', '－', '継続'],
];
const chukakuProjects: Holdout2Workbook = {
  name: 'h88-chukaku-project-results',
  layout:
    '中核市環境部の事務事業実績: 「令和５年度」の下に目標（活動指標）・実績、文字の目標「出前講座　年２０回」、1セルに2つの指標、「未実施（…延期）」、「80件以下」、「約1,620人」、ｔとt、目標「－（目標設定なし）」',
  build(wb) {
    const ws = wb.addWorksheet(B1);
    put(ws, 1, 1, ['令和５年度　事務事業実績一覧（環境部）']);
    put(ws, 2, 7, ['環境政策課とりまとめ']);
    put(ws, 4, 1, ['No.', '事業名', '事業の概要', '令和５年度', undefined, '自己評価', '今後の方向性']);
    put(ws, 5, 4, ['目標（活動指標）', '実績']);
    for (const c of ['A', 'B', 'C', 'F', 'G']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('D4:E4');
    projectRows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 15, 1, ['自己評価　A：目標を達成　B：概ね達成（8割以上）　C：やや不十分（6割以上）　D：不十分・未実施']);
    ws.getColumn(2).width = 30;
    ws.getColumn(4).width = 28;
    ws.getColumn(5).width = 28;
  },
  expected: {
    file: 'h88-chukaku-project-results.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B1, 'ごみ減量啓発事業', '回', 20, 23, { existing: 'A' }),
      ind(B1, '生ごみ処理機購入補助事業', '件', 150, 112, { existing: 'B' }),
      {
        sheet: B1,
        name: '環境学習推進事業',
        measures: [
          { label: '小学校出前授業', target: 30, actual: 27, unit: '校' },
          { label: '親子環境教室', target: 200, actual: 168, unit: '人' },
        ],
        existing: 'B',
        grade: 'B',
      },
      ind(B1, '不法投棄対策事業', '件', 80, 91, { direction: 'down', existing: 'C' }),
      ind(B1, '再生可能エネルギー設備導入補助事業', '件', 100, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B1, '資源集団回収奨励事業', 't', 3200, 2986, { existing: 'A' }),
      ind(B1, '環境美化推進事業', '人', 1500, 1620, { actualStatus: 'approximate', existing: 'A' }),
      ind(B1, '公害苦情対応事業', '件', null, 64),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: 一般市 (人口5万人)'s 総合戦略 KPI: 目標値/実績値 rows per KPI, 令和3年度…令和6年度 columns, R6 targets filled and R6 actuals blank.
const C1 = 'KPI進捗';
interface Kpi {
  goal: string;
  name: string;
  unit: string;
  base: Cell;
  target: Cell[];
  actual: Cell[];
  note?: string;
}
const KPIS: Kpi[] = [
  { goal: '１　しごとをつくる', name: '企業誘致件数（累計）', unit: '件', base: 0, target: [2, 4, 6, 8], actual: [1, 3, 5] },
  { goal: '１　しごとをつくる', name: '新規就農者数', unit: '人', base: 4, target: ['－', 5, 5, 5], actual: [3, 6, '４'] },
  { goal: '２　ひとの流れをつくる', name: '転入者数', unit: '人', base: 1795, target: [1800, 1800, 1800, 1800], actual: [1712, 1756, 1846] },
  { goal: '２　ひとの流れをつくる', name: 'ふるさと納税寄附件数', unit: '件', base: 6210, target: [8000, 10000, 15000, 18000], actual: [9842, 13275, 21408] },
  {
    goal: '３　結婚・出産・子育て',
    name: '合計特殊出生率',
    unit: '－',
    base: 1.41,
    target: [1.5, 1.5, 1.5, 1.5],
    actual: [1.38, 1.35, '集計中'],
    note: 'R5は令和6年9月公表予定',
  },
  {
    goal: '３　結婚・出産・子育て',
    name: '子育て支援センター利用者数',
    unit: '人',
    base: 10480,
    target: ['11,000人', '11,500人', '12,000人', '12,500人'],
    actual: ['8,102人', '8,877人', '9,350人'],
  },
  { goal: '４　まちをつくる', name: '空き家バンク成約件数', unit: '件', base: 6, target: [8, 9, 10, 10], actual: [7, 5, '３'] },
];
const ippanKpi: Holdout2Workbook = {
  name: 'h88-ippan-kpi',
  layout:
    '一般市（5万人）の総合戦略KPI: KPIごとに目標値・実績値の2行、基準値（R元）と令和3～6年度の列、R6は目標のみ、「12,000人」の文字、全角「４」「３」、合計特殊出生率は単位「－」で実績「集計中」',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    put(ws, 1, 1, ['第２期かわせ市まち・ひと・しごと創生総合戦略　ＫＰＩ進捗状況（令和５年度実績）']);
    put(ws, 2, 9, ['企画政策課']);
    put(ws, 4, 1, ['基本目標', 'ＫＰＩ', '単位', '区分', '基準値\n（R元）', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '備考']);
    let row = 5;
    let goalStart = 5;
    KPIS.forEach((k, i) => {
      put(ws, row, 1, [k.goal, k.name, k.unit, '目標値', k.base, ...k.target, k.note]);
      put(ws, row + 1, 4, ['実績値', undefined, ...k.actual]);
      for (const c of [2, 3, 5, 10]) ws.mergeCells(row, c, row + 1, c);
      row += 2;
      if (i === KPIS.length - 1 || KPIS[i + 1].goal !== k.goal) {
        ws.mergeCells(goalStart, 1, row - 1, 1);
        goalStart = row;
      }
    });
    put(ws, row + 1, 1, ['※令和6年度の実績値は令和7年5月頃に確定します。']);
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h88-ippan-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C1, '企業誘致件数（累計）', '件', 6, 5),
      ind(C1, '新規就農者数', '人', 5, 4),
      ind(C1, '転入者数', '人', 1800, 1846),
      ind(C1, 'ふるさと納税寄附件数', '件', 15000, 21408),
      ind(C1, '合計特殊出生率', null, 1.5, null, { actualStatus: 'pending' }),
      ind(C1, '子育て支援センター利用者数', '人', 12000, 9350),
      ind(C1, '空き家バンク成約件数', '件', 10, 3),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: 町's 後期基本計画 成果指標: 基準値（令和元年度）, 目標値（令和７年度）, 実績値 with its 時点 in the next column (one 令和4年度).
const D1 = '成果指標一覧';
const townRows: Cell[][] = [
  [1, '健康・福祉', '町民健診の受診率', '％', 41.2, 50.0, 43.8, '令和5年度', '健診実績'],
  [2, '健康・福祉', '保育所待機児童数', '人', 4, 0, 0, '令和5年4月1日', '国基準による'],
  [3, '生活・環境', 'ごみのリサイクル率', '％', 18.6, 22.0, 19.4, '令和5年度', '一般廃棄物処理実態調査'],
  [4, '生活・環境', '町営バスの年間利用者数', '人', 38420, 40000, 31255, '令和5年度', '運行実績'],
  [5, '安全・安心', '自主防災組織の組織率', '％', 72.5, 100.0, 100.0, '令和5年度末', '総務課調べ'],
  [6, '産業', '農産物直売所の販売額', '万円', 12850, 15000, '14,120', '令和4年度', '直売所組合の決算（令和5年度分は8月確定）'],
  [7, '地域づくり', '町の人口（住民基本台帳）', '人', 14862, 13500, 13712, '令和6年3月末', '人口減少を緩やかにし13,500人を維持'],
  [8, '地域づくり', '地域の行事に参加している町民の割合', '％', 52.3, 60.0, undefined, undefined, '町民意識調査（令和6年度実施予定）'],
];
const townPlan: Holdout2Workbook = {
  name: 'h88-town-plan-indicators',
  layout:
    '町の後期基本計画 成果指標: 基準値（令和元年度）・目標値（令和７年度）・実績値・時点の列、分野を縦に結合、待機児童数0（目標0）、基準値を下回る人口の目標、1行だけ令和4年度の実績、意識調査の未実施で空欄',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['みどり町第６次総合計画後期基本計画　令和５年度　成果指標の達成状況']);
    put(ws, 3, 1, ['No.', '分野', '成果指標', '単位', '基準値\n（令和元年度）', '目標値\n（令和７年度）', '実績値', '時点', '把握方法・備考']);
    townRows.forEach((r, i) => put(ws, 4 + i, 1, r));
    for (const [a, b] of [
      [4, 5],
      [6, 7],
      [10, 11],
    ])
      ws.mergeCells(a, 2, b, 2);
    put(ws, 13, 1, ['※実績値は令和5年度の数値を記載。令和5年度の数値が把握できないものは直近の数値を記載。']);
    ws.getColumn(3).width = 34;
  },
  expected: {
    file: 'h88-town-plan-indicators.xlsx',
    fiscalYear: 2023,
    guesses: ['other-year'],
    indicators: [
      { ...ind(D1, '町民健診の受診率', '％', 50.0, 43.8), targetSource: 'final' },
      { ...ind(D1, '保育所待機児童数', '人', 0, 0, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D1, 'ごみのリサイクル率', '％', 22.0, 19.4), targetSource: 'final' },
      { ...ind(D1, '町営バスの年間利用者数', '人', 40000, 31255), targetSource: 'final' },
      { ...ind(D1, '自主防災組織の組織率', '％', 100.0, 100.0), targetSource: 'final' },
      { ...ind(D1, '農産物直売所の販売額', '万円', 15000, 14120), targetSource: 'final' },
      { ...ind(D1, '町の人口（住民基本台帳）', '人', 13500, 13712), targetSource: 'final' },
      { ...ind(D1, '地域の行事に参加している町民の割合', '％', 60.0, null, { actualStatus: 'missing' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [seireiPolicy, chukakuProjects, ippanKpi, townPlan];
