/**
 * Hold-out 46: other layouts (2 of 2): two tables side by side with directions told only by targets below the
 * baseline and a （参考）全国平均 column, years as rows with indicator column pairs (a formula target, a
 * （見込み） actual, a later year's 速報), and split 目標設定 / 実績報告 sheets joined by a name written two ways.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { formula, fraction, merge } from './kit46';

const O4 = '子ども・教育';
const o4 = [
  ind(O4, '子育て支援センター利用者数', '人', 20000, 17350),
  ind(O4, '一時預かり事業利用者数', '人', 2400, 2512),
  ind(O4, '放課後児童クラブ待機児童数', '人', 10, 6, { direction: 'down' }),
  ind(O4, '不登校児童生徒の出現率', '％', 1.2, 1.4, { direction: 'down' }),
  ind(O4, '学校図書館の児童1人当たり貸出冊数', '冊', 50, 46.3),
  ind(O4, '英検3級相当以上の中学3年生の割合', '％', 50, 52.1),
];

/** Two tables side by side (子育て支援 A–F, 学校教育 H–N), 基準値（R2）/目標値（R5）/実績値（R5）; down told only by 目標 < 基準値. */
const sideBySideBaseline: Holdout2Workbook = {
  name: 'h46-n-side-by-side-baseline',
  layout:
    'N: two tables side by side (■子育て支援, ■学校教育), 基準値（R2）/目標値（R5）/実績値（R5）, two down indicators told only by 目標 < 基準値, a （参考）全国平均 column, a full-width text actual',
  build(wb) {
    const ws = wb.addWorksheet(O4);
    put(ws, 1, 1, ['令和5年度　子ども・教育分野　成果指標一覧']);
    put(ws, 3, 1, ['■子育て支援']);
    put(ws, 3, 8, ['■学校教育']);
    put(ws, 4, 1, ['指標', '単位', '基準値（R2）', '目標値（R5）', '実績値（R5）', '備考']);
    put(ws, 4, 8, ['指標', '単位', '基準値（R2）', '目標値（R5）', '実績値（R5）', '（参考）全国平均', '備考']);
    const left: (string | number)[][] = [
      ['子育て支援センター利用者数', '人', 18400, 20000, 17350, '3館の延べ利用者数'],
      ['一時預かり事業利用者数', '人', 2100, 2400, 2512],
      ['放課後児童クラブ待機児童数', '人', 35, 10, 6, '各年度5月1日現在'],
    ];
    const right: (string | number)[][] = [
      ['不登校児童生徒の出現率', '％', 1.8, 1.2, 1.4, 1.7, '小中学校の合計'],
      ['学校図書館の児童1人当たり貸出冊数', '冊', 42.0, 50.0, 46.3, '－'],
      ['英検3級相当以上の中学3年生の割合', '％', 38.5, 50.0, '５２．１', 50.0, '英語教育実施状況調査'],
    ];
    left.forEach((row, i) => put(ws, 5 + i, 1, row));
    right.forEach((row, i) => put(ws, 5 + i, 8, row));
    put(ws, 9, 1, ['※基準値は計画策定時（令和2年度）の値']);
  },
  expected: { file: 'h46-n-side-by-side-baseline.xlsx', fiscalYear: 2023, indicators: o4, groups: [] },
};

const O5 = '環境指標';
const o5 = [
  ind(O5, '資源ごみ回収量', 't', 4350, 4128),
  ind(O5, 'ごみの1人1日当たり排出量', 'g', 880, 902, { direction: 'down' }),
  ind(O5, '環境学習講座参加者数', '人', 600, 534, { actualStatus: 'provisional' }),
  ind(O5, '太陽光発電設置補助件数', '件', 120, 131),
];

/** Years down (R2…R7), one 目標/実績 column pair per indicator under a merged heading with its unit. */
function yearRows(ws: Worksheet): void {
  const rows: (string | number | undefined)[][] = [
    ['R2', undefined, 3980, undefined, 951, undefined, 310, undefined, 84],
    ['R3', 4100, 4050, 930, 938, 450, 402, 100, 97],
    ['R4', 4220, 4095, 905, 917, 520, 488, 110, 118],
    ['R5', undefined, 4128, 880, 902, 600, '534（見込み）', 120, 131],
    ['R6', undefined, undefined, 865, undefined, 650, undefined, 130, '38（4～6月速報）'],
    ['R7', 4600, undefined, 850, undefined, 700, undefined, 140, undefined],
  ];
  rows.forEach((row, i) => put(ws, 6 + i, 1, row));
  formula(ws, 'B9', 'B8+130', 4350, '#,##0');
  formula(ws, 'B10', 'B9+130', 4480, '#,##0');
  for (let r = 6; r <= 11; r++) for (const c of ['B', 'C']) ws.getCell(`${c}${r}`).numFmt = '#,##0';
}

