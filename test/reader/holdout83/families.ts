/** Hold-out 83, part 1: the four families from four departments of a 中核市 nobody has sampled yet, each with its own quirk. */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// 子育て: 施策評価シート, one block per indicator with 実績値 / 期待値 / 目標値 rows over R2…R7, a 備考 with 「※R5実績は速報値」.
const K1 = '2-1';
interface Block {
  name: string;
  unit: string;
  dir: '増加' | '減少';
  desc: string;
  actuals: Cell[]; // R2…R5
  expect: Cell[]; // R3…R6
  goal: number; // R7
  note?: string;
}
const kBlocks: Block[] = [
  {
    name: '保育所等待機児童数',
    unit: '人',
    dir: '減少',
    desc: '毎年4月1日現在の国基準による待機児童数（解消を目指す）',
    actuals: [12, 8, 5, 3],
    expect: [8, 5, 2, 1],
    goal: 0,
  },
  {
    name: '子育て支援センター利用者数',
    unit: '人',
    dir: '増加',
    desc: '市内6か所の地域子育て支援センターの延べ利用者数',
    actuals: [18420, 21050, 24310, 27880],
    expect: [20000, 24000, 28000, 30000],
    goal: 32000,
  },
  {
    name: '乳児家庭全戸訪問の訪問率',
    unit: '％',
    dir: '増加',
    desc: '生後4か月までの乳児のいる家庭のうち、保健師等が訪問した家庭の割合',
    actuals: [96.2, 97.0, 97.8, 98.6],
    expect: [97.0, 97.5, 98.0, 98.5],
    goal: 99.0,
  },
  {
    name: 'ファミリー・サポート・センター活動件数',
    unit: '件',
    dir: '増加',
    desc: '提供会員による援助活動の年間件数',
    actuals: [2610, 2980, 3150, 3412],
    expect: [3600, 3900, 4200, 4400],
    goal: 4600,
    note: '※R5実績は速報値（確定値は5月末）',
  },
  {
    name: '子育てしやすいまちと感じる市民の割合',
    unit: '％',
    dir: '増加',
    desc: '市民意識調査で「そう思う」「ややそう思う」と回答した子育て世帯の割合',
    actuals: [52.4, 54.0, 51.8, 55.1],
    expect: [54.0, 57.0, 60.0, 62.0],
    goal: 65.0,
  },
];
const kGrades = ['C', 'B', 'A', 'B', 'B'];
const kosodate: Holdout2Workbook = {
  name: 'h83-kosodate-policy-sheet',
  layout:
    '子育て部の施策評価シート: 指標ごとのブロック（実績値・期待値・目標値の3行 × R2〜R7）、方向のセル（減少）、備考に「※R5実績は速報値」、空の達成状況評価',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    put(ws, 1, 1, ['みずほ市総合計画 2021～2030　令和６年度基本施策評価シート（評価対象期間：令和５年度）']);
    put(ws, 2, 1, ['基本方針', '2　子どもを健やかに育むまち', undefined, undefined, undefined, undefined, '担当部等', 'こども未来部']);
    put(ws, 3, 1, ['基本施策', '2-1　安心して子どもを産み育てられる環境づくり']);
    ws.mergeCells('B2:F2');
    ws.mergeCells('B3:J3');
    put(ws, 4, 1, ['達成状況評価', undefined, undefined, '（前年度評価：B）']);
    ws.mergeCells('B4:C4');
    put(ws, 6, 1, ['【成果指標】']);
    const marks = ['①', '②', '③', '④', '⑤'];
    kBlocks.forEach((b, i) => {
      const s = 7 + i * 7;
      put(ws, s, 1, [`指標${marks[i]}`, b.name, undefined, undefined, undefined, undefined, '単位', b.unit, '方向', b.dir]);
      ws.mergeCells(`B${s}:F${s}`);
      put(ws, s + 1, 1, ['指標の説明', b.desc]);
      ws.mergeCells(`B${s + 1}:J${s + 1}`);
      put(ws, s + 2, 1, ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7', '備考']);
      ws.mergeCells(`H${s + 2}:J${s + 2}`);
      put(ws, s + 3, 1, ['実績値', ...b.actuals]);
      put(ws, s + 4, 1, ['期待値', undefined, ...b.expect]);
      put(ws, s + 5, 1, ['目標値', undefined, undefined, undefined, undefined, undefined, b.goal]);
      if (b.note) put(ws, s + 3, 8, [b.note]);
      ws.mergeCells(`H${s + 3}:J${s + 5}`);
    });
    put(ws, 43, 1, ['【達成状況の分析】']);
    put(ws, 44, 1, ['待機児童は減少したが、1歳児の受入枠が不足しており期待値に届かなかった。ファミリー・サポート・センターは提供会員の確保が課題。']);
    ws.getColumn(1).width = 14;
    ws.getColumn(2).width = 14;
  },
  expected: {
    file: 'h83-kosodate-policy-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K1, '保育所等待機児童数', '人', 2, 3, { direction: 'down' }),
      ind(K1, '子育て支援センター利用者数', '人', 28000, 27880),
      ind(K1, '乳児家庭全戸訪問の訪問率', '％', 98.0, 98.6),
      ind(K1, 'ファミリー・サポート・センター活動件数', '件', 4200, 3412, { actualStatus: 'provisional' }),
      ind(K1, '子育てしやすいまちと感じる市民の割合', '％', 60.0, 55.1),
    ],
    groups: [{ sheet: K1, cell: 'B4', grade: rollUp(kGrades) }],
  },
};

