/** Hold-out 171, the four families as 歯科保健・口腔保健・フレイル予防 offices write them. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

/** A: a 施策評価シート, indicator blocks stacked, 期待値 per year (one block with only the R7 目標値), a 集計中. */
const A_SHEET = '基本施策2-3';
const aInds = [
  ind(A_SHEET, '3歳児でむし歯のない者の割合', '％', 90.0, 91.2),
  ind(A_SHEET, '12歳児の一人平均むし歯数', '本', 0.6, 0.68, { direction: 'down' }),
  { ...ind(A_SHEET, '歯周病検診受診率', '％', 10.0, 5.9), targetSource: 'final' },
  ind(A_SHEET, '80歳で20本以上の自分の歯を有する者の割合', '％', 52.0, null, { actualStatus: 'pending' }),
];

const policySheet: Holdout2Workbook = {
  name: 'h171-a-shisaku-ha-to-koku',
  layout: 'A: 施策評価シート, four stacked blocks R1（現状値）…R7 with 実績値／期待値 rows, ↓（減少）, only-R7 期待値, 集計中, blank 達成状況 beside （B）',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [16, 12, 10, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 9, '令和４年度　施策評価シート（評価対象期間：令和４年度）');
    put(ws, 3, 1, ['基本目標']);
    merge(ws, 3, 2, 3, 9, '２　誰もが健やかに暮らせるまち');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 9, '２－３　歯と口腔の健康づくりの推進');
    put(ws, 5, 1, ['担当部等']);
    merge(ws, 5, 2, 5, 9, '健康福祉部　健康づくり課（歯科保健係）');
    put(ws, 6, 1, ['施策の達成状況']);
    merge(ws, 6, 2, 6, 3);
    put(ws, 6, 4, ['前年度評価', '（B）']);
    merge(ws, 6, 6, 6, 9, '※達成状況は A 順調／B 概ね順調／C やや遅れている／D 遅れている');
    box(ws, 3, 1, 6, 9);

    const blocks: {
      no: string;
      name: string;
      desc: string;
      unit: string;
      dir: string;
      act: (string | number | undefined)[];
      exp: (string | number | undefined)[];
      note: string;
    }[] = [
      {
        no: '指標①',
        name: '3歳児でむし歯のない者の割合',
        desc: '3歳児健康診査の受診者のうち、むし歯のない児の割合',
        unit: '％',
        dir: '↑（増加）',
        act: [84.6, 86.0, 88.9, 91.2],
        exp: [undefined, 86.0, 88.0, 90.0, 92.0, 93.0, 95.0],
        note: '3歳児健康診査結果（母子保健係集計）',
      },
      {
        no: '指標②',
        name: '12歳児の一人平均むし歯数',
        desc: '中学1年生の永久歯の一人平均むし歯数（DMF歯数）',
        unit: '本',
        dir: '↓（減少）',
        act: [0.82, 0.75, 0.71, 0.68],
        exp: [undefined, 0.75, 0.68, 0.6, 0.55, 0.5, 0.45],
        note: '学校歯科健康診断結果（教育委員会）',
      },
      {
        no: '指標③',
        name: '歯周病検診受診率',
        desc: '40・50・60・70歳の対象者のうち歯周病検診を受診した者の割合',
        unit: '％',
        dir: '↑（増加）',
        act: [4.8, 3.1, 5.2, 5.9],
        exp: [undefined, undefined, undefined, undefined, undefined, undefined, 10.0],
        note: '※期待値は設定せず、最終年度（R7）の目標値のみ',
      },
      {
        no: '指標④',
        name: '80歳で20本以上の自分の歯を有する者の割合',
        desc: '市歯科疾患実態調査における75～84歳で20本以上の歯を有する者の割合',
        unit: '％',
        dir: '↑（増加）',
        act: [48.3, '－', '－', '集計中'],
        exp: [undefined, undefined, undefined, 52.0, undefined, undefined, 55.0],
        note: '※調査は3年ごと。R4実績は令和5年10月頃確定予定',
      },
    ];
    let r = 8;
    for (const b of blocks) {
      put(ws, r, 1, [b.no]);
      merge(ws, r, 2, r, 5, b.name);
      put(ws, r, 6, ['単位', b.unit, '目指す方向', b.dir]);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 9, b.desc);
      put(ws, r + 2, 1, ['区分', 'R1（現状値）', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']);
      put(ws, r + 3, 1, ['実績値', ...b.act]);
      put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...b.exp]);
      put(ws, r + 5, 1, ['備考']);
      merge(ws, r + 5, 2, r + 5, 9, b.note);
      wrap(ws, r + 4, 1, r + 4, 1);
      box(ws, r, 1, r + 5, 9);
      r += 7;
    }
    merge(ws, r, 1, r, 9, '【総合評価】歯周病検診の受診率は目標を大きく下回っており、個別勧奨の強化が必要である。');
  },
  expected: {
    file: 'h171-a-shisaku-ha-to-koku.xlsx',
    fiscalYear: 2022,
    indicators: aInds,
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(aInds.map((i) => i.grade)) }],
  },
};

