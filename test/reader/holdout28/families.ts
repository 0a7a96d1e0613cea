/** Hold-out 28, the four known families as yet other offices lay them out (policy sheets, project tables, KPI periods, plan indicators). */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

const grades = (xs: { grade: string | null }[]) => xs.map((x) => x.grade);

/** One stacked indicator block of a policy sheet: name, unit, R3…R7 periods, 目標値 and 実績値 rows, a note. */
function stackedBlock(
  ws: Worksheet,
  top: number,
  no: string,
  name: string,
  unit: string,
  targets: (number | string)[],
  actuals: (number | string)[],
  note: string,
) {
  put(ws, top, 1, [`指標${no}`, name]);
  ws.mergeCells(top, 2, top, 7);
  put(ws, top + 1, 1, ['単位', unit, '備考', note]);
  ws.mergeCells(top + 1, 4, top + 1, 7);
  put(ws, top + 2, 1, ['区分', 'R3', 'R4', 'R5', 'R6', 'R7（最終）']);
  put(ws, top + 3, 1, ['目標値', ...targets]);
  put(ws, top + 4, 1, ['実績値', ...actuals]);
}

const A1_IND = [
  ind('施策2-3', '特定健康診査受診率', '%', 48, 45.2),
  ind('施策2-3', 'がん検診精密検査受診者数', '人', 320, 301),
  ind('施策2-3', '国保被保険者一人当たり医療費', '千円', 410, 432, { direction: 'down' }),
];
const A1: Holdout2Workbook = {
  name: 'h28-a-policy-stacked-note-direction',
  layout: '施策評価シート, blocks stacked down with R3…R7 columns; a 備考 note makes one indicator lower-is-better; empty rating cell under a merged heading',
  build(wb) {
    const ws = wb.addWorksheet('施策2-3');
    put(ws, 1, 1, ['令和６年度　施策評価シート（評価対象：令和６年度の取組）']);
    ws.mergeCells('A1:G1');
    put(ws, 2, 1, ['政策', '２　健やかに暮らせるまち', '', '所管部', '保健福祉部']);
    put(ws, 3, 1, ['施策', '2-3 生涯を通じた健康づくりの推進']);
    put(ws, 4, 1, ['施策の達成度', null, '前年度評価', '（Ｂ）']);
    stackedBlock(ws, 6, '①', '特定健康診査受診率', '%', [42, 44, 46, 48, 50], [41.3, 43.0, 44.1, 45.2], '国保法定報告値');
    stackedBlock(ws, 12, '②', 'がん検診精密検査受診者数', '人', [300, 305, 310, 320, 330], [288, 296, 315, 301], '');
    stackedBlock(ws, 18, '③', '国保被保険者一人当たり医療費', '千円', [390, 395, 400, 410, 415], [388, 401, 419, 432], '低いほど良い指標（医療費の適正化）');
  },
  expected: {
    file: 'h28-a-policy-stacked-note-direction.xlsx',
    fiscalYear: 2024,
    indicators: A1_IND,
    groups: [{ sheet: '施策2-3', cell: 'B4', grade: rollUp(grades(A1_IND)) }],
  },
};

/** A tiled block: 指標 name row, 単位, years R4…R8, 実績値 and 期待値 rows (期待値 of R8 = 目標値). */
function tiledBlock(
  ws: Worksheet,
  top: number,
  left: number,
  name: string,
  unit: string,
  actuals: (number | string | null)[],
  expects: (number | string | null)[],
) {
  put(ws, top, left, ['指標名', name]);
  ws.mergeCells(top, left + 1, top, left + 5);
  put(ws, top + 1, left, ['単位', unit]);
  put(ws, top + 2, left, ['年度', 'R4', 'R5', 'R6', 'R7', 'R8']);
  put(ws, top + 3, left, ['実績値', ...actuals]);
  put(ws, top + 4, left, ['期待値\n※R8は目標値', ...expects]);
}

