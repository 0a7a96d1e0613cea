/** Hold-out 3, other shapes: years as rows, one card per sheet, targets and actuals on separate sheets, a cluttered progress table. */
import { ind, put, type Holdout2Workbook as Holdout3Workbook } from '../holdout2/kit';

type Cell = string | number | null | undefined;
const ERA = ['令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度'];

const yearsAsRows: Holdout3Workbook = {
  name: 'h3-years-as-rows',
  layout: 'one indicator per sheet: 指標名：… / 単位：… / 評価年度 lines, then 年度 | 目標値 | 実績値 | 達成率 | 備考 rows 令和元年度…令和6年度, 速報値 note',
  build(wb) {
    const data: [string, string, string, Cell[], Cell[]][] = [
      ['指標1', '観光入込客数', '千人', [1000, 1050, 1100, 1200, 1300, 1350], [980, 620, 810, 1010, 1105]],
      ['指標2', '外国人宿泊者数', '人', [3000, 3500, 4000, 4500, 5000, 5500], [2900, 120, 310, 3800, '5,320（速報値）']],
    ];
    for (const [sheet, name, unit, t, a] of data) {
      const ws = wb.addWorksheet(sheet);
      put(ws, 1, 1, [`指標名：${name}`]);
      put(ws, 2, 1, [`単位：${unit}`]);
      put(ws, 3, 1, ['評価年度：令和5年度']);
      put(ws, 5, 1, ['年度', '目標値', '実績値', '達成率', '備考']);
      ERA.forEach((y, i) => {
        const v = a[i];
        put(ws, 6 + i, 1, [y, t[i], v, typeof v === 'number' ? `${((100 * v) / (t[i] as number)).toFixed(1)}%` : undefined]);
      });
    }
  },
  expected: {
    file: 'h3-years-as-rows.xlsx',
    fiscalYear: 2023,
    indicators: [ind('指標1', '観光入込客数', '千人', 1300, 1105), ind('指標2', '外国人宿泊者数', '人', 5000, 5320, { actualStatus: 'provisional' })],
    groups: [],
  },
};

const cards: [string, string, string, string, number, number, string][] = [
  ['No.1', '子育て支援センター運営事業', '子育て支援センター利用者数', '人', 12000, 11250, 'B'],
  ['No.2', '特定健康診査事業', '特定健診受診率', '％', 60, 52.3, 'B'],
  ['No.3', '高齢者サロン支援事業', 'サロン設置数', '箇所', 40, 43, 'A'],
];
const labelCards: Holdout3Workbook = {
  name: 'h3-label-value-cards',
  layout: '事務事業評価調書, one project per sheet as label | value pairs (事業名, 成果指標, 単位, 目標値（令和5年度）, 実績値（令和5年度）, 担当課評価)',
  build(wb) {
    for (const [sheet, project, name, unit, target, actual, grade] of cards) {
      const ws = wb.addWorksheet(sheet);
      put(ws, 1, 1, ['事務事業評価調書（令和5年度）']);
      const rows: Cell[][] = [
        ['事業名', project],
        ['担当課', '保健福祉課'],
        ['成果指標', name],
        ['単位', unit],
        ['目標値（令和5年度）', target],
        ['実績値（令和5年度）', actual],
        ['達成率', `${((100 * actual) / target).toFixed(1)}%`],
        ['担当課評価', grade],
      ];
      rows.forEach((r, i) => put(ws, 3 + i, 1, r));
    }
  },
  expected: {
    file: 'h3-label-value-cards.xlsx',
    fiscalYear: 2023,
    indicators: cards.map(([sheet, , name, unit, t, a, g]) => ind(sheet, name, unit, t, a, { existing: g })),
    groups: [],
  },
};

