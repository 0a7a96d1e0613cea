/** Hold-out 74, part 2: 下水道事業経営戦略 経営指標 (years as rows, a two-row heading), 人口ビジョン with a negative 社会増減数, 公共施設等総合管理計画 with a 削減 target as % of the baseline, and 消防団 with the 条例定数 as a reference column. */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const S1 = '経営指標';
const sewer: Holdout2Workbook = {
  name: 'h74-gesuido-keiei-years-rows',
  layout:
    '下水道事業経営戦略 経営指標: 年度が行（R2〜R7）、指標ごとに目標/実績の2段見出し（単位は見出しの括弧）、R6以降は目標だけ、低いほど良い指標は表の下の注記',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['みなと市下水道事業経営戦略　経営指標の目標と実績（令和5年度決算による検証）']);
    put(ws, 2, 9, ['上下水道部 経営企画課']);
    put(ws, 4, 1, [
      '年度',
      '経費回収率（％）',
      undefined,
      '有収率（％）',
      undefined,
      '汚水処理原価（円/㎥）',
      undefined,
      '水洗化率（％）',
      undefined,
      '企業債残高（百万円）',
    ]);
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    ws.mergeCells('A4:A5');
    for (const [a, b] of [
      ['B', 'C'],
      ['D', 'E'],
      ['F', 'G'],
      ['H', 'I'],
      ['J', 'K'],
    ])
      ws.mergeCells(`${a}4:${b}4`);
    const rows: (string | number | undefined)[][] = [
      ['令和2年度', 90.0, 88.4, 82.0, 81.5, 175.0, 178.2, 90.0, 89.8, 13200, 13150],
      ['令和3年度', 91.5, 89.9, 83.0, 83.4, 172.0, 176.0, 90.5, 90.3, 13000, 12960],
      ['令和4年度', 93.0, 90.2, 84.0, 85.1, 168.0, 174.5, 91.0, 90.9, 12700, 12640],
      ['令和5年度', 95.0, 91.3, 85.0, 86.2, 165.0, 171.8, 92.0, 91.5, 12400, 12180],
      ['令和6年度', 96.0, undefined, 86.0, undefined, 163.0, undefined, 92.5, undefined, 12100],
      ['令和7年度', 97.0, undefined, 87.0, undefined, 160.0, undefined, 93.0, undefined, 11800],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※経費回収率＝下水道使用料÷汚水処理費×100　　有収率＝有収水量÷汚水処理水量×100']);
    put(ws, 14, 1, ['※汚水処理原価及び企業債残高は、低いほど経営が良好であることを示す指標である。']);
    put(ws, 15, 1, ['※令和6年度以降は目標値のみ記載。']);
    ws.getColumn(1).width = 14;
  },
  expected: {
    file: 'h74-gesuido-keiei-years-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '経費回収率', '％', 95.0, 91.3),
      ind(S1, '有収率', '％', 85.0, 86.2),
      ind(S1, '汚水処理原価', '円/㎥', 165.0, 171.8, { direction: 'down' }),
      ind(S1, '水洗化率', '％', 92.0, 91.5),
      ind(S1, '企業債残高', '百万円', 12400, 12180, { direction: 'down' }),
    ],
    groups: [],
  },
};

const S2 = '人口ビジョン';
const population: Holdout2Workbook = {
  name: 'h74-jinko-vision-negative',
  layout:
    '人口ビジョン・総合戦略 基本目標の進捗: 社会増減数が「△120」（目標0、基準値「△315」）、「41,236人」の文字の実績、単位の空いた合計特殊出生率、転出者数は減少を目指す注記',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['みなと市人口ビジョン・第2期総合戦略　基本目標の進捗状況（令和5年度）']);
    put(ws, 2, 6, ['企画政策課']);
    put(ws, 4, 1, ['指標', '単位', '基準値（平成27年）', '目標値（令和5年度）', '実績値（令和5年度）', '出典']);
    const rows: (string | number | undefined)[][] = [
      ['総人口', '人', '43,018', 41500, '41,236人', '住民基本台帳（令和5年10月1日現在）'],
      ['年間出生数', '人', 342, 300, 268, '人口動態統計'],
      ['合計特殊出生率', undefined, 1.51, 1.6, 1.42, '人口動態統計'],
      ['転入者数', '人', 1650, 1800, 1712, '住民基本台帳人口移動報告'],
      ['転出者数', '人', 1965, 1800, 1832, '住民基本台帳人口移動報告'],
      ['社会増減数', '人', '△315', 0, '△120', '転入者数－転出者数'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※「転出者数」は減少を目指す指標である。']);
    put(ws, 13, 1, ['※社会増減数の「△」は転出超過（マイナス）を示す。目標は転入・転出の均衡（0人）。']);
    ws.getColumn(1).width = 18;
    ws.getColumn(6).width = 34;
  },
  expected: {
    file: 'h74-jinko-vision-negative.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '総人口', '人', 41500, 41236),
      ind(S2, '年間出生数', '人', 300, 268),
      ind(S2, '合計特殊出生率', null, 1.6, 1.42),
      ind(S2, '転入者数', '人', 1800, 1712),
      ind(S2, '転出者数', '人', 1800, 1832, { direction: 'down' }),
      // actual ÷ target with a target of 0 cannot be computed: no grade under the default rules.
      ind(S2, '社会増減数', '人', 0, -120),
    ],
    groups: [],
  },
};

