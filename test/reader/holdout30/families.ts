/** Hold-out 30, first half: policy sheets stacked and tiled, a project table with text figures, half-year KPIs, plan indicators. */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook as Holdout30Workbook, ind, put, rollUp } from '../holdout2/kit';

/** One stacked indicator block of the civic-activity policy sheet (6 rows from `row`). */
function stackedBlock(ws: Worksheet, row: number, no: string, name: string, unit: string, actuals: number[], targets: number[], note: string): void {
  put(ws, row, 1, [`成果指標${no}`, name]);
  ws.mergeCells(row, 2, row, 8);
  put(ws, row + 1, 1, ['単位', unit, undefined, '方向性', '↑ 増加']);
  put(ws, row + 2, 1, ['区分', 'R3', 'R4', 'R5', 'R6', 'R7（目標）']);
  put(ws, row + 3, 1, ['実績値', ...actuals]);
  put(ws, row + 4, 1, ['目標値', ...targets]);
  put(ws, row + 5, 1, ['備考', note]);
}

const STACKED: Holdout30Workbook = {
  name: 'h30-policy-stacked-civic',
  layout:
    'policy sheet, three indicator blocks stacked down (実績値 row above 目標値 row, R3…R7), rating cell H4 right of a merged label, year in a 評価対象年度 line',
  build(wb) {
    const ws = wb.addWorksheet('施策3-1');
    put(ws, 1, 1, ['令和6年度 施策評価シート']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    put(ws, 3, 1, ['政策', '３ 市民協働のまちづくり']);
    put(ws, 4, 1, ['施策', '3-1 市民活動の促進', undefined, undefined, undefined, '施策の達成状況']);
    ws.mergeCells('F4:G4');
    put(ws, 5, 1, ['担当課', '市民協働課']);
    stackedBlock(ws, 7, '①', '市民活動団体登録数', '団体', [104, 115, 126], [100, 110, 120, 130, 140], '');
    stackedBlock(ws, 14, '②', '地域イベント参加者数', '人', [5210, 6880, 7100], [7000, 8000, 8500, 9000, 9500], 'R6以降の目標値は見直し予定');
    stackedBlock(ws, 21, '③', 'ボランティア保険加入者数', '人', [2010, 1880, 1950], [2600, 2800, 3000, 3200, 3400], '社会福祉協議会調べ');
  },
  expected: {
    file: 'h30-policy-stacked-civic.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('施策3-1', '市民活動団体登録数', '団体', 120, 126),
      ind('施策3-1', '地域イベント参加者数', '人', 8500, 7100),
      ind('施策3-1', 'ボランティア保険加入者数', '人', 3000, 1950),
    ],
    groups: [{ sheet: '施策3-1', cell: 'H4', grade: rollUp(['A', 'B', 'C']) }],
  },
};

/** One tiled block of the safety policy sheet: 計画値 / 実績値 rows over 2022–2025年度, the department's 達成度 letter. */
function tiledBlock(
  ws: Worksheet,
  row: number,
  col: number,
  b: { no: string; name: string; unit: string; way: string; plan: number[]; done: number[]; mark: string },
): void {
  put(ws, row, col, [`指標${b.no}`, b.name]);
  ws.mergeCells(row, col + 1, row, col + 4);
  put(ws, row + 1, col, ['単位', b.unit, '目指す方向', b.way]);
  put(ws, row + 2, col, ['年度', '2022年度', '2023年度', '2024年度', '2025年度']);
  put(ws, row + 3, col, ['計画値', ...b.plan]);
  put(ws, row + 4, col, ['実績値', ...b.done]);
  put(ws, row + 5, col, ['達成度', b.mark]);
}

const TILED: Holdout30Workbook = {
  name: 'h30-policy-tiled-safety',
  layout:
    'policy sheet, blocks tiled two across (計画値 / 実績値 rows, 2022年度…2025年度), 目指す方向 減少 on one, department 達成度 letters, 総合評価 cell I3',
  build(wb) {
    const ws = wb.addWorksheet('施策評価（5-2）');
    put(ws, 1, 1, ['施策評価シート　評価年度：2024年度（令和6年度）']);
    ws.mergeCells('A1:L1');
    put(ws, 3, 1, ['施策名', '5-2 安全で安心なまちづくり']);
    ws.mergeCells('B3:F3');
    put(ws, 3, 8, ['総合評価']);
    const left = { way: '減少', mark: 'B' };
    tiledBlock(ws, 5, 1, { ...left, no: '1', name: '交通事故発生件数', unit: '件', plan: [460, 440, 420, 400], done: [472, 451, 455] });
    tiledBlock(ws, 5, 8, { no: '2', name: '防犯灯LED化率', unit: '%', way: '上昇', plan: [70, 78, 85, 92], done: [72.5, 80.3, 88.4], mark: 'A' });
    tiledBlock(ws, 12, 1, { no: '3', name: '消防団員の充足率', unit: '%', way: '上昇', plan: [95, 95, 95, 95], done: [91.2, 89.0, 86.7], mark: 'B' });
  },
  expected: {
    file: 'h30-policy-tiled-safety.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('施策評価（5-2）', '交通事故発生件数', '件', 420, 455, { direction: 'down', existing: 'B' }),
      ind('施策評価（5-2）', '防犯灯LED化率', '%', 85, 88.4, { existing: 'A' }),
      ind('施策評価（5-2）', '消防団員の充足率', '%', 95, 86.7, { existing: 'B' }),
    ],
    groups: [{ sheet: '施策評価（5-2）', cell: 'I3', grade: rollUp(['B', 'A', 'B']) }],
  },
};

