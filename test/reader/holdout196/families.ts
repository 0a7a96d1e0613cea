/**
 * Hold-out set 196, the four known families as みずほ市 環境部 水環境課 and 上下水道局 write them ("水資源・地下水保全・節水・雨水利用"):
 * a 基本施策事後評価シート with five indicator blocks stacked down the sheet, a 事業実績 table with targets and actuals as text,
 * a 水循環推進計画 KPI table of 目標値/実績値 rows under 令和N年3月末 columns, and a 地下水保全計画 点検評価一覧.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------
// A: 基本施策事後評価シート, blocks stacked, 目指す方向 per block, R7 期待値 is the 目標値.

const A_SHEET = '3-2';

interface Block {
  name: string;
  unit: string;
  dir: '↑' | '↓';
  desc: string;
  actual: (number | string | null)[]; // R2..R6
  expect: (number | string | null)[]; // R2..R7
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    name: '雨水貯留タンク設置助成件数（累計）',
    unit: '基',
    dir: '↑',
    desc: '雨水貯留タンク設置費補助金により設置された雨水貯留タンクの累計基数（平成22年度制度開始からの累計）',
    actual: [412, 455, 498, 551, 596],
    expect: ['－', 460, 510, 560, 620, 680],
    note: '物価高騰によりタンク本体価格が上昇し、申請が伸び悩んだ。',
  },
  {
    name: '1人1日当たり家庭用水使用量',
    unit: 'L',
    dir: '↓',
    desc: '家庭用有収水量÷給水人口÷年間日数（節水の進み具合を表す。少ないほど良い）',
    actual: [231, 228, 226, 225, 224],
    expect: ['－', 229, 226, 222, 218, 215],
    note: '夏季の猛暑日増加により使用量の減少幅が縮小。',
  },
  {
    name: '水源かん養林の整備面積（単年度）',
    unit: 'ha',
    dir: '↑',
    desc: '水源地域の市有林・分収林において間伐等の整備を行った面積',
    actual: [38.2, 41.0, 43.6, 44.1, 47.3],
    expect: ['－', 45.0, 45.0, 45.0, 45.0, 45.0],
    note: '森林環境譲与税を活用し整備面積を拡大。',
  },
  {
    name: '地下水採取量（届出事業所）',
    unit: '千㎥',
    dir: '↓',
    desc: '地下水の採取に関する条例に基づき報告のあった事業所の年間採取量の合計',
    actual: [4120, 4050, 3960, 3905, 3712],
    expect: ['－', 4080, 4010, 3930, 3850, 3780],
    note: '大口採取事業所の循環利用設備導入により大きく減少。',
  },
  {
    name: '水環境保全活動への参加者数',
    unit: '人',
    dir: '↑',
    desc: '河川一斉清掃、湧水地清掃、水生生物調査等の市民参加型活動への延べ参加者数',
    actual: [312, 405, 690, 820, 684],
    expect: ['－', 800, 900, 1000, 1200, 1400],
    note: '荒天により河川一斉清掃（秋季）を中止した。',
  },
];

const A_EXPECTED: ExpectedIndicator[] = [
  ind(A_SHEET, '雨水貯留タンク設置助成件数（累計）', '基', 620, 596),
  ind(A_SHEET, '1人1日当たり家庭用水使用量', 'L', 218, 224, { direction: 'down' }),
  ind(A_SHEET, '水源かん養林の整備面積（単年度）', 'ha', 45, 47.3),
  ind(A_SHEET, '地下水採取量（届出事業所）', '千㎥', 3850, 3712, { direction: 'down' }),
  ind(A_SHEET, '水環境保全活動への参加者数', '人', 1200, 684),
];

const policySheet: Holdout2Workbook = {
  name: 'h196-shisaku-mizujunkan',
  layout:
    '基本施策事後評価シート: five indicator blocks stacked down one sheet, 目指す方向 ↑/↓ per block, R2 現状値 … R7 目標値 on the 期待値 row, the 達成状況 cell with last year in brackets',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [9, 14, 11, 11, 11, 11, 11, 12, 14, 18]);
    merge(ws, 1, 1, 1, 10, 'みずほ市総合計画後期基本計画　令和７年度 基本施策事後評価シート　（評価対象期間：令和６年度）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 6, '３　豊かな自然と共生し、環境にやさしいまち');
    put(ws, 3, 7, ['担当部等']);
    merge(ws, 3, 8, 3, 10, '環境部（水環境課）\n上下水道局（水道総務課）');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 6, '3-2　健全な水循環の確保と水資源の保全');
    put(ws, 4, 7, ['施策の\n達成状況', 'B', '（A）', '※（　）内は前年度の評価']);
    put(ws, 5, 1, ['施策の目的']);
    merge(
      ws,
      5,
      2,
      5,
      10,
      '地下水をはじめとする貴重な水資源を将来にわたって守るため、水源のかん養、地下水の適正な採取、節水と雨水の有効利用を市民・事業者とともに進めます。',
    );
    box(ws, 3, 1, 5, 10);
    wrap(ws, 3, 1, 5, 10);
    ws.getRow(5).height = 36;
    put(ws, 7, 1, ['■ 成果指標の状況（上段：実績値、下段：期待値）']);

    const marks = ['①', '②', '③', '④', '⑤'];
    let r = 8;
    A_BLOCKS.forEach((b, i) => {
      merge(ws, r, 1, r + 4, 1, `指標${marks[i]}`);
      merge(ws, r, 2, r, 6, b.name);
      put(ws, r, 7, ['単位', b.unit, '目指す方向', b.dir]);
      put(ws, r + 1, 2, ['指標の説明']);
      merge(ws, r + 1, 3, r + 1, 10, b.desc);
      put(ws, r + 2, 2, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
      merge(ws, r + 2, 9, r + 2, 10, '備考');
      put(ws, r + 3, 2, ['実績値', ...b.actual]);
      merge(ws, r + 3, 9, r + 4, 10, b.note);
      put(ws, r + 4, 2, ['期待値\n※R7は目標値', ...b.expect]);
      box(ws, r, 1, r + 4, 10);
      wrap(ws, r, 1, r + 4, 10);
      ws.getRow(r + 2).height = 30;
      ws.getRow(r + 4).height = 30;
      r += 6;
    });
    put(ws, r, 1, ['■ 達成状況の分析']);
    put(ws, r + 1, 1, ['内部要因']);
    merge(
      ws,
      r + 1,
      2,
      r + 1,
      10,
      '・地下水採取量は条例に基づく指導の効果もあり期待値を上回って減少した。\n・参加型の保全活動は秋季の河川一斉清掃中止により期待値を大きく下回った。',
    );
    put(ws, r + 2, 1, ['外部要因']);
    merge(ws, r + 2, 2, r + 2, 10, '・記録的な猛暑により夏季の水使用量が増加した。\n・資材価格の高騰により雨水貯留タンクの設置申請が減少した。');
    put(ws, r + 3, 1, ['今後の\n方向性']);
    merge(ws, r + 3, 2, r + 3, 10, '雨水貯留タンクの補助上限額の見直しを検討するとともに、清掃活動の予備日を設定する。');
    box(ws, r + 1, 1, r + 3, 10);
    wrap(ws, r + 1, 1, r + 3, 10);
  },
  expected: {
    file: 'h196-shisaku-mizujunkan.xlsx',
    fiscalYear: 2024,
    indicators: A_EXPECTED,
    groups: [{ sheet: A_SHEET, cell: 'H4', grade: rollUp(A_EXPECTED.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// B: 事業実績, R6 targets and actuals as text with labels, two measures in a cell, 未実施.

const B_SHEET = 'R6事業実績';

const B_ROWS: [string, string, string, string, string, string, string, string][] = [
  // 推進事業 (code, name, 概要), 担当課, R5実績, R6目標, R6実績, 自己評価, 方向性, 備考
  [
    '3-2-01\n節水啓発推進事業\n水の日パネル展、広報紙・SNSによる節水の呼びかけ',
    '水道総務課',
    '啓発イベント来場者数 1,106人',
    '啓発イベント来場者数 1,500人',
    '啓発イベント来場者数 1,284人',
    'B',
    '継続',
    '',
  ],
  [
    '3-2-02\n雨水貯留タンク設置費補助金\n雨水貯留タンク設置費の1/2（上限3万円）を補助',
    '水環境課',
    '補助件数 53件',
    '補助件数 40件',
    '補助件数 52件',
    'A',
    '拡充',
    '補助上限額の見直しを検討',
  ],
  [
    '3-2-03\n地下水採取事業所立入指導事業\n条例対象事業所への立入・揚水量報告の確認',
    '水環境課',
    '立入指導 21事業所',
    '立入指導 24事業所',
    '立入指導 19事業所',
    'B',
    '継続',
    '',
  ],
  [
    '3-2-04\n節水型機器普及促進事業\n節水シャワーヘッド・節水コマの無償配布',
    '水道総務課',
    '節水シャワーヘッド配布:288個\n節水コマ:462個',
    '節水シャワーヘッド配布:300個\n節水コマ:500個',
    '節水シャワーヘッド配布:312個\n節水コマ:341個',
    'B',
    '継続',
    '節水コマは在庫不足により配布を一時停止',
  ],
  [
    '3-2-05\n井戸水水質検査費助成事業\n飲用井戸の水質検査費用の一部を助成',
    '水環境課',
    '検査助成 48件',
    '検査助成 60件',
    '未実施',
    'D',
    '見直し',
    '委託検査機関の受付停止のため',
  ],
  ['3-2-06\n雨水浸透ます設置費補助金\n住宅への雨水浸透ます設置費を補助', '水環境課', '設置基数 108基', '設置基数 120基', '設置基数 98基', 'B', '継続', ''],
  [
    '3-2-07\n湧水地保全活動支援事業\n湧水地の清掃・保全を行う地域団体への活動費支援',
    '水環境課',
    '支援団体 7団体',
    '支援団体 8団体',
    '支援団体 8団体',
    'A',
    '継続',
    '',
  ],
  ['3-2-08\n出前水道教室\n市内小中学校での水道・水循環の出前授業', '水道総務課', '実施校 11校', '実施校 12校', '実施校 14校', 'A', '継続', ''],
];

const projectTable: Holdout2Workbook = {
  name: 'h196-jigyo-jisseki-sessui',
  layout:
    '事業実績: one row per 推進事業 (code, name and 概要 in one cell), R6 数値目標 and 実績値 as labelled text, two measures in one cell, 未実施, 自己評価',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 38, 11, 22, 22, 22, 8, 9, 24]);
    merge(ws, 1, 1, 1, 9, '基本施策3-2「健全な水循環の確保と水資源の保全」　令和６年度　推進事業の実績');
    put(ws, 2, 9, ['資料２']);
    put(ws, 3, 1, ['No.', '推進事業', '担当課', 'R5年度実績値', 'R6年度数値目標', 'R6年度実績値', '自己評価', '今後の方向性', '備考']);
    B_ROWS.forEach((row, i) => put(ws, 4 + i, 1, [i + 1, ...row]));
    box(ws, 3, 1, 3 + B_ROWS.length, 9);
    wrap(ws, 3, 1, 3 + B_ROWS.length, 9);
    for (let i = 0; i < B_ROWS.length; i++) ws.getRow(4 + i).height = 48;
    put(ws, 5 + B_ROWS.length, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
  },
  expected: {
    file: 'h196-jigyo-jisseki-sessui.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B_SHEET, '節水啓発推進事業', '人', 1500, 1284, { existing: 'B' }),
      ind(B_SHEET, '雨水貯留タンク設置費補助金', '件', 40, 52, { existing: 'A' }),
      ind(B_SHEET, '地下水採取事業所立入指導事業', '事業所', 24, 19, { existing: 'B' }),
      {
        sheet: B_SHEET,
        name: '節水型機器普及促進事業',
        measures: [
          { label: '節水シャワーヘッド配布', target: 300, actual: 312, unit: '個' },
          { label: '節水コマ', target: 500, actual: 341, unit: '個' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, '井戸水水質検査費助成事業', '件', 60, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '雨水浸透ます設置費補助金', '基', 120, 98, { existing: 'B' }),
      ind(B_SHEET, '湧水地保全活動支援事業', '団体', 8, 8, { existing: 'A' }),
      ind(B_SHEET, '出前水道教室', '校', 12, 14, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// C: KPI × 令和N年3月末 columns, values with units in the cell, "-" where no target.

const C_SHEET = 'KPI';

const C_ROWS: { name: string; base: string; targets: string[]; actuals: string[]; note: string }[] = [
  {
    name: '雨水利用施設の新規設置数',
    base: '12 基',
    targets: ['25 基', '32 基', '40 基', '48 基'],
    actuals: ['22 基', '35 基', '43 基'],
    note: '公共施設・事業所（累計）',
  },
  {
    name: '冬期湛水による地下水涵養面積',
    base: '8.5 ha',
    targets: ['15 ha', '20 ha', '25 ha', '30 ha'],
    actuals: ['14.2 ha', '18.9 ha', '21.4 ha'],
    note: '協力農家の水田面積',
  },
  {
    name: '節水キャンペーン参加世帯数',
    base: '860 世帯',
    targets: ['1,200 世帯', '1,600 世帯', '2,000 世帯', '2,400 世帯'],
    actuals: ['1,310 世帯', '1,422 世帯', '1,150 世帯'],
    note: '',
  },
  { name: '水道有収率', base: '89.8 %', targets: ['90.5 %', '91.2 %', '92.0 %', '92.5 %'], actuals: ['90.1 %', '90.6 %', '90.8 %'], note: '' },
  { name: '水源保全協定締結事業者数', base: '0 社', targets: ['-', '-', '-', '10 社'], actuals: ['2 社', '4 社', '6 社'], note: '' },
  { name: '水辺の学校参加者数', base: '180 人', targets: ['250 人', '280 人', '300 人', '320 人'], actuals: ['198 人', '265 人', '312 人'], note: '' },
];

const kpiTable: Holdout2Workbook = {
  name: 'h196-kpi-mizujunkan-keikaku',
  layout:
    'KPI table: 目標値 and 実績値 rows per KPI under 令和5年3月末 … 令和8年3月末 columns, values as "40 基" text, a 基準値 column merged over both rows, "-" for a period with no target',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [5, 30, 8, 14, 14, 14, 14, 14, 22]);
    merge(ws, 1, 1, 1, 9, 'みずほ市水循環推進計画　重要業績評価指標（KPI）の達成状況');
    put(ws, 2, 6, ['評価対象：令和６年度（令和７年３月末時点の実績）']);
    put(ws, 4, 1, [
      'No.',
      '重要業績評価指標（KPI）',
      '区分',
      '基準値\n（令和4年3月末）',
      '令和5年3月末',
      '令和6年3月末',
      '令和7年3月末',
      '令和8年3月末',
      '備考',
    ]);
    C_ROWS.forEach((k, i) => {
      const r = 5 + 2 * i;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      merge(ws, r, 4, r + 1, 4, k.base);
      put(ws, r, 3, ['目標値']);
      put(ws, r, 5, k.targets);
      put(ws, r + 1, 3, ['実績値']);
      put(ws, r + 1, 5, k.actuals);
      merge(ws, r, 9, r + 1, 9, k.note || undefined);
    });
    const last = 4 + 2 * C_ROWS.length;
    box(ws, 4, 1, last, 9);
    wrap(ws, 4, 1, last, 9);
    put(ws, last + 2, 1, ['※実績値は各年３月末現在。令和８年３月末の実績は令和８年５月の推進会議で検証予定。']);
  },
  expected: {
    file: 'h196-kpi-mizujunkan-keikaku.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '雨水利用施設の新規設置数', '基', 40, 43),
      ind(C_SHEET, '冬期湛水による地下水涵養面積', 'ha', 25, 21.4),
      ind(C_SHEET, '節水キャンペーン参加世帯数', '世帯', 2000, 1150),
      ind(C_SHEET, '水道有収率', '%', 92, 90.8),
      ind(C_SHEET, '水源保全協定締結事業者数', '社', null, 6),
      ind(C_SHEET, '水辺の学校参加者数', '人', 300, 312),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// D: plan indicators: 現況 and 実績 with their years in the cell, 目標（R8）, a 目標の方向 column, a 集計中.

const D_SHEET = '指標の状況';

const D_ROWS: [string, string, string, string, string, string | number, number, string, string][] = [
  // 基本施策, 指標, 指標の説明, 単位, 方向, 現況, 目標, 実績, 把握方法
  [
    '1 地下水の適正利用',
    '地下水揚水量（許可・届出井戸）',
    '条例に基づく揚水量報告の合計（削減を目指す）',
    '千㎥/年',
    '減少',
    '4,260\n（令和2年度）',
    3900,
    '3,980\n（令和6年度）',
    '揚水量報告',
  ],
  [
    '2 湧水・水辺の保全',
    '確認湧水地点数',
    '市の湧水調査で湧出を確認した地点数',
    'か所',
    '増加',
    '38\n（令和2年度）',
    40,
    '41\n（令和6年度）',
    '湧水調査（年1回）',
  ],
  [
    '3 地下水かん養の推進',
    '雨水浸透施設設置数（累計）',
    '公共・民間の雨水浸透ます・浸透トレンチの累計基数',
    '基',
    '増加',
    '1,820\n（令和3年3月末）',
    3000,
    '2,410\n（令和7年3月末）',
    '補助実績・開発協議',
  ],
  [
    '1 地下水の適正利用',
    '地下水質環境基準達成率',
    '地下水概況調査の調査井戸のうち全項目で環境基準を満たした井戸の割合',
    '%',
    '増加',
    '88.5\n（令和2年度）',
    95.0,
    '91.2\n（令和6年度）',
    '地下水概況調査',
  ],
  [
    '4 市民・事業者との協働',
    '地下水保全に関する市民認知度',
    '市民意識調査で「地下水保全の取組を知っている」と回答した割合',
    '%',
    '増加',
    '32.4\n（令和3年度）',
    50.0,
    '集計中',
    '市民意識調査',
  ],
  [
    '3 地下水かん養の推進',
    '水源林整備面積（累計）',
    '計画期間前からの水源林整備の累計面積',
    'ha',
    '増加',
    '612\n（令和2年度）',
    900,
    '845\n（令和6年度）',
    '森林整備実績',
  ],
];

const planIndicators: Holdout2Workbook = {
  name: 'h196-keikaku-shihyo-chikasui',
  layout: 'plan indicators of a 地下水保全計画: 現況 and 実績 carry their year in the cell, 目標（R8）, a 目標の方向 column (減少/増加), a 集計中 actual',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [18, 28, 34, 9, 8, 14, 11, 14, 16]);
    merge(ws, 1, 1, 1, 9, 'みずほ市地下水保全計画（令和4年度～令和8年度）　点検評価一覧（令和６年度実績）');
    put(ws, 2, 8, ['資料３']);
    put(ws, 3, 1, ['基本施策', '指標', '指標の説明', '単位', '目標の\n方向', '現況\n（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
    D_ROWS.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 3 + D_ROWS.length, 9);
    wrap(ws, 3, 1, 3 + D_ROWS.length, 9);
    for (let i = 0; i < D_ROWS.length; i++) ws.getRow(4 + i).height = 36;
    put(ws, 5 + D_ROWS.length, 1, ['※市民認知度は令和６年度市民意識調査の結果を集計中のため、確定後に更新する。']);
  },
  expected: {
    file: 'h196-keikaku-shihyo-chikasui.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(D_SHEET, '地下水揚水量（許可・届出井戸）', '千㎥/年', 3900, 3980, { direction: 'down' }),
      ind(D_SHEET, '確認湧水地点数', 'か所', 40, 41),
      ind(D_SHEET, '雨水浸透施設設置数（累計）', '基', 3000, 2410),
      ind(D_SHEET, '地下水質環境基準達成率', '%', 95, 91.2),
      ind(D_SHEET, '地下水保全に関する市民認知度', '%', 50, null, { actualStatus: 'pending' }),
      ind(D_SHEET, '水源林整備面積（累計）', 'ha', 900, 845),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
