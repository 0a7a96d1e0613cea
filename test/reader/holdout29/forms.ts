/** Hold-out 29, forms and odd shapes: cards, years as rows, side-by-side tables, label/value forms, revised targets, reference tables. */
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put, rollUp } from '../holdout2/kit';

type Card = [sheet: string, name: string, unit: string, target: string | number, actual: string | number, last: number];

const CARDS: Card[] = [
  ['指標①', '市民農園の区画利用率', '％', '９０．０', '８４．５', 88.1],
  ['指標②', '農産物直売所の販売額', '百万円', '３２０', '３４１', 305],
  ['指標③', '耕作放棄地面積', 'ha', 150, 162, 158],
];

/** 指標カード, one per sheet: label/value pairs going down, full-width digits, last year's actual beside (a trap). */
const cards: Holdout2Workbook = {
  name: 'h29-indicator-cards',
  layout: '指標カード 1 枚 1 シート: ラベル/値が縦に並ぶ、全角数字、前年度実績欄（罠）、方向は「目指す方向」欄',
  build(wb) {
    for (const [sheet, name, unit, target, actual, last] of CARDS) {
      const ws = wb.addWorksheet(sheet);
      put(ws, 1, 1, ['農業振興計画　成果指標カード（令和５年度評価）']);
      put(ws, 3, 1, ['指標名', name]);
      put(ws, 4, 1, ['単位', unit]);
      put(ws, 5, 1, ['目指す方向', name === '耕作放棄地面積' ? '減少' : '増加']);
      put(ws, 6, 1, ['前年度（令和４年度）実績', last]);
      put(ws, 7, 1, ['令和５年度 目標値', target]);
      put(ws, 8, 1, ['令和５年度 実績値', actual]);
      put(ws, 9, 1, ['所管課', '農政課']);
      put(ws, 10, 1, ['取組の状況', '関係団体と連携し取組を進めた。']);
    }
  },
  expected: {
    file: 'h29-indicator-cards.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('指標①', '市民農園の区画利用率', '％', 90, 84.5),
      ind('指標②', '農産物直売所の販売額', '百万円', 320, 341),
      ind('指標③', '耕作放棄地面積', 'ha', 150, 162, { direction: 'down' }),
    ],
    groups: [],
  },
};

const ENV = '指標推移';

/** 環境基本計画: years as rows, indicators as columns with units in headings, a final-target row, no evaluation year stated (a guess). */
const yearsAsRows: Holdout2Workbook = {
  name: 'h29-env-years-as-rows',
  layout: '環境基本計画 指標の推移: 年度が行（平成30年度〜令和5年度）、指標が列（単位は見出しの括弧）、最終行に目標値（R7）、評価年度の記載なし',
  build(wb) {
    const ws = wb.addWorksheet(ENV);
    put(ws, 1, 1, ['第３次環境基本計画　環境指標の推移']);
    put(ws, 3, 1, ['年度', '温室効果ガス排出量（千t-CO2）↓', '1人1日当たりごみ排出量（g）↓', '住宅用太陽光発電設置件数（件）↑']);
    const years = ['平成30年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度'];
    const data = [
      [1250, 982, 2140],
      [1218, 975, 2310],
      [1160, 990, 2455],
      [1172, 968, 2610],
      [1139, 951, 2790],
      [1105, 944, 2920],
    ];
    years.forEach((y, i) => put(ws, 4 + i, 1, [y, ...data[i]]));
    put(ws, 10, 1, ['目標値（令和7年度）', 1000, 900, 3500]);
    put(ws, 12, 1, ['↓は減少、↑は増加を目指す指標']);
  },
  expected: {
    file: 'h29-env-years-as-rows.xlsx',
    fiscalYear: 2023,
    guesses: ['period'],
    indicators: [
      { ...ind(ENV, '温室効果ガス排出量', '千t-CO2', 1000, 1105, { direction: 'down' }), targetSource: 'final' },
      { ...ind(ENV, '1人1日当たりごみ排出量', 'g', 900, 944, { direction: 'down' }), targetSource: 'final' },
      { ...ind(ENV, '住宅用太陽光発電設置件数', '件', 3500, 2920), targetSource: 'final' },
    ],
    groups: [],
  },
};

