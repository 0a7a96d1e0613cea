/** Hold-out 165, the four families as 子どもの貧困対策・ひとり親家庭支援 offices write them. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

/** A: a 施策評価シート (令和４年度) with five stacked indicator blocks R2（現状値）…R7, 期待値／実績値 rows, one 集計中. */
const A_BLOCKS: { name: string; desc: string; unit: string; expect: number[]; actual: (number | string)[]; note: string }[] = [
  {
    name: '学習支援事業の参加者数',
    desc: '生活困窮世帯・ひとり親家庭の小中学生を対象とした学習支援教室の年間登録者数',
    unit: '人',
    expect: [100, 120, 130, 140, 150],
    actual: [86, 95, 112],
    note: '市内６か所で実施',
  },
  {
    name: 'ひとり親家庭の親の就業率',
    desc: '児童扶養手当受給者のうち就業している者の割合',
    unit: '％',
    expect: [86.0, 88.0, 89.0, 90.0, 91.0],
    actual: [84.5, 85.2, 86.1],
    note: '児童扶養手当現況届（８月）による',
  },
  {
    name: '生活保護世帯の子どもの高等学校等進学率',
    desc: '生活保護世帯の中学３年生のうち高等学校等に進学した者の割合',
    unit: '％',
    expect: [95.0, 96.0, 97.0, 98.0, 99.0],
    actual: [93.8, 94.1, 97.3],
    note: '',
  },
  {
    name: '子ども食堂の設置数',
    desc: '市内で活動する子ども食堂（地域食堂を含む）の数',
    unit: 'か所',
    expect: [12, 15, 18, 21, 24],
    actual: [9, 13, 16],
    note: '各年度末現在',
  },
  {
    name: '養育費の取決めをしている割合',
    desc: 'ひとり親家庭実態調査で養育費の取決めをしていると回答した割合',
    unit: '％',
    expect: [48.0, 50.0, 52.0, 54.0, 56.0],
    actual: [45.1, 46.9, '集計中'],
    note: '令和４年度調査は集計中（令和５年７月公表予定）',
  },
];

const A_GRADES = [
  ind('3-2', A_BLOCKS[0].name, '人', 120, 112),
  ind('3-2', A_BLOCKS[1].name, '％', 88.0, 86.1),
  ind('3-2', A_BLOCKS[2].name, '％', 96.0, 97.3),
  ind('3-2', A_BLOCKS[3].name, 'か所', 15, 16),
];

const policySheet: Holdout2Workbook = {
  name: 'r4-kodomo-hinkon-shisaku-sheet',
  layout: '施策評価シート 令和４年度: stacked blocks R2（現状値）…R7 with 期待値（R7は目標値）／実績値 rows, a 集計中, empty 達成状況 beside 「（B）」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('3-2');
    widths(ws, [18, 8, 11, 11, 11, 11, 11, 11, 4]);
    merge(ws, 1, 1, 1, 8, '令和４年度　施策評価シート（評価対象期間：令和４年度）');
    put(ws, 2, 1, ['基本方針']);
    merge(ws, 2, 2, 2, 8, '３　すべての子どもが夢と希望を持って育つまち');
    put(ws, 3, 1, ['基本施策']);
    merge(ws, 3, 2, 3, 8, '3-2　子どもの貧困対策とひとり親家庭の自立支援');
    put(ws, 4, 1, ['担当部等']);
    merge(ws, 4, 2, 4, 8, 'こども未来部　こども家庭課／福祉部　生活福祉課');
    put(ws, 5, 1, ['施策の達成状況']);
    merge(ws, 5, 2, 5, 3);
    put(ws, 5, 4, ['（B）']);
    merge(ws, 5, 5, 5, 8, '※（　）内は前年度の評価');
    box(ws, 2, 1, 5, 8);
    let r = 7;
    A_BLOCKS.forEach((b, i) => {
      put(ws, r, 1, [`指標${'①②③④⑤'[i]}`]);
      merge(ws, r, 2, r, 8, b.name);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 8, b.desc);
      put(ws, r + 2, 1, ['区分', '単位', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
      put(ws, r + 3, 1, ['期待値\n※R7は目標値', b.unit, '－', ...b.expect]);
      put(ws, r + 4, 1, ['実績値', b.unit, ...b.actual]);
      put(ws, r + 5, 1, ['備考']);
      merge(ws, r + 5, 2, r + 5, 8, b.note || undefined);
      wrap(ws, r + 2, 1, r + 3, 8);
      box(ws, r, 1, r + 5, 8);
      r += 7;
    });
  },
  expected: {
    file: 'r4-kodomo-hinkon-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [...A_GRADES, { sheet: '3-2', name: A_BLOCKS[4].name, unit: '％', target: 50.0, actualStatus: 'pending', direction: 'up', grade: null }],
    groups: [{ sheet: '3-2', cell: 'B5', grade: rollUp(A_GRADES.map((g) => g.grade)) }],
  },
};