const PROJECT_TEXT: Holdout30Workbook = {
  name: 'h30-project-text-figures',
  layout: "project table, 目標 / 実績 as text with units (「12回」「参加者 約150人」「年4回」「未実施」「集計中」), last year's 実績 column to the right",
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    put(ws, 1, 1, ['令和５年度 移住・定住促進事業 実績一覧']);
    put(ws, 3, 1, ['No.', '事業名', '担当課', '令和5年度 目標', '令和5年度 実績', '令和4年度 実績', '備考']);
    put(ws, 4, 1, [1, '空き家相談会の開催', '企画政策課', '12回', '12回', '10回']);
    put(ws, 5, 1, [2, '移住体験ツアー', '企画政策課', '参加者 約150人', '参加者 約120人', '98人']);
    put(ws, 6, 1, [3, '創業支援セミナー', '商工観光課', '年4回', '未実施', '2回', '講師の調整がつかず']);
    put(ws, 7, 1, [4, '地域おこし協力隊の受入', '企画政策課', '5人', '3人', '4人']);
    put(ws, 8, 1, [5, '空き家バンク登録件数', '都市計画課', '40件', '集計中', '31件', '3月末で集計']);
    put(ws, 9, 1, [6, '移住相談件数', '企画政策課', '300件', '342件', '287件']);
  },
  expected: {
    file: 'h30-project-text-figures.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業実績', '空き家相談会の開催', '回', 12, 12),
      ind('事業実績', '移住体験ツアー', '人', 150, 120, { actualStatus: 'approximate' }),
      ind('事業実績', '創業支援セミナー', '回', 4, null, { actualStatus: 'not-implemented' }),
      ind('事業実績', '地域おこし協力隊の受入', '人', 5, 3),
      ind('事業実績', '空き家バンク登録件数', '件', 40, null, { actualStatus: 'pending' }),
      ind('事業実績', '移住相談件数', '件', 300, 342),
    ],
    groups: [],
  },
};

const KPI_HALF: Holdout30Workbook = {
  name: 'h30-kpi-half-year',
  layout: 'KPI table, 目標値 / 実績値 row pairs over 半期 columns (令和5年9月末…令和7年3月末), KPI name merged down, 単位 column, 減少 in 備考, 累計 KPI',
  build(wb) {
    const ws = wb.addWorksheet('KPI進捗');
    put(ws, 1, 1, ['総合戦略 KPI進捗管理表（令和7年3月末現在）']);
    put(ws, 3, 1, ['KPI', '単位', '区分', '令和5年9月末', '令和6年3月末', '令和6年9月末', '令和7年3月末', '備考']);
    const rows: [string, string, (number | string)[], (number | string)[], string][] = [
      ['観光入込客数', '千人', ['-', 1400, '-', 1450], [690, 1380, 760, 1512], '半期は4～9月の値'],
      ['創業件数（累計）', '件', ['-', 45, '-', 60], [38, 44, 46, 48], '平成27年度からの累計'],
      ['待機児童数', '人', ['-', 12, '-', 10], [15, 13, 16, 14], '減少を目指す指標（各時点の人数）'],
    ];
    rows.forEach(([name, unit, targets, actuals, note], i) => {
      const r = 4 + i * 2;
      put(ws, r, 1, [name, unit, '目標値', ...targets, note]);
      put(ws, r + 1, 3, ['実績値', ...actuals]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 2, r + 1, 2);
      ws.mergeCells(r, 8, r + 1, 8);
    });
  },
  expected: {
    file: 'h30-kpi-half-year.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('KPI進捗', '観光入込客数', '千人', 1450, 1512),
      ind('KPI進捗', '創業件数（累計）', '件', 60, 48),
      ind('KPI進捗', '待機児童数', '人', 10, 14, { direction: 'down' }),
    ],
    groups: [],
  },
};

const PLAN_MIDTERM: Holdout30Workbook = {
  name: 'h30-plan-midterm-target',
  layout: 'plan indicators, 基準値（令和元年度） / 中間目標（令和5年度） / 最終目標（令和9年度） / 実績値（令和5年度）, ↑↓ 目指す方向 column',
  build(wb) {
    const ws = wb.addWorksheet('指標一覧');
    put(ws, 1, 1, ['健康増進計画（第3次） 評価指標の状況']);
    put(ws, 2, 1, ['令和５年度実績']);
    put(ws, 4, 1, [
      '番号',
      '指標名',
      '単位',
      '目指す方向',
      '基準値（令和元年度）',
      '中間目標（令和5年度）',
      '最終目標（令和9年度）',
      '実績値（令和5年度）',
      '備考',
    ]);
    put(ws, 5, 1, [1, '特定健診受診率', '%', '↑', 38.2, 50.0, 60.0, 44.6, '法定報告値']);
    put(ws, 6, 1, [2, '胃がん検診受診率', '%', '↑', 8.1, 12.0, 15.0, 12.4]);
    put(ws, 7, 1, [3, '20歳以上の喫煙率', '%', '↓', 16.8, 14.0, 12.0, 15.1, '市民健康意識調査']);
    put(ws, 8, 1, [4, '運動習慣のある者の割合', '%', '↑', 28.0, 32.0, 35.0, 24.5, '市民健康意識調査']);
  },
  expected: {
    file: 'h30-plan-midterm-target.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('指標一覧', '特定健診受診率', '%', 50, 44.6),
      ind('指標一覧', '胃がん検診受診率', '%', 12, 12.4),
      ind('指標一覧', '20歳以上の喫煙率', '%', 14, 15.1, { direction: 'down' }),
      ind('指標一覧', '運動習慣のある者の割合', '%', 32, 24.5),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout30Workbook[] = [STACKED, TILED, PROJECT_TEXT, KPI_HALF, PLAN_MIDTERM];