const S3 = '進捗管理';
const facilities: Holdout2Workbook = {
  name: 'h74-koukyo-shisetsu-baseline-pct',
  layout: '公共施設等総合管理計画 数値目標: 延床面積の目標が「基準値比10％削減」（令和8年度末、年度ごとの目標なし）、㎡/人、備考に累計、削減を目指す指標は注記',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['みなと市公共施設等総合管理計画　数値目標の進捗（令和5年度末時点）']);
    put(ws, 2, 6, ['資産経営課']);
    put(ws, 4, 1, ['数値目標', '単位', '基準値（平成28年度末）', '目標（令和8年度末）', '令和5年度末実績', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['公共建築物の延床面積', '㎡', 312400, '基準値比10％削減', 296850, '解体・売却による減 15,550㎡'],
      ['市民1人当たりの延床面積', '㎡/人', 7.12, 6.8, 6.95],
      ['長寿命化改修の実施施設数', '施設', 0, 24, 14, '平成29年度からの累計'],
      ['施設の統廃合・複合化件数', '件', 0, 15, 9, '平成29年度からの累計'],
      ['長寿命化修繕を実施した橋梁数', '橋', 0, 40, 31, '平成29年度からの累計'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 11, 1, ['※「公共建築物の延床面積」及び「市民1人当たりの延床面積」は、削減を目指す指標である。']);
    put(ws, 12, 1, ['※目標は計画期間の最終年度（令和8年度末）の値であり、年度ごとの目標は設定していない。']);
    ws.getColumn(1).width = 36;
  },
  expected: {
    file: 'h74-koukyo-shisetsu-baseline-pct.xlsx',
    fiscalYear: 2023,
    // 312,400 ㎡ × (1 − 10 %) = 281,160 ㎡ is arithmetic on the 基準値 cell, as 基準値比10%増 is: a clerk checks it.
    guesses: ['target-from-baseline'],
    indicators: [
      { ...ind(S3, '公共建築物の延床面積', '㎡', 281160, 296850, { direction: 'down' }), targetSource: 'final' },
      { ...ind(S3, '市民1人当たりの延床面積', '㎡/人', 6.8, 6.95, { direction: 'down' }), targetSource: 'final' },
      { ...ind(S3, '長寿命化改修の実施施設数', '施設', 24, 14), targetSource: 'final' },
      { ...ind(S3, '施設の統廃合・複合化件数', '件', 15, 9), targetSource: 'final' },
      { ...ind(S3, '長寿命化修繕を実施した橋梁数', '橋', 40, 31), targetSource: 'final' },
    ],
    groups: [],
  },
};

const S4 = '消防団';
const fireCorps: Holdout2Workbook = {
  name: 'h74-shobodan-teisu-reference',
  layout: '消防力整備計画 消防団の指標: 目標の左に「条例定数（参考）」の列（団員数の目標ではない）、「－」の定数、令和5年度末の目標・実績、全角数字',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['みなと市消防力整備計画　消防団の充実強化に関する指標（令和5年度）']);
    put(ws, 2, 7, ['消防本部 警防課']);
    put(ws, 4, 1, ['指標', '単位', '条例定数（参考）', '基準値（令和4年4月1日）', '目標値（令和5年度末）', '実績値（令和5年度末）', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['消防団員数', '人', 700, 548, 560, '５３１', '基本団員と機能別団員の合計'],
      ['女性消防団員数', '人', '－', 24, 30, 27],
      ['機能別消防団員数', '人', 80, 35, 45, 48, '大規模災害団員を含む'],
      ['消防団協力事業所数', '事業所', '－', 41, 45, 43],
      ['消防団員の充足率', '％', '－', 78.3, 80.0, 75.9, '団員数÷条例定数'],
      ['分団詰所の耐震化率', '％', '－', 70.0, 85.0, 85.0],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※条例定数は、みなと市消防団条例に定める団員の定数であり、参考として掲載（目標値ではない）。']);
    ws.getColumn(1).width = 22;
  },
  expected: {
    file: 'h74-shobodan-teisu-reference.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S4, '消防団員数', '人', 560, 531),
      ind(S4, '女性消防団員数', '人', 30, 27),
      ind(S4, '機能別消防団員数', '人', 45, 48),
      ind(S4, '消防団協力事業所数', '事業所', 45, 43),
      ind(S4, '消防団員の充足率', '％', 80.0, 75.9),
      ind(S4, '分団詰所の耐震化率', '％', 85.0, 85.0),
    ],
    groups: [],
  },
};

export const INFRA_WORKBOOKS: Holdout2Workbook[] = [sewer, population, facilities, fireCorps];