/** Years as rows with indicator column pairs; 評価年度：R5 stated though R6 already has a 速報 figure. */
const yearsAsRowsPairs: Holdout2Workbook = {
  name: 'h46-n-years-rows-pairs',
  layout:
    'N: 年度 down (R2…R7) × indicator column pairs 目標/実績 under merged 「名（単位）」 headings, R5 target a formula, a （見込み） actual, an R6 速報 figure, down told by a footnote',
  build(wb) {
    const ws = wb.addWorksheet(O5);
    put(ws, 1, 1, ['第3次環境基本計画　指標進捗表']);
    put(ws, 2, 1, ['評価年度：R5', undefined, undefined, undefined, undefined, undefined, '所管：環境政策課']);
    put(ws, 4, 1, [
      '年度',
      '資源ごみ回収量（t）',
      undefined,
      'ごみの1人1日当たり排出量（g）',
      undefined,
      '環境学習講座参加者数（人）',
      undefined,
      '太陽光発電設置補助件数（件）',
    ]);
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    for (const range of ['A4:A5', 'B4:C4', 'D4:E4', 'F4:G4', 'H4:I4']) merge(ws, range);
    yearRows(ws);
    put(ws, 13, 1, ['※ごみの1人1日当たり排出量は、少ないほど良い指標です。']);
    put(ws, 14, 1, ['※資源ごみ回収量の目標は毎年130tずつ増やす設定（R7は計画の最終目標）。']);
  },
  expected: { file: 'h46-n-years-rows-pairs.xlsx', fiscalYear: 2023, indicators: o5, groups: [] },
};

const O6 = '目標設定';
const o6 = [
  ind(O6, '公式SNSフォロワー数', '人', 8000, 9045),
  ind(O6, '移住定住ポータルサイト閲覧数', '件', 60000, 47880),
  ind(O6, '市民参加型ワークショップ開催回数', '回', 12, 10),
  ind(O6, '広報紙の閲読率', '％', 65, 61.2),
];

/** Split sheets: targets (単年度 and 最終) on 目標設定, actuals on 実績報告 in another order, one name written differently. */
const splitFuzzyJoin: Holdout2Workbook = {
  name: 'h46-n-split-fuzzy-join',
  layout:
    'N: 目標設定 sheet (令和5年度目標（単年度） and 最終目標（令和9年度）) and 実績報告 sheet (令和4年度/令和5年度実績, other order, one name with ・ and の, ％ as fractions)',
  build(wb) {
    const t = wb.addWorksheet(O6);
    put(t, 1, 1, ['シティプロモーション戦略　指標の目標（令和5年度版）']);
    put(t, 3, 1, ['No.', '指標名', '単位', '令和5年度目標（単年度）', '最終目標（令和9年度）', '担当']);
    const targets: (string | number)[][] = [
      [1, '公式SNSフォロワー数', '人', 8000, 15000, '広報広聴課'],
      [2, '移住定住ポータルサイト閲覧数', '件', 60000, 100000, '移住定住推進室'],
      [3, '市民参加型ワークショップ開催回数', '回', 12, 12, '企画課'],
      [4, '広報紙の閲読率', '％', 65, 75, '広報広聴課'],
    ];
    targets.forEach((row, i) => put(t, 4 + i, 1, row));
    const a = wb.addWorksheet('実績報告');
    put(a, 1, 1, ['令和5年度　実績報告（シティプロモーション戦略）']);
    put(a, 3, 1, ['指標名', '令和4年度実績', '令和5年度実績', '備考']);
    put(a, 4, 1, ['広報紙の閲読率']);
    fraction(a, 'B4', 0.58);
    fraction(a, 'C4', 0.612);
    put(a, 4, 4, ['市民アンケートによる']);
    put(a, 5, 1, ['公式SNSフォロワー数', 7210, 9045, 'X・Instagram・LINEの合計']);
    put(a, 6, 1, ['移住・定住ポータルサイトの閲覧数', 51200, 47880, 'サイト改修で一時閉鎖あり']);
    put(a, 7, 1, ['市民参加型ワークショップ開催回数', 9, 10]);
  },
  expected: { file: 'h46-n-split-fuzzy-join.xlsx', fiscalYear: 2023, indicators: o6, groups: [], guesses: ['fuzzy-join'] },
};

export const OTHER_WORKBOOKS_2: Holdout2Workbook[] = [sideBySideBaseline, yearsAsRowsPairs, splitFuzzyJoin];