/** B: a 令和５年度 推進事業実績 with text figures, two measures in one cell, one 未実施 and the department's 自己評価. */
const B_ROWS: [string, string, string, string, string, string, string][] = [
  [
    '(1)-①\nひとり親家庭自立支援教育訓練給付金事業\n【概要】就職に有利な資格取得のための講座受講費用の一部を給付する。',
    '受給者数 7人',
    '受給者数 12人',
    '受給者数 9人',
    'C',
    '対象講座の周知不足により申請が伸びなかった。',
    '継続',
  ],
  [
    '(1)-②\n高等職業訓練促進給付金事業\n【概要】看護師・保育士等の資格取得のための修業期間中の生活費を給付する。',
    '受給者数 9人',
    '受給者数 8人',
    '受給者数 10人',
    'A',
    '准看護師３名、保育士２名が資格を取得した。',
    '拡充',
  ],
  [
    '(1)-③\nひとり親家庭等日常生活支援事業\n【概要】就業や疾病等で一時的に家事・育児が困難な家庭に家庭生活支援員を派遣する。',
    '派遣回数 52回',
    '派遣回数 60回',
    '派遣回数 41回',
    'B',
    '支援員の確保が課題。',
    '継続',
  ],
  [
    '(2)-①\n子どもの学習・生活支援事業\n【概要】生活困窮世帯等の小中学生に学習支援と居場所を提供する。',
    '小学生:22人 中学生:40人',
    '小学生:30人 中学生:45人',
    '小学生:24人 中学生:47人',
    'B',
    '中学３年生は全員が高校等に進学した。',
    '継続',
  ],
  [
    '(2)-②\n養育費確保支援事業\n【概要】養育費の取決めに係る公正証書等の作成費用を補助する。',
    '－',
    '補助件数 10件',
    '未実施',
    'D',
    '要綱の整備が遅れ、令和５年度は実施できなかった。',
    '見直し',
  ],
];