const FUKUSHI = '地域福祉';

/** 地域福祉計画: two tables side by side sharing rows, a blank spacer column, units inside the value text. */
const sideBySide: Holdout2Workbook = {
  name: 'h29-welfare-side-by-side',
  layout: '地域福祉計画: 基本目標1・2 の表が空白列を挟んで横に並び行を共有、値は「1,234人」の文字列、FY2023 表記',
  build(wb) {
    const ws = wb.addWorksheet(FUKUSHI);
    put(ws, 1, 1, ['地域福祉計画 進捗状況（FY2023）']);
    put(ws, 3, 1, ['基本目標１　支え合う地域づくり', undefined, undefined, undefined, '基本目標２　安心して暮らせる仕組みづくり']);
    put(ws, 4, 1, ['指標', '目標', '実績', undefined, '指標', '目標', '実績']);
    put(ws, 5, 1, ['地域サロン設置数', '65か所', '58か所', undefined, '成年後見制度利用支援件数', '40件', '44件']);
    put(ws, 6, 1, ['ボランティア登録者数', '1,800人', '1,512人', undefined, '生活困窮者自立相談 新規相談件数', '300件', '186件']);
    put(ws, 7, 1, ['見守り協力事業者数', '120事業所', '121事業所']);
    ws.mergeCells('A3:C3');
    ws.mergeCells('E3:G3');
  },
  expected: {
    file: 'h29-welfare-side-by-side.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(FUKUSHI, '地域サロン設置数', 'か所', 65, 58),
      ind(FUKUSHI, 'ボランティア登録者数', '人', 1800, 1512),
      ind(FUKUSHI, '見守り協力事業者数', '事業所', 120, 121),
      ind(FUKUSHI, '成年後見制度利用支援件数', '件', 40, 44),
      ind(FUKUSHI, '生活困窮者自立相談 新規相談件数', '件', 300, 186),
    ],
    groups: [],
  },
};

const SESAKU = '施策評価シート';
const sesakuGrades = [ind(SESAKU, '図書館貸出冊数', '冊', 420000, 398000), ind(SESAKU, '市民講座受講者数', '人', 3200, 2150)].map((i) => i.grade);

/** A policy evaluation form: label/value pairs going down, two indicators as numbered blocks, the policy's rating cell left blank. */
const policyForm: Holdout2Workbook = {
  name: 'h29-policy-form-down',
  layout: '施策評価シート: ラベル/値の縦並び、成果指標１・２ のブロック、施策の達成度評価欄（空欄）、2023年度 表記',
  build(wb) {
    const ws = wb.addWorksheet(SESAKU);
    put(ws, 1, 1, ['2023年度　施策評価シート']);
    put(ws, 3, 1, ['施策名', '生涯学習の推進']);
    put(ws, 4, 1, ['担当部', '教育部 生涯学習課']);
    put(ws, 5, 1, ['施策の達成度評価']);
    put(ws, 7, 1, ['成果指標１']);
    put(ws, 8, 1, ['指標名', '図書館貸出冊数']);
    put(ws, 9, 1, ['単位', '冊']);
    put(ws, 10, 1, ['目標値', 420000]);
    put(ws, 11, 1, ['実績値', 398000]);
    put(ws, 13, 1, ['成果指標２']);
    put(ws, 14, 1, ['指標名', '市民講座受講者数']);
    put(ws, 15, 1, ['単位', '人']);
    put(ws, 16, 1, ['目標値', 3200]);
    put(ws, 17, 1, ['実績値', 2150]);
    put(ws, 19, 1, ['評価基準：A 100％以上、B 80％以上、C 60％以上、D 60％未満（指標の平均で施策を評価）']);
  },
  expected: {
    file: 'h29-policy-form-down.xlsx',
    fiscalYear: 2023,
    indicators: [ind(SESAKU, '図書館貸出冊数', '冊', 420000, 398000), ind(SESAKU, '市民講座受講者数', '人', 3200, 2150)],
    groups: [{ sheet: SESAKU, cell: 'B5', grade: rollUp(sesakuGrades) }],
  },
};

const KANKO = '観光KPI';