// 農林: 事業実績, targets and actuals as text (「年１２回」「約3,500人」「100%」), a 自己評価 of ◎○△× with its legend below.
const N1 = '事業実績';
const nourin: Holdout2Workbook = {
  name: 'h83-nourin-project-results',
  layout:
    '農林水産部の事業実績: No.・推進事業（コード・名称・概要を1セル）・R4実績・R5数値目標・R5実績（文字で「年１２回」「約3,500人」「100%」「未実施」）、自己評価 ◎○△× と表の下の凡例',
  build(wb) {
    const ws = wb.addWorksheet(N1);
    put(ws, 1, 1, ['令和5年度　農林水産部　推進事業の実績（みずほ市農林業振興計画）']);
    put(ws, 2, 6, ['農林水産部農政課']);
    put(ws, 4, 1, ['No.', '推進事業', 'R4年度実績', 'R5年度数値目標', 'R5年度実績値', '自己評価', '今後の方向性']);
    const rows: Cell[][] = [
      [1, '1-1　新規就農者支援事業\n研修期間中の生活費と機械導入経費を支援', '新規就農者数　6人', '新規就農者数　8人', '新規就農者数　7人', '○', '継続'],
      [2, '1-2　農業経営セミナー開催事業\n法人化・経営継承をテーマとしたセミナー', '年10回', '年１２回', '１２回', '◎', '継続'],
      [3, '2-1　農業まつり開催事業\n市内農産物のPRと生産者・消費者の交流', '来場者　約3,100人', '来場者　約3,500人', '来場者　3,612人', '◎', '継続'],
      [4, '2-2　有害鳥獣被害防止対策事業\n電気柵・防護柵の設置（計画延長に対する設置率）', '設置率　92%', '設置率　100%', '設置率　87%', '○', '拡充'],
      [5, '3-1　森林整備促進事業\n私有林の間伐に対する補助', '間伐面積　104ha', '間伐面積　120ha', '間伐面積　96ha', '○', '継続'],
      [6, '3-2　木育推進事業\n親子向け木工ワークショップの開催', '年5回', '年6回', '未実施（講師の確保ができず）', '×', '見直し'],
      [7, '4-1　地産地消推進事業\n学校給食への地場産物の供給（重量ベース）', '使用割合　33.0%', '使用割合　40%', '使用割合　31.5%', '△', '継続'],
      [8, '4-2　農地集積推進事業\n担い手への農地の集積・集約化', '集積率　59.8%', '集積率　65%', '集積率　61.2%', '◎', '継続'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 14, 1, [
      '【自己評価の凡例】　◎：目標を達成（達成率100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満・未実施）',
    ]);
    ws.getColumn(2).width = 40;
    for (const c of [3, 4, 5]) ws.getColumn(c).width = 18;
  },
  expected: {
    file: 'h83-nourin-project-results.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(N1, '新規就農者支援事業', '人', 8, 7, { existing: '○' }),
      ind(N1, '農業経営セミナー開催事業', '回', 12, 12, { existing: '◎' }),
      ind(N1, '農業まつり開催事業', '人', 3500, 3612, { existing: '◎' }),
      ind(N1, '有害鳥獣被害防止対策事業', '%', 100, 87, { existing: '○' }),
      ind(N1, '森林整備促進事業', 'ha', 120, 96, { existing: '○' }),
      ind(N1, '木育推進事業', '回', 6, null, { actualStatus: 'not-implemented', existing: '×' }),
      ind(N1, '地産地消推進事業', '%', 40, 31.5, { existing: '△' }),
      ind(N1, '農地集積推進事業', '%', 65, 61.2, { existing: '◎' }),
    ],
    groups: [],
  },
};

