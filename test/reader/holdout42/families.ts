/**
 * Hold-out 42: the four known families (A–D) as yet other offices lay them out, each with a trap that tempts a silent
 * mistake (a 期待値 revised during the year, 集計中 beside a 見込み column, a relative or ranged target, the city's own
 * grading bands, 達成率 formulas whose cached value is an error), every fact plain to a careful clerk.
 */
import type { Workbook } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { formula, merged, withBands } from './kit';

// ---------------------------------------------------------------------------------------------------------------
// F1 (A, tiled): blocks two across with a 期待値（当初） row and a 期待値（修正） row; the sheet says the revised one counts.

type TiledBlock = { name: string; unit: string; actuals: (number | undefined)[]; initial: number[]; revised?: number; note?: string };

const F1 = '2-3';
const F1_BLOCKS: TiledBlock[] = [
  {
    name: '観光入込客数',
    unit: '万人',
    actuals: [98.2, 104.5, 121.3, 138.6],
    initial: [110, 125, 140, 150, 160],
    revised: 135,
    note: 'R5期待値は大型イベントの中止により令和5年8月に修正',
  },
  { name: '観光客宿泊者数', unit: '人', actuals: [148300, 161250, 190870, 212400], initial: [170000, 200000, 250000, 260000, 270000] },
  {
    name: '観光案内所の外国人対応件数',
    unit: '件',
    actuals: [310, 402, 884, 1320],
    initial: [500, 900, 1200, 1300, 1400],
    revised: 1500,
    note: 'インバウンドの回復を受けR5期待値を上方修正',
  },
  { name: '観光消費額単価', unit: '円', actuals: [6820, 7010, 7380, 7650], initial: [7200, 7800, 8500, 9000, 9500] },
  { name: '観光ボランティアガイド登録者数', unit: '人', actuals: [52, 49, 44, 41], initial: [55, 58, 60, 62, 65] },
];
const f1Indicators = F1_BLOCKS.map((b) => ind(F1, b.name, b.unit, b.revised ?? b.initial[2], b.actuals[3] ?? null));

