/**
 * Hold-out 93, the four families in the year a city's new plan starts (December 2026: the old plan's last year, 令和7年度,
 * is evaluated while the new plan, 令和8〜12年度, has just begun): a 後期基本計画 施策評価シート for its final year with an
 * extra R12 column of the new plan's targets, a 第5次実施計画 事業実績 table with a 次期計画 column and the next year's
 * targets beside this year's, a 第3期総合戦略 KPI table in 西暦 in its first year, and the old plan's indicator table with
 * the new plan's indicator names and R12 targets to its right.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { type Holdout2Workbook as Holdout93Workbook, ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const WRAP = { wrapText: true, vertical: 'middle' as const };

function merge(ws: Worksheet, range: string, value?: string | number): void {
  ws.mergeCells(range);
  if (value !== undefined) ws.getCell(range.split(':')[0]).value = value;
}

function widths(ws: Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

// ---------------------------------------------------------------------------------------------------------------------------
// A: 後期基本計画 最終年度の施策評価シート (two 基本施策, blocks stacked, an R12 column of the new plan's target)

interface PolicyBlock {
  no: string;
  name: string;
  description: string;
  unit: string;
  /** R2（基準値）… R7 actuals. */
  actuals: (number | string | null)[];
  /** R3 … R7 期待値 (R7 is the 目標値). */
  expected: number[];
  r12: number | null;
  note: string;
}

