/**
 * Hold-out 112, the four families, as a 上下水道局 and its city's evaluation office write them: a 水道 施策評価シート with six
 * stacked indicator blocks (目指す方向 ↑／↓ in each block, R2（現状値）〜R7（目標）), a 下水道 事務事業実績 table with text figures
 * (「面整備 12.0ha」, two measures in one cell, 未実施), a 水道事業経営戦略 KPI table (目標値／実績値 rows, R3決算〜R7, 「-」), and a
 * 生活排水処理基本計画 点検評価一覧 (現況 with its year in the cell, 目標（R8）, 実績 with its year, 集計中).
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Direction, ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

const thin = { style: 'thin' as const };

function lines(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
}

function wrap(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).alignment = { wrapText: true, vertical: 'middle' };
}

// ---------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, six stacked blocks

interface Block {
  name: string;
  unit: string;
  dir: Direction;
  desc: string;
  /** R2…R7 */
  act: (number | null)[];
  exp: (number | string | null)[];
  note?: string;
}

const SHISAKU_SHEET = '施策3-2';
const SHISAKU_BLOCKS: Block[] = [
  {
    name: '基幹管路の耐震適合率',
    unit: '％',
    dir: 'up',
    desc: '導水管・送水管・配水本管の延長のうち、耐震適合性のある管路延長の割合',
    act: [39.8, 41.2, 42.7, 44.1, null, null],
    exp: ['－', 41.5, 43.5, 46.0, 48.0, 50.0],
    note: '水道事業ガイドライン業務指標（B606-2）',
  },
  {
    name: '管路更新率',
    unit: '％',
    dir: 'up',
    desc: '当該年度に更新した管路延長÷管路総延長×100',
    act: [0.68, 0.75, 0.81, 0.72, null, null],
    exp: ['－', 0.9, 0.95, 1.0, 1.0, 1.0],
    note: 'R5は入札不調により一部工事を翌年度へ繰越',
  },
  {
    name: '有収率',
    unit: '％',
    dir: 'up',
    desc: '年間有収水量÷年間配水量×100',
    act: [89.6, 90.2, 90.8, 91.4, null, null],
    exp: ['－', 90.0, 90.5, 91.0, 91.5, 92.0],
  },
  {
    name: '漏水修理件数',
    unit: '件',
    dir: 'down',
    desc: '配水管・給水管の漏水修理件数（宅地内を除く）',
    act: [162, 151, 144, 138, null, null],
    exp: ['－', 150, 135, 120, 110, 100],
    note: '件数の減少を目指す指標',
  },
  {
    name: '配水池の耐震化率',
    unit: '％',
    dir: 'up',
    desc: '耐震対策済みの配水池容量÷配水池総容量×100',
    act: [55.0, 55.0, 62.5, 62.5, null, null],
    exp: ['－', 55.0, 62.5, 62.5, 70.0, 75.0],
  },
  {
    name: '水質基準不適合率',
    unit: '％',
    dir: 'down',
    desc: '水質基準不適合回数÷全検査回数×100',
    act: [0, 0, 0, 0, null, null],
    exp: ['－', 0, 0, 0, 0, 0],
    note: '0％の維持',
  },
];