// 都市整備: KPI × 令和4年度〜令和6年度, 目標値/実績値 rows, a 方向 column ↗↘, R6 actuals partly 「（見込）」 (evaluated in R7年2月).
const U1 = 'KPI進捗';
const toshi: Holdout2Workbook = {
  name: 'h83-toshi-kpi-periods',
  layout: '都市整備部のKPI表: KPIごとに目標値・実績値の2行 × 令和4〜6年度、方向の列 ↗↘ と凡例、令和6年度の実績の一部に「（見込）」',
  build(wb) {
    const ws = wb.addWorksheet(U1);
    put(ws, 1, 1, ['都市整備部　KPI進捗管理表（令和6年度評価）']);
    put(ws, 2, 1, ['※令和6年度の実績は令和7年1月末現在。「（見込）」は年度末までの見込値。']);
    put(ws, 4, 1, ['No.', 'KPI', '単位', '方向', '区分', '令和4年度', '令和5年度', '令和6年度', '備考']);
    const kpis: [string, string, string, Cell[], Cell[], string?][] = [
      ['都市計画道路の整備率', '％', '↗', [68.0, 69.5, 71.0], [67.8, 69.1, 70.2]],
      ['市営住宅の空き住戸率', '％', '↘', [9.0, 8.5, 8.0], [9.8, 9.9, '9.6（見込）'], '用途廃止予定の住棟を除く'],
      ['コミュニティバスの年間利用者数', '人', '↗', [170000, 178000, 185000], [161230, 176840, '190,300（見込）']],
      ['公園愛護会の登録団体数', '団体', '↗', [52, 56, 60], [49, 51, 52]],
      ['市内の交通事故発生件数', '件', '↘', [680, 640, 600], [702, 755, 812], '暦年（1〜12月）の人身事故件数'],
      ['空き家バンクの成約件数', '件', '↗', [15, 20, 25], [9, 14, 12]],
      ['耐震化した木造住宅の戸数（累計）', '戸', '↗', [1250, 1350, 1450], [1262, 1371, 1468]],
    ];
    kpis.forEach(([name, unit, dir, targets, actuals, note], i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [i + 1, name, unit, dir, '目標値', ...targets, note]);
      put(ws, r + 1, 5, ['実績値', ...actuals]);
      for (const c of ['A', 'B', 'C', 'D', 'I']) ws.mergeCells(`${c}${r}:${c}${r + 1}`);
    });
    put(ws, 20, 1, ['方向　↗：増加が望ましい　↘：減少が望ましい']);
    ws.getColumn(2).width = 32;
  },
  expected: {
    file: 'h83-toshi-kpi-periods.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(U1, '都市計画道路の整備率', '％', 71.0, 70.2),
      ind(U1, '市営住宅の空き住戸率', '％', 8.0, 9.6, { direction: 'down', actualStatus: 'provisional' }),
      ind(U1, 'コミュニティバスの年間利用者数', '人', 185000, 190300, { actualStatus: 'provisional' }),
      ind(U1, '公園愛護会の登録団体数', '団体', 60, 52),
      ind(U1, '市内の交通事故発生件数', '件', 600, 812, { direction: 'down' }),
      ind(U1, '空き家バンクの成約件数', '件', 25, 12),
      ind(U1, '耐震化した木造住宅の戸数（累計）', '戸', 1450, 1468),
    ],
    groups: [],
  },
};