function policySheet(wb: Workbook, sheet: string, policy: string, dept: string, previous: string, blocks: PolicyBlock[]): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [11, 12, 10, 9, 9, 9, 9, 11, 14]);
  merge(ws, 'A1:I1', '第2次みどり野市総合計画 後期基本計画　令和８年度 施策評価シート（評価対象期間：令和７年度）');
  merge(ws, 'A2:I2', '※令和7年度は後期基本計画（令和3〜7年度）の最終年度です。R12欄は第3次総合計画 前期基本計画（令和8〜12年度）の目標値（参考）です。');
  ws.getCell('A2').alignment = WRAP;
  put(ws, 3, 1, ['基本方針']);
  merge(ws, 'B3:E3', '3 健やかに安心して暮らせるまち');
  merge(ws, 'F3:G3', '達成状況評価');
  ws.getCell('I3').value = previous;
  put(ws, 4, 1, ['基本施策']);
  merge(ws, 'B4:E4', policy);
  put(ws, 4, 6, ['凡例']);
  merge(ws, 'G4:I4', 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  put(ws, 5, 1, ['担当部等']);
  merge(ws, 'B5:E5', dept);
  let r = 7;
  for (const b of blocks) {
    ws.getCell(r, 1).value = `指　標 ${b.no}`;
    merge(ws, `B${r}:D${r}`, b.name);
    ws.getCell(r, 5).value = '指標の説明';
    merge(ws, `F${r}:I${r}`, b.description);
    ws.getCell(`F${r}`).alignment = WRAP;
    put(ws, r + 1, 1, ['単位', '', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）', 'R12\n（第3次計画目標）']);
    merge(ws, `A${r + 2}:A${r + 3}`, b.unit);
    ws.getCell(r + 2, 2).value = '実績値';
    b.actuals.forEach((v, i) => {
      if (v !== null) ws.getCell(r + 2, 3 + i).value = v;
    });
    ws.getCell(r + 3, 2).value = '期待値\n※R7は目標値';
    b.expected.forEach((v, i) => (ws.getCell(r + 3, 4 + i).value = v));
    if (b.r12 !== null) ws.getCell(r + 3, 9).value = b.r12;
    ws.getCell(r + 4, 1).value = '備　考';
    merge(ws, `B${r + 4}:I${r + 4}`, b.note);
    r += 7;
  }
  merge(ws, `A${r}:I${r}`, '【総合評価】');
  merge(ws, `A${r + 1}:I${r + 3}`);
}

const A_31: PolicyBlock[] = [
  {
    no: '①',
    name: '特定健康診査受診率',
    description: '国民健康保険被保険者（40〜74歳）のうち特定健康診査を受診した人の割合（法定報告値）',
    unit: '％',
    actuals: [38.2, 40.1, 42.3, 43.0, 44.8, 46.5],
    expected: [42.0, 45.0, 48.0, 51.0, 54.0],
    r12: 60.0,
    note: '第3次計画でも継続（R12目標 60.0％）',
  },
  {
    no: '②',
    name: '胃がん検診受診率',
    description: '市が実施する胃がん検診の受診率',
    unit: '％',
    actuals: [11.5, 11.0, 10.6, 10.2, 9.9, 9.8],
    expected: [12.0, 13.0, 14.0, 14.5, 15.0],
    r12: null,
    note: '第3次計画では「がん検診受診率（5がん平均）」に見直し',
  },
  {
    no: '③',
    name: '健康ポイント事業参加者数',
    description: 'みどり野健康ポイント事業に登録し、ポイントを獲得した市民の数',
    unit: '人',
    actuals: [1250, 1820, 2310, 2760, 3105, 3412],
    expected: [1500, 1900, 2300, 2650, 3000],
    r12: 5000,
    note: '第3次計画でも継続',
  },
];

const A_32: PolicyBlock[] = [
  {
    no: '①',
    name: 'かかりつけ医を持つ市民の割合',
    description: '市民意識調査で「かかりつけ医がいる」と回答した市民の割合',
    unit: '％',
    actuals: [63.0, '－', 65.1, '－', 66.9, 68.4],
    expected: [65.0, 66.0, 67.0, 68.0, 70.0],
    r12: 75.0,
    note: '市民意識調査はR3・R5は未実施',
  },
  {
    no: '②',
    name: '救急車の現場到着平均時間',
    description: '119番通報から救急車が現場に到着するまでの平均所要時間',
    unit: '分',
    actuals: [9.8, 10.1, 10.4, 10.6, 10.7, 10.9],
    expected: [9.5, 9.2, 9.0, 8.8, 8.5],
    r12: 8.5,
    note: '数値が小さいほど良い指標（時間の短縮・減少を目指す）',
  },
  {
    no: '③',
    name: '市内医療機関の看護職員数',
    description: '市内の病院・診療所に勤務する看護師・准看護師の数',
    unit: '人',
    actuals: [1182, 1190, 1176, 1201, 1188, '集計中'],
    expected: [1200, 1210, 1220, 1230, 1240],
    r12: null,
    note: 'R7実績は県の調査結果の公表待ち。第3次計画では指標から除外',
  },
];

const A_31_FACTS: ExpectedIndicator[] = [
  ind('3-1', '特定健康診査受診率', '％', 54.0, 46.5),
  ind('3-1', '胃がん検診受診率', '％', 15.0, 9.8),
  ind('3-1', '健康ポイント事業参加者数', '人', 3000, 3412),
];
const A_32_FACTS: ExpectedIndicator[] = [
  ind('3-2', 'かかりつけ医を持つ市民の割合', '％', 70.0, 68.4),
  ind('3-2', '救急車の現場到着平均時間', '分', 8.5, 10.9, { direction: 'down' }),
  ind('3-2', '市内医療機関の看護職員数', '人', 1240, null, { actualStatus: 'pending' }),
];

const policyFinal: Holdout93Workbook = {
  name: 'h93-a-kouki-final-year',
  layout:
    'A: 後期基本計画の最終年度の施策評価シート2枚、ブロックを縦に積み R2（基準値）〜R7（目標値）の右に「R12（第3次計画目標）」の列、「集計中」、備考の「減少を目指す」、空の達成状況評価と「（B）」「（C）」',
  build(wb) {
    policySheet(wb, '3-1', '3-1 健康づくりの推進', '健康福祉部', '（B）', A_31);
    policySheet(wb, '3-2', '3-2 地域医療体制の充実', '健康福祉部・消防本部', '（C）', A_32);
  },
  expected: {
    file: 'h93-a-kouki-final-year.xlsx',
    fiscalYear: 2025,
    indicators: [...A_31_FACTS, ...A_32_FACTS],
    groups: [
      { sheet: '3-1', cell: 'H3', grade: rollUp(A_31_FACTS.map((i) => i.grade)) },
      { sheet: '3-2', cell: 'H3', grade: rollUp(A_32_FACTS.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 第5次実施計画 最終年度の事業実績 (令和7年度 数値目標｜実績値, 次期計画での方向性 and 令和8年度数値目標 to the right)

const B_ROWS: [number, string, string, string, string, string, string, string, string][] = [
  [1, '総合型地域スポーツクラブ支援事業', '継続', '登録会員数 826人', '登録会員数 850人', '登録会員数 812人', 'B', '継続', '登録会員数 870人'],
  [2, '市民マラソン大会開催事業', '継続', '参加者数 2,980人', '参加者数 3,000人', '参加者数 3,246人', 'A', '拡充', '参加者数 3,300人'],
  [3, '生涯学習出前講座事業', '継続', '実施回数 52回', '実施回数 60回', '実施回数 41回', 'B', '見直し', '実施回数 50回'],
  [4, '公民館講座充実事業', '継続', '開設講座数 112講座', '開設講座数 120講座', '開設講座数 118講座', 'A', '継続', '開設講座数 120講座'],
  [5, 'スポーツ施設オンライン予約推進事業', '新規', '－', 'オンライン予約率 50%', 'オンライン予約率 38.5%', 'C', '継続', 'オンライン予約率 60%'],
  [6, '読書通帳普及事業', '新規', '－', '読書通帳発行数 500冊', '未実施', 'D', '見直し', '読書通帳発行数 400冊'],
  [
    7,
    'ジュニアアスリート育成事業',
    '継続',
    '強化指定選手:26人 指導者研修:3回',
    '強化指定選手:30人 指導者研修:4回',
    '強化指定選手:27人 指導者研修:4回',
    'B',
    '継続',
    '強化指定選手:30人 指導者研修:4回',
  ],
  [8, '文化財公開事業', '継続', '公開日数 18日', '公開日数 20日', '公開日数 20日', 'A', '継続', '公開日数 22日'],
  [9, '放課後子ども教室推進事業', '継続', '実施教室数 15教室', '実施教室数 18教室', '実施教室数 16教室', 'A', '拡充', '実施教室数 20教室'],
  [10, 'スポーツ推進委員活動事業', '継続', '地域派遣回数 年21回', '地域派遣回数 年24回', '地域派遣回数 年19回', 'B', '継続', '地域派遣回数 年24回'],
];

const B = '事業実績';
const projectResults: Holdout93Workbook = {
  name: 'h93-b-jisshi-final-year',
  layout:
    'B: 第5次実施計画の最終年度の事業実績、事業区分（新規／継続）、令和6年度実績｜令和7年度（数値目標｜実績値）｜自己評価の右に次期計画での方向性と令和8年度数値目標、文字の値・2つの量・未実施',
  build(wb) {
    const ws = wb.addWorksheet(B);
    widths(ws, [5, 32, 9, 20, 22, 22, 8, 12, 22]);
    merge(ws, 'A1:I1', '令和７年度　第５次実施計画事業 実績報告（教育部 生涯学習・スポーツ課）');
    merge(ws, 'A2:I2', '計画期間：令和5〜7年度（最終年度）　※第6次実施計画（令和8〜10年度）への移行に伴い「次期計画での方向性」「令和8年度数値目標」欄を追加');
    for (const [c, h] of [
      ['A', 'No.'],
      ['B', '事業名'],
      ['C', '事業区分'],
      ['D', '令和6年度実績'],
      ['G', '自己評価'],
      ['H', '次期計画での\n方向性'],
      ['I', '令和8年度数値目標\n（第6次実施計画）'],
    ])
      merge(ws, `${c}4:${c}5`, h);
    merge(ws, 'E4:F4', '令和7年度');
    put(ws, 5, 5, ['数値目標', '実績値']);
    B_ROWS.forEach((row, i) => {
      put(ws, 6 + i, 1, row);
      ws.getRow(6 + i).alignment = WRAP;
    });
    ws.getCell(17, 1).value = '※自己評価　A：目標を達成　B：概ね達成（80％以上）　C：やや遅れ（60％以上）　D：遅れ・未実施';
  },
  expected: {
    file: 'h93-b-jisshi-final-year.xlsx',
    fiscalYear: 2025,
    indicators: [
      ind(B, '総合型地域スポーツクラブ支援事業', '人', 850, 812, { existing: 'B' }),
      ind(B, '市民マラソン大会開催事業', '人', 3000, 3246, { existing: 'A' }),
      ind(B, '生涯学習出前講座事業', '回', 60, 41, { existing: 'B' }),
      ind(B, '公民館講座充実事業', '講座', 120, 118, { existing: 'A' }),
      ind(B, 'スポーツ施設オンライン予約推進事業', '%', 50, 38.5, { existing: 'C' }),
      ind(B, '読書通帳普及事業', '冊', 500, null, { actualStatus: 'not-implemented', existing: 'D' }),
      {
        sheet: B,
        name: 'ジュニアアスリート育成事業',
        measures: [
          { label: '強化指定選手', target: 30, actual: 27, unit: '人' },
          { label: '指導者研修', target: 4, actual: 4, unit: '回' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B, '文化財公開事業', '日', 20, 20, { existing: 'A' }),
      ind(B, '放課後子ども教室推進事業', '教室', 18, 16, { existing: 'A' }),
      ind(B, 'スポーツ推進委員活動事業', '回', 24, 19, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: デジタル田園都市国家構想総合戦略（第3期）KPI, 2025年度 (its first year), periods in 西暦, 目標値／実績値 rows

interface Kpi {
  goal: string;
  name: string;
  unit: string;
  base: number;
  targets: number[];
  actual: number | string;
  note: string;
}

const KPIS: Kpi[] = [
  {
    goal: '基本目標1\n稼ぐ地域とやりがいのある仕事をつくる',
    name: '市内新規就業者数（ハローワーク紹介分）',
    unit: '人',
    base: 398,
    targets: [420, 430, 440, 450, 460],
    actual: 437,
    note: '商工労政課',
  },
  { goal: '', name: '創業支援による創業件数', unit: '件', base: 21, targets: [25, 26, 27, 28, 30], actual: 19, note: '商工労政課' },
  {
    goal: '基本目標2\n人の流れをつくる',
    name: '観光入込客数',
    unit: '万人',
    base: 168.0,
    targets: [175, 180, 185, 190, 200],
    actual: '171.3\n（速報値）',
    note: '観光課　暦年',
  },
  { goal: '', name: 'サテライトオフィス進出企業数（累計）', unit: '社', base: 2, targets: [3, 4, 5, 6, 8], actual: 2, note: '企画政策課' },
  {
    goal: '基本目標3\n結婚・出産・子育ての希望をかなえる',
    name: '子育て支援センター利用者数',
    unit: '人',
    base: 15880,
    targets: [16500, 16800, 17100, 17400, 17700],
    actual: 14860,
    note: 'こども家庭課',
  },
  {
    goal: '基本目標4\n安心して暮らせる魅力的な地域をつくる',
    name: 'オンライン申請可能な手続数',
    unit: '手続',
    base: 96,
    targets: [120, 150, 180, 210, 240],
    actual: 164,
    note: 'DX推進課',
  },
  { goal: '', name: 'マイナンバーカード保有率', unit: '％', base: 78.2, targets: [85.0, 87.0, 89.0, 90.0, 90.0], actual: 84.1, note: '市民課' },
  { goal: '', name: '空き家数（市把握分）', unit: '戸', base: 640, targets: [630, 620, 610, 600, 590], actual: 612, note: '建築住宅課　減少を目指す指標' },
  { goal: '', name: 'デマンド交通利用者数', unit: '人', base: 19200, targets: [20000, 21000, 22000, 23000, 24000], actual: 21050, note: '地域交通課' },
];

const C = 'KPI';
const kpiTable: Holdout93Workbook = {
  name: 'h93-c-denen-kpi-first-year',
  layout:
    'C: 第3期総合戦略（2025〜2029年度）の初年度の KPI 表、基準値（2023年度）を2行に結合、2025年度〜2029年度（目標年度）の西暦の列に目標値／実績値の行、単位の列、「171.3⏎（速報値）」、備考の「減少を目指す指標」',
  build(wb) {
    const ws = wb.addWorksheet(C);
    widths(ws, [22, 34, 7, 8, 11, 10, 10, 10, 10, 12, 24]);
    merge(ws, 'A1:K1', 'みどり野市デジタル田園都市国家構想総合戦略（第３期）　重要業績評価指標（KPI）の進捗状況');
    merge(ws, 'A2:K2', '計画期間：2025年度〜2029年度　／　令和7年度（2025年度）実績に係る効果検証（みどり野市総合戦略推進会議 令和8年8月）');
    put(ws, 4, 1, [
      '基本目標',
      'KPI',
      '単位',
      '区分',
      '基準値\n（2023年度）',
      '2025年度',
      '2026年度',
      '2027年度',
      '2028年度',
      '2029年度\n（目標年度）',
      '備考',
    ]);
    ws.getRow(4).alignment = WRAP;
    let r = 5;
    let goalStart = 5;
    let goal = '';
    KPIS.forEach((k, i) => {
      if (k.goal) [goalStart, goal] = [r, k.goal];
      merge(ws, `B${r}:B${r + 1}`, k.name);
      merge(ws, `C${r}:C${r + 1}`, k.unit);
      put(ws, r, 4, ['目標値']);
      put(ws, r + 1, 4, ['実績値']);
      merge(ws, `E${r}:E${r + 1}`, k.base);
      k.targets.forEach((t, j) => (ws.getCell(r, 6 + j).value = t));
      ws.getCell(r + 1, 6).value = k.actual;
      ws.getCell(r + 1, 6).alignment = WRAP;
      merge(ws, `K${r}:K${r + 1}`, k.note);
      const next = KPIS[i + 1];
      if (!next || next.goal) {
        merge(ws, `A${goalStart}:A${r + 1}`, goal);
        ws.getCell(`A${goalStart}`).alignment = WRAP;
      }
      r += 2;
    });
    ws.getCell(r + 1, 1).value = '※実績値は2025年度（令和7年度）。観光入込客数は暦年（2025年）の速報値。2026年度以降の実績値は翌年度の効果検証で記載する。';
  },
  expected: {
    file: 'h93-c-denen-kpi-first-year.xlsx',
    fiscalYear: 2025,
    indicators: [
      ind(C, '市内新規就業者数（ハローワーク紹介分）', '人', 420, 437),
      ind(C, '創業支援による創業件数', '件', 25, 19),
      ind(C, '観光入込客数', '万人', 175, 171.3, { actualStatus: 'provisional' }),
      ind(C, 'サテライトオフィス進出企業数（累計）', '社', 3, 2),
      ind(C, '子育て支援センター利用者数', '人', 16500, 14860),
      ind(C, 'オンライン申請可能な手続数', '手続', 120, 164),
      ind(C, 'マイナンバーカード保有率', '％', 85.0, 84.1),
      ind(C, '空き家数（市把握分）', '戸', 630, 612, { direction: 'down' }),
      ind(C, 'デマンド交通利用者数', '人', 20000, 21050),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: 後期基本計画の成果指標の最終評価, 現況（計画策定時）with its year, 目標（R7）, 実績 with its year, the new plan to the right

const D = '成果指標';
const D_ROWS: (string | number)[][] = [
  [
    1,
    '1-1 地域コミュニティの活性化',
    '自治会加入率（％）',
    '全世帯に占める自治会加入世帯の割合',
    '72.4\n（令和元年度）',
    75.0,
    '68.9\n（令和7年度）',
    '自治会長報告',
    '継続',
    '同左',
    70.0,
  ],
  [
    2,
    '1-2 市民協働の推進',
    '市民活動団体登録数（団体）',
    '市民活動センターへの登録団体数',
    '128\n（令和元年度末）',
    150,
    '156\n（令和7年度末）',
    '登録台帳',
    '見直し',
    '市と市民活動団体の協働事業数（件）',
    60,
  ],
  [
    3,
    '2-1 工業の振興',
    '製造品出荷額等（億円）',
    '市内事業所の製造品出荷額等',
    '2,315\n（平成30年）',
    '2,500',
    '2,468\n（令和6年）',
    '経済構造実態調査',
    '継続',
    '同左',
    '2,700',
  ],
  [
    4,
    '2-2 農業の振興',
    '新規就農者数（人）※計画期間の累計',
    '計画期間（令和3〜7年度）の新規就農者の累計',
    '12\n（令和元年度単年）',
    40,
    '37\n（令和7年度）',
    '農政課調べ',
    '継続',
    '新規就農者数（累計）（人）',
    50,
  ],
  [
    5,
    '3-1 循環型社会の形成',
    '市民1人1日当たりのごみ排出量（g）',
    '家庭系ごみの排出抑制の状況を示す指標',
    '905\n（令和元年度）',
    850,
    '872\n（令和7年度）',
    '清掃センター実績',
    '継続',
    '同左',
    820,
  ],
  [
    6,
    '3-2 生活排水対策の推進',
    '汚水処理人口普及率（％）',
    '行政人口に占める汚水処理施設を利用できる人口の割合',
    '91.8\n（令和元年度末）',
    95.0,
    '95.3\n（令和7年度末）',
    '下水道課調べ',
    '継続',
    '同左',
    97.0,
  ],
  [
    7,
    '4-1 防犯対策の推進',
    '刑法犯認知件数（件）',
    '市内の刑法犯の認知件数。減少を目指す',
    '612\n（令和元年）',
    500,
    '538\n（令和7年）',
    'みどり野警察署統計',
    '継続',
    '同左',
    450,
  ],
  [
    8,
    '4-2 地域防災力の向上',
    '防災士資格取得者数（人）',
    '市内在住の防災士の数',
    '186\n（令和元年度末）',
    300,
    '347\n（令和7年度末）',
    '危機管理課調べ',
    '見直し',
    '地域防災リーダー数（人）',
    450,
  ],
  [
    9,
    '5-1 学校教育の充実',
    '英語検定3級相当以上の中学3年生の割合（％）',
    '英語の力を身に付けた生徒の割合',
    '42.0\n（令和元年度）',
    50.0,
    '集計中',
    '英語教育実施状況調査（文部科学省）',
    '廃止',
    '－',
    '－',
  ],
];

const planIndicators: Holdout93Workbook = {
  name: 'h93-d-seika-final-and-next',
  layout:
    'D: 後期基本計画の成果指標の最終評価、現況（計画策定時）と実績に年の注記（1件は令和6年の値）、目標（R7）、右に第3次計画での取扱い（継続／見直し／廃止）・指標名（同左）・目標（R12）、指標名の中の単位',
  build(wb) {
    const ws = wb.addWorksheet(D);
    widths(ws, [5, 20, 30, 28, 14, 9, 14, 18, 12, 26, 12]);
    merge(ws, 'A1:K1', '第２次みどり野市総合計画 後期基本計画　成果指標の達成状況（最終評価：令和７年度実績）');
    merge(ws, 'I2:K2', '第3次総合計画 前期基本計画（令和8〜12年度）');
    put(ws, 3, 1, [
      'No.',
      '基本施策',
      '指標',
      '指標の説明',
      '現況（計画策定時）',
      '目標（R7）',
      '実績',
      '現状把握の方法',
      '第3次計画での取扱い',
      '第3次計画の指標名',
      '目標（R12）',
    ]);
    ws.getRow(3).alignment = WRAP;
    D_ROWS.forEach((row, i) => {
      put(ws, 4 + i, 1, row);
      ws.getRow(4 + i).alignment = WRAP;
    });
    ws.getCell(14, 1).value = '※実績は令和7年度の値。統計の公表時期により最新の値を記載しているものは（　）内に年を示す。';
  },
  expected: {
    file: 'h93-d-seika-final-and-next.xlsx',
    fiscalYear: 2025,
    indicators: [
      ind(D, '自治会加入率', '％', 75.0, 68.9),
      ind(D, '市民活動団体登録数', '団体', 150, 156),
      ind(D, '製造品出荷額等', '億円', 2500, 2468),
      ind(D, '新規就農者数', '人', 40, 37),
      ind(D, '市民1人1日当たりのごみ排出量', 'g', 850, 872, { direction: 'down' }),
      ind(D, '汚水処理人口普及率', '％', 95.0, 95.3),
      ind(D, '刑法犯認知件数', '件', 500, 538, { direction: 'down' }),
      ind(D, '防災士資格取得者数', '人', 300, 347),
      ind(D, '英語検定3級相当以上の中学3年生の割合', '％', 50.0, null, { actualStatus: 'pending' }),
    ],
    groups: [],
    // 製造品出荷額等's 実績 is 令和6年's figure (the latest census), read as written.
    guesses: ['other-year'],
  },
};

export const FAMILY_WORKBOOKS: Holdout93Workbook[] = [policyFinal, projectResults, kpiTable, planIndicators];