function buildShisaku(wb: Workbook): void {
  const ws = wb.addWorksheet(SHISAKU_SHEET);
  ws.columns = [{ width: 14 }, ...Array.from({ length: 9 }, () => ({ width: 11 }))];
  put(ws, 1, 1, ['令和６年度　施策評価シート（評価対象期間：令和５年度）']);
  ws.mergeCells('A1:J1');
  put(ws, 3, 1, ['基本方針', '３　安全・安心で快適に暮らせるまち']);
  ws.mergeCells('B3:J3');
  put(ws, 4, 1, ['基本施策', '3-2　安全で安定した水道水の供給']);
  ws.mergeCells('B4:F4');
  put(ws, 4, 7, ['担当部等', '上下水道部　水道課・浄水課']);
  ws.mergeCells('H4:J4');
  put(ws, 5, 1, ['達成状況評価', undefined, '（B）', '※（　）内は前年度の評価']);
  ws.mergeCells('D5:J5');
  put(ws, 6, 1, ['評価の基準：A 順調（期待値に対し100％以上）　B 概ね順調（80％以上）　C やや遅れている（60％以上）　D 遅れている（60％未満）']);
  ws.mergeCells('A6:J6');
  lines(ws, 3, 1, 5, 10);
  const marks = ['①', '②', '③', '④', '⑤', '⑥'];
  let r = 8;
  SHISAKU_BLOCKS.forEach((b, i) => {
    put(ws, r, 1, [`指標${marks[i]}`, b.name]);
    ws.mergeCells(r, 2, r, 6);
    put(ws, r, 7, ['単位', b.unit, '目指す方向', b.dir === 'up' ? '↑' : '↓']);
    put(ws, r + 1, 1, ['指標の説明', b.desc]);
    ws.mergeCells(r + 1, 2, r + 1, 10);
    put(ws, r + 2, 1, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標）']);
    put(ws, r + 3, 1, ['実績値', ...b.act]);
    put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...b.exp]);
    put(ws, r + 5, 1, ['備考', b.note]);
    ws.mergeCells(r + 5, 2, r + 5, 10);
    lines(ws, r, 1, r + 5, 10);
    wrap(ws, r, 1, r + 5, 10);
    r += 7;
  });
  put(ws, r, 1, ['目指す方向：↑ 数値が大きいほど良い　↓ 数値が小さいほど良い']);
  put(ws, r + 2, 1, ['総合評価']);
  put(ws, r + 2, 2, ['耐震化は概ね計画どおり進捗しているが、管路更新は入札不調の影響で期待値を下回った。']);
  ws.mergeCells(r + 2, 2, r + 2, 10);
  put(ws, r + 3, 1, ['今後の方向性', '管路更新の発注を前倒しし、R6で遅れを取り戻す。']);
  ws.mergeCells(r + 3, 2, r + 3, 10);
}

const shisakuIndicators: ExpectedIndicator[] = SHISAKU_BLOCKS.map((b) =>
  ind(SHISAKU_SHEET, b.name, b.unit, b.exp[3] as number, b.act[3], { direction: b.dir }),
);

// ---------------------------------------------------------------------------------------------------------------------
// B: 下水道 事務事業実績

const JIGYO_SHEET = '事業実績';

function buildJigyo(wb: Workbook): void {
  const ws = wb.addWorksheet(JIGYO_SHEET);
  ws.columns = [{ width: 5 }, { width: 34 }, { width: 10 }, { width: 16 }, { width: 22 }, { width: 24 }, { width: 8 }, { width: 30 }, { width: 10 }];
  put(ws, 1, 1, ['令和５年度　下水道事業　事務事業実績一覧']);
  ws.mergeCells('A1:I1');
  put(ws, 2, 8, ['上下水道部下水道課']);
  put(ws, 3, 1, ['No.', '事業名（コード・概要）', '担当', '令和4年度実績', '令和5年度', undefined, '自己評価', '成果・課題', '今後の方向性']);
  put(ws, 4, 5, ['数値目標', '実績値']);
  for (const c of ['A', 'B', 'C', 'D', 'G', 'H', 'I']) ws.mergeCells(`${c}3:${c}4`);
  ws.mergeCells('E3:F3');
  const rows: (string | number | undefined)[][] = [
    [
      1,
      '【52-01】公共下水道管渠整備事業\n市街化区域の汚水管渠の面整備を計画的に進める',
      '建設係',
      '面整備 11.2ha',
      '面整備 12.0ha',
      '面整備 10.4ha',
      'B',
      '地下埋設物の移設協議に時間を要した',
      '継続',
    ],
    [
      2,
      '【52-02】合併処理浄化槽設置整備事業補助金\n下水道計画区域外の合併処理浄化槽設置に補助',
      '普及係',
      '合併処理浄化槽 27基\n単独処理からの転換 9基',
      '合併処理浄化槽 30基\n単独処理からの転換 10基',
      '合併処理浄化槽 24基\n単独処理からの転換 7基',
      'B',
      '物価高騰で設置を見送る世帯があった',
      '拡充',
    ],
    [
      3,
      '【52-03】水洗化普及促進事業\n未接続世帯への戸別訪問による接続勧奨',
      '普及係',
      '戸別訪問 584戸',
      '戸別訪問 600戸',
      '652戸',
      'A',
      '訪問後の接続 41戸',
      '継続',
    ],
    [
      4,
      '【52-04】下水道管渠長寿命化事業\nストックマネジメント計画に基づく管渠更生',
      '建設係',
      '管渠更生 1.1km',
      '管渠更生 1.2km',
      '0.9km',
      'B',
      '国費内示減により延長を縮小',
      '継続',
    ],
    [
      5,
      '【52-05】下水道接続奨励金交付事業\n供用開始後3年以内の接続に奨励金を交付',
      '普及係',
      '交付件数 44件',
      '交付件数 50件',
      '38件',
      'C',
      '高齢世帯の接続が進まない',
      '見直し',
    ],
    [
      6,
      '【52-06】マンホールトイレ整備事業\n指定避難所へのマンホールトイレ整備',
      '計画係',
      '－',
      '整備 5か所',
      '未実施',
      'D',
      '設計の見直しにより着手をR6へ延期',
      '継続',
    ],
    [
      7,
      '【52-07】不明水対策事業\nTVカメラ調査による浸入水箇所の特定',
      '維持係',
      'TVカメラ調査 7.6km',
      'TVカメラ調査 8.0km',
      '8.3km',
      'A',
      '浸入箇所 12か所を特定し補修',
      '継続',
    ],
    [8, '【52-08】排水設備工事指定店講習会\n指定工事店の技術向上', '普及係', '2回開催（受講者 79人）', '年2回開催', '2回開催（受講者 86人）', 'A', '', '継続'],
    [
      9,
      '【52-09】浄化槽維持管理費補助事業\n保守点検・法定検査費用の一部を補助',
      '普及係',
      '補助件数 402件',
      '補助件数 420件',
      '397件',
      'A',
      '法定検査受検率 91.2％',
      '継続',
    ],
  ];
  rows.forEach((row, i) => put(ws, 5 + i, 1, row));
  lines(ws, 3, 1, 4 + rows.length, 9);
  wrap(ws, 3, 1, 4 + rows.length, 9);
  put(ws, 6 + rows.length, 1, ['※自己評価　A：目標を達成　B：概ね達成（8割以上）　C：やや不十分（6割以上）　D：不十分・未実施']);
}