const A2_IND = [
  ind('基本施策5-2', '観光入込客数', '万人', 182, 176.4),
  ind('基本施策5-2', '宿泊者数', '千人', 240, 251),
  { ...ind('基本施策5-2', '観光案内所利用者数', '人', 15000, 11800), targetSource: 'final' },
  ind('基本施策5-2', '外国人宿泊者数', '人', 9000, 5120),
];
const A2: Holdout2Workbook = {
  name: 'h28-a-policy-tiled-final-target',
  layout:
    '施策評価シート, blocks tiled two across with a spacer column; R6 期待値 blank for one indicator (final target counts); rating cell to the right of the header',
  build(wb) {
    const ws = wb.addWorksheet('基本施策5-2');
    put(ws, 1, 1, ['基本施策評価シート　　評価対象期間：令和６年度']);
    put(ws, 3, 1, ['基本方針', '魅力ある観光交流のまち', null, null, null, null, null, '達成状況評価', null, '（前年度 C）']);
    put(ws, 4, 1, ['基本施策', '5-2 観光の振興']);
    ws.getColumn(7).width = 2;
    tiledBlock(ws, 6, 1, '観光入込客数', '万人', [160.2, 171.9, 176.4, null, null], [165, 175, 182, 188, 195]);
    tiledBlock(ws, 6, 8, '宿泊者数', '千人', [210, 228, 251, null, null], [220, 230, 240, 250, 260]);
    tiledBlock(ws, 13, 1, '観光案内所利用者数', '人', [9850, 10920, 11800, null, null], [null, null, null, null, 15000]);
    tiledBlock(ws, 13, 8, '外国人宿泊者数', '人', [1200, 3950, 5120, null, null], [3000, 6000, 9000, 12000, 15000]);
  },
  expected: {
    file: 'h28-a-policy-tiled-final-target.xlsx',
    fiscalYear: 2024,
    indicators: A2_IND,
    groups: [{ sheet: '基本施策5-2', cell: 'I3', grade: rollUp(grades(A2_IND)) }],
  },
};

const B1_IND = [
  ind('事業実績', '空き家バンク登録促進事業', '件', 30, 34, { existing: 'A' }),
  ind('事業実績', '移住体験ツアー開催事業', '人', 1200, 1150, { existing: 'B', actualStatus: 'approximate' }),
  ind('事業実績', '地域おこし協力隊活動支援事業', '人', 8, 5, { existing: 'C' }),
  ind('事業実績', '首都圏移住相談会出展事業', '回', 6, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind('事業実績', '若者定住奨励金交付事業', '世帯', 45, 41, { existing: 'B' }),
];
const B1: Holdout2Workbook = {
  name: 'h28-b-project-text-last-year',
  layout: '事業実績 table, targets/actuals as text (「30件」「約1,200人」「１５回」), last year’s 実績 column first, 自己評価 and 備考 columns',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    put(ws, 1, 1, ['令和６年度　移住定住推進事業　実績報告']);
    put(ws, 2, 1, ['（担当：地域振興課）']);
    put(ws, 4, 1, ['No.', '事業名', '令和５年度実績', '令和６年度目標', '令和６年度実績', '自己評価', '備考']);
    put(ws, 5, 1, [1, '空き家バンク登録促進事業', '28件', '30件', '34件', 'A', '']);
    put(ws, 6, 1, [2, '移住体験ツアー開催事業', '1,080人', '1,200人', '約1,150人', 'B', '参加者数は概数']);
    put(ws, 7, 1, [3, '地域おこし協力隊活動支援事業', '６人', '８人', '５人', 'C', '']);
    put(ws, 8, 1, [4, '首都圏移住相談会出展事業', '５回', '６回', '未実施', 'D', '会場確保できず']);
    put(ws, 9, 1, [5, '若者定住奨励金交付事業', '39世帯', '45世帯', '41世帯', 'B', '']);
  },
  expected: { file: 'h28-b-project-text-last-year.xlsx', fiscalYear: 2024, indicators: B1_IND, groups: [] },
};

