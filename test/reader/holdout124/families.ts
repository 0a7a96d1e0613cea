/**
 * Hold-out set 124, the four families, as offices in charge of 中山間地域・集落支援・地域運営組織 write them: a 施策評価シート
 * with indicator blocks tiled two across (R1…R7, R2 現状値, 実績値 and 期待値 rows), a 事業実績 table of 地域おこし協力隊・集落
 * 支援員・地域運営組織 projects with text figures, a 過疎地域 KPI table with 目標値／実績値 rows per 年度, and a 集落対策 plan's
 * indicator table (現況 and 実績 with their year in the cell).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 施策評価シート (family A): 令和４年度, four indicator blocks tiled two across, R1…R7 (R2 現状値), 期待値 ※R7は目標値.

const A_SHEET = '3-2';

interface TileBlock {
  name: string;
  desc: string;
  unit: string;
  /** 実績値 R1…R4 (R5…R7 empty). */
  actual: (number | string)[];
  /** 期待値 R3…R7. */
  expect: number[];
  note: string;
}

const A_BLOCKS: TileBlock[] = [
  {
    name: '地域おこし協力隊員の任期終了後の定住率',
    desc: '任期を終えた協力隊員のうち市内に定住した者の割合（累計）',
    unit: '％',
    actual: [50.0, 52.4, 55.0, 57.1],
    expect: [56.0, 60.0, 63.0, 66.0, 70.0],
    note: 'R4は任期終了者21人中12人が定住',
  },
  {
    name: '地域運営組織の設立数',
    desc: '小学校区単位で設立された地域運営組織の数（累計）',
    unit: '団体',
    actual: [3, 4, 6, 8],
    expect: [6, 8, 10, 11, 12],
    note: 'R4に東部地区・北山地区で設立',
  },
  {
    name: '集落支援員の配置人数',
    desc: '年度末時点で委嘱している集落支援員の人数',
    unit: '人',
    actual: [2, 3, 3, 4],
    expect: [4, 6, 7, 8, 8],
    note: '専任２人・兼任２人',
  },
  {
    name: '中山間地域等直接支払制度の協定面積',
    desc: '中山間地域等直接支払交付金の協定対象農用地面積',
    unit: 'ha',
    actual: [1180.5, 1192.3, 1201.7, '集計中'],
    expect: [1220, 1250, 1270, 1290, 1300],
    note: 'R4実績は県の確定後に記入',
  },
];

