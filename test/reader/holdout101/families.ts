/**
 * Hold-out 101, the four families, as a city's 行財政改革 office writes them: a 施策評価シート for two 基本施策 of 行財政運営
 * (stacked indicator blocks, 目指す方向 ↑／↓), a 行財政改革推進事業 事業実績 with text targets and actuals, a 財政健全化計画 KPI
 * table (目標値／実績値 per 年度), and the 行財政改革大綱's 成果指標 table with the year in the 現況 and 実績 cells.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** Writes a value into the top-left cell of a range and merges it. */
function merged(ws: Worksheet, range: string, value: string | number): void {
  ws.getCell(range.split(':')[0]).value = value;
  ws.mergeCells(range);
}

const wrap = { wrapText: true, vertical: 'middle' as const };

// ---------------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, two sheets (6-2, 6-3), one stacked block per indicator, 目指す方向 in the block.

interface Block {
  name: string;
  description: string;
  unit: string;
  arrow: '↑' | '↓';
  /** R2 (基準値) … R7 (目標). */
  actuals: (number | string | null)[];
  expects: (number | string | null)[];
  note?: string;
}

function policySheet(wb: Workbook, sheet: string, head: { hoshin: string; shisaku: string; bu: string; last: string }, blocks: Block[]): void {
  const ws = wb.addWorksheet(sheet);
  ws.columns = [{ width: 12 }, { width: 12 }, ...Array.from({ length: 6 }, () => ({ width: 11 })), { width: 12 }, { width: 10 }, { width: 10 }];
  merged(ws, 'A1:K1', '令和６年度　施策評価シート（令和５年度実績）');
  put(ws, 3, 1, ['基本方針']);
  merged(ws, 'B3:F3', head.hoshin);
  merged(ws, 'G3:H3', '達成状況評価');
  put(ws, 3, 10, [head.last]);
  put(ws, 4, 1, ['基本施策']);
  merged(ws, 'B4:F4', head.shisaku);
  merged(ws, 'G4:H4', '評価基準');
  merged(ws, 'I4:K4', 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  put(ws, 5, 1, ['担当部']);
  merged(ws, 'B5:F5', head.bu);
  merged(ws, 'G5:K5', '目指す方向　↑：数値の増加を目指す　↓：数値の減少を目指す');
  let r = 7;
  blocks.forEach((b, i) => {
    put(ws, r, 1, [`成果指標${'①②③④⑤⑥'[i]}`]);
    merged(ws, `B${r}:D${r}`, b.name);
    put(ws, r, 5, ['指標の説明']);
    merged(ws, `F${r}:H${r}`, b.description);
    put(ws, r, 9, ['目指す方向', b.arrow]);
    put(ws, r + 1, 1, ['単位', '', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
    put(ws, r + 2, 1, [b.unit, '実績値', ...b.actuals]);
    put(ws, r + 3, 1, [b.unit, '期待値\n※R7は目標値', ...b.expects]);
    put(ws, r + 4, 1, ['備考']);
    if (b.note) merged(ws, `B${r + 4}:K${r + 4}`, b.note);
    for (let k = 0; k < 3; k++) ws.getRow(r + 1 + k).getCell(3).alignment = wrap;
    ws.getRow(r + 1).getCell(8).alignment = wrap;
    ws.getRow(r + 3).getCell(2).alignment = wrap;
    r += 6;
  });
}

const GYOZAISEI_62: Block[] = [
  {
    name: '経常収支比率',
    description: '経常的な一般財源に占める経常経費充当一般財源の割合（普通会計決算）',
    unit: '％',
    arrow: '↓',
    actuals: [94.1, 91.8, 93.0, 92.4, null, null],
    expects: ['－', 93.5, 92.0, 91.0, 90.5, 90.0],
  },
  {
    name: '実質公債費比率',
    description: '標準財政規模に対する元利償還金等の割合（３か年平均）',
    unit: '％',
    arrow: '↓',
    actuals: [8.9, 8.6, 8.3, 8.1, null, null],
    expects: ['－', 8.8, 8.6, 8.5, 8.3, 8.0],
  },
  {
    name: '財政調整基金残高',
    description: '年度末の財政調整基金の現在高',
    unit: '億円',
    arrow: '↑',
    actuals: [24.6, 26.1, 28.8, 27.4, null, null],
    expects: ['－', 25.0, 27.5, 30.0, 30.0, 30.0],
    note: '令和５年度は物価高騰対策の財源として２億４千万円を取り崩した。',
  },
  {
    name: '市税徴収率（現年課税分）',
    description: '市税の現年課税分の調定額に対する収入済額の割合',
    unit: '％',
    arrow: '↑',
    actuals: [99.02, 99.1, 99.18, 99.31, null, null],
    expects: ['－', 99.1, 99.15, 99.2, 99.25, 99.3],
  },
];

const GYOZAISEI_63: Block[] = [
  {
    name: '公共施設の延床面積',
    description: '公共施設等総合管理計画の対象施設（建物）の延床面積の合計（年度末）',
    unit: '㎡',
    arrow: '↓',
    actuals: [428310, 424905, 420112, 415830, null, null],
    expects: ['－', 424000, 418000, 412000, 406000, 400000],
  },
  {
    name: '長寿命化改修の実施施設数（累計）',
    description: '個別施設計画に基づき長寿命化改修を実施した施設数の累計',
    unit: '施設',
    arrow: '↑',
    actuals: [2, 4, 7, 10, null, null],
    expects: ['－', 6, 12, 18, 24, 30],
    note: '資材価格の高騰により令和５年度予定の２施設の改修を令和６年度に繰り延べた。',
  },
  {
    name: '公共施設利用者満足度',
    description: '施設利用者アンケートで「満足」「やや満足」と回答した割合',
    unit: '％',
    arrow: '↑',
    actuals: [64.2, 65.0, 67.3, '集計中', null, null],
    expects: ['－', 66.0, 68.0, 70.0, 72.0, 75.0],
    note: '令和５年度アンケートは現在集計中（令和６年７月公表予定）。',
  },
];

const s62: ExpectedIndicator[] = [
  ind('6-2', '経常収支比率', '％', 91.0, 92.4, { direction: 'down' }),
  ind('6-2', '実質公債費比率', '％', 8.5, 8.1, { direction: 'down' }),
  ind('6-2', '財政調整基金残高', '億円', 30.0, 27.4),
  ind('6-2', '市税徴収率（現年課税分）', '％', 99.2, 99.31),
];
const s63: ExpectedIndicator[] = [
  ind('6-3', '公共施設の延床面積', '㎡', 412000, 415830, { direction: 'down' }),
  ind('6-3', '長寿命化改修の実施施設数（累計）', '施設', 18, 10),
  ind('6-3', '公共施設利用者満足度', '％', 70.0, null, { actualStatus: 'pending' }),
];

const shisaku: Holdout2Workbook = {
  name: 'h101-gyozaisei-shisaku',
  layout: 'A: 施策評価シート on two sheets (6-2, 6-3), one stacked block per 成果指標 with 目指す方向 ↑／↓ and its legend, R2（基準値）〜R7（目標値）, 集計中',
  build(wb) {
    policySheet(
      wb,
      '6-2',
      { hoshin: '6.市民とともに進める持続可能な行財政運営', shisaku: '6-2.健全で持続可能な財政運営', bu: '総務部（財政課・税務課）', last: '（B）' },
      GYOZAISEI_62,
    );
    policySheet(
      wb,
      '6-3',
      { hoshin: '6.市民とともに進める持続可能な行財政運営', shisaku: '6-3.公共施設の適正な配置と管理', bu: '総務部（資産経営課）', last: '（C）' },
      GYOZAISEI_63,
    );
  },
  expected: {
    file: 'h101-gyozaisei-shisaku.xlsx',
    fiscalYear: 2023,
    indicators: [...s62, ...s63],
    groups: [
      { sheet: '6-2', cell: 'I3', grade: rollUp(s62.map((i) => i.grade)) },
      { sheet: '6-3', cell: 'I3', grade: rollUp(s63.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 行財政改革推進事業の事業実績, targets and actuals as text, 自己評価, 進捗状況 and 今後の方向性.

const JISSEKI_ROWS: (string | null)[][] = [
  [
    '1',
    '(1)使用料・手数料の見直し\n受益者負担の原則に基づき、施設使用料及び各種手数料の改定を行う。',
    '財政課',
    '効果額 13,800千円',
    '効果額 18,000千円',
    '効果額 15,240千円',
    'B',
    '実施中',
    '継続',
  ],
  [
    '2',
    '(2)市税等のキャッシュレス納付の推進\nコンビニ納付に加えスマートフォン決済アプリによる納付を導入する。',
    '収納課',
    '利用件数 22,415件',
    '利用件数 24,000件',
    '利用件数 31,582件',
    'A',
    '実施中',
    '拡充',
  ],
  [
    '3',
    '(3)定員適正化計画の推進\n事務事業の見直しと連動し、職員数を計画的に適正化する。',
    '人事課',
    '職員数 1,205人',
    '職員数 1,180人以下',
    '職員数 1,192人',
    'B',
    '実施中',
    '継続',
  ],
  ['4', '(4)集会施設の統廃合\n利用率の低い地区集会施設を廃止又は地元へ譲渡する。', '資産経営課', '－', '廃止・譲渡 3施設', '未実施', 'D', '未着手', '改善'],
  [
    '5',
    '(5)補助金の見直し\n補助金評価委員会の意見を踏まえ、効果の薄い補助金を縮小・廃止する。',
    '財政課',
    '見直し 8件',
    '見直し件数 20件',
    '見直し件数 12件',
    'C',
    '実施中',
    '改善',
  ],
  [
    '6',
    '(6)ふるさと納税の推進\n返礼品の拡充とポータルサイトの追加により寄附額の増加を図る。',
    '企画課',
    '寄附額 298,410千円',
    '寄附額 350,000千円',
    '寄附額 412,360千円',
    'A',
    '実施中',
    '拡充',
  ],
  [
    '7',
    '(7)行政手続のオンライン化\n電子申請システムで受け付ける手続を拡大する。',
    'DX推進課',
    '86手続',
    '対象手続数 120手続',
    '対象手続数 134手続',
    'A',
    '実施中',
    '継続',
  ],
  [
    '8',
    '(8)未利用市有地の売却\n利活用の見込みのない市有地を一般競争入札により売却する。',
    '資産経営課',
    '売却件数 2件\n売却額 21,300千円',
    '売却件数 5件\n売却額 60,000千円',
    '売却件数 3件\n売却額 71,500千円',
    'B',
    '実施中',
    '継続',
  ],
  [
    '9',
    '(9)窓口業務の民間委託\n市民課及び保険年金課の窓口業務を民間事業者へ委託する。',
    '市民課',
    '－',
    '委託窓口数 2か所',
    '委託窓口数 2か所',
    'A',
    '完了',
    '終了',
  ],
  [
    '10',
    '(10)事務事業評価による見直し\n全事務事業を評価し、「縮小」「廃止」と判定した事業を予算に反映する。',
    '行政経営課',
    '見直し事業数 27事業',
    '見直し事業数 30事業',
    '集計中',
    '－',
    '実施中',
    '継続',
  ],
];

const jisseki: Holdout2Workbook = {
  name: 'h101-gyokaku-jigyo-jisseki',
  layout:
    'B: 行財政改革推進事業 事業実績, 令和5年度（数値目標｜実績）as text with labels and units, one 以下 target, two measures in one cell, 未実施, 集計中, 進捗状況 and 今後の方向性 columns',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    ws.columns = [{ width: 5 }, { width: 44 }, { width: 12 }, { width: 18 }, { width: 20 }, { width: 20 }, { width: 8 }, { width: 9 }, { width: 9 }];
    merged(ws, 'A1:I1', '第３次行財政改革推進計画　推進事業の実績（令和５年度）');
    put(ws, 2, 8, ['資料２']);
    put(ws, 3, 1, ['No.', '推進事業（取組名・概要）', '所管課', '令和４年度\n実績値', '令和５年度', undefined, '自己評価', '進捗状況', '今後の\n方向性']);
    put(ws, 4, 5, ['数値目標', '実績値']);
    for (const c of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4', 'H3:H4', 'I3:I4']) ws.mergeCells(c);
    JISSEKI_ROWS.forEach((row, i) => {
      put(ws, 5 + i, 1, row);
      ws.getRow(5 + i).alignment = wrap;
    });
    put(ws, 16, 1, ['※自己評価　A：目標を達成　B：目標の８割以上　C：目標の６割以上　D：目標の６割未満又は未実施']);
    put(ws, 17, 1, ['※今後の方向性　拡充／継続／改善／縮小／廃止／終了']);
  },
  expected: {
    file: 'h101-gyokaku-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業実績', '使用料・手数料の見直し', '千円', 18000, 15240, { existing: 'B' }),
      ind('事業実績', '市税等のキャッシュレス納付の推進', '件', 24000, 31582, { existing: 'A' }),
      ind('事業実績', '定員適正化計画の推進', '人', 1180, 1192, { existing: 'B', direction: 'down' }),
      ind('事業実績', '集会施設の統廃合', '施設', 3, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind('事業実績', '補助金の見直し', '件', 20, 12, { existing: 'C' }),
      ind('事業実績', 'ふるさと納税の推進', '千円', 350000, 412360, { existing: 'A' }),
      ind('事業実績', '行政手続のオンライン化', '手続', 120, 134, { existing: 'A' }),
      {
        sheet: '事業実績',
        name: '未利用市有地の売却',
        measures: [
          { label: '売却件数', target: 5, actual: 3, unit: '件' },
          { label: '売却額', target: 60000, actual: 71500, unit: '千円' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind('事業実績', '窓口業務の民間委託', 'か所', 2, 2, { existing: 'A' }),
      ind('事業実績', '事務事業評価による見直し', '事業', 30, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: 財政健全化計画 KPI, 目標値／実績値 rows per KPI, 年度 columns, the unit in the KPI cell, 指標の方向 column.

interface Kpi {
  name: string;
  unit: string;
  dir: '低いほど良い' | '高いほど良い';
  targets: (number | string)[];
  actuals: (number | string | null)[];
}

const KPIS: Kpi[] = [
  { name: '経常収支比率', unit: '％', dir: '低いほど良い', targets: [93.0, 92.5, 92.0, 91.5, 91.0], actuals: [91.8, 93.0, 93.8, null, null] },
  { name: '実質公債費比率', unit: '％', dir: '低いほど良い', targets: [9.5, 9.3, 9.0, 8.8, 8.5], actuals: [8.6, 8.3, 7.6, null, null] },
  { name: '将来負担比率', unit: '％', dir: '低いほど良い', targets: [75.0, 72.5, 70.0, 67.5, 65.0], actuals: [73.9, 72.0, 71.2, null, null] },
  { name: '財政調整基金残高', unit: '百万円', dir: '高いほど良い', targets: [2500, 2650, 2800, 2900, 3000], actuals: [2610, 2880, 3105, null, null] },
  {
    name: '市債残高（一般会計）',
    unit: '百万円',
    dir: '低いほど良い',
    targets: [44000, 43000, 42000, 41000, 40000],
    actuals: [44820, 43990, 43150, null, null],
  },
  { name: '市税徴収率（滞納繰越分）', unit: '％', dir: '高いほど良い', targets: [24.0, 26.0, 28.0, 29.0, 30.0], actuals: [22.7, 23.5, 24.1, null, null] },
  { name: '行財政改革効果額（累計）', unit: '百万円', dir: '高いほど良い', targets: [400, 800, 1200, 1600, 2000], actuals: [362, 731, 1046, null, null] },
  { name: '職員数（４月１日現在）', unit: '人', dir: '低いほど良い', targets: ['－', 1165, 1150, 1140, 1130], actuals: [1218, 1205, 1150, null, null] },
];

const kpi: Holdout2Workbook = {
  name: 'h101-zaisei-kenzenka-kpi',
  layout: 'C: 財政健全化計画 KPI × 令和３〜７年度, 目標値／実績値 rows with the KPI merged over both, unit in the KPI cell, 指標の方向 低い／高いほど良い',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    ws.columns = [{ width: 30 }, { width: 14 }, { width: 8 }, ...Array.from({ length: 5 }, () => ({ width: 12 })), { width: 26 }];
    merged(ws, 'A1:I1', '財政健全化計画（令和３年度〜令和７年度）　ＫＰＩ進捗状況');
    merged(ws, 'A2:I2', '令和５年度決算に基づく進捗状況（令和６年９月　財政課）');
    put(ws, 4, 1, ['ＫＰＩ', '指標の方向', '区分', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '令和７年度\n（最終年度）', '備考']);
    KPIS.forEach((k, i) => {
      const r = 5 + i * 2;
      merged(ws, `A${r}:A${r + 1}`, `${k.name}（${k.unit}）`);
      merged(ws, `B${r}:B${r + 1}`, k.dir);
      put(ws, r, 3, ['目標値', ...k.targets]);
      put(ws, r + 1, 3, ['実績値', ...k.actuals]);
    });
    put(ws, 19, 9, ['令和３年度は計画策定時の定数による']);
    put(ws, 22, 1, ['※実績値は各年度の普通会計決算（職員数は翌年度４月１日現在）による。']);
  },
  expected: {
    file: 'h101-zaisei-kenzenka-kpi.xlsx',
    fiscalYear: 2023,
    indicators: KPIS.map((k) =>
      ind('KPI', k.name, k.unit, k.targets[2] as number, k.actuals[2] as number, { direction: k.dir === '低いほど良い' ? 'down' : 'up' }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: 行財政改革大綱の成果指標, 現況 and 実績 with their years in the cell, one final 目標, 目標の方向 column.

const TAIKO_ROWS: (string | number)[][] = [
  ['経常収支比率（%）', '財政構造の弾力性を示す指標', '94.1\n（令和2年度）', '減少', 90.0, '92.4\n（令和5年度）', '決算統計'],
  ['市税収納率（現年課税分）（%）', '市税の現年課税分の収納状況', '99.02\n（令和2年度）', '増加', 99.3, '99.35\n（令和5年度）', '決算'],
  ['公共施設の延床面積（㎡）', '総合管理計画対象施設の延床面積の合計', '428,310\n（令和2年度末）', '減少', 398000, '417,905\n（令和5年度末）', '固定資産台帳'],
  [
    '電子申請対応手続の割合（%）',
    '申請・届出手続のうちオンラインで完結できる手続の割合',
    '12.5\n（令和2年度）',
    '増加',
    80.0,
    '46.3\n（令和5年度）',
    'DX推進課調べ',
  ],
  ['財政調整基金残高（億円）', '年度末の財政調整基金現在高', '24.6\n（令和2年度末）', '増加', 25.0, '27.4\n（令和5年度末）', '決算'],
  ['指定管理者制度導入施設数（施設）', '指定管理者が管理運営する公の施設の数', '41\n（令和2年度末）', '増加', 48, '45\n（令和5年度末）', '行政経営課調べ'],
  [
    '行政サービスに対する市民満足度（%）',
    '市民意識調査で「満足」「やや満足」と回答した市民の割合',
    '52.1\n（令和元年度）',
    '増加',
    60.0,
    '－',
    '市民意識調査（隔年実施、次回令和6年度）',
  ],
  ['実質公債費比率（%）', '標準財政規模に対する公債費等の割合（3か年平均）', '8.9\n（令和2年度）', '減少', 8.0, '7.9\n（令和5年度）', '健全化判断比率'],
];

const taiko: Holdout2Workbook = {
  name: 'h101-gyokaku-taiko-shihyo',
  layout: 'D: 第３次行財政改革大綱 成果指標, 現況（策定時）and 実績 with the year in the cell, 目標（R8）, 目標の方向 減少／増加, a survey 「－」 this year',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    ws.columns = [{ width: 5 }, { width: 30 }, { width: 34 }, { width: 16 }, { width: 10 }, { width: 12 }, { width: 16 }, { width: 26 }];
    merged(ws, 'A1:H1', '第３次行財政改革大綱　成果指標の点検評価（令和５年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '現況\n（計画策定時）', '目標の\n方向', '目標\n（R8）', '実績', '現状把握の方法']);
    TAIKO_ROWS.forEach((row, i) => {
      put(ws, 4 + i, 1, [i + 1, ...row]);
      ws.getRow(4 + i).alignment = wrap;
    });
  },
  expected: {
    file: 'h101-gyokaku-taiko-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('成果指標', '経常収支比率', '%', 90.0, 92.4, { direction: 'down' }),
      ind('成果指標', '市税収納率（現年課税分）', '%', 99.3, 99.35),
      ind('成果指標', '公共施設の延床面積', '㎡', 398000, 417905, { direction: 'down' }),
      ind('成果指標', '電子申請対応手続の割合', '%', 80.0, 46.3),
      ind('成果指標', '財政調整基金残高', '億円', 25.0, 27.4),
      ind('成果指標', '指定管理者制度導入施設数', '施設', 48, 45),
      ind('成果指標', '行政サービスに対する市民満足度', '%', 60.0, null, { actualStatus: 'not-applicable' }),
      ind('成果指標', '実質公債費比率', '%', 8.0, 7.9, { direction: 'down' }),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [shisaku, jisseki, kpi, taiko];