const projectTable: Holdout2Workbook = {
  name: 'r5-hitorioya-suishin-jigyo-jisseki',
  layout: '令和５年度 推進事業実績: 事業名 with code and 概要 in one cell, 「受給者数 9人」 text figures, 「小学生:24人 中学生:47人」, 未実施, 自己評価 A–D',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('資料2');
    widths(ws, [5, 40, 16, 16, 16, 9, 30, 10]);
    merge(ws, 1, 1, 1, 8, '令和５年度　推進事業の実績（子どもの貧困対策・ひとり親家庭支援）');
    put(ws, 2, 8, ['資料２']);
    put(ws, 3, 1, ['No.', '推進事業', 'R4年度実績値', 'R5年度数値目標', 'R5年度実績値', '自己評価', '成果・効果／課題', '今後の方向性']);
    B_ROWS.forEach((row, i) => put(ws, 4 + i, 1, [i + 1, ...row]));
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
    put(ws, 10, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
  },
  expected: {
    file: 'r5-hitorioya-suishin-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('資料2', 'ひとり親家庭自立支援教育訓練給付金事業', '人', 12, 9, { existing: 'C' }),
      ind('資料2', '高等職業訓練促進給付金事業', '人', 8, 10, { existing: 'A' }),
      ind('資料2', 'ひとり親家庭等日常生活支援事業', '回', 60, 41, { existing: 'B' }),
      {
        sheet: '資料2',
        name: '子どもの学習・生活支援事業',
        unit: '人',
        measures: [
          { label: '小学生', target: 30, actual: 24, unit: '人' },
          { label: '中学生', target: 45, actual: 47, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind('資料2', '養育費確保支援事業', '件', 10, null, { actualStatus: 'not-implemented', existing: 'D' }),
    ],
    groups: [],
  },
};

/** C: a 第２期総合戦略 KPI 効果検証 (令和３年度): 目標値／実績値 rows per 令和元年度…令和５年度, 「10 か所」, ◎○△× with a worded legend. */
const C_KPIS: { name: string; unit: string; targets: (number | null)[]; actuals: number[]; mark: string }[] = [
  { name: '子どもの居場所（子ども食堂等）の数', unit: 'か所', targets: [null, 10, 12, 14, 16], actuals: [8, 9, 10], mark: '○' },
  { name: 'ひとり親家庭の就職者数', unit: '人', targets: [null, 35, 40, 45, 50], actuals: [31, 33, 29], mark: '△' },
  { name: 'スクールソーシャルワーカーの相談対応件数', unit: '件', targets: [null, 280, 300, 320, 340], actuals: [255, 290, 352], mark: '◎' },
  { name: '学習支援教室の開催回数', unit: '回', targets: [null, 90, 96, 96, 96], actuals: [60, 48, 55], mark: '×' },
];

const kpiTable: Holdout2Workbook = {
  name: 'r3-kodomo-senryaku-kpi-kensho',
  layout: 'KPI 効果検証 令和３年度: 目標値／実績値 rows per 令和元年度…令和５年度 with 「10 か所」, 「-」 base-year targets, ◎○△× with a worded legend',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [14, 30, 8, 11, 11, 11, 11, 11, 10]);
    merge(ws, 1, 1, 1, 9, '第２期　子ども・子育て応援総合戦略　KPI効果検証（令和３年度）');
    put(ws, 3, 1, ['基本目標', '重要業績評価指標（KPI）', '区分', '令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和3年度\n評価']);
    merge(ws, 4, 1, 3 + 2 * C_KPIS.length, 1, '３　子どもの貧困の連鎖を断ち切る');
    C_KPIS.forEach((k, i) => {
      const r = 4 + 2 * i;
      merge(ws, r, 2, r + 1, 2, k.name);
      put(ws, r, 3, ['目標値', ...k.targets.map((t) => (t === null ? '-' : `${t} ${k.unit}`))]);
      put(ws, r + 1, 3, ['実績値', ...k.actuals.map((a) => `${a} ${k.unit}`)]);
      merge(ws, r, 9, r + 1, 9, k.mark);
    });
    const last = 3 + 2 * C_KPIS.length;
    wrap(ws, 3, 1, last, 9);
    box(ws, 3, 1, last, 9);
    put(ws, last + 2, 1, ['評価基準　◎：目標達成（達成率100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）']);
    put(ws, last + 3, 1, ['※令和元年度は基準値（目標値の設定なし）']);
  },
  expected: {
    file: 'r3-kodomo-senryaku-kpi-kensho.xlsx',
    fiscalYear: 2021,
    indicators: C_KPIS.map((k) => ind('KPI', k.name, k.unit, k.targets[2], k.actuals[2], { existing: { '◎': 'A', '○': 'B', '△': 'C', '×': 'D' }[k.mark] })),
    groups: [],
  },
};