function tile(ws: Worksheet, top: number, left: number, no: string, b: TileBlock): void {
  put(ws, top, left, [no]);
  merge(ws, top, left + 1, top, left + 7, b.name);
  put(ws, top + 1, left, ['指標の説明']);
  merge(ws, top + 1, left + 1, top + 1, left + 7, b.desc);
  put(ws, top + 2, left, ['単位', b.unit]);
  put(ws, top + 3, left, ['年度', 'R1', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, top + 4, left, ['実績値', ...b.actual]);
  put(ws, top + 5, left, ['期待値\n※R7は目標値', undefined, undefined, ...b.expect]);
  put(ws, top + 6, left, ['備考']);
  merge(ws, top + 6, left + 1, top + 6, left + 7, b.note);
  box(ws, top, left, top + 6, left + 7);
  wrap(ws, top + 3, left, top + 5, left + 7);
}

const aIndicators: ExpectedIndicator[] = [
  ind(A_SHEET, '地域おこし協力隊員の任期終了後の定住率', '％', 60, 57.1),
  ind(A_SHEET, '地域運営組織の設立数', '団体', 8, 8),
  ind(A_SHEET, '集落支援員の配置人数', '人', 6, 4),
  ind(A_SHEET, '中山間地域等直接支払制度の協定面積', 'ha', 1250, null, { actualStatus: 'pending' }),
];

const policySheet: Holdout2Workbook = {
  name: 'h124-chusankan-shisaku-sheet',
  layout: '施策評価シート, blocks tiled two across, R1…R7 with R2 現状値, 期待値 ※R7は目標値, a 集計中, empty 達成状況評価 beside （B）',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 9, 9, 9, 9, 9, 9, 9, 3, 14, 9, 9, 9, 9, 9, 9, 9]);
    merge(ws, 1, 1, 1, 17, '令和４年度 施策評価シート（評価対象期間：令和４年度）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 17, '3 ふるさとの暮らしを守り、支え合う地域をつくる');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 17, '3-2 中山間地域の集落機能の維持・活性化');
    put(ws, 5, 1, ['担当部等']);
    merge(ws, 5, 2, 5, 17, '地域振興部 中山間地域振興課');
    put(ws, 6, 1, ['達成状況評価', undefined, '（B）']);
    put(ws, 6, 4, ['※（ ）内は前年度評価']);
    box(ws, 3, 1, 6, 3);
    tile(ws, 8, 1, '指標①', A_BLOCKS[0]);
    tile(ws, 8, 10, '指標②', A_BLOCKS[1]);
    tile(ws, 16, 1, '指標③', A_BLOCKS[2]);
    tile(ws, 16, 10, '指標④', A_BLOCKS[3]);
    put(ws, 24, 1, ['総合評価']);
    merge(ws, 24, 2, 24, 17, '地域運営組織の設立は計画どおり進んだが、集落支援員の確保が課題である。');
    put(ws, 25, 1, ['今後の方向性']);
    merge(ws, 25, 2, 25, 17, '集落支援員の募集方法を見直し、地域おこし協力隊ＯＢ・ＯＧの活用を図る。');
  },
  expected: {
    file: 'h124-chusankan-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: aIndicators,
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(aIndicators.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): 令和５年度, one row per 推進事業, text figures, two measures in one cell, a 未実施.

const B_SHEET = '資料2 事業実績';

const projectTable: Holdout2Workbook = {
  name: 'h124-kyoryokutai-jigyo-jisseki',
  layout: '事業実績 table: 推進事業 (code, name, 概要 in one cell), R4年度実績値, 自己評価, R5年度数値目標／実績値 as text, two measures, 未実施',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 20, 8, 24, 24, 30]);
    merge(ws, 1, 1, 1, 7, '令和５年度 中山間地域振興 推進事業 実績一覧');
    put(ws, 2, 7, ['中山間地域振興課']);
    put(ws, 3, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '成果・課題']);
    const rows: (string | number)[][] = [
      [
        1,
        '(1)-①\n地域おこし協力隊推進事業\n概要：協力隊員を募集・委嘱し、地域協力活動を支援する',
        '協力隊員数 9人',
        'A',
        '協力隊員数 12人',
        '協力隊員数 10人',
        '２人が任期途中で退任',
      ],
      [
        2,
        '(1)-②\n集落支援員設置事業\n概要：集落支援員による集落点検・巡回を行う',
        '点検実施 18集落',
        'A',
        '集落点検実施集落数 20集落',
        '集落点検実施集落数 23集落',
        '目標を上回った',
      ],
      [
        3,
        '(2)-①\n地域運営組織活動支援事業\n概要：地域運営組織の設立支援と活動交付金の交付',
        '設立支援 1団体\n活動交付金 13団体',
        'B',
        '設立支援 3団体 活動交付金 15団体',
        '設立支援:2団体 活動交付金:15団体',
        '１地区は設立準備会まで',
      ],
      [
        4,
        '(2)-②\n小さな拠点整備事業\n概要：旧小学校を活用した多機能拠点施設の整備',
        '基本計画策定',
        'D',
        '拠点施設整備 1か所',
        '未実施',
        '資材高騰により翌年度へ延期',
      ],
      [
        5,
        '(3)-①\n移動販売支援事業\n概要：買物困難地域への移動販売車の運行支援',
        '運行日数 131日',
        'B',
        '運行日数 150日',
        '運行日数 126日',
        '運転手の確保が課題',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 8, 7);
    wrap(ws, 3, 1, 8, 7);
    put(ws, 10, 1, ['※自己評価 A:順調 B:概ね順調 C:やや遅れている D:遅れている']);
  },
  expected: {
    file: 'h124-kyoryokutai-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '地域おこし協力隊推進事業', '人', 12, 10, { existing: 'A' }),
      ind(B_SHEET, '集落支援員設置事業', '集落', 20, 23, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '地域運営組織活動支援事業',
        unit: '団体',
        measures: [
          { label: '設立支援', target: 3, actual: 2, unit: '団体' },
          { label: '活動交付金', target: 15, actual: 15, unit: '団体' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, '小さな拠点整備事業', 'か所', 1, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '移動販売支援事業', '日', 150, 126, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. KPI table (family C): 過疎地域持続的発展計画 KPI, 目標値／実績値 rows per 令和3年度…令和7年度, 令和６年度 evaluated.

const C_SHEET = 'KPI検証';

interface KpiRow {
  name: string;
  unit: string;
  targets: (number | string)[];
  actuals: (number | string | undefined)[];
}

const KPIS: KpiRow[] = [
  { name: '地域おこし協力隊の任期終了後の定住者数（累計）', unit: '人', targets: [18, 22, 26, 30, 34], actuals: [17, 21, 24, 27] },
  { name: '地域運営組織の数', unit: '団体', targets: [6, 7, 9, 10, 12], actuals: [6, 8, 9, 11] },
  { name: '集落活動に参加する住民の割合', unit: '％', targets: [60, 63, 66, 70, 75], actuals: [58.3, 55.1, 54.0, 52.5] },
  { name: '空き家バンクを通じた中山間地域への移住者数', unit: '人', targets: ['-', '-', '-', '-', 60], actuals: [9, 14, 11, 18] },
  { name: '買物支援サービスの利用者数', unit: '人', targets: [250, 300, 350, 400, 450], actuals: [262, 318, 371, 412] },
];

const kpiTable: Holdout2Workbook = {
  name: 'h124-kaso-kpi',
  layout: '過疎地域持続的発展計画 KPI: 目標値／実績値 rows per 令和3年度…令和7年度, values 「27 人」, "-" where no target',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [4, 36, 8, 14, 14, 14, 14, 14]);
    merge(ws, 1, 1, 1, 8, '過疎地域持続的発展計画 重要業績評価指標（KPI）の検証（令和６年度）');
    put(ws, 2, 8, ['令和7年5月 過疎対策推進会議']);
    put(ws, 3, 1, ['No.', 'KPI', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度']);
    let r = 4;
    KPIS.forEach((k, i) => {
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      put(ws, r, 3, ['目標値', ...k.targets.map((t) => (typeof t === 'number' ? `${t} ${k.unit}` : t))]);
      put(ws, r + 1, 3, ['実績値', ...k.actuals.map((a) => (typeof a === 'number' ? `${a} ${k.unit}` : a))]);
      r += 2;
    });
    box(ws, 3, 1, r - 1, 8);
    put(ws, r + 1, 1, ['※令和7年度の実績は令和8年5月に検証予定。「-」は目標値を設定していないもの。']);
  },
  expected: {
    file: 'h124-kaso-kpi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '地域おこし協力隊の任期終了後の定住者数（累計）', '人', 30, 27),
      ind(C_SHEET, '地域運営組織の数', '団体', 10, 11),
      ind(C_SHEET, '集落活動に参加する住民の割合', '％', 70, 52.5),
      ind(C_SHEET, '空き家バンクを通じた中山間地域への移住者数', '人', null, 18),
      ind(C_SHEET, '買物支援サービスの利用者数', '人', 400, 412),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. Plan indicators (family D): 令和３年度 点検評価, 現況 with its year in the cell, 目標（R7）, 実績 with its year, 方向.

const D_SHEET = '資料3 指標一覧';

const dFinal = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const planIndicators: Holdout2Workbook = {
  name: 'h124-shuraku-plan-indicators',
  layout: '集落対策 plan indicators: 現況「4⏎（令和元年度）」, 目標（R7）, 実績「7⏎（令和3年度末）」, 方向 ↑／↓, a 集計中',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [30, 34, 6, 16, 12, 16, 28]);
    merge(ws, 1, 1, 1, 7, '令和３年度 中山間地域・集落対策推進計画 点検評価一覧');
    put(ws, 3, 1, ['指標', '指標の説明', '方向', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      ['地域運営組織数（団体）', '住民主体で地域課題に取り組む地域運営組織の数', '↑', '4\n（令和元年度）', 12, '7\n（令和3年度末）', '中山間地域振興課調べ'],
      [
        '集落支援員による集落巡回回数（回）',
        '集落支援員が集落を巡回・訪問した延べ回数',
        '↑',
        '180\n（令和元年度）',
        300,
        '264\n（令和3年度）',
        '集落支援員活動報告',
      ],
      ['小さな拠点の形成箇所数（か所）', '生活サービス機能を集約した拠点の数', '↑', '0\n（令和元年度）', 3, '3\n（令和3年度末）', '中山間地域振興課調べ'],
      [
        '中山間地域の耕作放棄地面積（ha）',
        '中山間地域の荒廃農地面積（減少を目指す）',
        '↓',
        '85.2\n（令和元年度）',
        70.0,
        '78.4\n（令和3年度）',
        '荒廃農地調査（農業委員会）',
      ],
      ['地域おこし協力隊員数（人）', '年度末時点で活動している協力隊員の数', '↑', '5\n（令和元年度末）', 15, '集計中', '人事担当課調べ'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 8, 7);
    wrap(ws, 3, 1, 8, 7);
    put(ws, 10, 1, ['※方向：↑は増加、↓は減少を目指す指標']);
  },
  expected: {
    file: 'h124-shuraku-plan-indicators.xlsx',
    fiscalYear: 2021,
    indicators: [
      dFinal(ind(D_SHEET, '地域運営組織数', '団体', 12, 7)),
      dFinal(ind(D_SHEET, '集落支援員による集落巡回回数', '回', 300, 264)),
      dFinal(ind(D_SHEET, '小さな拠点の形成箇所数', 'か所', 3, 3)),
      dFinal(ind(D_SHEET, '中山間地域の耕作放棄地面積', 'ha', 70, 78.4, { direction: 'down' })),
      dFinal(ind(D_SHEET, '地域おこし協力隊員数', '人', 15, null, { actualStatus: 'pending' })),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
