/**
 * Hold-out 166, the four families as ひきこもり支援・若者就労支援 offices write them: a 令和６年度 施策評価シート with stacked
 * indicator blocks (R3 現状値…R8 目標値, 実績値 over 期待値, a 集計中) and an empty 施策の達成状況 cell beside last year's 「（B）」;
 * a 令和５年度 事業実績 of 若者就労 projects with text figures, two measures in one cell and a 未実施; a 総合戦略 KPI table with
 * 目標値／実績値 rows under 令和3年3月末…令和7年3月末 and ◎○△× with a legend of the default bands and words; a 子ども・若者育成支援計画
 * 成果指標 table with years in the cells and a 「－」 実績.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- A: 施策評価シート
const A_SHEET = '施策3-2';
const aBlocks: { name: string; unit: string; note: string; actual: (number | string | null)[]; expect: (number | null)[]; remark: string }[] = [
  {
    name: 'ひきこもり相談窓口の延べ相談件数',
    unit: '件',
    note: 'ひきこもり地域支援センター及び各保健センターで受け付けた相談の延べ件数（電話・来所・訪問・メール）',
    actual: [842, 968, 1075, 1146, null, null],
    expect: [null, 950, 1080, 1200, 1300, 1400],
    remark: 'R6から土曜相談を開始',
  },
  {
    name: '居場所（フリースペース）の延べ参加者数',
    unit: '人',
    note: '市内3か所の居場所（フリースペース）への延べ参加者数',
    actual: [310, 455, 580, 612, null, null],
    expect: [null, 500, 700, 900, 1000, 1100],
    remark: '1か所が会場改修のため7月～9月休止',
  },
  {
    name: '支援により就労・就学等につながった人数',
    unit: '人',
    note: '継続支援ケースのうち、就労・就学・職業訓練等に移行した人数',
    actual: [8, 11, 14, '集計中', null, null],
    expect: [null, 12, 16, 20, 24, 28],
    remark: '支援機関からの報告を集計中（9月確定）',
  },
  {
    name: 'ひきこもりサポーター養成数（累計）',
    unit: '人',
    note: 'ひきこもりサポーター養成講座の修了者数（平成30年度からの累計）',
    actual: [45, 68, 97, 126, null, null],
    expect: [null, 60, 90, 120, 150, 180],
    remark: '',
  },
];
const aIndicators: ExpectedIndicator[] = [
  ind(A_SHEET, aBlocks[0].name, '件', 1200, 1146),
  ind(A_SHEET, aBlocks[1].name, '人', 900, 612),
  { ...ind(A_SHEET, aBlocks[2].name, '人', 20, null), actualStatus: 'pending' },
  ind(A_SHEET, aBlocks[3].name, '人', 120, 126),
];

const policySheet: Holdout2Workbook = {
  name: 'h166-hikikomori-shisaku-sheet',
  layout: '令和６年度 施策評価シート: stacked indicator blocks R3（現状値）…R8（目標値）, 実績値 over 期待値, a 集計中, empty 施策の達成状況 beside 「（B）」',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 12, 12, 12, 12, 12, 12, 14, 14, 14]);
    merge(ws, 1, 1, 1, 10, '令和６年度　施策評価シート（評価対象期間：令和６年度）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 10, '３　誰もが安心して暮らせる福祉のまち');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 7, '3-2　ひきこもり状態にある人と家族への支援の充実');
    put(ws, 4, 8, ['担当部等']);
    merge(ws, 4, 9, 4, 10, '保健福祉部 障がい福祉課\n子ども家庭部 青少年課');
    merge(ws, 5, 1, 5, 2, '施策の達成状況');
    put(ws, 5, 4, ['（B）']);
    merge(ws, 5, 5, 5, 10, '※（　）内は前年度の評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
    box(ws, 3, 1, 5, 10);
    let r = 7;
    aBlocks.forEach((b, i) => {
      put(ws, r, 1, [`指標${'①②③④'[i]}`]);
      merge(ws, r, 2, r, 6, b.name);
      put(ws, r, 7, ['単位', b.unit]);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 8, b.note);
      put(ws, r + 2, 1, ['区分', 'R3\n（現状値）', 'R4', 'R5', 'R6', 'R7', 'R8\n（目標値）']);
      put(ws, r + 3, 1, ['実績値', ...b.actual.map((v) => v ?? undefined)]);
      put(ws, r + 4, 1, ['期待値\n※R8は目標値', ...b.expect.map((v) => v ?? '－')]);
      put(ws, r + 5, 1, ['備考']);
      if (b.remark) merge(ws, r + 5, 2, r + 5, 8, b.remark);
      wrap(ws, r + 2, 1, r + 4, 7);
      for (let c = 2; c <= 7; c++) for (const rr of [r + 3, r + 4]) ws.getCell(rr, c).numFmt = '#,##0';
      box(ws, r, 1, r + 5, 8);
      r += 7;
    });
    put(ws, r, 1, ['総合評価']);
    merge(
      ws,
      r,
      2,
      r,
      10,
      '相談件数は増加し、サポーター養成も順調に進んだ。居場所の参加者数は会場改修による休止の影響で期待値を下回った。就労・就学等への移行人数は集計中。',
    );
    put(ws, r + 1, 1, ['今後の方向性']);
    merge(ws, r + 1, 2, r + 1, 10, '居場所の開設日数を拡充し、就労支援機関との連携による出口支援を強化する。');
    box(ws, r, 1, r + 1, 10);
  },
  expected: {
    file: 'h166-hikikomori-shisaku-sheet.xlsx',
    fiscalYear: 2024,
    indicators: aIndicators,
    groups: [{ sheet: A_SHEET, cell: 'C5', grade: rollUp(aIndicators.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------- B: 事業実績
const B_SHEET = '資料2';
const projectTable: Holdout2Workbook = {
  name: 'h166-wakamono-jigyo-jisseki',
  layout: '令和５年度 事業実績: 推進事業 (code, name, 概要 in one cell), R4年度実績値, 自己評価, R5 数値目標／実績値 as text, two measures in a cell, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 44, 18, 8, 20, 20, 34, 10]);
    merge(ws, 1, 1, 1, 8, '令和５年度　若者自立・就労支援計画　推進事業実績');
    put(ws, 2, 8, ['資料2']);
    put(ws, 4, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '成果・効果／課題', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '1-(1)\n地域若者サポートステーション運営事業\n就労に悩む15歳～49歳の若者とその家族を対象に、個別相談、職場体験、就職後の定着支援を行う。',
        '新規登録者数 58人',
        'B',
        '新規登録者数 60人',
        '新規登録者数 52人',
        '登録者の就職率は上昇したが、新規登録は目標に届かなかった。高校との連携を強化する。',
        '継続',
      ],
      [
        2,
        '1-(2)\n若者職場体験受入事業所開拓事業\n職場体験・就労訓練を受け入れる市内事業所を開拓し、受入マニュアルを提供する。',
        '受入事業所数 22社',
        'A',
        '受入事業所数 25社',
        '受入事業所数 28社',
        '商工会議所の協力により受入事業所が増加した。',
        '拡充',
      ],
      [
        3,
        '2-(1)\nひきこもり経験者向け就労準備セミナー\nひきこもり経験のある若者を対象に、生活習慣・コミュニケーション等の就労準備セミナーを開催する。',
        '開催回数 4回',
        'D',
        '開催回数 6回',
        '未実施',
        '委託先の辞退により実施できなかった。令和６年度は直営で実施する。',
        '見直し',
      ],
      [
        4,
        '2-(2)\n若者就職面接会・企業説明会開催事業\n市内企業と若年求職者のマッチングのため、合同面接会と企業説明会を開催する。',
        '面接会 2回\n参加者 131人',
        'B',
        '面接会 2回\n参加者 150人',
        '面接会 2回\n参加者 118人',
        '参加企業は増えたが、求職者の参加が伸び悩んだ。',
        '継続',
      ],
      [
        5,
        '3-(1)\n若年者就職支援奨励金交付事業\n39歳以下の若者を正規雇用した市内事業所に奨励金を交付する。',
        '交付件数 17件',
        'C',
        '交付件数 20件',
        '交付件数 14件',
        '制度の周知不足。金融機関を通じた周知を行う。',
        '継続',
      ],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 4, 1, 9, 8);
    box(ws, 4, 1, 9, 8);
    merge(ws, 11, 1, 11, 8, '※自己評価　A：目標を達成した　B：概ね達成した　C：達成が不十分　D：未達成・未実施');
  },
  expected: {
    file: 'h166-wakamono-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '地域若者サポートステーション運営事業', '人', 60, 52, { existing: 'B' }),
      ind(B_SHEET, '若者職場体験受入事業所開拓事業', '社', 25, 28, { existing: 'A' }),
      ind(B_SHEET, 'ひきこもり経験者向け就労準備セミナー', '回', 6, null, { existing: 'D', actualStatus: 'not-implemented' }),
      {
        sheet: B_SHEET,
        name: '若者就職面接会・企業説明会開催事業',
        measures: [
          { label: '面接会', target: 2, actual: 2, unit: '回' },
          { label: '参加者', target: 150, actual: 118, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, '若年者就職支援奨励金交付事業', '件', 20, 14, { existing: 'C' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: KPI × 期間
const C_SHEET = 'KPI';
const kpis: { name: string; unit: string; base: string; targets: string[]; actuals: string[]; mark: string; remark: string }[] = [
  {
    name: '若者就労相談窓口の利用者数',
    unit: '人',
    base: '310',
    targets: ['330', '360', '400', '430', '460'],
    actuals: ['298', '341', '372'],
    mark: '○',
    remark: '実人数',
  },
  {
    name: '市内企業への新規学卒者等の就職者数',
    unit: '人',
    base: '102',
    targets: ['105', '110', '120', '125', '130'],
    actuals: ['88', '117', '131'],
    mark: '◎',
    remark: 'ハローワーク調べ',
  },
  {
    name: 'ひきこもり相談から支援機関につながった人数',
    unit: '人',
    base: '38',
    targets: ['50', '65', '80', '90', '100'],
    actuals: ['41', '44', '45'],
    mark: '×',
    remark: '',
  },
  {
    name: '若者の職場定着率（就職後６か月）',
    unit: '％',
    base: '78.4',
    targets: ['80.0', '82.0', '85.0', '86.0', '87.0'],
    actuals: ['79.1', '80.6', '81.2'],
    mark: '○',
    remark: '就職支援事業利用者の追跡調査',
  },
  {
    name: 'インターンシップ参加学生数',
    unit: '人',
    base: '18',
    targets: ['-', '-', '-', '-', '-'],
    actuals: ['22', '40', '64'],
    mark: '－',
    remark: '目標値は設定せず、推移を把握',
  },
];
const kpiTable: Holdout2Workbook = {
  name: 'h166-kpi-wakamono-teichaku',
  layout:
    '総合戦略 KPI: 目標値／実績値 rows per KPI under 令和3年3月末…令和7年3月末, 「372 人」「81.2 ％」, 「-」 targets, ◎○△× with a legend of the default bands and words',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [5, 34, 8, 14, 12, 12, 12, 12, 12, 12, 24]);
    merge(ws, 1, 1, 1, 11, '第２期まち・ひと・しごと創生総合戦略　基本目標２　若者が働き、定着するまち');
    merge(ws, 2, 1, 2, 11, '重要業績評価指標（KPI）の達成状況（令和５年３月末時点）');
    put(ws, 4, 1, [
      'No.',
      'KPI',
      '区分',
      '基準値\n（令和2年3月末）',
      '令和3年3月末',
      '令和4年3月末',
      '令和5年3月末',
      '令和6年3月末',
      '令和7年3月末',
      '評価\n（令和5年3月末）',
      '備考',
    ]);
    kpis.forEach((k, i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      put(ws, r, 3, ['目標値', undefined, ...k.targets.map((t) => (t === '-' ? '-' : `${t} ${k.unit}`))]);
      put(ws, r + 1, 3, ['実績値', `${k.base} ${k.unit}`, ...k.actuals.map((a) => `${a} ${k.unit}`)]);
      merge(ws, r, 10, r + 1, 10, k.mark);
      merge(ws, r, 11, r + 1, 11, k.remark);
    });
    wrap(ws, 4, 1, 14, 11);
    box(ws, 4, 1, 14, 11);
    merge(
      ws,
      16,
      1,
      16,
      11,
      '評価基準　◎：目標達成（達成率100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）',
    );
    merge(ws, 17, 1, 17, 11, '※達成率＝実績値÷目標値　「-」は目標値を設定していないもの');
  },
  expected: {
    file: 'h166-kpi-wakamono-teichaku.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(C_SHEET, kpis[0].name, '人', 400, 372, { existing: 'B' }),
      ind(C_SHEET, kpis[1].name, '人', 120, 131, { existing: 'A' }),
      ind(C_SHEET, kpis[2].name, '人', 80, 45, { existing: 'D' }),
      ind(C_SHEET, kpis[3].name, '％', 85, 81.2, { existing: 'B' }),
      ind(C_SHEET, kpis[4].name, '人', null, 64),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- D: 計画の成果指標
const D_SHEET = '資料3';
const planIndicators: Holdout2Workbook = {
  name: 'h166-wakamono-keikaku-shihyo',
  layout: '子ども・若者育成支援計画 成果指標: 現況 「412⏎（令和元年度）」, 目標（R6）, 実績 「538⏎（令和3年度）」, a 「－」 実績, 現状把握の方法',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 30, 30, 6, 14, 10, 14, 26, 12]);
    merge(ws, 1, 1, 1, 9, '第２次子ども・若者育成支援計画　成果指標の点検評価（令和３年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R6）', '実績', '現状把握の方法', '担当課']);
    const rows: (string | number)[][] = [
      [
        1,
        '子ども・若者総合相談窓口の相談件数',
        '総合相談窓口で受け付けた延べ相談件数',
        '件',
        '412\n（令和元年度）',
        600,
        '538\n（令和3年度）',
        '相談記録の集計',
        '青少年課',
      ],
      [
        2,
        '地域若者サポートステーション経由の就職者数',
        'サポステの支援を受けて就職した人数',
        '人',
        '21\n（令和元年度）',
        35,
        '36\n（令和3年度）',
        '事業実績報告',
        '商工労働課',
      ],
      [3, 'ひきこもり家族教室の参加者数', '家族教室への延べ参加者数', '人', '48\n（令和元年度）', 80, '41\n（令和3年度）', '事業実績報告', '障がい福祉課'],
      [
        4,
        '支援機関を知っている若者の割合',
        '若者意識調査で相談・支援機関を「知っている」と答えた割合',
        '％',
        '32.5\n（令和元年度）',
        50.0,
        '－',
        '若者意識調査（5年ごと、次回令和4年度）',
        '青少年課',
      ],
      [
        5,
        '就労体験事業の参加者数',
        '協力事業所での就労体験に参加した若者の人数',
        '人',
        '15\n（令和元年度）',
        30,
        '27\n（令和3年度）',
        '事業実績報告',
        '商工労働課',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 8, 9);
    box(ws, 3, 1, 8, 9);
  },
  expected: {
    file: 'h166-wakamono-keikaku-shihyo.xlsx',
    fiscalYear: 2021,
    indicators: [
      { ...ind(D_SHEET, '子ども・若者総合相談窓口の相談件数', '件', 600, 538), targetSource: 'final' },
      { ...ind(D_SHEET, '地域若者サポートステーション経由の就職者数', '人', 35, 36), targetSource: 'final' },
      { ...ind(D_SHEET, 'ひきこもり家族教室の参加者数', '人', 80, 41), targetSource: 'final' },
      { ...ind(D_SHEET, '支援機関を知っている若者の割合', '％', 50, null, { actualStatus: 'not-applicable' }), targetSource: 'final' },
      { ...ind(D_SHEET, '就労体験事業の参加者数', '人', 30, 27), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
