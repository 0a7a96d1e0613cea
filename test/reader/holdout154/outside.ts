/** Hold-out 154, four shapes outside the families that 地籍調査・土地利用・公有地管理 offices use. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const N1_SHEET = '進捗管理';
const yearsAsRows: Holdout2Workbook = {
  name: 'h154-n-chiseki-nendo',
  layout:
    'outside: 地籍調査事業 年度別進捗管理表（令和５年度評価）, years as rows 令和元年度…令和６年度, each measure a merged heading 「一筆地調査面積（k㎡）」 over 計画／実績, 令和６年度 with 計画 only',
  build(wb) {
    const ws = wb.addWorksheet(N1_SHEET);
    widths(ws, [12, 10, 10, 10, 10, 10, 10, 26]);
    merge(ws, 1, 1, 1, 8, '地籍調査事業　年度別進捗管理表（令和５年度評価）');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '一筆地調査面積（k㎡）');
    merge(ws, 3, 4, 3, 5, '認証面積（k㎡）');
    merge(ws, 3, 6, 3, 7, '立会筆数（筆）');
    merge(ws, 3, 8, 4, 8, '備考');
    put(ws, 4, 2, ['計画', '実績', '計画', '実績', '計画', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['令和元年度', 2.4, 2.52, 2.0, 2.05, 3000, 3110],
      ['令和２年度', 2.4, 1.96, 2.0, 2.31, 3000, 2480, '新型コロナウイルス感染症により立会を延期'],
      ['令和３年度', 2.5, 2.44, 2.2, 1.88, 3100, 2950],
      ['令和４年度', 2.5, 2.6, 2.2, 2.17, 3100, 3215],
      ['令和５年度', 2.5, 2.31, 2.2, 2.45, 3200, 2150, '山間部の地区に着手（筆数減）'],
      ['令和６年度', 2.6, undefined, 2.3, undefined, 3300, undefined, '計画'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 3, 1, 4 + rows.length, 8);
    wrap(ws, 3, 1, 4, 8);
  },
  expected: {
    file: 'h154-n-chiseki-nendo.xlsx',
    fiscalYear: 2023,
    indicators: [ind(N1_SHEET, '一筆地調査面積', 'k㎡', 2.5, 2.31), ind(N1_SHEET, '認証面積', 'k㎡', 2.2, 2.45), ind(N1_SHEET, '立会筆数', '筆', 3200, 2150)],
    groups: [],
  },
};

/** A 事務事業評価シート: one 事業 per sheet, label cells above a small 指標 table. */
function jigyoSheet(wb: Workbook, sheet: string, name: string, section: string, outline: string, rows: (string | number | undefined)[][]): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [12, 30, 8, 12, 12, 12, 12]);
  merge(ws, 1, 1, 1, 7, '令和４年度　事務事業評価シート');
  put(ws, 2, 6, ['評価対象年度', '令和３年度']);
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 7, name);
  put(ws, 4, 1, ['所管課']);
  merge(ws, 4, 2, 4, 7, section);
  put(ws, 5, 1, ['事業概要']);
  merge(ws, 5, 2, 5, 7, outline);
  put(ws, 7, 1, ['区分', '指標名', '単位', '令和２年度実績', '令和３年度目標', '令和３年度実績', '令和４年度目標']);
  rows.forEach((r, i) => put(ws, 8 + i, 1, r));
  box(ws, 3, 1, 5, 7);
  box(ws, 7, 1, 7 + rows.length, 7);
  wrap(ws, 7, 1, 7, 7);
  put(ws, 11, 1, ['今後の方向性', '継続']);
}

const labelValue: Holdout2Workbook = {
  name: 'h154-n-jimujigyo',
  layout:
    'outside: 令和４年度 事務事業評価シート (評価対象年度 令和３年度), one 事業 per sheet (公有地活用, 境界確定), 活動指標／成果指標 rows with 令和２年度実績, 令和３年度目標／実績 and 令和４年度目標 columns, a full-width 「１４２」',
  build(wb) {
    jigyoSheet(wb, '公有地活用', '未利用市有地利活用推進事業', '総務部 管財課', '未利用となった市有地の現地確認を行い、売却・貸付により有効活用を図る。', [
      ['活動指標', '未利用地の現地確認件数', '件', 58, 60, 64, 60],
      ['成果指標', '未利用地の貸付・売却件数', '件', 8, 10, 7, 10],
    ]);
    jigyoSheet(wb, '境界確定', '官民境界確定事業', '建設部 管理課', '道路・水路等の公共用地と民有地との境界を確定し、境界確定図を作成する。', [
      ['活動指標', '官民境界確定協議件数', '件', 138, 150, '１４２', 150],
      ['成果指標', '境界確定率', '％', 95.8, 95.0, 96.2, 95.0],
    ]);
  },
  expected: {
    file: 'h154-n-jimujigyo.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind('公有地活用', '未利用地の現地確認件数', '件', 60, 64),
      ind('公有地活用', '未利用地の貸付・売却件数', '件', 10, 7),
      ind('境界確定', '官民境界確定協議件数', '件', 150, 142),
      ind('境界確定', '境界確定率', '％', 95.0, 96.2),
    ],
    groups: [],
  },
};

