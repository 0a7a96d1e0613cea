/**
 * Hold-out set 122, four workbooks outside the families, as 防犯・交通安全 offices keep them: a 防犯灯整備事業 実績報告 with years
 * as rows and 目標／実績 column pairs under merged headings (a 令和6年度 row of 計画値 below the year), a 事務事業評価シート of
 * 交通安全教育推進事業 (活動指標 and 成果指標 with a ↑／↓ 方向 column and a 達成率 stored as a fraction), a 安全安心まちづくり
 * 推進計画 split over a 指標一覧 sheet (方向, 中間目標（令和５年度）, 最終目標) and a 令和５年度実績 sheet joined by No. and name,
 * and a 令和元年度 重点目標 sheet with two tables side by side (交通安全・防犯) in full-width text 「５２０人以下」「４０団体以上」 and
 * ○× marks.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { fw } from './families';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. Years as rows: 防犯灯LED化の推移, 目標／実績 pairs under merged headings, a reference column with no target.

const LED_ROWS: (string | number | null)[][] = [
  ['平成30年度', 3912, 1370, 1494, 35, 38.2, 200, 214, null],
  ['令和元年度', 3958, 1980, 2082, 50, 52.6, 200, 187, null],
  ['令和2年度', 4015, 2610, 2566, 65, 63.9, 200, 176, '令和2年度からLED灯のみ補助対象'],
  ['令和3年度', 4080, 3060, 3158, 75, 77.4, 180, 165, null],
  ['令和4年度', 4146, 3520, 3566, 85, 86, 150, 142, null],
  ['令和5年度', 4210, 3800, 3844, 90, 91.3, 150, 118, '資材価格の高騰により設置申請が減少'],
  ['令和6年度', null, 4050, null, 95, null, 150, null, '計画値'],
];

const BT = '防犯灯';

const ledSuii: Holdout2Workbook = {
  name: 'h122-bouhantou-led-suii',
  layout: 'years as rows (平成30年度…令和6年度), 目標／実績 pairs under merged two-row headings, 防犯灯総数 with no target, a 計画値 row after the stated year',
  build(wb) {
    const ws = wb.addWorksheet(BT);
    widths(ws, [13, 12, 10, 10, 10, 10, 10, 10, 30]);
    merge(ws, 1, 1, 1, 9, '令和５年度　防犯灯整備事業　実績報告書');
    put(ws, 3, 1, ['■防犯灯LED化の推移（各年度末現在）']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 5, 2, '防犯灯総数（灯）');
    merge(ws, 4, 3, 4, 4, 'LED灯数（灯）');
    merge(ws, 4, 5, 4, 6, '防犯灯LED化率（％）');
    merge(ws, 4, 7, 4, 8, '新規設置補助灯数（灯）');
    merge(ws, 4, 9, 5, 9, '備考');
    put(ws, 5, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    LED_ROWS.forEach((row, i) => put(ws, 6 + i, 1, row));
    for (let r = 6; r < 6 + LED_ROWS.length; r++) {
      for (const c of [2, 3, 4, 7, 8]) ws.getCell(r, c).numFmt = '#,##0';
      for (const c of [5, 6]) ws.getCell(r, c).numFmt = '0.0';
    }
    box(ws, 4, 1, 5 + LED_ROWS.length, 9);
    put(ws, 7 + LED_ROWS.length, 1, ['※新規設置補助灯数は、町内会等が設置したLED防犯灯のうち市が設置費を補助した灯数']);
  },
  expected: {
    file: 'h122-bouhantou-led-suii.xlsx',
    fiscalYear: 2023,
    indicators: [ind(BT, 'LED灯数', '灯', 3800, 3844), ind(BT, '防犯灯LED化率', '％', 90, 91.3), ind(BT, '新規設置補助灯数', '灯', 150, 118)],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事務事業評価シート: label–value header, 活動指標 and 成果指標 rows with a 方向 column, last year's 実績 beside, 達成率 as a fraction.

const JM = '事務事業評価シート';

const JIMU_ROWS: [string, string, string, string, number, number, number][] = [
  ['活動指標', '交通安全教室の開催回数', '回', '↑', 131, 120, 58],
  ['活動指標', '街頭啓発活動の実施回数', '回', '↑', 24, 24, 24],
  ['成果指標', '交通事故発生件数', '件', '↓', 372, 350, 298],
  ['成果指標', '交通安全教室受講者数', '人', '↑', 8420, 8000, 3412],
];

const jimu: Holdout2Workbook = {
  name: 'h122-jimujigyo-koutsu-anzen',
  layout: '事務事業評価シート: label–value header (評価対象年度 令和２年度), 活動指標／成果指標 rows with ↑／↓, 令和元年度実績 column, 達成率 as a % fraction',
  build(wb) {
    const ws = wb.addWorksheet(JM);
    widths(ws, [12, 30, 7, 7, 14, 14, 14, 10]);
    merge(ws, 1, 1, 1, 8, '事務事業評価シート');
    put(ws, 3, 1, ['事業名']);
    merge(ws, 3, 2, 3, 4, '交通安全教育推進事業');
    put(ws, 3, 5, ['担当課']);
    merge(ws, 3, 6, 3, 8, '市民協働部　生活安全課');
    put(ws, 4, 1, ['評価対象年度']);
    merge(ws, 4, 2, 4, 4, '令和２年度');
    put(ws, 4, 5, ['事業期間']);
    merge(ws, 4, 6, 4, 8, '平成20年度～');
    put(ws, 5, 1, ['事業の目的']);
    merge(ws, 5, 2, 5, 8, '幼児から高齢者まで世代に応じた交通安全教育を行い、交通ルールの遵守とマナーの向上を図り、交通事故を減少させる。');
    box(ws, 3, 1, 5, 8);
    put(ws, 7, 1, ['区分', '指標名', '単位', '方向', '令和元年度実績', '令和２年度目標', '令和２年度実績', '達成率']);
    JIMU_ROWS.forEach((row, i) => {
      const r = 8 + i;
      put(ws, r, 1, row);
      const [, , , way, , t, a] = row;
      const cell = ws.getCell(r, 8);
      cell.value = Math.round((way === '↓' ? t / a : a / t) * 1000) / 1000;
      cell.numFmt = '0.0%';
      for (const c of [5, 6, 7]) ws.getCell(r, c).numFmt = '#,##0';
    });
    box(ws, 7, 1, 7 + JIMU_ROWS.length, 8);
    put(ws, 8 + JIMU_ROWS.length, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い（達成率は↓の指標は目標÷実績）']);
    put(ws, 10 + JIMU_ROWS.length, 1, ['評価の視点', '必要性', '妥当である']);
    put(ws, 11 + JIMU_ROWS.length, 2, ['有効性', '新型コロナウイルス感染症の影響により教室の開催を縮小した。']);
    put(ws, 12 + JIMU_ROWS.length, 2, ['効率性', '動画教材の活用により経費を抑えた。']);
    put(ws, 13 + JIMU_ROWS.length, 1, ['今後の方向性', '継続']);
    box(ws, 10 + JIMU_ROWS.length, 1, 13 + JIMU_ROWS.length, 3);
    wrap(ws, 10 + JIMU_ROWS.length, 3, 13 + JIMU_ROWS.length, 3);
  },
  expected: {
    file: 'h122-jimujigyo-koutsu-anzen.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(JM, '交通安全教室の開催回数', '回', 120, 58),
      ind(JM, '街頭啓発活動の実施回数', '回', 24, 24),
      ind(JM, '交通事故発生件数', '件', 350, 298, { direction: 'down' }),
      ind(JM, '交通安全教室受講者数', '人', 8000, 3412),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. Split sheets: 指標一覧 (方向, 基準値, 中間目標（令和５年度）, 最終目標（令和９年度）) and 令和５年度実績, joined by No. and name.

const SPLIT: [number, string, string, string, number, number, number, number, number | string, string][] = [
  [1, '地域安全パトロール参加者数', '人', '↑', 4650, 5200, 6000, 4120, 4380, ''],
  [2, '市設置防犯カメラ台数', '台', '↑', 96, 180, 260, 158, 176, '年度末の累計台数'],
  [3, '侵入窃盗認知件数', '件', '↓', 88, 60, 45, 69, 72, '暦年'],
  [4, '特殊詐欺被害件数', '件', '↓', 21, 15, 10, 12, 9, '暦年'],
  [5, '青色防犯パトロール車登録台数', '台', '↑', 22, 30, 35, 28, 30, ''],
  [6, '安全安心メール登録者数', '人', '↑', 11200, 15000, 18000, 13870, '集計中', '配信事業者からの報告待ち'],
];

const SJ = '令和5年度実績';

const split: Holdout2Workbook = {
  name: 'h122-anzen-keikaku-split',
  layout: 'split sheets: 指標一覧 with 方向 ↑／↓ and 中間目標（令和５年度）／最終目標, 令和5年度実績 with 令和４年度 beside, one 集計中',
  build(wb) {
    const a = wb.addWorksheet('指標一覧');
    widths(a, [5, 30, 7, 10, 16, 18, 18]);
    merge(a, 1, 1, 1, 7, '○○市安全安心まちづくり推進計画（令和元年度～令和９年度）　成果指標');
    put(a, 3, 1, ['No.', '指標名', '単位', '目指す方向', '基準値（令和元年度）', '中間目標（令和５年度）', '最終目標（令和９年度）']);
    SPLIT.forEach(([no, name, unit, way, base, mid, fin], i) => put(a, 4 + i, 1, [no, name, unit, way, base, mid, fin]));
    box(a, 3, 1, 3 + SPLIT.length, 7);
    put(a, 5 + SPLIT.length, 1, ['※目指す方向　↑：増加を目指す　↓：減少を目指す']);
    const b = wb.addWorksheet(SJ);
    widths(b, [5, 30, 16, 16, 30]);
    merge(b, 1, 1, 1, 5, '令和５年度　成果指標実績');
    put(b, 3, 1, ['No.', '指標名', '令和４年度実績', '令和５年度実績', '備考']);
    SPLIT.forEach(([no, name, , , , , , prev, cur, note], i) => put(b, 4 + i, 1, [no, name, prev, cur, note]));
    box(b, 3, 1, 3 + SPLIT.length, 5);
    put(b, 5 + SPLIT.length, 1, ['※目標値・単位は「指標一覧」シートを参照']);
  },
  expected: {
    file: 'h122-anzen-keikaku-split.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(SJ, '地域安全パトロール参加者数', '人', 5200, 4380),
      ind(SJ, '市設置防犯カメラ台数', '台', 180, 176),
      ind(SJ, '侵入窃盗認知件数', '件', 60, 72, { direction: 'down' }),
      ind(SJ, '特殊詐欺被害件数', '件', 15, 9, { direction: 'down' }),
      ind(SJ, '青色防犯パトロール車登録台数', '台', 30, 30),
      ind(SJ, '安全安心メール登録者数', '人', 15000, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. Side by side: 令和元年度 重点目標, 交通安全 and 防犯 tables next to each other, full-width text 「５２０人以下」, ○×.

type Goal = [string, string, string, '○' | '×'];

const LEFT: Goal[] = [
  ['交通事故死者数', '3人以下', '2人', '○'],
  ['交通事故負傷者数', '520人以下', '561人', '×'],
  ['後部座席シートベルト着用率', '80%以上', '72.4%', '×'],
];

const RIGHT: Goal[] = [
  ['刑法犯認知件数', '850件以下', '796件', '○'],
  ['自転車盗難認知件数', '180件以下', '231件', '×'],
  ['自主防犯団体数', '40団体以上', '37団体', '×'],
];

const JT = '重点目標';

const sideBySide: Holdout2Workbook = {
  name: 'h122-juten-mokuhyo-side',
  layout: '令和元年度 重点目標: 交通安全 and 防犯 tables side by side, targets 「５２０人以下」「４０団体以上」 in full-width text, ○× 達成 column',
  build(wb) {
    const ws = wb.addWorksheet(JT);
    widths(ws, [26, 13, 11, 7, 3, 22, 13, 11, 7]);
    merge(ws, 1, 1, 1, 9, '令和元年度　安全・安心まちづくり　重点目標の達成状況');
    put(ws, 3, 1, ['【交通安全】']);
    put(ws, 3, 6, ['【防犯】']);
    put(ws, 4, 1, ['指標', '令和元年目標', '実績', '達成']);
    put(ws, 4, 6, ['指標', '令和元年目標', '実績', '達成']);
    LEFT.forEach(([n, t, a, m], i) => put(ws, 5 + i, 1, [n, fw(t), fw(a), m]));
    RIGHT.forEach(([n, t, a, m], i) => put(ws, 5 + i, 6, [n, fw(t), fw(a), m]));
    box(ws, 4, 1, 4 + LEFT.length, 4);
    box(ws, 4, 6, 4 + RIGHT.length, 9);
    put(ws, 6 + LEFT.length, 1, ['※達成欄　○：目標を達成　×：目標を達成できなかった']);
    put(ws, 7 + LEFT.length, 1, ['※交通事故・犯罪の件数は平成31年1月～令和元年12月（暦年）、着用率は令和元年10月の一般道路調査']);
  },
  expected: {
    file: 'h122-juten-mokuhyo-side.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(JT, '交通事故死者数', '人', 3, 2, { direction: 'down' }),
      ind(JT, '交通事故負傷者数', '人', 520, 561, { direction: 'down' }),
      ind(JT, '後部座席シートベルト着用率', '％', 80, 72.4),
      ind(JT, '刑法犯認知件数', '件', 850, 796, { direction: 'down' }),
      ind(JT, '自転車盗難認知件数', '件', 180, 231, { direction: 'down' }),
      ind(JT, '自主防犯団体数', '団体', 40, 37),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [ledSuii, jimu, split, sideBySide];
