/** Hold-out 169's workbooks outside the four families: shapes 公園緑地・街路樹 offices also use. */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/** 街路樹再生計画 進捗管理表: 計画／実績 column pairs per 令和４・５・６年度, a 計画目標（R4～R8累計） column that is not the year's target. */
const pairs: Holdout2Workbook = {
  name: 'h169-gairoju-saisei-shinchoku',
  layout: 'N-measure-pairs: 計画／実績 pairs under merged 令和４年度…令和６年度 headings, a 計画目標（R4～R8累計） column, 評価対象年度 in a cell',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('進捗管理表');
    widths(ws, [30, 7, 14, 9, 9, 9, 9, 9, 9, 24]);
    merge(ws, 1, 1, 1, 10, '街路樹再生計画　進捗管理表');
    put(ws, 2, 1, ['評価対象年度：令和６年度']);
    put(ws, 2, 10, ['道路維持課　街路樹係']);
    merge(ws, 4, 1, 5, 1, '項目');
    merge(ws, 4, 2, 5, 2, '単位');
    merge(ws, 4, 3, 5, 3, '計画目標\n（R4～R8累計）');
    merge(ws, 4, 4, 4, 5, '令和４年度');
    merge(ws, 4, 6, 4, 7, '令和５年度');
    merge(ws, 4, 8, 4, 9, '令和６年度');
    merge(ws, 4, 10, 5, 10, '備考');
    put(ws, 5, 4, ['計画', '実績', '計画', '実績', '計画', '実績']);
    const rows: (string | number)[][] = [
      ['老木・危険木の更新本数', '本', 900, 180, 175, 180, 190, 180, 164, '入札不調1件'],
      ['倒木危険度診断の実施本数', '本', 6000, 1200, 1180, 1200, 1260, 1200, 1350, ''],
      ['植栽桝の縁石改修箇所数', 'か所', 200, 40, 38, 40, 31, 40, 22, '水道工事との調整により延期'],
      ['根上がり歩道の補修件数', '件', 125, 25, 25, 25, 27, 25, 25, ''],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    wrap(ws, 4, 1, 9, 10);
    box(ws, 4, 1, 9, 10);
  },
  expected: {
    file: 'h169-gairoju-saisei-shinchoku.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('進捗管理表', '老木・危険木の更新本数', '本', 180, 164),
      ind('進捗管理表', '倒木危険度診断の実施本数', '本', 1200, 1350),
      ind('進捗管理表', '植栽桝の縁石改修箇所数', 'か所', 40, 22),
      ind('進捗管理表', '根上がり歩道の補修件数', '件', 25, 25),
    ],
    groups: [],
  },
};

/** 事務事業評価シート, one 事業 per sheet: label-value header, 活動指標／成果指標 with 目標値／実績値 rows under 令和元年度…令和３年度（計画）. */
function jimuSheet(
  ws: Worksheet,
  title: string,
  purpose: string,
  inds: { kind: string; name: string; unit: string; dir: string; t: number[]; a: (number | null)[] }[],
): void {
  widths(ws, [12, 30, 8, 8, 10, 12, 12, 14]);
  merge(ws, 1, 1, 1, 8, '事務事業評価シート（令和２年度実施事業）');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 8, title);
  put(ws, 4, 1, ['所管課']);
  merge(ws, 4, 2, 4, 8, '都市整備部　公園緑地課');
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 8, purpose);
  box(ws, 3, 1, 5, 8);
  put(ws, 7, 1, ['区分', '指標名', '単位', '方向', '', '令和元年度', '令和２年度', '令和３年度\n（計画）']);
  let r = 8;
  for (const x of inds) {
    merge(ws, r, 1, r + 1, 1, x.kind);
    merge(ws, r, 2, r + 1, 2, x.name);
    merge(ws, r, 3, r + 1, 3, x.unit);
    merge(ws, r, 4, r + 1, 4, x.dir);
    put(ws, r, 5, ['目標値', ...x.t]);
    put(ws, r + 1, 5, ['実績値', ...x.a]);
    r += 2;
  }
  wrap(ws, 7, 1, r - 1, 8);
  box(ws, 7, 1, r - 1, 8);
  put(ws, r + 1, 1, ['今後の方向性']);
  merge(ws, r + 1, 2, r + 1, 8, '継続');
  put(ws, r + 2, 1, ['方向：↑は数値が大きいほど良い、↓は数値が小さいほど良い']);
}

const perSheet: Holdout2Workbook = {
  name: 'h169-koen-jimujigyo-hyoka',
  layout: 'N-project-per-sheet: 事務事業評価シート one 事業 per sheet, 活動指標／成果指標, 方向 ↑／↓ column, 令和３年度（計画） column',
  build(wb: Workbook) {
    jimuSheet(wb.addWorksheet('公園施設長寿命化'), '公園施設長寿命化対策事業', '老朽化した公園施設を計画的に更新し、安全に利用できる公園を維持する。', [
      { kind: '活動指標', name: '遊具更新基数', unit: '基', dir: '↑', t: [12, 14, 14], a: [12, 14, null] },
      { kind: '成果指標', name: '遊具の不具合による使用禁止件数', unit: '件', dir: '↓', t: [6, 5, 4], a: [9, 8, null] },
    ]);
    jimuSheet(wb.addWorksheet('緑化推進'), '緑化推進事業', '緑化相談や民有地緑化への助成により、市街地の緑を増やす。', [
      { kind: '活動指標', name: '緑化相談件数', unit: '件', dir: '↑', t: [140, 150, 160], a: [133, 97, null] },
      { kind: '成果指標', name: '民有地緑化助成面積', unit: '㎡', dir: '↑', t: [1800, 2000, 2200], a: [1650, 2460, null] },
    ]);
  },
  expected: {
    file: 'h169-koen-jimujigyo-hyoka.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind('公園施設長寿命化', '遊具更新基数', '基', 14, 14),
      ind('公園施設長寿命化', '遊具の不具合による使用禁止件数', '件', 5, 8, { direction: 'down' }),
      ind('緑化推進', '緑化相談件数', '件', 150, 97),
      ind('緑化推進', '民有地緑化助成面積', '㎡', 2000, 2460),
    ],
    groups: [],
  },
};