function buildTiledRevised(wb: Workbook): void {
  const ws = wb.addWorksheet(F1);
  merged(ws, 1, 1, 1, 16, '東和田市総合計画後期基本計画　令和６年度 施策評価シート（評価対象期間：令和５年度）');
  put(ws, 2, 1, ['基本方針', '2 にぎわいと交流のまちづくり']);
  put(ws, 2, 10, ['担当部', '産業観光部 観光交流課']);
  put(ws, 3, 1, ['基本施策', '2-3 観光交流の推進']);
  put(ws, 3, 10, ['達成状況評価', undefined, '（C）', '※（ ）内は前年度の評価']);
  merged(ws, 4, 1, 4, 16, '※期待値を年度途中で修正した指標は「期待値（修正）」の行に修正後の値を記入し、達成状況は修正後の期待値により評価する。');
  F1_BLOCKS.forEach((b, i) => {
    const r = 6 + Math.floor(i / 2) * 8;
    const c = i % 2 === 0 ? 1 : 10;
    put(ws, r, c, [`成果指標${'①②③④⑤'[i]}`]);
    merged(ws, r, c + 1, r, c + 6, b.name);
    put(ws, r + 1, c, ['単位', b.unit]);
    put(ws, r + 2, c, ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
    put(ws, r + 3, c, ['実績値', ...b.actuals]);
    put(ws, r + 4, c, ['期待値（当初）\n※R7は目標値', undefined, ...b.initial]);
    ws.getCell(r + 4, c).alignment = { wrapText: true };
    put(ws, r + 5, c, ['期待値（修正）', undefined, undefined, undefined, b.revised]);
    put(ws, r + 6, c, ['備考']);
    if (b.note) merged(ws, r + 6, c + 1, r + 6, c + 6, b.note);
  });
}

const tiledRevised: Holdout2Workbook = {
  name: 'h42-a-tiled-revised-expected',
  layout:
    'A: 施策 sheet, five blocks two across, R2（現状値）…R7, rows 実績値 / 期待値（当初） / 期待値（修正）; a note says the revised 期待値 counts (two blocks revised)',
  build: buildTiledRevised,
  expected: {
    file: 'h42-a-tiled-revised-expected.xlsx',
    fiscalYear: 2023,
    indicators: f1Indicators,
    groups: [{ sheet: F1, cell: 'K3', grade: rollUp(f1Indicators.map((e) => e.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// F2 (B): 事業実績 with the measure and unit in the cells, a R5実績見込 column filled where the actual is 集計中 or blank.

const F2 = '事業実績';
type F2Row = [string, string, string, string | undefined, string | undefined, string | undefined, string | undefined];
const F2_ROWS: F2Row[] = [
  ['地域おこし協力隊受入事業', '隊員数 6人', '隊員数 8人', '7人', undefined, 'B', undefined],
  ['空き家バンク運営事業', '成約件数 19件', '成約件数 24件', '集計中', '20件', undefined, '3月契約分を確認中'],
  ['移住相談会開催事業', '相談件数 141件', '相談件数 150件', '182件', undefined, 'A', '首都圏相談会を2回追加'],
  ['お試し移住住宅事業', '利用組数 18組', '利用組数 30組', undefined, '22組', undefined, '3月利用分の精算待ち'],
  ['移住支援金交付事業', '交付件数 11件', '交付件数 15件', '9件', undefined, 'C', undefined],
  ['結婚新生活支援事業', '補助件数 7件', '補助件数 10件', '4件', undefined, undefined, undefined],
  ['UIターン就職奨励金交付事業', '交付件数 29件', '交付件数 40件', '36件', undefined, 'A', undefined],
];

const projectsMikomi: Holdout2Workbook = {
  name: 'h42-b-projects-mikomi',
  layout:
    'B: 推進事業 rows, measure and unit inside the cells (「成約件数 24件」), an R5実績見込 column filled where R5実績 is 集計中 or blank, 自己評価 on some rows only',
  build(wb) {
    const ws = wb.addWorksheet(F2);
    merged(ws, 1, 1, 1, 8, '令和５年度　移住・定住推進事業　実績調書');
    put(ws, 2, 1, ['政策企画部 移住定住推進課']);
    put(ws, 2, 8, ['令和6年5月末現在']);
    put(ws, 4, 1, ['No.', '推進事業', 'R4実績', 'R5数値目標', 'R5実績', 'R5実績見込', '自己評価', '備考']);
    F2_ROWS.forEach(([name, prev, target, actual, mikomi, grade, note], i) => put(ws, 5 + i, 1, [i + 1, name, prev, target, actual, mikomi, grade, note]));
    put(ws, 13, 1, ['※自己評価は実績が確定した事業のみ記入。実績見込は令和6年3月末時点の見込み。']);
  },
  expected: {
    file: 'h42-b-projects-mikomi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F2, '地域おこし協力隊受入事業', '人', 8, 7, { existing: 'B' }),
      ind(F2, '空き家バンク運営事業', '件', 24, null, { actualStatus: 'pending' }),
      ind(F2, '移住相談会開催事業', '件', 150, 182, { existing: 'A' }),
      ind(F2, 'お試し移住住宅事業', '組', 30, null, { actualStatus: 'missing' }),
      ind(F2, '移住支援金交付事業', '件', 15, 9, { existing: 'C' }),
      ind(F2, '結婚新生活支援事業', '件', 10, 4),
      ind(F2, 'UIターン就職奨励金交付事業', '件', 40, 36, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// F3 (C): KPI × 西暦年度 columns under a 令和 title, 目標値 「前年度以上」 (last year's actual on the sheet), full-width digits, a 見込み.

const F3 = 'KPI検証';
type KpiRow = [string, string, string, (string | number)[], (string | number | undefined)[]];
const F3_KPIS: KpiRow[] = [
  ['基本目標１ 地域にしごとをつくる', '創業支援事業による創業件数', '件', ['－', '前年度以上', '前年度以上', '前年度以上', '前年度以上'], [27, 30, 34, 31]],
  ['基本目標１ 地域にしごとをつくる', '市内企業への新規就職者数', '人', ['－', 100, 110, 120, 130], [86, 94, 102, 88]],
  [
    '基本目標２ 新しい人の流れをつくる',
    'ふるさと納税寄附件数',
    '件',
    ['－', '12,000', '15,000', '１８，０００', '20,000'],
    ['9,412', '13,207', '16,880', '２１，３０５'],
  ],
  ['基本目標２ 新しい人の流れをつくる', '観光施設入込数', '千人', ['－', 900, 950, 1000, 1050], [702, 855, 948, 1012]],
  ['基本目標３ 子育ての希望をかなえる', '子育て支援センター利用者数', '人', ['－', 20000, 22000, 24000, 25000], [15022, 19480, 21760, '22,950（見込み）']],
];

const kpiTwoCalendars: Holdout2Workbook = {
  name: 'h42-c-kpi-relative-target',
  layout:
    'C: KPI with a 目標値 row and a 実績値 row each, 2020年度（基準）…2024年度（目標） columns under a 令和５年度 title, 「前年度以上」 targets, full-width figures, a （見込み） actual',
  build(wb) {
    const ws = wb.addWorksheet(F3);
    merged(ws, 1, 1, 1, 10, '第２期 西川町まち・ひと・しごと創生総合戦略　ＫＰＩ進捗状況（令和５年度）');
    put(ws, 3, 1, ['基本目標', 'ＫＰＩ', '単位', '区分', '2020年度（基準）', '2021年度', '2022年度', '2023年度', '2024年度（目標）', '備考']);
    F3_KPIS.forEach(([goal, name, unit, targets, actuals], i) => {
      const r = 4 + i * 2;
      merged(ws, r, 1, r + 1, 1, goal);
      merged(ws, r, 2, r + 1, 2, name);
      merged(ws, r, 3, r + 1, 3, unit);
      put(ws, r, 4, ['目標値', ...targets]);
      put(ws, r + 1, 4, ['実績値', ...actuals]);
    });
    put(ws, 15, 1, ['※「前年度以上」は、前年度の実績値以上を目標とするもの。']);
    put(ws, 16, 1, ['※（見込み）は令和6年3月末時点の見込値。']);
  },
  expected: {
    file: 'h42-c-kpi-relative-target.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F3, '創業支援事業による創業件数', '件', 34, 31),
      ind(F3, '市内企業への新規就職者数', '人', 120, 88),
      ind(F3, 'ふるさと納税寄附件数', '件', 18000, 21305),
      ind(F3, '観光施設入込数', '千人', 1000, 1012),
      { ...ind(F3, '子育て支援センター利用者数', '人', 24000, 22950), actualStatus: 'provisional' },
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// F4 (D): plan indicators with a ranged target (45～60%), an 「以下」 target, a calendar-year statistic of the year before, 「延伸」.

const F4 = '計画の指標';
const F4_ROWS: [string, string, string, string, string, string][] = [
  [
    '特定健康診査受診率',
    '国民健康保険被保険者（40～74歳）のうち特定健康診査を受診した人の割合',
    '41.2%\n（令和2年度）',
    '60%',
    '47.8%\n（令和5年度）',
    '法定報告',
  ],
  ['特定保健指導実施率', '特定保健指導の対象者のうち指導を終了した人の割合', '38.5%\n（令和2年度）', '45～60%', '52.3%\n（令和5年度）', '法定報告'],
  ['成人の喫煙率', '20歳以上で習慣的に喫煙している人の割合（減少を目指す）', '16.8%\n（令和元年度）', '12%', '14.1%\n（令和5年度）', '市民健康意識調査'],
  ['自殺死亡率', '人口10万人当たりの自殺者数', '18.4\n（令和元年）', '13.0以下', '16.2\n（令和4年）', '人口動態統計'],
  ['男性の健康寿命', '日常生活動作が自立している期間の平均', '79.8年\n（令和元年）', '延伸', '80.3年\n（令和4年）', '県算定値'],
  ['成人歯科健診受診者数', '節目年齢（40・50・60・70歳）の歯科健診受診者数', '1,120人\n（令和2年度）', '1,500人', '1,398人\n（令和5年度）', '事業実績'],
];
const final = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });

const planRange: Holdout2Workbook = {
  name: 'h42-d-plan-range-target',
  layout:
    'D: 健康増進計画 indicators, 現況 and 実績 with their year in the cell, a ranged 目標 (45～60%), 「13.0以下」, 「延伸」, two 実績 of calendar 令和4年 (a year before)',
  build(wb) {
    const ws = wb.addWorksheet(F4);
    merged(ws, 1, 1, 1, 7, '第３次桜台市健康増進計画　計画の指標の状況（令和５年度）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法']);
    F4_ROWS.forEach((row, i) => {
      put(ws, 4 + i, 1, [i + 1, ...row]);
      for (const c of [4, 6]) ws.getCell(4 + i, c).alignment = { wrapText: true };
    });
    [5, 22, 40, 16, 12, 16, 18].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    put(ws, 11, 1, ['※実績は令和5年度末時点で把握できる最新の値。統計の公表時期により前年の値を記載しているものがある。']);
  },
  expected: {
    file: 'h42-d-plan-range-target.xlsx',
    fiscalYear: 2023,
    guesses: ['other-year'],
    indicators: [
      final(ind(F4, '特定健康診査受診率', '%', 60, 47.8)),
      final(ind(F4, '特定保健指導実施率', '%', 45, 52.3)),
      final(ind(F4, '成人の喫煙率', '%', 12, 14.1, { direction: 'down' })),
      final({ ...ind(F4, '自殺死亡率', null, 13, 16.2, { direction: 'down' }), unit: undefined }),
      final(ind(F4, '男性の健康寿命', '年', null, 80.3)),
      final(ind(F4, '成人歯科健診受診者数', '人', 1500, 1398)),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// F5 (A, stacked): the city's own bands in a 評価基準 legend (100 / 90 / 70), 達成率 formulas (one cached #REF!), 評価 on some blocks.

const F5 = '施策5-2';
const CITY_BANDS: [number, number, number] = [1, 0.9, 0.7];
type StackedBlock = { name: string; unit: string; targets: number[]; actuals: number[]; grade?: string; broken?: boolean };
const F5_BLOCKS: StackedBlock[] = [
  { name: '図書館貸出冊数', unit: '冊', targets: [400000, 420000, 430000, 450000], actuals: [401220, 372000], grade: 'C' },
  { name: '公民館講座受講者数', unit: '人', targets: [6500, 6800, 7000, 7200], actuals: [6120, 5610] },
  { name: '市民体育館等スポーツ施設利用者数', unit: '人', targets: [300000, 310000, 320000, 330000], actuals: [296400, 318240], grade: 'A' },
  { name: '文化財愛護ボランティア登録者数', unit: '人', targets: [40, 45, 50, 55], actuals: [35, 31], broken: true },
];
const f5Indicators = F5_BLOCKS.map((b) => withBands(ind(F5, b.name, b.unit, b.targets[1], b.actuals[1], b.grade ? { existing: b.grade } : {}), CITY_BANDS));

function buildStackedBands(wb: Workbook): void {
  const ws = wb.addWorksheet(F5);
  merged(ws, 1, 1, 1, 7, '施策評価シート（教育委員会）');
  put(ws, 2, 1, ['評価対象年度：令和５年度']);
  put(ws, 3, 1, ['政策', '5 学びと文化のまち']);
  put(ws, 4, 1, ['施策', '5-2 生涯学習・スポーツの振興', undefined, undefined, '施策の達成度（Ａ～Ｄ）']);
  put(ws, 5, 1, ['担当課', '生涯学習課・スポーツ振興課']);
  merged(ws, 6, 1, 6, 7, '【評価基準】指標の評価は達成率により判定する。Ａ：100％以上　Ｂ：90％以上100％未満　Ｃ：70％以上90％未満　Ｄ：70％未満');
  merged(ws, 7, 1, 7, 7, '施策の達成度は各指標の評価の平均（Ａ＝4、Ｂ＝3、Ｃ＝2、Ｄ＝1、小数点以下四捨五入）による。');
  F5_BLOCKS.forEach((b, i) => {
    const r = 9 + i * 6;
    put(ws, r, 1, [`指標${i + 1}`]);
    merged(ws, r, 2, r, 5, b.name);
    put(ws, r, 6, ['単位', b.unit]);
    put(ws, r + 1, 1, ['年度', 'R4', 'R5', 'R6', 'R7（目標）', '評価（R5）']);
    put(ws, r + 2, 1, ['目標値', ...b.targets]);
    put(ws, r + 3, 1, ['実績値', ...b.actuals]);
    put(ws, r + 4, 1, ['達成率']);
    formula(ws, r + 4, 2, `B${r + 3}/B${r + 2}`, b.actuals[0] / b.targets[0], '0.0%');
    formula(ws, r + 4, 3, b.broken ? `#REF!/C${r + 2}` : `C${r + 3}/C${r + 2}`, b.broken ? '#REF!' : b.actuals[1] / b.targets[1], '0.0%');
    ws.mergeCells(r + 2, 6, r + 4, 6);
    if (b.grade) ws.getCell(r + 2, 6).value = b.grade;
  });
}

const stackedBands: Holdout2Workbook = {
  name: 'h42-a-stacked-city-bands',
  layout:
    'A: 施策 sheet, four blocks stacked, R4…R7, 達成率 formulas (one cached #REF!), a 【評価基準】 legend A 100 / B 90 / C 70 %, 評価（R5） filled on two blocks',
  build: buildStackedBands,
  expected: {
    file: 'h42-a-stacked-city-bands.xlsx',
    fiscalYear: 2023,
    indicators: f5Indicators,
    groups: [{ sheet: F5, cell: 'F4', grade: rollUp(f5Indicators.map((e) => e.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// F6 (B): 事務事業 rows with 当初目標 and 修正目標 columns (the note: 修正目標 counts where written), 達成率 formulas with #DIV/0! and #REF!.

const F6 = '事務事業';
/** code, name, unit, 当初目標, 修正目標, 実績, the target the 達成率 formula divides by, its cached value, 評価, 備考. */
type F6Row = [
  string,
  string,
  string,
  number | undefined,
  number | undefined,
  number,
  'initial' | 'revised',
  number | '#DIV/0!' | '#REF!',
  string | undefined,
  string | undefined,
];
const F6_ROWS: F6Row[] = [
  ['04-02-011', '健康ポイント事業参加者数', '人', 1500, 2000, 1720, 'revised', 1720 / 2000, 'B', '補正予算により対象年齢を拡大'],
  ['04-02-014', '介護予防教室開催回数', '回', 96, undefined, 88, 'initial', 88 / 96, 'B', undefined],
  ['04-02-020', '見守りネットワーク協力事業所数', '事業所', 120, 100, 104, 'revised', 104 / 100, undefined, '協力事業所の統廃合により目標を修正'],
  ['04-02-023', '認知症サポーター養成講座受講者数', '人', 800, undefined, 455, 'initial', 455 / 800, 'C', undefined],
  ['04-02-031', '在宅医療・介護連携研修参加者数', '人', undefined, undefined, 62, 'initial', '#DIV/0!', undefined, '新規事業のため目標設定なし'],
  ['04-02-035', 'フレイル予防出前講座実施回数', '回', 40, 50, 50, 'revised', '#REF!', 'A', undefined],
];

const revisedColumns: Holdout2Workbook = {
  name: 'h42-b-revised-target-columns',
  layout:
    'B: 事務事業 rows, 当初目標 and 修正目標 columns (a note: the rate is against 修正目標 where written), 達成率 formulas cached #DIV/0! and #REF!, 評価 on some rows',
  build(wb) {
    const ws = wb.addWorksheet(F6);
    merged(ws, 1, 1, 1, 10, '令和５年度　事務事業評価シート（健康福祉部 長寿支援課）');
    merged(
      ws,
      2,
      1,
      2,
      10,
      '※達成率は、修正目標のある事業は修正目標に対する割合、ない事業は当初目標に対する割合とする（修正目標は補正予算等により年度途中で目標を変更した場合に記入）。',
    );
    put(ws, 4, 1, ['事業コード', '成果指標', '単位', '当初目標', '修正目標', '実績', '達成率', '評価', '備考']);
    F6_ROWS.forEach(([code, name, unit, initial, revised, actual, against, rate, grade, note], i) => {
      const r = 5 + i;
      put(ws, r, 1, [code, name, unit, initial, revised, actual]);
      formula(ws, r, 7, rate === '#REF!' ? `F${r}/#REF!` : `F${r}/${against === 'revised' ? 'E' : 'D'}${r}`, rate, '0.0%');
      put(ws, r, 8, [grade, note]);
    });
  },
  expected: {
    file: 'h42-b-revised-target-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F6, '健康ポイント事業参加者数', '人', 2000, 1720, { existing: 'B' }),
      ind(F6, '介護予防教室開催回数', '回', 96, 88, { existing: 'B' }),
      ind(F6, '見守りネットワーク協力事業所数', '事業所', 100, 104),
      ind(F6, '認知症サポーター養成講座受講者数', '人', 800, 455, { existing: 'C' }),
      ind(F6, '在宅医療・介護連携研修参加者数', '人', null, 62),
      ind(F6, 'フレイル予防出前講座実施回数', '回', 50, 50, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [tiledRevised, projectsMikomi, kpiTwoCalendars, planRange, stackedBands, revisedColumns];