const jigyoIndicators: ExpectedIndicator[] = [
  ind(JIGYO_SHEET, '公共下水道管渠整備事業', 'ha', 12, 10.4, { existing: 'B' }),
  {
    sheet: JIGYO_SHEET,
    name: '合併処理浄化槽設置整備事業補助金',
    measures: [
      { label: '合併処理浄化槽', target: 30, actual: 24, unit: '基' },
      { label: '単独処理からの転換', target: 10, actual: 7, unit: '基' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'C',
  },
  ind(JIGYO_SHEET, '水洗化普及促進事業', '戸', 600, 652, { existing: 'A' }),
  ind(JIGYO_SHEET, '下水道管渠長寿命化事業', 'km', 1.2, 0.9, { existing: 'B' }),
  ind(JIGYO_SHEET, '下水道接続奨励金交付事業', '件', 50, 38, { existing: 'C' }),
  ind(JIGYO_SHEET, 'マンホールトイレ整備事業', 'か所', 5, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind(JIGYO_SHEET, '不明水対策事業', 'km', 8, 8.3, { existing: 'A' }),
  ind(JIGYO_SHEET, '排水設備工事指定店講習会', '回', 2, 2, { existing: 'A' }),
  ind(JIGYO_SHEET, '浄化槽維持管理費補助事業', '件', 420, 397, { existing: 'A' }),
];

// ---------------------------------------------------------------------------------------------------------------------
// C: 水道事業経営戦略 KPI

const KPI_SHEET = 'KPI';

interface Kpi {
  name: string;
  unit: string;
  /** R3決算, R4決算, R5決算, R6, R7 */
  t: (number | string)[];
  a: (number | string | null)[];
  note?: string;
  fmt?: string;
}

const KPIS: Kpi[] = [
  { name: '料金回収率', unit: '％', t: [98.0, 99.0, 100.0, 100.0, 100.0], a: [97.5, 96.1, 96.8, null, null], note: '供給単価÷給水原価×100', fmt: '0.0' },
  { name: '経常収支比率', unit: '％', t: [104.0, 104.5, 105.0, 105.0, 105.0], a: [106.3, 104.9, 108.2, null, null], fmt: '0.0' },
  {
    name: '企業債残高',
    unit: '百万円',
    t: [8820, 8630, 8450, 8280, 8100],
    a: [8795, 8702, 8612, null, null],
    note: '残高の削減を目指す（少ないほど良い）',
    fmt: '#,##0',
  },
  { name: '有収率', unit: '％', t: [89.0, 89.5, 90.0, 90.5, 91.0], a: [88.2, 88.9, 88.7, null, null], fmt: '0.0' },
  {
    name: '給水原価',
    unit: '円/㎥',
    t: [185.0, 185.0, 185.0, 185.0, 185.0],
    a: [183.44, 188.9, 191.62, null, null],
    note: '動力費高騰の中でも上昇を抑制する',
    fmt: '0.00',
  },
  { name: '管路の耐震化率', unit: '％', t: [21.0, 22.5, 24.0, 25.5, 27.0], a: [21.4, 22.8, 24.3, null, null], fmt: '0.0' },
  { name: '流動比率', unit: '％', t: ['-', '-', '-', '-', '-'], a: [298.4, 305.1, 312.5, null, null], note: '目標は設定せず推移を把握', fmt: '0.0' },
];

function buildKpi(wb: Workbook): void {
  const ws = wb.addWorksheet(KPI_SHEET);
  ws.columns = [
    { width: 5 },
    { width: 22 },
    { width: 9 },
    { width: 8 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    { width: 12 },
    { width: 32 },
  ];
  put(ws, 1, 1, ['水道事業経営戦略（令和3年度～令和7年度）　成果指標（KPI）の達成状況']);
  ws.mergeCells('A1:J1');
  put(ws, 2, 1, ['評価年度：令和5年度（令和5年度決算による）']);
  ws.mergeCells('A2:F2');
  put(ws, 2, 9, ['上下水道局 経営企画課']);
  put(ws, 4, 1, ['No.', 'KPI', '単位', '区分', 'R3決算', 'R4決算', 'R5決算', 'R6', 'R7（最終）', '備考']);
  let r = 5;
  KPIS.forEach((k, i) => {
    put(ws, r, 1, [i + 1, k.name, k.unit, '目標値', ...k.t, k.note]);
    put(ws, r + 1, 4, ['実績値', ...k.a]);
    for (const c of [1, 2, 3, 10]) ws.mergeCells(r, c, r + 1, c);
    for (let c = 5; c <= 9; c++) for (const rr of [r, r + 1]) if (k.fmt) ws.getCell(rr, c).numFmt = k.fmt;
    r += 2;
  });
  lines(ws, 4, 1, r - 1, 10);
  wrap(ws, 4, 1, r - 1, 10);
  put(ws, r + 1, 1, ['※「-」は目標を設定していないもの。R6・R7の実績値は決算確定後に記入する。']);
}

const kpiIndicators: ExpectedIndicator[] = KPIS.map((k) =>
  ind(KPI_SHEET, k.name, k.unit, typeof k.t[2] === 'number' ? k.t[2] : null, k.a[2] as number, {
    direction: k.name === '企業債残高' || k.name === '給水原価' ? 'down' : 'up',
  }),
);

// ---------------------------------------------------------------------------------------------------------------------
// D: 生活排水処理基本計画 点検評価一覧

const PLAN_SHEET = '計画の指標';

function buildPlan(wb: Workbook): void {
  const ws = wb.addWorksheet(PLAN_SHEET);
  ws.columns = [{ width: 30 }, { width: 36 }, { width: 16 }, { width: 12 }, { width: 16 }, { width: 26 }];
  put(ws, 1, 1, ['第2次生活排水処理基本計画　点検評価一覧（令和５年度実績）']);
  ws.mergeCells('A1:F1');
  put(ws, 2, 5, ['環境部・上下水道部']);
  put(ws, 3, 1, ['指標', '指標の説明', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
  const rows: (string | number)[][] = [
    ['下水道普及率（％）', '行政区域内人口に対する処理区域内人口の割合', '68.4\n（令和2年度）', 74.0, '71.2\n（令和5年度）', '下水道事業統計'],
    ['水洗化率（％）', '処理区域内人口のうち下水道に接続している人口の割合', '88.1\n（令和2年度）', 93.0, '90.6\n（令和5年度）', '下水道事業統計'],
    [
      '汚水処理人口普及率（％）',
      '下水道・農業集落排水・合併処理浄化槽による汚水処理人口の割合',
      '84.0\n（令和2年度）',
      90.0,
      '91.2\n（令和5年度）',
      '県汚水処理人口普及状況調査',
    ],
    ['合併処理浄化槽設置基数（基）', '補助制度により設置された合併処理浄化槽の累計基数', '1,842\n（令和2年度）', 2400, '2,156\n（令和5年度）', '補助台帳'],
    [
      '単独処理浄化槽・くみ取り便槽の世帯数（世帯）',
      '生活雑排水が未処理のまま放流されている世帯（減少を目指す）',
      '3,920\n（令和2年度）',
      2800,
      '3,105\n（令和5年度）',
      '浄化槽台帳・収集運搬実績',
    ],
    [
      '河川BOD環境基準達成地点の割合（％）',
      '市内河川の環境基準点のうちBODが基準を満たした地点の割合',
      '83.3\n（令和2年度）',
      100.0,
      '集計中',
      '公共用水域水質測定結果',
    ],
    [
      '下水汚泥の有効利用率（％）',
      '発生汚泥のうち肥料・セメント原料等に利用した割合',
      '45.0\n（令和2年度）',
      60.0,
      '52.7\n（令和5年度）',
      '処理場運転管理報告',
    ],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  lines(ws, 3, 1, 3 + rows.length, 6);
  wrap(ws, 3, 1, 3 + rows.length, 6);
  put(ws, 5 + rows.length, 1, ['※河川BODの令和5年度値は県の公表待ち。']);
}

const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const planIndicators: ExpectedIndicator[] = [
  fin(ind(PLAN_SHEET, '下水道普及率', '％', 74, 71.2)),
  fin(ind(PLAN_SHEET, '水洗化率', '％', 93, 90.6)),
  fin(ind(PLAN_SHEET, '汚水処理人口普及率', '％', 90, 91.2)),
  fin(ind(PLAN_SHEET, '合併処理浄化槽設置基数', '基', 2400, 2156)),
  fin(ind(PLAN_SHEET, '単独処理浄化槽・くみ取り便槽の世帯数', '世帯', 2800, 3105, { direction: 'down' })),
  fin(ind(PLAN_SHEET, '河川BOD環境基準達成地点の割合', '％', 100, null, { actualStatus: 'pending' })),
  fin(ind(PLAN_SHEET, '下水汚泥の有効利用率', '％', 60, 52.7)),
];

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h112-suido-shisaku',
    layout:
      'A: 水道の施策評価シート, six stacked blocks with 目指す方向 ↑／↓ per block, R2（現状値）〜R7（目標）, two down-is-better (one at 0), empty 達成状況評価 beside 「（B）」',
    build: buildShisaku,
    expected: {
      file: 'h112-suido-shisaku.xlsx',
      fiscalYear: 2023,
      indicators: shisakuIndicators,
      groups: [{ sheet: SHISAKU_SHEET, cell: 'B5', grade: rollUp(shisakuIndicators.map((i) => i.grade)) }],
    },
  },
  {
    name: 'h112-gesuido-jigyo',
    layout:
      'B: 下水道 事務事業実績, 【code】name⏎概要, 令和5年度（数値目標｜実績値） as text (ha, km, 戸, 基), two measures in one cell, 未実施, 「2回開催（受講者 86人）」',
    build: buildJigyo,
    expected: { file: 'h112-gesuido-jigyo.xlsx', fiscalYear: 2023, indicators: jigyoIndicators, groups: [] },
  },
  {
    name: 'h112-keiei-kpi',
    layout: 'C: 経営戦略 KPI, 目標値／実績値 rows per KPI, R3決算〜R7（最終） columns, 百万円 and 円/㎥, 削減／抑制 in 備考, a KPI with 「-」 targets',
    build: buildKpi,
    expected: { file: 'h112-keiei-kpi.xlsx', fiscalYear: 2023, indicators: kpiIndicators, groups: [] },
  },
  {
    name: 'h112-gesui-plan',
    layout: 'D: 生活排水処理基本計画 点検評価一覧, name with （％）／（基）／（世帯）, 「68.4⏎（令和2年度）」, 目標（R8）, 減少 in the 説明, 集計中',
    build: buildPlan,
    expected: { file: 'h112-gesui-plan.xlsx', fiscalYear: 2023, indicators: planIndicators, groups: [] },
  },
];