/** 都市公園の整備状況の推移: 年度 as rows (平成28年度…令和２年度), 目標／実績 column pairs under headings with the unit 「都市公園数（か所）」. */
const yearRows: Holdout2Workbook = {
  name: 'h169-koen-seibi-suii',
  layout: 'N-years-as-rows: 年度 rows 平成28年度…令和２年度, 目標／実績 pairs under 「都市公園数（か所）」-style headings, 令和元年度 評価 in the title',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('公園整備の推移');
    widths(ws, [14, 9, 9, 9, 9, 9, 9, 9, 9, 24]);
    merge(ws, 1, 1, 1, 10, '都市公園の整備状況の推移（令和元年度 評価）');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '都市公園数（か所）');
    merge(ws, 3, 4, 3, 5, '供用面積（ha）');
    merge(ws, 3, 6, 3, 7, '市民一人当たり公園面積（㎡）');
    merge(ws, 3, 8, 3, 9, '公園愛護会数（団体）');
    merge(ws, 3, 10, 4, 10, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | null)[][] = [
      ['平成28年度', 300, 298, 236.0, 235.2, 9.0, 8.9, 34, 30, ''],
      ['平成29年度', 303, 302, 238.0, 238.4, 9.1, 9.0, 36, 28, ''],
      ['平成30年度', 307, 305, 241.5, 241.1, 9.3, 9.1, 38, 25, ''],
      ['令和元年度', 312, 309, 245.0, 246.3, 9.5, 9.2, 40, 23, '中央運動公園拡張部分を供用'],
      ['令和２年度', 316, null, 248.0, null, 9.7, null, 42, null, ''],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 3, 1, 9, 10);
    box(ws, 3, 1, 9, 10);
  },
  expected: {
    file: 'h169-koen-seibi-suii.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind('公園整備の推移', '都市公園数', 'か所', 312, 309),
      ind('公園整備の推移', '供用面積', 'ha', 245.0, 246.3),
      ind('公園整備の推移', '市民一人当たり公園面積', '㎡', 9.5, 9.2),
      ind('公園整備の推移', '公園愛護会数', '団体', 40, 23),
    ],
    groups: [],
  },
};

/** 公園・街路樹 管理指標: two tables side by side, 方向 ↑／↓, full-width digits as text, 達成状況 ○／× with a legend of words only. */
const sideBySide: Holdout2Workbook = {
  name: 'h169-koen-gairoju-kanri-shihyo',
  layout:
    'N-side-by-side: 公園管理 and 街路樹管理 tables side by side, 目標値（R4）／実績値（R4）, 「１２０」 as text, ○／× legend 目標達成／目標未達成 (no bands)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('管理指標');
    widths(ws, [24, 6, 6, 10, 10, 8, 3, 24, 6, 6, 10, 10, 8]);
    merge(ws, 1, 1, 1, 13, '令和４年度　公園・街路樹　管理指標の達成状況');
    merge(ws, 3, 1, 3, 6, '【公園管理】');
    merge(ws, 3, 8, 3, 13, '【街路樹管理】');
    const head = ['指標', '単位', '方向', '目標値（R4）', '実績値（R4）', '達成状況'];
    put(ws, 4, 1, head);
    put(ws, 4, 8, head);
    put(ws, 5, 1, ['公園トイレの洋式化率', '％', '↑', 70.0, 72.5, '○']);
    put(ws, 6, 1, ['公園清掃委託箇所数', 'か所', '↑', '１２０', '１１８', '×']);
    put(ws, 7, 1, ['公園灯のLED化基数', '基', '↑', 150, 96, '×']);
    put(ws, 5, 8, ['街路樹剪定延長', 'km', '↑', 35.0, 31.2, '×']);
    put(ws, 6, 8, ['街路樹の枯損・倒木件数', '件', '↓', 10, 6, '○']);
    wrap(ws, 4, 1, 7, 13);
    box(ws, 4, 1, 7, 6);
    box(ws, 4, 8, 6, 13);
    merge(ws, 9, 1, 9, 13, '達成状況　○：目標達成　×：目標未達成　　方向　↑：増加を目指す　↓：減少を目指す');
  },
  expected: {
    file: 'h169-koen-gairoju-kanri-shihyo.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('管理指標', '公園トイレの洋式化率', '％', 70.0, 72.5, { existing: '○' }),
      ind('管理指標', '公園清掃委託箇所数', 'か所', 120, 118, { existing: '×' }),
      ind('管理指標', '公園灯のLED化基数', '基', 150, 96, { existing: '×' }),
      ind('管理指標', '街路樹剪定延長', 'km', 35.0, 31.2, { existing: '×' }),
      ind('管理指標', '街路樹の枯損・倒木件数', '件', 10, 6, { direction: 'down', existing: '○' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [pairs, perSheet, yearRows, sideBySide];