/** 観光振興計画 KPIs: 当初目標 and 修正目標 (the revised one counts), last year's actual, 皆減, full-width digits. */
const revised: Holdout2Workbook = {
  name: 'h29-tourism-revised-targets',
  layout: '観光振興計画 KPI: 当初目標値と修正目標値（修正が有効）、前年度実績列、「皆減」、全角数字、R5年度 表記',
  build(wb) {
    const ws = wb.addWorksheet(KANKO);
    put(ws, 1, 1, ['観光振興計画　KPI進捗（R5年度）']);
    put(ws, 2, 1, ['※R5目標は令和５年９月に修正（修正目標値で評価する）']);
    put(ws, 4, 1, ['KPI', '単位', 'R4実績', 'R5当初目標値', 'R5修正目標値', 'R5実績', '備考']);
    put(ws, 5, 1, ['外国人観光客数', '人', '12,400', '30,000', '45,000', '38,700']);
    put(ws, 6, 1, ['観光消費額', '億円', '２１．４', '２５．０', '２４．０', '２４．６']);
    put(ws, 7, 1, ['観光施設での事故件数', '件', 3, 2, 1, '皆減', '減少を目指す指標。事故ゼロを達成']);
    put(ws, 8, 1, ['クルーズ船寄港回数', '回', 2, 4, 6, 5]);
  },
  expected: {
    file: 'h29-tourism-revised-targets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KANKO, '外国人観光客数', '人', 45000, 38700),
      ind(KANKO, '観光消費額', '億円', 24, 24.6),
      ind(KANKO, '観光施設での事故件数', '件', 1, 0, { direction: 'down' }),
      ind(KANKO, 'クルーズ船寄港回数', '回', 6, 5),
    ],
    groups: [],
  },
};

const KEIKAKU = '個別計画';

/** Two tables stacked on one sheet under their own headings, plus a 参考 table of prefecture averages (not indicators). */
const stackedWithReference: Holdout2Workbook = {
  name: 'h29-stacked-with-reference',
  layout: '健康増進計画: 2 表を縦に積む（分野ごとの見出し）、間に注記行、下に「参考：県平均」表（指標ではない）、令和5年度',
  build(wb) {
    const ws = wb.addWorksheet(KEIKAKU);
    put(ws, 1, 1, ['健康増進計画（第３次）　令和５年度 評価']);
    put(ws, 3, 1, ['【分野１】栄養・食生活']);
    put(ws, 4, 1, ['指標', '単位', '目標値', '実績値', '評価']);
    put(ws, 5, 1, ['朝食を欠食する中学生の割合', '％', 5, 6.8, 'D']);
    put(ws, 6, 1, ['食育推進ボランティア数', '人', 150, 138, 'B']);
    put(ws, 7, 1, ['※朝食欠食率は低いほど良い。']);
    put(ws, 9, 1, ['【分野２】身体活動・運動']);
    put(ws, 10, 1, ['指標', '単位', '目標値', '実績値', '評価']);
    put(ws, 11, 1, ['運動習慣のある市民の割合', '％', 35, 31.2, 'B']);
    put(ws, 12, 1, ['ウォーキング大会参加者数', '人', 800, 455, 'D']);
    put(ws, 14, 1, ['参考：県平均（令和５年度）']);
    put(ws, 15, 1, ['項目', '単位', '県平均']);
    put(ws, 16, 1, ['朝食を欠食する中学生の割合', '％', 7.4]);
    put(ws, 17, 1, ['運動習慣のある市民の割合', '％', 29.8]);
  },
  expected: {
    file: 'h29-stacked-with-reference.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KEIKAKU, '朝食を欠食する中学生の割合', '％', 5, 6.8, { direction: 'down', existing: 'D' }),
      ind(KEIKAKU, '食育推進ボランティア数', '人', 150, 138, { existing: 'B' }),
      ind(KEIKAKU, '運動習慣のある市民の割合', '％', 35, 31.2, { existing: 'B' }),
      ind(KEIKAKU, 'ウォーキング大会参加者数', '人', 800, 455, { existing: 'D' }),
    ],
    groups: [],
  },
};

export const FORM_WORKBOOKS: Holdout2Workbook[] = [cards, yearsAsRows, sideBySide, policyForm, revised, stackedWithReference];