const N3_SHEET = '業務指標';
const markedTable: Holdout2Workbook = {
  name: 'h154-n-gyomu-shihyo',
  layout:
    'outside: 令和２年度 管財・地籍・土地利用 業務指標一覧, 区分 merged down, 令和元年度実績 beside 令和２年度目標／実績, 達成率 written, 評価 marks ◎○△× with a legend of bands only (100／90／70 %), 備考 notes',
  build(wb) {
    const ws = wb.addWorksheet(N3_SHEET);
    widths(ws, [12, 36, 6, 12, 12, 12, 10, 6, 26]);
    merge(ws, 1, 1, 1, 9, '令和２年度　業務指標一覧（管財課・地籍調査課・都市計画課）');
    merge(ws, 2, 1, 2, 9, '評価：◎ 目標達成（100％以上）　○ 90％以上100％未満　△ 70％以上90％未満　× 70％未満');
    put(ws, 4, 1, ['区分', '指標名', '単位', '令和元年度実績', '令和２年度目標', '令和２年度実績', '達成率', '評価', '備考']);
    const rows: (string | number | undefined)[][] = [
      [undefined, '地籍調査成果の閲覧・写し交付件数', '件', 1184, 1200, 1315, '109.6%', '◎'],
      [undefined, '法定外公共物（里道・水路）の境界確認件数', '件', 77, 80, 61, '76.3%', '△', '申請取下げ 4件'],
      [undefined, '公有財産台帳の更新件数', '件', 388, 400, 372, '93.0%', '○'],
      [undefined, '市有地の不法占用是正件数', '件', 6, 10, 5, '50.0%', '×', '是正指導中 7件'],
      [undefined, '開発許可の標準処理期間内処理率', '％', 97.2, 100.0, 98.5, '98.5%', '○', '標準処理期間：30日'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    merge(ws, 5, 1, 6, 1, '地籍調査');
    merge(ws, 7, 1, 8, 1, '公有財産');
    put(ws, 9, 1, ['土地利用']);
    box(ws, 4, 1, 4 + rows.length, 9);
    wrap(ws, 4, 1, 4, 9);
  },
  expected: {
    file: 'h154-n-gyomu-shihyo.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(N3_SHEET, '地籍調査成果の閲覧・写し交付件数', '件', 1200, 1315, { existing: '◎' }),
      ind(N3_SHEET, '法定外公共物（里道・水路）の境界確認件数', '件', 80, 61, { existing: '△' }),
      ind(N3_SHEET, '公有財産台帳の更新件数', '件', 400, 372, { existing: '○' }),
      ind(N3_SHEET, '市有地の不法占用是正件数', '件', 10, 5, { existing: '×' }),
      ind(N3_SHEET, '開発許可の標準処理期間内処理率', '％', 100.0, 98.5, { existing: '○' }),
    ],
    groups: [],
  },
};

const N4_TARGETS = '目標設定';
const splitSheets: Holdout2Workbook = {
  name: 'h154-n-kokyo-shisetsu',
  layout:
    'outside: 公共施設等総合管理計画 公有財産の数値目標 on two sheets joined by No. (目標設定: 基準値（H28）, 目標値（R元）, 目指す方向 増加／減少; 実績（R元）: 実績値, 把握方法), 令和元年度 (元年), ㎡ and 千円',
  build(wb) {
    const t = wb.addWorksheet(N4_TARGETS);
    widths(t, [5, 30, 8, 14, 14, 10]);
    merge(t, 1, 1, 1, 6, '公共施設等総合管理計画　公有財産管理の数値目標');
    put(t, 3, 1, ['No.', '指標名', '単位', '基準値（H28）', '目標値（R元）', '目指す方向']);
    const targets: (string | number)[][] = [
      [1, '公共施設の延床面積', '㎡', 412300, 405000, '減少'],
      [2, '未利用財産の売却額', '千円', 32000, 45000, '増加'],
      [3, '公有地の貸付件数', '件', 104, 120, '増加'],
      [4, '財産台帳と登記の不一致件数', '件', 236, 150, '減少'],
    ];
    targets.forEach((r, i) => put(t, 4 + i, 1, r));
    box(t, 3, 1, 3 + targets.length, 6);
    const a = wb.addWorksheet('実績（R元）');
    widths(a, [5, 30, 14, 20, 24]);
    merge(a, 1, 1, 1, 5, '令和元年度　数値目標の実績');
    put(a, 3, 1, ['No.', '指標名', '実績値', '把握方法', '備考']);
    const actuals: (string | number | undefined)[][] = [
      [1, '公共施設の延床面積', 404120, '公共施設マネジメント白書', '旧第三小学校校舎 解体'],
      [2, '未利用財産の売却額', 38250, '財産売払収入決算額'],
      [3, '公有地の貸付件数', 118, '管財課調べ', '新規 9件、解約 5件'],
      [4, '財産台帳と登記の不一致件数', 210, '台帳・登記突合調査'],
    ];
    actuals.forEach((r, i) => put(a, 4 + i, 1, r));
    box(a, 3, 1, 3 + actuals.length, 5);
  },
  expected: {
    file: 'h154-n-kokyo-shisetsu.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(N4_TARGETS, '公共施設の延床面積', '㎡', 405000, 404120, { direction: 'down' }),
      ind(N4_TARGETS, '未利用財産の売却額', '千円', 45000, 38250),
      ind(N4_TARGETS, '公有地の貸付件数', '件', 120, 118),
      ind(N4_TARGETS, '財産台帳と登記の不一致件数', '件', 150, 210, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, labelValue, markedTable, splitSheets];
