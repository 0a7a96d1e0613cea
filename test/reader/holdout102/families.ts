/**
 * Hold-out set 102, the four families as a city office trims them for citizens and the council (市民公表・議会報告用): a
 * 施策評価シート on one printed page with the heading as merged "shape" cells, 全角 figures, progress arrows with a legend and
 * footnotes ※1; the council's 「主要な施策の成果」 table with 予算現額・決算額・執行率 beside the 成果指標 text; a 総合戦略 KPI table
 * with ★ progress marks whose legend names the A–D scale; a 総合計画 成果指標一覧 for a standing committee with arrows against the
 * baseline.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** ASCII digits, comma, period, percent and minus as the full-width characters a public document uses. */
/** A row with its empty strings as empty cells. */
export function cells(row: (string | number | undefined)[]): (string | number | undefined)[] {
  return row.map((v) => (v === '' ? undefined : v));
}

export function fw(s: string | number): string {
  return String(s).replace(/[0-9,.%-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Merges a range and writes its top-left cell. */
export function box(ws: Worksheet, range: string, value: string | number, bold = false): void {
  ws.mergeCells(range);
  const cell = ws.getCell(range.split(':')[0]);
  cell.value = value;
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  if (bold) cell.font = { bold: true };
}

/** A one-page portrait print layout, as a public sheet is set up. */
export function onePage(ws: Worksheet, printArea: string): void {
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1, printArea };
}

/** A heading drawn as a filled, bordered merged block ("図形風"). */
export function shape(ws: Worksheet, range: string, value: string): void {
  box(ws, range, value, true);
  const cell = ws.getCell(range.split(':')[0]);
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  cell.border = { top: { style: 'medium' }, left: { style: 'medium' }, bottom: { style: 'medium' }, right: { style: 'medium' } };
  cell.font = { bold: true, size: 14 };
}

// ---------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート（公表用）, one 施策 per printed page, five indicator blocks stacked.

interface Block {
  name: string;
  unit: string;
  dir: '↑（増加）' | '↓（減少）';
  /** R2…R6 actuals (R2 is the baseline); strings as written. */
  actuals: (number | string)[];
  /** R3…R7 期待値 (R7 is the 目標値). */
  expected: (number | string)[];
  arrow: string;
  description: string;
}

const SHISAKU_SHEET = '施策2-3';
const SHISAKU_BLOCKS: Block[] = [
  {
    name: '保育所等待機児童数',
    unit: '人',
    dir: '↓（減少）',
    actuals: [12, 9, 6, 4, 3],
    expected: [9, 6, 3, 0, 0],
    arrow: '↗',
    description: '各年度４月１日現在の国基準による待機児童数',
  },
  {
    name: '子育て支援センター利用者数',
    unit: '人',
    dir: '↑（増加）',
    actuals: [fw('11,820'), fw('13,406'), fw('15,937'), fw('16,880'), fw('17,246')],
    expected: [fw('14,000'), fw('15,000'), fw('16,500'), fw('18,000'), fw('19,000')],
    arrow: '↗',
    description: '市内４か所の子育て支援センターの年間延べ利用者数',
  },
  {
    name: '乳幼児健康診査受診率',
    unit: '％',
    dir: '↑（増加）',
    actuals: [95.2, 96.0, 96.8, 97.5, 97.1],
    expected: [96.0, 96.5, 97.0, 98.0, 98.5],
    arrow: '↘',
    description: '４か月児・１歳６か月児・３歳児健康診査の受診率（平均）',
  },
  {
    name: 'ファミリー・サポート・センター会員数',
    unit: '人',
    dir: '↑（増加）',
    actuals: [702, 731, 768, 805, 851],
    expected: [720, 750, 790, 820, 850],
    arrow: '↗',
    description: '依頼会員・提供会員・両方会員の合計（年度末現在）',
  },
  {
    name: '「子育てしやすいまち」と感じる市民の割合',
    unit: '％',
    dir: '↑（増加）',
    actuals: [48.3, 50.1, 51.7, 53.9, '集計中※1'],
    expected: [50.0, 52.0, 54.0, 55.0, 56.0],
    arrow: '－',
    description: '市民意識調査で「そう思う」「ややそう思う」と回答した人の割合',
  },
];

const shisakuIndicators: ExpectedIndicator[] = [
  ind(SHISAKU_SHEET, '保育所等待機児童数', '人', 0, 3, { direction: 'down' }),
  ind(SHISAKU_SHEET, '子育て支援センター利用者数', '人', 18000, 17246),
  ind(SHISAKU_SHEET, '乳幼児健康診査受診率', '％', 98.0, 97.1),
  ind(SHISAKU_SHEET, 'ファミリー・サポート・センター会員数', '人', 820, 851),
  ind(SHISAKU_SHEET, '「子育てしやすいまち」と感じる市民の割合', '％', 55.0, null, { actualStatus: 'pending' }),
];

const shisaku: Holdout2Workbook = {
  name: 'h102-shisaku-kohyo',
  layout:
    'A: 施策評価シート（公表用）1施策1ページ, 図形風の結合見出し, five stacked blocks R2（基準値）〜R7（目標値） with 実績値／期待値 rows, 全角 text figures, 目指す方向 ↑／↓, 進捗 arrows (trend, with legend), 「集計中※1」 and 欄外 footnotes, empty 達成状況 beside 「（B）」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SHISAKU_SHEET);
    ws.columns = [{ width: 10 }, { width: 14 }, { width: 11 }, { width: 11 }, { width: 11 }, { width: 11 }, { width: 11 }, { width: 11 }, { width: 10 }];
    box(ws, 'A1:I1', '令和６年度　施策評価シート（公表用）', true);
    box(ws, 'A2:I2', '評価対象期間：令和６年度（令和６年４月１日～令和７年３月３１日）');
    box(ws, 'A3:B3', '基本目標');
    shape(ws, 'C3:I3', '２　子どもを産み育てやすいまちをつくる');
    box(ws, 'A4:B4', '施策');
    shape(ws, 'C4:F4', '２－３　子育て支援の充実');
    put(ws, 4, 7, ['達成状況', undefined, '（B）']);
    box(ws, 'A5:B5', '担当課');
    box(ws, 'C5:F5', 'こども家庭課');
    box(ws, 'G5:I5', '※（　）内は前年度の評価');
    box(ws, 'A6:I6', '■ 成果指標の状況　　【ひと目でわかる進捗】↗ 前年度より改善　→ 横ばい　↘ 前年度より悪化');
    let r = 8;
    SHISAKU_BLOCKS.forEach((b, i) => {
      box(ws, `A${r}:A${r + 4}`, `成果指標\n${'①②③④⑤'[i]}`, true);
      put(ws, r, 2, ['指標名']);
      box(ws, `C${r}:F${r}`, b.name, true);
      put(ws, r, 7, ['単位', b.unit, `目指す方向\n${b.dir}`]);
      put(ws, r + 1, 2, ['区分', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）', '進捗']);
      put(ws, r + 2, 2, ['実績値', ...b.actuals, undefined, b.arrow]);
      put(ws, r + 3, 2, ['期待値\n※R7は目標値', undefined, ...b.expected]);
      put(ws, r + 4, 2, ['指標の説明']);
      box(ws, `C${r + 4}:I${r + 4}`, b.description);
      r += 6;
    });
    box(ws, `A${r}:I${r}`, '■ 総合評価');
    box(
      ws,
      `A${r + 1}:I${r + 2}`,
      '待機児童数は前年度から１人減少したものの解消には至っていない。子育て支援センターの利用者は約１万７千人と増加傾向にあり、引き続き周知に努める。',
    );
    put(ws, r + 4, 1, ['※1　市民意識調査の結果は令和７年８月に公表予定のため、令和６年度の実績値は集計中です。']);
    put(ws, r + 5, 1, ['※　期待値は各年度の目標として設定した値、R7の値は計画最終年度の目標値です。']);
    put(ws, r + 6, 1, ['※　進捗の矢印は前年度の実績値との比較です（待機児童数は減少を「改善」としています）。']);
    onePage(ws, `A1:I${r + 6}`);
  },
  expected: {
    file: 'h102-shisaku-kohyo.xlsx',
    fiscalYear: 2024,
    indicators: shisakuIndicators,
    groups: [{ sheet: SHISAKU_SHEET, cell: 'H4', grade: rollUp(shisakuIndicators.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// B: 主要な施策の成果（決算審査資料）, one row per 事業, 予算現額・決算額・執行率 beside the 成果指標 text.

const SEIKA_SHEET = '主要な施策の成果';

interface Jigyo {
  name: string;
  ka: string;
  budget: number;
  spent: number;
  target: string;
  actual: string;
  self: string;
  note: string;
}

const JIGYO: Jigyo[] = [
  {
    name: '放課後児童クラブ運営事業',
    ka: 'こども育成課',
    budget: 185400,
    spent: 181236,
    target: '受入児童数　１，２００人',
    actual: '受入児童数　１，１６８人',
    self: 'B',
    note: '待機児童ゼロを維持。指導員の確保が課題。',
  },
  {
    name: '子ども医療費助成事業',
    ka: 'こども家庭課',
    budget: 412000,
    spent: 398551,
    target: '助成件数　９５，０００件',
    actual: '助成件数　約１０万件',
    self: 'A',
    note: '令和６年度から対象を高校生年代まで拡大。',
  },
  {
    name: '地域子育て支援拠点事業',
    ka: 'こども家庭課',
    budget: 52300,
    spent: 50874,
    target: '延べ利用者数　18,000人',
    actual: '延べ利用者数　15,320人',
    self: 'A',
    note: '土曜開館を試行し、父親の利用が増加した。',
  },
  {
    name: '病児保育事業',
    ka: 'こども育成課',
    budget: 24800,
    spent: 24800,
    target: '開設日数　240日',
    actual: '開設日数　243日',
    self: 'A',
    note: '委託医療機関１か所で実施。',
  },
  {
    name: '産後ケア事業',
    ka: '健康づくり課',
    budget: 6000,
    spent: 0,
    target: '利用者数　60人',
    actual: '未実施',
    self: 'D',
    note: '委託先との調整がつかず、令和７年度に開始予定。',
  },
  {
    name: '子育て応援アプリ運用事業',
    ka: 'こども家庭課',
    budget: 3960,
    spent: 3828,
    target: '登録者数　3,000人',
    actual: '登録者数　2,050人',
    self: 'B',
    note: '乳幼児健診の案内で登録を勧奨した。',
  },
  {
    name: '児童虐待防止啓発事業',
    ka: 'こども家庭課',
    budget: 1250,
    spent: 1107,
    target: '講座開催　年12回',
    actual: '年9回（参加者 延べ412人）',
    self: 'C',
    note: '講師の都合により３回中止。',
  },
  {
    name: '妊婦・乳児健康診査事業',
    ka: '健康づくり課',
    budget: 98700,
    spent: 95112,
    target: '妊婦健診受診率　95％\n乳児健診受診率　97％',
    actual: '妊婦健診受診率　96.2％\n乳児健診受診率　94.0％',
    self: 'B',
    note: '乳児健診の未受診者には訪問で受診を勧奨。',
  },
];

const seikaIndicators: ExpectedIndicator[] = [
  ind(SEIKA_SHEET, '放課後児童クラブ運営事業', '人', 1200, 1168, { existing: 'B' }),
  { ...ind(SEIKA_SHEET, '子ども医療費助成事業', '件', 95000, 100000, { existing: 'A' }), actualStatus: 'approximate' },
  ind(SEIKA_SHEET, '地域子育て支援拠点事業', '人', 18000, 15320, { existing: 'A' }),
  ind(SEIKA_SHEET, '病児保育事業', '日', 240, 243, { existing: 'A' }),
  ind(SEIKA_SHEET, '産後ケア事業', '人', 60, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind(SEIKA_SHEET, '子育て応援アプリ運用事業', '人', 3000, 2050, { existing: 'B' }),
  ind(SEIKA_SHEET, '児童虐待防止啓発事業', '回', 12, 9, { existing: 'C' }),
  {
    sheet: SEIKA_SHEET,
    name: '妊婦・乳児健康診査事業',
    measures: [
      { label: '妊婦健診受診率', target: 95, actual: 96.2, unit: '％' },
      { label: '乳児健診受診率', target: 97, actual: 94.0, unit: '％' },
    ],
    existing: 'B',
    grade: gradeOf(97, 94.0),
  },
];

const seika: Holdout2Workbook = {
  name: 'h102-shuyo-seika',
  layout:
    'B: 決算審査資料「主要な施策の成果」 one row per 事業, 予算現額・決算額（千円）・執行率 before 成果指標 目標｜実績 as text (全角, 「約１０万件」, 「年9回（参加者 延べ412人）」, two measures in a cell, 未実施), 自己評価 A–D with legend',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SEIKA_SHEET);
    ws.columns = [
      { width: 5 },
      { width: 24 },
      { width: 12 },
      { width: 11 },
      { width: 11 },
      { width: 8 },
      { width: 22 },
      { width: 24 },
      { width: 8 },
      { width: 36 },
    ];
    box(ws, 'A1:J1', '令和６年度　主要な施策の成果', true);
    box(ws, 'A2:J2', '（決算審査資料）　こども未来部');
    put(ws, 3, 10, ['（単位：千円）']);
    box(ws, 'A4:A5', 'No.');
    box(ws, 'B4:B5', '事業名');
    box(ws, 'C4:C5', '担当課');
    box(ws, 'D4:D5', '予算現額');
    box(ws, 'E4:E5', '決算額');
    box(ws, 'F4:F5', '執行率');
    box(ws, 'G4:H4', '成果指標');
    put(ws, 5, 7, ['目標（令和６年度）', '実績（令和６年度）']);
    box(ws, 'I4:I5', '自己評価');
    box(ws, 'J4:J5', '成果と今後の方向性');
    JIGYO.forEach((j, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, j.name, j.ka, j.budget, j.spent]);
      ws.getCell(r, 6).value = { formula: `IF(D${r}=0,"",E${r}/D${r})`, result: j.spent / j.budget };
      ws.getCell(r, 6).numFmt = '0.0%';
      ws.getCell(r, 4).numFmt = '#,##0';
      ws.getCell(r, 5).numFmt = '#,##0';
      put(ws, r, 7, [j.target, j.actual, j.self, j.note]);
    });
    const end = 6 + JIGYO.length;
    put(ws, end, 2, ['合計']);
    ws.getCell(end, 4).value = { formula: `SUM(D6:D${end - 1})`, result: JIGYO.reduce((a, j) => a + j.budget, 0) };
    ws.getCell(end, 5).value = { formula: `SUM(E6:E${end - 1})`, result: JIGYO.reduce((a, j) => a + j.spent, 0) };
    put(ws, end + 2, 1, ['※　執行率＝決算額÷予算現額']);
    put(ws, end + 3, 1, [
      '※　自己評価　A：目標を達成（100％以上）　B：概ね達成（80％以上100％未満）　C：一部達成（60％以上80％未満）　D：未達成（60％未満・未実施）',
    ]);
    onePage(ws, `A1:J${end + 3}`);
  },
  expected: { file: 'h102-shuyo-seika.xlsx', fiscalYear: 2024, indicators: seikaIndicators, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// C: 総合戦略 KPI の進捗状況（公表用）, 目標値／実績値 rows per KPI, 令和３年度〜令和６年度, ★ marks with a legend.

const KPI_SHEET = 'KPI進捗';

interface Kpi {
  goal: string;
  name: string;
  unit: string;
  targets: (number | string)[];
  actuals: (number | string)[];
  stars: string;
}

const KPIS: Kpi[] = [
  { goal: '１　しごとをつくる', name: '新規就農者数（累計）', unit: '人', targets: [10, 20, 30, 40], actuals: [9, 21, 33, 42], stars: '★★★★' },
  { goal: '１　しごとをつくる', name: '空き家バンク成約件数', unit: '件', targets: [15, 18, 22, 25], actuals: [11, 16, 13, 14], stars: '★' },
  { goal: '１　しごとをつくる', name: '市内企業の新規雇用者数', unit: '人', targets: [150, 160, 170, 180], actuals: [146, 158, 171, '集計中'], stars: '－' },
  {
    goal: '２　ひとの流れをつくる',
    name: '転入者数',
    unit: '人',
    targets: [fw('2,900'), fw('3,000'), fw('3,100'), fw('3,200')],
    actuals: [fw('2,812'), fw('2,950'), fw('3,121'), fw('3,054')],
    stars: '★★★',
  },
  { goal: '２　ひとの流れをつくる', name: '転出超過数※1', unit: '人', targets: [220, 200, 180, 150], actuals: [265, 241, 230, 212], stars: '★★' },
  { goal: '２　ひとの流れをつくる', name: '観光入込客数', unit: '万人', targets: [120, 130, 140, 150], actuals: [98.4, 112.7, 126.0, 131.6], stars: '★★★' },
  {
    goal: '３　結婚・出産・子育ての希望をかなえる',
    name: '合計特殊出生率',
    unit: '－',
    targets: [1.45, 1.47, 1.48, 1.5],
    actuals: [1.41, 1.39, 1.36, 1.38],
    stars: '★★★',
  },
];

const kpiIndicators: ExpectedIndicator[] = [
  ind(KPI_SHEET, '新規就農者数（累計）', '人', 40, 42, { existing: 'A' }),
  ind(KPI_SHEET, '空き家バンク成約件数', '件', 25, 14, { existing: 'D' }),
  ind(KPI_SHEET, '市内企業の新規雇用者数', '人', 180, null, { actualStatus: 'pending' }),
  ind(KPI_SHEET, '転入者数', '人', 3200, 3054, { existing: 'B' }),
  ind(KPI_SHEET, '転出超過数', '人', 150, 212, { direction: 'down', existing: 'C' }),
  ind(KPI_SHEET, '観光入込客数', '万人', 150, 131.6, { existing: 'B' }),
  ind(KPI_SHEET, '合計特殊出生率', null, 1.5, 1.38, { existing: 'B' }),
];

const kpi: Holdout2Workbook = {
  name: 'h102-kpi-kohyo',
  layout:
    'C: 総合戦略 KPI 進捗（公表用） 目標値／実績値 row pairs × 令和３〜６年度, 基本目標 merged down, 全角 figures, ★★★★〜★ 進捗状況 merged over each pair with a legend naming A–D, 転出超過数※1 (減少 in the footnote), 集計中, 単位「－」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(KPI_SHEET);
    ws.columns = [{ width: 18 }, { width: 26 }, { width: 7 }, { width: 8 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 12 }];
    box(ws, 'A1:I1', '第２期　総合戦略　重要業績評価指標（KPI）の進捗状況', true);
    box(ws, 'A2:I2', '（令和６年度末現在）');
    put(ws, 4, 1, ['基本目標', '重要業績評価指標（KPI）', '単位', '区分', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '進捗状況']);
    let r = 5;
    let goalStart = r;
    KPIS.forEach((k, i) => {
      put(ws, r, 2, [k.name, k.unit, '目標値', ...k.targets]);
      put(ws, r + 1, 4, ['実績値', ...k.actuals]);
      ws.mergeCells(`B${r}:B${r + 1}`);
      ws.mergeCells(`C${r}:C${r + 1}`);
      box(ws, `I${r}:I${r + 1}`, k.stars);
      const next = KPIS[i + 1];
      if (!next || next.goal !== k.goal) {
        box(ws, `A${goalStart}:A${r + 1}`, k.goal);
        goalStart = r + 2;
      }
      r += 2;
    });
    put(ws, r + 1, 1, [
      '【進捗状況の見方】　★★★★：Ａ 目標を達成（達成率100％以上）　★★★：Ｂ 概ね順調（80％以上100％未満）　★★：Ｃ やや遅れ（60％以上80％未満）　★：Ｄ 遅れ（60％未満）　－：実績未確定',
    ]);
    put(ws, r + 2, 1, ['※　達成率＝令和６年度実績値÷令和６年度目標値（転出超過数は目標値÷実績値）']);
    put(ws, r + 3, 1, ['※1　転出超過数は、転出者数から転入者数を差し引いた数で、減少を目指す指標です。']);
    onePage(ws, `A1:I${r + 3}`);
  },
  expected: { file: 'h102-kpi-kohyo.xlsx', fiscalYear: 2024, indicators: kpiIndicators, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// D: 総合計画 成果指標の状況（委員会報告）, 基準値 and 実績値 with their years in the cell, one final 目標値.

const PLAN_SHEET = '成果指標一覧';

const planRows: (string | number)[][] = [
  ['市民協働', '市民協働事業の件数', '件', '42\n（令和２年度）', 60, '55\n（令和６年度）', '↗', ''],
  ['防災', '地域防災訓練の参加者数', '人', '8,120\n（令和２年度）', fw('12,000'), `${fw('10,450')}\n（令和６年度）`, '↗', ''],
  ['交通安全', '交通事故発生件数', '件', '312\n（令和元年）', 250, '241\n（令和６年）', '↗', '減少を目指す指標（暦年の件数）'],
  ['生涯学習', '図書館の年間貸出冊数', '万冊', '48.2\n（令和２年度）', 52.0, '44.9\n（令和６年度）', '↘', ''],
  ['公共施設', '公共施設のバリアフリー化率', '％', '61.5\n（令和２年度）', 80.0, '72.3\n（令和６年度）', '↗', ''],
  ['広報・広聴', '市の情報発信に満足している市民の割合', '％', '34.8\n（令和２年度）', 40.0, '－※', '－', '※市民意識調査は隔年実施（次回は令和７年度）'],
  ['環境', 'ごみのリサイクル率', '％', '18.2\n（令和２年度）', 25.0, '17.4\n（令和６年度）', '↘', ''],
];

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const planIndicators: ExpectedIndicator[] = [
  final(ind(PLAN_SHEET, '市民協働事業の件数', '件', 60, 55)),
  final(ind(PLAN_SHEET, '地域防災訓練の参加者数', '人', 12000, 10450)),
  final(ind(PLAN_SHEET, '交通事故発生件数', '件', 250, 241, { direction: 'down' })),
  final(ind(PLAN_SHEET, '図書館の年間貸出冊数', '万冊', 52.0, 44.9)),
  final(ind(PLAN_SHEET, '公共施設のバリアフリー化率', '％', 80.0, 72.3)),
  final(ind(PLAN_SHEET, '市の情報発信に満足している市民の割合', '％', 40.0, null, { actualStatus: 'not-applicable' })),
  final(ind(PLAN_SHEET, 'ごみのリサイクル率', '％', 25.0, 17.4)),
];

const plan: Holdout2Workbook = {
  name: 'h102-keikaku-shihyo',
  layout:
    'D: 第６次総合計画 成果指標の状況（常任委員会報告） 基準値「42⏎（令和２年度）」, 目標値（令和８年度）, 実績値「55⏎（令和６年度）」 (one 暦年), 全角, 進み具合 arrows against the baseline, 「－※」 for a biennial survey, 減少 in 備考',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(PLAN_SHEET);
    ws.columns = [{ width: 12 }, { width: 34 }, { width: 6 }, { width: 14 }, { width: 12 }, { width: 14 }, { width: 8 }, { width: 34 }];
    box(ws, 'A1:H1', '第６次総合計画　成果指標の状況（令和６年度実績）', true);
    box(ws, 'A2:H2', '総務常任委員会　報告資料　　企画政策課');
    put(ws, 4, 1, ['施策', '成果指標', '単位', '基準値\n（計画策定時）', '目標値\n（令和８年度）', '実績値', '進み具合', '備考']);
    planRows.forEach((row, i) => put(ws, 5 + i, 1, cells(row)));
    const end = 5 + planRows.length;
    put(ws, end + 1, 1, ['【進み具合】↗ 基準値より改善　→ 横ばい　↘ 基準値より後退（交通事故発生件数は減少を「改善」としています）']);
    put(ws, end + 2, 1, ['※　実績値の（　）は数値の時点です。交通事故発生件数は暦年の件数です。']);
    onePage(ws, `A1:H${end + 2}`);
  },
  expected: { file: 'h102-keikaku-shihyo.xlsx', fiscalYear: 2024, indicators: planIndicators, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [shisaku, seika, kpi, plan];