const B2_IND = [
  ind('R6実績', '中小企業融資あっせん件数', '件', 120, 131),
  ind('R6実績', '創業支援セミナー受講者数', '人', 60, 48, { actualStatus: 'provisional' }),
  ind('R6実績', '商店街空き店舗活用補助件数', '件', 5, 2),
  ind('R6実績', 'プレミアム商品券換金率', '%', 95, 97.3),
];
const B2: Holdout2Workbook = {
  name: 'h28-b-project-unit-column-hidden',
  layout:
    '事業実績 table on a sheet named R6実績: unit in its own column, a hidden R5 column between, merged two-row heading 令和６年度 / 目標・実績, （見込み） note',
  build(wb) {
    const ws = wb.addWorksheet('R6実績');
    put(ws, 1, 1, ['商工振興課　事業別実績一覧（令和６年度）']);
    put(ws, 3, 1, ['事業名', '単位', '令和５年度', '令和６年度', null, '備考']);
    put(ws, 4, 3, ['実績', '目標', '実績']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:F4');
    ws.getColumn(3).hidden = true;
    put(ws, 5, 1, ['中小企業融資あっせん件数', '件', 118, 120, 131, '']);
    put(ws, 6, 1, ['創業支援セミナー受講者数', '人', 55, 60, '48（見込み）', '３月開催分は集計前']);
    put(ws, 7, 1, ['商店街空き店舗活用補助件数', '件', 4, 5, 2, '']);
    put(ws, 8, 1, ['プレミアム商品券換金率', '%', 96.1, 95, 97.3, '']);
  },
  expected: { file: 'h28-b-project-unit-column-hidden.xlsx', fiscalYear: 2024, indicators: B2_IND, groups: [] },
};

const C1_IND = [
  ind('KPI', 'ふるさと納税寄附件数', '件', 18000, 19420),
  ind('KPI', '市公式LINE登録者数', '人', 25000, 21760),
  ind('KPI', 'オンライン申請可能手続数', '手続', 150, 96),
];
const C1: Holdout2Workbook = {
  name: 'h28-c-kpi-half-year-periods',
  layout:
    'KPI table with 半期 period columns (令和6年3月末 / 9月末 / 令和7年3月末), 目標値 and 実績値 rows per KPI, values with units, a 達成率 column for the last period',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    put(ws, 1, 1, ['デジタル推進戦略　重要業績評価指標（KPI）進捗状況　令和６年度']);
    put(ws, 3, 1, ['KPI', '区分', '令和6年3月末', '令和6年9月末', '令和7年3月末', '達成率', '所管課']);
    const kpi = (r: number, name: string, t: string[], a: string[], rate: string, dept: string) => {
      put(ws, r, 1, [name, '目標値', ...t, null, dept]);
      put(ws, r + 1, 2, ['実績値', ...a, rate]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 7, r + 1, 7);
    };
    kpi(4, 'ふるさと納税寄附件数', ['15,000 件', '－', '18,000 件'], ['16,204 件', '7,310 件', '19,420 件'], '107.9%', '企画課');
    kpi(6, '市公式LINE登録者数', ['20,000 人', '22,500 人', '25,000 人'], ['18,930 人', '20,115 人', '21,760 人'], '87.0%', '広報課');
    kpi(8, 'オンライン申請可能手続数', ['100 手続', '125 手続', '150 手続'], ['84 手続', '90 手続', '96 手続'], '64.0%', 'DX推進室');
  },
  expected: { file: 'h28-c-kpi-half-year-periods.xlsx', fiscalYear: 2024, indicators: C1_IND, groups: [] },
};

const C2_IND = [
  ind('KPI進捗', '新規就農者数（累計）', '人', 24, 19),
  ind('KPI進捗', '農産物直売所販売額', '百万円', 410, 436),
  ind('KPI進捗', '耕作放棄地面積', 'ha', 115, 128, { direction: 'down' }),
];
const C2: Holdout2Workbook = {
  name: 'h28-c-kpi-fy-cumulative-reference',
  layout:
    'KPI table with FY2022…FY2026 columns, a cumulative KPI with a （参考）単年度 row under it, a 基準値 column, direction column （↑/↓）, evaluation year in a cell 評価年度：FY2024',
  build(wb) {
    const ws = wb.addWorksheet('KPI進捗');
    put(ws, 1, 1, ['農業振興計画　KPI進捗管理表']);
    put(ws, 2, 1, ['評価年度：FY2024']);
    put(ws, 4, 1, ['指標', '単位', '方向', '項目', '基準値(FY2021)', 'FY2022', 'FY2023', 'FY2024', 'FY2025', 'FY2026']);
    put(ws, 5, 1, ['新規就農者数（累計）', '人', '↑', '目標', 0, 8, 16, 24, 32, 40]);
    put(ws, 6, 4, ['実績', null, 7, 13, 19]);
    put(ws, 7, 4, ['（参考）単年度実績', null, 7, 6, 6]);
    put(ws, 8, 1, ['農産物直売所販売額', '百万円', '↑', '目標', 372, 385, 398, 410, 420, 430]);
    put(ws, 9, 4, ['実績', null, 379, 402, 436]);
    put(ws, 10, 1, ['耕作放棄地面積', 'ha', '↓', '目標', 140, 135, 125, 115, 105, 95]);
    put(ws, 11, 4, ['実績', null, 137, 131, 128]);
    ws.mergeCells('A5:A7');
    ws.mergeCells('B5:B7');
    ws.mergeCells('C5:C7');
    for (const r of [8, 10]) for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
    put(ws, 13, 1, ['※方向：↑は数値が大きいほど良い、↓は数値が小さいほど良い']);
  },
  expected: { file: 'h28-c-kpi-fy-cumulative-reference.xlsx', fiscalYear: 2024, indicators: C2_IND, groups: [] },
};