/** D: a 子どもの未来応援計画 成果指標 点検 (令和６年度): 現況 「36.0⏎（令和元年度）」, 目標（R8）, 実績 with its year, 目指す方向 ↑↓, 集計中. */
const D_ROWS: { name: string; desc: string; unit: string; dir: '↑' | '↓'; base: string; target: number; actual: string; how: string }[] = [
  {
    name: '生活保護世帯の子どもの大学等進学率',
    desc: '生活保護世帯の高校等卒業者のうち大学・専修学校等に進学した者の割合',
    unit: '％',
    dir: '↑',
    base: '36.0\n（令和元年度）',
    target: 45.0,
    actual: '41.2\n（令和６年度）',
    how: '生活福祉課調べ',
  },
  {
    name: 'ひとり親家庭の親の正規雇用割合',
    desc: 'ひとり親家庭実態調査で正規の職員・従業員と回答した割合',
    unit: '％',
    dir: '↑',
    base: '44.3\n（平成30年度）',
    target: 55.0,
    actual: '集計中',
    how: 'ひとり親家庭実態調査',
  },
  {
    name: '学習支援教室の登録者数',
    desc: '子どもの学習・生活支援事業の年度末登録者数',
    unit: '人',
    dir: '↑',
    base: '85\n（令和元年度）',
    target: 150,
    actual: '162\n（令和６年度）',
    how: 'こども家庭課調べ',
  },
  {
    name: '子育て世帯の相談窓口の認知度',
    desc: '子育て世帯アンケートで「こども家庭相談窓口を知っている」と回答した割合',
    unit: '％',
    dir: '↑',
    base: '32.0\n（令和元年度）',
    target: 60.0,
    actual: '38.5\n（令和６年度）',
    how: '子育て世帯アンケート',
  },
  {
    name: '就労していない児童扶養手当受給者の割合',
    desc: '児童扶養手当受給者のうち就労していない者の割合（減少を目指す）',
    unit: '％',
    dir: '↓',
    base: '18.5\n（令和元年度）',
    target: 12.0,
    actual: '14.0\n（令和６年度）',
    how: '児童扶養手当現況届',
  },
];

const planIndicators: Holdout2Workbook = {
  name: 'r6-kodomo-mirai-keikaku-seika-shihyo',
  layout: '計画 成果指標 点検 令和６年度: 単位 and 目指す方向 ↑／↓ columns, 現況 and 実績 with their year in the cell, 目標（R8）, 集計中',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('資料3');
    widths(ws, [5, 30, 36, 7, 9, 16, 11, 16, 20]);
    merge(ws, 1, 1, 1, 9, '第２次子どもの未来応援計画　成果指標の点検評価（令和６年度）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '目指す\n方向', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    D_ROWS.forEach((d, i) => put(ws, 4 + i, 1, [i + 1, d.name, d.desc, d.unit, d.dir, d.base, d.target, d.actual, d.how]));
    wrap(ws, 3, 1, 3 + D_ROWS.length, 9);
    box(ws, 3, 1, 3 + D_ROWS.length, 9);
    put(ws, 5 + D_ROWS.length, 1, ['※目指す方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: {
    file: 'r6-kodomo-mirai-keikaku-seika-shihyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind('資料3', D_ROWS[0].name, '％', 45.0, 41.2), targetSource: 'final' },
      { sheet: '資料3', name: D_ROWS[1].name, unit: '％', target: 55.0, actualStatus: 'pending', direction: 'up', targetSource: 'final', grade: null },
      { ...ind('資料3', D_ROWS[2].name, '人', 150, 162), targetSource: 'final' },
      { ...ind('資料3', D_ROWS[3].name, '％', 60.0, 38.5), targetSource: 'final' },
      { ...ind('資料3', D_ROWS[4].name, '％', 12.0, 14.0, { direction: 'down' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
