/** Hold-out workbooks that go down the page: policy sheets with stacked indicator blocks, per-project sheets, label/value forms. */
import type { Workbook } from 'exceljs';
import { ind, rows } from './sheet';
import type { HoldoutWorkbook } from './types';

const YEARS_R1_R7 = ['令和元年度', '令和２年度\n（現状値）', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '令和７年度\n（目標）'];

function policyBlock(
  wb: Workbook,
  sheet: string,
  top: number,
  no: string,
  name: string,
  unit: string,
  targets: number[],
  actuals: (number | string)[],
  note: string,
) {
  const ws = wb.getWorksheet(sheet)!;
  rows(ws, `A${top}`, [
    [`成果指標${no}`, name],
    ['単位', unit],
    ['区分', ...YEARS_R1_R7],
    ['目標値', ...targets],
    ['実績値', ...actuals],
    ['備考', note],
  ]);
  ws.mergeCells(`B${top}:H${top}`);
  ws.mergeCells(`B${top + 5}:H${top + 5}`);
}

/** 施策評価シート, blocks stacked down, the 目標値 row above the 実績値 row, 令和元年度, a 減らす name, a pending actual. */
const targetFirst: HoldoutWorkbook = {
  name: 'h01-policy-target-row-first',
  layout: 'policy sheet, indicator blocks stacked down, 目標値 row before 実績値, 令和元年度…令和７年度, 集計中',
  build(wb) {
    const ws = wb.addWorksheet('施策2-3');
    rows(ws, 'A1', [
      ['令和５年度　施策評価シート'],
      ['評価対象年度：令和５年度'],
      ['基本方針', '２　活力ある産業のまち'],
      ['基本施策', '2-3 地域産業の振興'],
      ['施策の達成状況', null, '（前年度 B）'],
    ]);
    policyBlock(
      wb,
      '施策2-3',
      7,
      '①',
      '産業支援センター相談件数',
      '件',
      [700, 720, 740, 760, 800, 820, 850],
      [688, 702, 720, 731, 744],
      '窓口相談とオンライン相談の合計',
    );
    policyBlock(wb, '施策2-3', 14, '②', '企業立地件数', '件', [2, 2, 3, 3, 3, 3, 4], [1, 2, 2, 3, 2], '工業団地への立地件数');
    policyBlock(
      wb,
      '施策2-3',
      21,
      '③',
      '市内事業所の労働災害件数を減らす',
      '件',
      [60, 58, 56, 54, 52, 50, 48],
      [63, 61, 57, 55, 58],
      '労働基準監督署の統計による',
    );
    policyBlock(wb, '施策2-3', 28, '④', '創業支援による起業者数', '人', [10, 10, 11, 11, 12, 12, 13], [9, 8, 12, 10, '集計中'], '令和５年度分は６月末確定');
  },
  expected: {
    file: 'h01-policy-target-row-first.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('施策2-3', '産業支援センター相談件数', '件', 800, 744),
      ind('施策2-3', '企業立地件数', '件', 3, 2),
      ind('施策2-3', '市内事業所の労働災害件数を減らす', '件', 52, 58, { direction: 'down' }),
      ind('施策2-3', '創業支援による起業者数', '人', 12, 'pending'),
    ],
    groups: [{ sheet: '施策2-3', cell: 'B5', grade: 'B' }],
  },
};

function project(
  wb: Workbook,
  top: number,
  name: string,
  act: [string, string, number, number | string],
  out: [string, string, number, number | string],
  self: string,
) {
  const ws = wb.getWorksheet('事業評価')!;
  rows(ws, `A${top}`, [
    ['事業名', name],
    ['担当課', '商工観光課'],
    ['指標区分', '指標名', '単位', '目標値', '実績値', '達成率'],
    ['活動指標', ...act, typeof act[3] === 'number' ? `${((100 * act[3]) / act[2]).toFixed(1)}%` : '－'],
    ['成果指標', ...out, typeof out[3] === 'number' ? `${((100 * out[3]) / out[2]).toFixed(1)}%` : '－'],
    ['自己評価', self],
  ]);
  ws.mergeCells(`B${top}:F${top}`);
}

/** 事務事業評価シート: one project after another down one sheet, 活動指標 and 成果指標 rows, a 未実施, a 減らす name. */
const projectsDown: HoldoutWorkbook = {
  name: 'h02-projects-down-the-page',
  layout: '事務事業評価: projects stacked down one sheet, 活動指標/成果指標 rows with 目標値 実績値 達成率(text)',
  build(wb) {
    const ws = wb.addWorksheet('事業評価');
    rows(ws, 'A1', [['令和５年度　事務事業評価シート（商工観光課）']]);
    project(wb, 3, '商店街活性化支援事業', ['空き店舗活用補助件数', '件', 5, 4], ['商店街の空き店舗数を減らす', '店舗', 20, 23], 'B');
    project(wb, 10, '中小企業融資あっせん事業', ['融資あっせん件数', '件', 120, 131], ['融資を受けた事業者の売上増加割合', '%', 50, 44.2], 'A');
    project(wb, 17, '観光ＰＲ事業', ['ＰＲイベント開催回数', '回', 12, '未実施'], ['観光案内所来訪者数', '人', 18000, 16250], 'C');
  },
  expected: {
    file: 'h02-projects-down-the-page.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業評価', '空き店舗活用補助件数', '件', 5, 4),
      ind('事業評価', '商店街の空き店舗数を減らす', '店舗', 20, 23, { direction: 'down' }),
      ind('事業評価', '融資あっせん件数', '件', 120, 131),
      ind('事業評価', '融資を受けた事業者の売上増加割合', '%', 50, 44.2),
      ind('事業評価', 'ＰＲイベント開催回数', '回', 12, 'not-implemented'),
      ind('事業評価', '観光案内所来訪者数', '人', 18000, 16250),
    ],
    groups: [],
  },
};