const D1_IND = [
  ind('成果指標', '自主防災組織の組織率', '%', 90, 84.6),
  ind('成果指標', '防災メール登録者数', '人', 12000, 12940),
  ind('成果指標', '住宅の耐震化率', '%', 95, 88.1),
  ind('成果指標', '交通事故発生件数', '件', 180, 203, { direction: 'down' }),
];
const D1: Holdout2Workbook = {
  name: 'h28-d-plan-years-in-headings',
  layout:
    '計画の指標 table: 基準値（平成30年度）, 中間目標（令和４年度）, 最終目標（令和９年度）, 実績値（令和６年度）, a 前年度実績 column before it, direction written 「減少」 in a 目指す方向 column',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    put(ws, 1, 1, ['第２次安全安心まちづくり計画　成果指標の状況（令和６年度実績）']);
    put(ws, 3, 1, [
      'No.',
      '成果指標',
      '単位',
      '目指す方向',
      '基準値\n（平成30年度）',
      '中間目標\n（令和４年度）',
      '最終目標\n（令和９年度）',
      '前年度実績\n（令和５年度）',
      '実績値\n（令和６年度）',
      '指標の把握方法',
    ]);
    put(ws, 4, 1, [1, '自主防災組織の組織率', '%', '増加', 72.4, 82, 90, 83.9, 84.6, '危機管理課調べ']);
    put(ws, 5, 1, [2, '防災メール登録者数', '人', '増加', 6210, 9000, 12000, 12310, 12940, '配信システム登録数']);
    put(ws, 6, 1, [3, '住宅の耐震化率', '%', '増加', 79.5, 90, 95, 87.4, 88.1, '住宅・土地統計調査による推計']);
    put(ws, 7, 1, [4, '交通事故発生件数', '件', '減少', 264, 220, 180, 211, 203, '警察署統計（暦年）']);
  },
  expected: { file: 'h28-d-plan-years-in-headings.xlsx', fiscalYear: 2024, indicators: D1_IND, groups: [] },
};

const D2_IND = [
  ind('指標', '図書館の年間貸出冊数', '万冊', 62, 55.8),
  ind('指標', '生涯学習講座の参加者数', '人', 4500, 4710),
  ind('指標', '公民館利用者数', '人', 98000, 71200),
];
const D2: Holdout2Workbook = {
  name: 'h28-d-plan-current-value-no-year',
  layout:
    '計画の指標 table with 現状値 / 目標値 / 実績値 columns, years only inside the cells as 「（Ｒ５）」 full-width era forms, units in the heading row below the name',
  build(wb) {
    const ws = wb.addWorksheet('指標');
    put(ws, 1, 1, ['生涯学習推進計画　指標一覧']);
    put(ws, 2, 1, ['評価対象年度　令和５年度']);
    put(ws, 4, 1, ['指標名（単位）', '現状値', '目標値', '実績値', '備考']);
    put(ws, 5, 1, ['図書館の年間貸出冊数（万冊）', '58.2\n（Ｈ30）', '62\n（Ｒ７）', '55.8\n（Ｒ５）', '']);
    put(ws, 6, 1, ['生涯学習講座の参加者数（人）', '3,980\n（Ｈ30）', '4,500\n（Ｒ７）', '4,710\n（Ｒ５）', '']);
    put(ws, 7, 1, ['公民館利用者数（人）', '102,400\n（Ｈ30）', '98,000\n（Ｒ７）', '71,200\n（Ｒ５）', '大規模改修のため１館休館']);
  },
  expected: { file: 'h28-d-plan-current-value-no-year.xlsx', fiscalYear: 2023, indicators: D2_IND, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [A1, A2, B1, B2, C1, C2, D1, D2];