const splitSheets: Holdout3Workbook = {
  name: 'h3-split-target-actual',
  layout: 'targets on sheet 目標値 and actuals on sheet 実績値, 指標名 | 単位 | R4 | R5 | R6, rows in another order, R6 actuals empty',
  build(wb) {
    const t = wb.addWorksheet('目標値');
    put(t, 1, 1, ['令和5年度評価　目標値一覧']);
    put(t, 3, 1, ['指標名', '単位', 'R4', 'R5', 'R6']);
    const targets: Cell[][] = [
      ['図書館貸出冊数', '冊', 410000, 420000, 430000],
      ['市民講座受講者数', '人', 1400, 1500, 1600],
      ['スポーツ施設利用者数', '人', 240000, 250000, 260000],
      ['文化財公開日数', '日', 110, 120, 120],
    ];
    targets.forEach((r, i) => put(t, 4 + i, 1, r));
    const a = wb.addWorksheet('実績値');
    put(a, 1, 1, ['令和5年度評価　実績値一覧']);
    put(a, 3, 1, ['指標名', '単位', 'R4', 'R5', 'R6']);
    const actuals: Cell[][] = [
      ['文化財公開日数', '日', 104, 120],
      ['スポーツ施設利用者数', '人', 201000, 180000],
      ['図書館貸出冊数', '冊', 402100, 398500],
      ['市民講座受講者数', '人', 1380, 1620],
    ];
    actuals.forEach((r, i) => put(a, 4 + i, 1, r));
  },
  expected: {
    file: 'h3-split-target-actual.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('実績値', '図書館貸出冊数', '冊', 420000, 398500),
      ind('実績値', '市民講座受講者数', '人', 1500, 1620),
      ind('実績値', 'スポーツ施設利用者数', '人', 250000, 180000),
      ind('実績値', '文化財公開日数', '日', 120, 120),
    ],
    groups: [],
  },
};

const W = '進捗管理表';
const cluttered: Holdout3Workbook = {
  name: 'h3-cluttered-progress',
  layout:
    'merged title, （令和5年度末時点）, section rows 【…】 merged across, R4目標 / R4実績 / R5目標 / R5実績 columns, 約, （見込）, "-" target, 集計中, footnotes',
  build(wb) {
    const ws = wb.addWorksheet(W);
    put(ws, 1, 1, ['第3期　地域福祉計画　進捗管理表']);
    ws.mergeCells(1, 1, 1, 8);
    put(ws, 2, 1, ['（令和5年度末時点）']);
    put(ws, 4, 1, ['分野', '指標', '単位', 'R4目標', 'R4実績', 'R5目標', 'R5実績', 'コメント']);
    put(ws, 5, 1, ['【分野1　地域のつながり】']);
    ws.mergeCells(5, 1, 5, 8);
    put(ws, 6, 1, ['1', '見守り協力事業所数', '事業所', 140, 136, 150, '約140', '概数']);
    put(ws, 7, 1, ['1', 'ボランティア登録者数', '人', 1100, 1080, 1200, '1,150（見込）']);
    put(ws, 8, 1, ['1', '地域サロン数', '箇所', 55, 57, 60, 61]);
    put(ws, 10, 1, ['【分野2　支援が必要な人への支援】']);
    ws.mergeCells(10, 1, 10, 8);
    put(ws, 11, 1, ['2', '生活困窮相談件数', '件', '-', 188, '-', 210, '目標は設定しない']);
    put(ws, 12, 1, ['2', '成年後見制度利用者数', '人', 40, 38, 45, '集計中']);
    put(ws, 14, 1, ['※R5実績のうち「見込」は年度末見込値、「約」は概数']);
    put(ws, 15, 1, ['※集計中の項目は次回会議で報告']);
  },
  expected: {
    file: 'h3-cluttered-progress.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W, '見守り協力事業所数', '事業所', 150, 140, { actualStatus: 'approximate' }),
      ind(W, 'ボランティア登録者数', '人', 1200, 1150, { actualStatus: 'provisional' }),
      ind(W, '地域サロン数', '箇所', 60, 61),
      ind(W, '生活困窮相談件数', '件', null, 210),
      ind(W, '成年後見制度利用者数', '人', 45, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout3Workbook[] = [yearsAsRows, labelCards, splitSheets, cluttered];
