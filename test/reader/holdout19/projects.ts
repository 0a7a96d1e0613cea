/** Hold-out 19, family B: 事業実績 tables (one row per project, the department's own grade) as three other offices lay them out. */
import type { ExpectedIndicator, ExpectedMeasure } from '../model';
import { gradeOf, ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** A project with several measures in one cell: the lowest attainment counts. */
function measured(sheet: string, name: string, measures: ExpectedMeasure[], existing: string): ExpectedIndicator {
  const worst = Math.min(...measures.map((m) => (m.actual ?? 0) / m.target));
  return { sheet, name, measures, existing, direction: 'up', grade: gradeOf(1, worst) };
}

const B1 = '事務事業実績';
const b1 = [
  ind(B1, '創業支援事業補助金', '件', 12, 9, { existing: 'B' }),
  ind(B1, '中心市街地空き店舗活用事業', '件', 5, 6, { existing: 'A' }),
  ind(B1, 'インバウンド誘客促進事業', '回', 3, null, { existing: 'D', actualStatus: 'not-implemented' }),
  measured(
    B1,
    'ふるさと就職説明会開催事業',
    [
      { label: '説明会', target: 4, actual: 3, unit: '回' },
      { label: '参加者', target: 80, actual: 95, unit: '人' },
    ],
    'B',
  ),
  ind(B1, '特産品販路拡大支援事業', '社', 20, 23, { existing: 'A' }),
  ind(B1, '観光ガイド育成事業', '人', 15, 11, { existing: 'B' }),
];

/** B: targets and actuals as text with the measure's label ("補助件数 12件"), 令和5年度 merged over 数値目標 / 実績, two measures in one cell. */
const textCells: Holdout2Workbook = {
  name: 'h19-b-text-cells-merged-year',
  layout:
    'B: 事務事業実績, 令和5年度 merged over 数値目標 / 実績 (two heading rows), values as label + number + unit text, one cell with two measures on two lines, 未実施, 自己評価（A～D） column, 備考',
  build(wb) {
    const ws = wb.addWorksheet(B1);
    put(ws, 1, 1, ['令和5年度　事務事業実績一覧（商工観光部）']);
    put(ws, 2, 1, ['※数値目標・実績は事業ごとの主な指標を記載しています。']);
    put(ws, 4, 1, ['No.', '事業名', '担当課', '令和5年度', undefined, '自己評価\n（A～D）', '今後の方向性', '備考']);
    put(ws, 5, 4, ['数値目標', '実績']);
    ws.mergeCells('D4:E4');
    for (const col of ['A', 'B', 'C', 'F', 'G', 'H']) ws.mergeCells(`${col}4:${col}5`);
    const rows: (string | number | undefined)[][] = [
      [1, '創業支援事業補助金', '商工課', '補助件数 12件', '補助件数 9件', 'B', '継続'],
      [2, '中心市街地空き店舗活用事業', '商工課', '出店件数　5件', '出店件数　6件', 'A', '拡充'],
      [3, 'インバウンド誘客促進事業', '観光課', '海外商談会参加 3回', '未実施', 'D', '見直し', '海外情勢により参加を見送った'],
      [4, 'ふるさと就職説明会開催事業', '商工課', '説明会:4回\n参加者:80人', '説明会:3回\n参加者:95人', 'B', '継続'],
      [5, '特産品販路拡大支援事業', '観光課', '新規取引先 20社', '新規取引先 23社', 'A', '継続'],
      [6, '観光ガイド育成事業', '観光課', '養成講座修了者 15人', '養成講座修了者 11人', 'B', '継続', '1講座を次年度へ延期'],
    ];
    rows.forEach((row, i) => {
      put(ws, 6 + i, 1, row);
      for (const c of [4, 5]) ws.getCell(6 + i, c).alignment = { wrapText: true };
    });
  },
  expected: { file: 'h19-b-text-cells-merged-year.xlsx', fiscalYear: 2023, indicators: b1, groups: [] },
};

const B2 = '事業評価';
const b2 = [
  ind(B2, '高齢者見守りネットワーク事業', '件', 1200, 1315, { existing: 'A' }),
  ind(B2, '生活困窮者自立相談支援事業', '人', 150, 128, { existing: 'B' }),
  ind(B2, '地域サロン運営補助事業', 'か所', 40, 31, { existing: 'B' }),
  ind(B2, '配食サービス事業', '食', 18000, null, { actualStatus: 'pending' }),
  ind(B2, '成年後見制度利用支援事業', '件', null, 12),
  ind(B2, '介護予防ボランティアポイント事業', '人', 250, 262, { existing: 'A' }),
];

/** B: a 単位 column, full-width digits and grades written as text, 集計中, a "－" target, notes above the table. */
const fullWidth: Holdout2Workbook = {
  name: 'h19-b-unit-column-fullwidth',
  layout:
    'B: 事業評価 with 事業コード, a 単位 column, R5目標 / R5実績 as full-width text（１，２００）, full-width grades Ａ/Ｂ, 集計中, a "－" target, note rows above the heading',
  build(wb) {
    const ws = wb.addWorksheet(B2);
    put(ws, 1, 1, ['事務事業評価表（令和５年度実施分）']);
    put(ws, 2, 1, ['実績値は令和６年３月３１日現在。単位は単位欄のとおり。']);
    put(ws, 4, 1, ['事業コード', '事業名', '単位', 'R5目標', 'R5実績', '自己評価', '今後の方向性', '備考']);
    const rows: (string | undefined)[][] = [
      ['0101', '高齢者見守りネットワーク事業', '件', '１，２００', '１，３１５', 'Ａ', '継続', '見守り訪問件数'],
      ['0102', '生活困窮者自立相談支援事業', '人', '１５０', '１２８', 'Ｂ', '継続', '新規相談者数'],
      ['0103', '地域サロン運営補助事業', 'か所', '４０', '３１', 'Ｂ', '見直し', '補助対象サロン数'],
      ['0104', '配食サービス事業', '食', '１８，０００', '集計中', undefined, '継続', '3月分を集計中'],
      ['0105', '成年後見制度利用支援事業', '件', '－', '１２', undefined, '継続', '申立件数（目標設定なし）'],
      ['0106', '介護予防ボランティアポイント事業', '人', '２５０', '２６２', 'Ａ', '拡充', '登録者数'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
  },
  expected: { file: 'h19-b-unit-column-fullwidth.xlsx', fiscalYear: 2023, indicators: b2, groups: [] },
};

const B3 = '実績報告';
const b3 = [
  ind(B3, '新規就農者支援事業', '人', 8, 6, { existing: 'C' }),
  ind(B3, '森林整備促進事業', 'ha', 320, 298, { existing: 'B', actualStatus: 'provisional' }),
  ind(B3, '農産物直売所活性化事業', '千円', 45000, 47000, { existing: 'A', actualStatus: 'approximate' }),
  ind(B3, '事業承継支援事業', '件', 10, 12, { existing: 'A' }),
  ind(B3, 'プレミアム商品券発行事業', '％', 95, 88.4, { existing: 'B' }),
  ind(B3, '企業立地促進奨励金', '社', 3, 1, { existing: 'D' }),
];

/** B: two project tables stacked on one sheet under section headings, headings worded differently, （見込み） and 約 in value cells. */
const twoTables: Holdout2Workbook = {
  name: 'h19-b-two-tables-sections',
  layout:
    'B: two tables stacked on one sheet under 「１ 農林業振興」「２ 商工業振興」, blank rows between, R5目標 / 目標(R5) headings, 単位 column after the values, "298（見込み）" and "約47,000" in cells',
  build(wb) {
    const ws = wb.addWorksheet(B3);
    put(ws, 1, 1, ['令和５年度　主要事業実績報告書']);
    put(ws, 3, 1, ['１　農林業振興']);
    put(ws, 4, 1, ['事業名', 'R5目標', 'R5実績', '単位', '評価', '備考']);
    put(ws, 5, 1, ['新規就農者支援事業', 8, 6, '人', 'C', '研修修了後の就農者']);
    put(ws, 6, 1, ['森林整備促進事業', 320, '298（見込み）', 'ha', 'B', '間伐面積。3月末の完了検査前']);
    put(ws, 7, 1, ['農産物直売所活性化事業', '45,000', '約47,000', '千円', 'A', '直売所売上額']);
    put(ws, 10, 1, ['２　商工業振興']);
    put(ws, 11, 1, ['事業名', '目標(R5)', '実績(R5)', '単位', '評価', '備考']);
    put(ws, 12, 1, ['事業承継支援事業', 10, 12, '件', 'A', '相談・マッチング件数']);
    put(ws, 13, 1, ['プレミアム商品券発行事業', 95, 88.4, '％', 'B', '販売率']);
    put(ws, 14, 1, ['企業立地促進奨励金', 3, 1, '社', 'D', '交付決定企業数']);
  },
  expected: { file: 'h19-b-two-tables-sections.xlsx', fiscalYear: 2023, indicators: b3, groups: [] },
};

export const PROJECT_WORKBOOKS: Holdout2Workbook[] = [textCells, fullWidth, twoTables];