/** B: a 事業実績 table with the figures as text, two measures in one cell and a 未実施. */
const B_SHEET = '資料2_事業実績';
const projectTable: Holdout2Workbook = {
  name: 'h171-b-koku-jigyo-jisseki',
  layout: 'B: 推進事業 rows (code, name, 概要 in one cell), R4年度実績値, 自己評価, R5年度数値目標／実績値 as text, 開催回数＋参加者数 in one cell, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 18, 8, 18, 18, 30, 10]);
    merge(ws, 1, 1, 1, 8, '令和５年度　歯科口腔保健推進事業の実績（資料２）');
    put(ws, 2, 8, ['健康づくり課']);
    put(ws, 3, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '成果・効果／課題', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '(1) 妊婦歯科健康診査事業\n妊娠中の歯周病予防のため、協力歯科医療機関で妊婦の歯科健診を無料で実施する。',
        '受診者数 402人',
        'B',
        '受診者数 420人',
        '受診者数 388人',
        '母子健康手帳交付時に受診券を配布。出生数の減少により受診者数が減少。',
        '継続',
      ],
      [
        2,
        '(2) フッ化物洗口推進事業\n小学校で週1回のフッ化物洗口を実施し、永久歯のむし歯を予防する。',
        '実施校数 11校',
        'A',
        '実施校数 12校',
        '実施校数 14校',
        '新たに3校で開始し、全小学校の7割で実施。',
        '拡充',
      ],
      [
        3,
        '(3) 歯周病検診事業\n40・50・60・70歳の市民を対象に歯周病検診を実施する。',
        '受診者数 1,152人',
        'B',
        '受診者数 1,500人',
        '受診者数 1,024人',
        '受診者数が伸び悩んでいる。SNSでの周知を検討。',
        '見直し',
      ],
      [
        4,
        '(4) オーラルフレイル予防教室\n65歳以上の市民を対象に、口腔機能の維持・向上のための教室を開催する。',
        '開催回数 18回\n参加者数 247人',
        'B',
        '開催回数 24回\n参加者数 360人',
        '開催回数 20回\n参加者数 298人',
        '通いの場への出前講座を併せて実施。',
        '継続',
      ],
      [
        5,
        '(5) 在宅歯科訪問支援事業\n通院困難な在宅療養者に歯科医師・歯科衛生士を派遣する。',
        '訪問件数 41件',
        'D',
        '訪問件数 60件',
        '未実施',
        '歯科医師会との委託契約の調整がつかず未実施。',
        '見直し',
      ],
      [
        6,
        '(6) 8020・9020表彰事業\n80歳・90歳で20本以上の歯を保っている市民を表彰する。',
        '表彰者数 47人',
        'A',
        '表彰者数 50人',
        '表彰者数 61人',
        '表彰式を歯と口の健康週間に合わせて開催。',
        '継続',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
    put(ws, 11, 1, ['※自己評価は担当課による（A：順調　B：概ね順調　C：やや遅れている　D：遅れている）']);
  },
  expected: {
    file: 'h171-b-koku-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '妊婦歯科健康診査事業', '人', 420, 388, { existing: 'B' }),
      ind(B_SHEET, 'フッ化物洗口推進事業', '校', 12, 14, { existing: 'A' }),
      ind(B_SHEET, '歯周病検診事業', '人', 1500, 1024, { existing: 'B' }),
      {
        sheet: B_SHEET,
        name: 'オーラルフレイル予防教室',
        measures: [
          { label: '開催回数', target: 24, actual: 20, unit: '回' },
          { label: '参加者数', target: 360, actual: 298, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B_SHEET, '在宅歯科訪問支援事業', '件', 60, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '8020・9020表彰事業', '人', 50, 61, { existing: 'A' }),
    ],
    groups: [],
  },
};

/** C: a KPI table with 目標値／実績値 rows per 令和2年度…令和6年度, values with units, 「－」 and ◎○△× with a worded legend. */
const C_SHEET = 'KPI';
const kpiTable: Holdout2Workbook = {
  name: 'h171-c-koku-kpi',
  layout:
    'C: 歯と口腔の健康づくり推進計画 KPI, 基準値（R1）, 目標値／実績値 rows × 令和2年度…令和6年度, 「1,134 人」, 「－」 actual, R3評価 ◎○ with a worded legend',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [30, 8, 12, 12, 12, 12, 12, 12, 9]);
    merge(ws, 1, 1, 1, 9, '歯と口腔の健康づくり推進計画　重要業績評価指標（KPI）の進捗状況');
    put(ws, 2, 1, ['評価対象年度：令和３年度']);
    put(ws, 2, 8, ['健康推進課']);
    put(ws, 4, 1, ['KPI', '区分', '基準値（R1）', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', 'R3評価']);
    const kpis: [string, (string | undefined)[], (string | undefined)[], string][] = [
      ['歯科健診受診者数', ['1,058 人', '1,100 人', '1,200 人', '1,300 人', '1,400 人', '1,500 人'], [undefined, '812 人', '1,134 人'], '○'],
      ['後期高齢者歯科口腔健診受診率', ['9.8 ％', '10.5 ％', '12.0 ％', '13.5 ％', '15.0 ％', '16.5 ％'], [undefined, '7.6 ％', '12.6 ％'], '◎'],
      ['オーラルフレイルの認知度', ['－', '－', '30.0 ％', '－', '40.0 ％', '50.0 ％'], [undefined, '－', '－'], '－'],
      ['住民主体の通いの場の数', ['32 か所', '36 か所', '45 か所', '50 か所', '55 か所', '60 か所'], [undefined, '35 か所', '38 か所'], '○'],
    ];
    let r = 5;
    for (const [name, tg, ac, mark] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...tg]);
      put(ws, r + 1, 2, ['実績値', ...ac]);
      merge(ws, r, 3, r + 1, 3, tg[0]);
      merge(ws, r, 9, r + 1, 9, mark);
      r += 2;
    }
    box(ws, 4, 1, r - 1, 9);
    put(ws, r + 1, 1, ['【評価】◎：達成（100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）　－：評価不能']);
    put(ws, r + 2, 1, ['※オーラルフレイルの認知度は市民意識調査の延期により令和3年度の実績なし']);
  },
  expected: {
    file: 'h171-c-koku-kpi.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(C_SHEET, '歯科健診受診者数', '人', 1200, 1134, { existing: 'B' }),
      ind(C_SHEET, '後期高齢者歯科口腔健診受診率', '％', 12.0, 12.6, { existing: 'A' }),
      ind(C_SHEET, 'オーラルフレイルの認知度', '％', 30.0, null, { actualStatus: 'not-applicable' }),
      ind(C_SHEET, '住民主体の通いの場の数', 'か所', 45, 38, { existing: 'B' }),
    ],
    groups: [],
  },
};