// 市民協働: plan indicators with 基準値 / 中間目標（令和5年度） / 最終目標（令和10年度）, grouped by 基本方針, one row 「（再掲）」.
const C1 = '計画の指標';
const kyodo: Holdout2Workbook = {
  name: 'h83-kyodo-plan-indicators',
  layout:
    '市民協働推進計画の指標: 基本方針ごと、基準値（平成30年度）・中間目標（令和5年度）・最終目標（令和10年度）・令和5年度実績・把握方法、方針2に同じ指標の「（再掲）」行',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    put(ws, 1, 1, ['第2次みずほ市市民協働推進計画（令和元年度～令和10年度）　指標の達成状況（令和5年度・中間評価）']);
    put(ws, 2, 7, ['市民協働課']);
    put(ws, 4, 1, [
      '基本方針',
      '指標',
      '単位',
      '基準値\n（平成30年度）',
      '中間目標\n（令和5年度）',
      '最終目標\n（令和10年度）',
      '令和5年度実績',
      '現状把握の方法',
    ]);
    const rows: Cell[][] = [
      ['1　市民活動の促進', '市民活動団体の登録数', '団体', 142, 170, 200, 176, '市民活動センター登録台帳'],
      [undefined, '市民活動センターの利用者数', '人', 28500, 32000, 36000, 24860, '市民活動センター利用統計'],
      [undefined, 'ボランティア活動に参加した市民の割合', '％', 21.4, 25.0, 30.0, 22.3, '市民意識調査'],
      ['2　地域コミュニティの活性化', '自治会加入率', '％', 78.6, 78.0, 78.0, 74.9, '各年4月1日現在の加入世帯数÷世帯数'],
      [undefined, '地域づくり協議会を設立した地区数', '地区', 4, 10, 16, 9, '市民協働課調べ'],
      [undefined, '市民活動団体の登録数（再掲）', '団体', 142, 170, 200, 176, '市民活動センター登録台帳'],
      ['3　協働の推進', '市と市民活動団体との協働事業数', '件', 35, 45, 55, 47, '協働事業実施状況調査'],
      [undefined, '協働提案制度の採択件数（累計）', '件', 3, 12, 25, 8, '市民協働課調べ'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A7');
    ws.mergeCells('A8:A10');
    ws.mergeCells('A11:A12');
    put(ws, 14, 1, ['※（再掲）は他の基本方針に掲げた指標を再度掲載したもの。']);
    ws.getColumn(1).width = 22;
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h83-kyodo-plan-indicators.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C1, '市民活動団体の登録数', '団体', 170, 176),
      ind(C1, '市民活動センターの利用者数', '人', 32000, 24860),
      ind(C1, 'ボランティア活動に参加した市民の割合', '％', 25.0, 22.3),
      ind(C1, '自治会加入率', '％', 78.0, 74.9),
      ind(C1, '地域づくり協議会を設立した地区数', '地区', 10, 9),
      ind(C1, '市と市民活動団体との協働事業数', '件', 45, 47),
      ind(C1, '協働提案制度の採択件数（累計）', '件', 12, 8),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [kosodate, nourin, toshi, kyodo];