function labelBlock(wb: Workbook, top: number, name: string, unit: string, base: number, target: number, actual: number, grade: string) {
  rows(wb.getWorksheet('成果指標')!, `A${top}`, [
    ['指標名', name],
    ['単位', unit],
    ['基準値（令和２年度）', base],
    ['目標値（令和５年度）', target],
    ['実績値（令和５年度）', actual],
    ['評価', grade],
  ]);
}

/** Label/value pairs per indicator, repeated down the sheet with a blank row between. */
const labelValue: HoldoutWorkbook = {
  name: 'h03-label-value-pairs',
  layout: 'label/value form per indicator (指標名 / 単位 / 基準値 / 目標値 / 実績値 / 評価), repeated down',
  build(wb) {
    wb.addWorksheet('成果指標');
    rows(wb.getWorksheet('成果指標')!, 'A1', [['令和５年度　地域公共交通計画　成果指標の評価']]);
    labelBlock(wb, 3, '地域公共交通の利用者数', '人', 182000, 210000, 196400, 'B');
    labelBlock(wb, 10, 'デマンドタクシー登録者数', '人', 950, 1200, 1342, 'A');
    labelBlock(wb, 17, '交通空白地域の数を減らす', '地区', 6, 3, 5, 'C');
  },
  expected: {
    file: 'h03-label-value-pairs.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('成果指標', '地域公共交通の利用者数', '人', 210000, 196400, { existing: 'B' }),
      ind('成果指標', 'デマンドタクシー登録者数', '人', 1200, 1342, { existing: 'A' }),
      ind('成果指標', '交通空白地域の数を減らす', '地区', 3, 5, { direction: 'down', existing: 'C' }),
    ],
    groups: [],
  },
};

function pairRows(wb: Workbook, sheet: string, top: number, no: number, name: string, unit: string, expect: number[], actual: number[]) {
  const ws = wb.getWorksheet(sheet)!;
  rows(ws, `A${top}`, [
    [no, name, unit, '期待値', ...expect],
    [null, null, null, '実績値', ...actual],
  ]);
  for (const col of ['A', 'B', 'C']) ws.mergeCells(`${col}${top}:${col}${top + 1}`);
}

function policySheet(wb: Workbook, sheet: string, title: string) {
  const ws = wb.addWorksheet(sheet);
  rows(ws, 'A1', [
    ['基本施策評価シート（評価対象：令和5年度）'],
    [],
    ['基本施策', title],
    ['達成状況', null, '前年度評価（A）'],
    [],
    ['No.', '成果指標', '単位', '区分', 'R3', 'R4', 'R5', 'R6', 'R7（目標）'],
  ]);
}

/** Two policy sheets, each indicator on a 期待値 row and a 実績値 row with No./name/unit merged over both. */
const twoPolicySheets: HoldoutWorkbook = {
  name: 'h04-two-policy-sheets-merged-pairs',
  layout: 'two policy sheets, indicator = merged name over 期待値/実績値 rows, periods R3…R7（目標）, rating cell per sheet',
  build(wb) {
    policySheet(wb, '1-1', '1-1 子育て支援の充実');
    pairRows(wb, '1-1', 7, 1, '子育て支援拠点の利用者数', '人', [12000, 13000, 14000, 15000, 16000], [11800, 12650, 13200]);
    pairRows(wb, '1-1', 9, 2, '一時預かり事業の利用者数', '人', [2300, 2400, 2500, 2600, 2700], [2210, 2480, 2710]);
    policySheet(wb, '1-2', '1-2 子どもの権利を守る');
    pairRows(wb, '1-2', 7, 1, '児童虐待相談対応件数を減らす', '件', [90, 85, 80, 75, 70], [102, 98, 95]);
    pairRows(wb, '1-2', 9, 2, '子ども食堂の設置数', 'か所', [6, 8, 10, 12, 14], [5, 6, 6]);
  },
  expected: {
    file: 'h04-two-policy-sheets-merged-pairs.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('1-1', '子育て支援拠点の利用者数', '人', 14000, 13200),
      ind('1-1', '一時預かり事業の利用者数', '人', 2500, 2710),
      ind('1-2', '児童虐待相談対応件数を減らす', '件', 80, 95, { direction: 'down' }),
      ind('1-2', '子ども食堂の設置数', 'か所', 10, 6),
    ],
    groups: [
      { sheet: '1-1', cell: 'B4', grade: 'A' },
      { sheet: '1-2', cell: 'B4', grade: 'B' },
    ],
  },
};

export const FORM_WORKBOOKS: HoldoutWorkbook[] = [targetFirst, projectsDown, labelValue, twoPolicySheets];