/** D: a plan-indicator table, 現況 and 実績 with their years in the cell, 目標（R9）, a blank 実績. */
const D_SHEET = '成果指標';
const dInd = (name: string, unit: string, target: number, actual: number | null) => ({
  ...ind(D_SHEET, name, unit, target, actual, actual === null ? { actualStatus: 'missing' } : {}),
  targetSource: 'final',
});
const planTable: Holdout2Workbook = {
  name: 'h171-d-shika-keikaku-shihyo',
  layout: 'D: 第２次歯科口腔保健推進計画 成果指標, 現況「86.4⏎（令和元年度）」, 目標（R9）, 実績「92.1⏎（令和6年度）」, a blank 実績, 現状把握の方法',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 34, 6, 34, 14, 12, 14, 28]);
    merge(ws, 1, 1, 1, 8, '第２次歯科口腔保健推進計画　成果指標の点検評価（令和６年度）');
    put(ws, 3, 1, ['No.', '指標', '単位', '指標の説明', '現況（計画策定時）', '目標（R9）', '実績', '現状把握の方法']);
    const rows: (string | number | undefined)[][] = [
      [1, 'むし歯のない3歳児の割合', '％', '3歳児健康診査でむし歯のなかった児の割合', '86.4\n（令和元年度）', 95.0, '92.1\n（令和6年度）', '3歳児健康診査'],
      [2, '12歳児でむし歯のない者の割合', '％', '中学1年生でむし歯のない者の割合', '62.0\n（令和元年度）', 75.0, '71.3\n（令和6年度）', '学校歯科健康診断'],
      [
        3,
        '60歳で24本以上の自分の歯を有する者の割合',
        '％',
        '歯周病検診受診者（60歳）のうち24本以上の歯を有する者',
        '70.2\n（平成30年度）',
        80.0,
        '62.0\n（令和6年度）',
        '歯周病検診結果',
      ],
      [
        4,
        '過去1年間に歯科健診を受診した者の割合',
        '％',
        '20歳以上の市民のうち過去1年間に歯科健診を受けた者',
        '45.3\n（令和元年度）',
        60.0,
        '52.8\n（令和6年度）',
        '市民健康意識調査',
      ],
      [
        5,
        '咀嚼良好者の割合（60歳以上）',
        '％',
        '何でもかんで食べることができる60歳以上の者の割合',
        '71.5\n（令和元年度）',
        80.0,
        undefined,
        '市民健康意識調査（令和7年度実施予定）',
      ],
      [
        6,
        '在宅療養者への訪問歯科診療件数',
        '件',
        '市歯科医師会在宅歯科医療連携室の訪問診療件数',
        '856\n（令和元年度）',
        1200,
        '1,024\n（令和6年度）',
        '歯科医師会報告',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
  },
  expected: {
    file: 'h171-d-shika-keikaku-shihyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      dInd('むし歯のない3歳児の割合', '％', 95.0, 92.1),
      dInd('12歳児でむし歯のない者の割合', '％', 75.0, 71.3),
      dInd('60歳で24本以上の自分の歯を有する者の割合', '％', 80.0, 62.0),
      dInd('過去1年間に歯科健診を受診した者の割合', '％', 60.0, 52.8),
      dInd('咀嚼良好者の割合（60歳以上）', '％', 80.0, null),
      dInd('在宅療養者への訪問歯科診療件数', '件', 1200, 1024),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
