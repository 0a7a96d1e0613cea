/** Hold-out 15: other shapes — a cover and a chart-only sheet, two-row years, years as rows, forms, no stated year, FY tables. */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const f = (formula: string, result: number) => ({ formula, result });

/** A cover sheet, the table, and a sheet that only holds a chart title. */
const ENV = '指標一覧';
const coverAndChart: Holdout2Workbook = {
  name: 'h15-cover-table-chart',
  layout:
    '表紙 cover sheet, then the table (目指す方向 ↑/↓ column, units inside values, formula cells, 評価 like B（概ね順調））, then a グラフ sheet with only a caption; year as 2023年度',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    put(cover, 8, 3, ['第３次環境基本計画']);
    put(cover, 10, 3, ['成果指標の進捗状況報告書']);
    put(cover, 20, 3, ['環境部　環境政策課']);
    const ws = wb.addWorksheet(ENV);
    put(ws, 2, 2, ['2023年度　環境基本計画　成果指標の達成状況']);
    put(ws, 4, 2, ['No', '指 標 名', '目指す\n方向', '目　標', '実　績', '評　価', '備考']);
    put(ws, 5, 2, [1, '市民1人1日当たりごみ排出量', '↓', '850g', '872g', 'B（概ね順調）']);
    put(ws, 6, 2, [2, 'リサイクル率', '↑', '25.0%', '21.4%', 'B（概ね順調）', '資源物の店頭回収分は含まない']);
    put(ws, 7, 2, [3, '公共施設の温室効果ガス排出量', '↓', '12,000t-CO2', '11,450t-CO2', 'A（順調）']);
    put(ws, 8, 2, [4, '環境学習講座参加者数', '↑', undefined, undefined, 'C（やや遅れている）']);
    ws.getCell('E8').value = f('300*2', 600);
    ws.getCell('F8').value = f('SUM(180,240)', 420);
    ws.getCell('E8').numFmt = '#,##0"人"';
    ws.getCell('F8').numFmt = '#,##0"人"';
    const chart = wb.addWorksheet('グラフ');
    put(chart, 1, 1, ['グラフ：ごみ排出量の推移（平成30年度～）']);
  },
  expected: {
    file: 'h15-cover-table-chart.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(ENV, '市民1人1日当たりごみ排出量', 'g', 850, 872, { direction: 'down', existing: 'B' }),
      ind(ENV, 'リサイクル率', '％', 25, 21.4, { existing: 'B' }),
      ind(ENV, '公共施設の温室効果ガス排出量', 't-CO2', 12000, 11450, { direction: 'down', existing: 'A' }),
      ind(ENV, '環境学習講座参加者数', '人', 600, 420, { existing: 'C' }),
    ],
    groups: [],
  },
};

/** Two rows per indicator (目標/実績 in a 区分 column), names merged over both rows, a very long sheet name. */
const MCH = '健康福祉部保健センター母子保健事業成果指標一覧_令和５年度版';
const twoRowYears: Holdout2Workbook = {
  name: 'h15-two-row-years-long-sheet',
  layout:
    'a 30-character sheet name; name and unit merged over a 目標/実績 pair of rows, R3年度…R6年度 columns, 評価年度：R5 in a corner, 減少が望ましい in 備考',
  build(wb) {
    const ws = wb.addWorksheet(MCH);
    put(ws, 1, 1, ['母子保健事業　成果指標の推移']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 7, ['評価年度：R5']);
    put(ws, 4, 2, ['指標名', '単位', '区分', 'R3年度', 'R4年度', 'R5年度', 'R6年度', '備考']);
    const rows: [string, string, (number | string)[], (number | string)[], string?][] = [
      ['乳幼児健診受診率', '％', [97, 97.5, 98, 98], [95.1, 96.8, 96.2]],
      ['妊婦歯科健診受診者数', '人', [230, 240, 250, 260], [201, 244, 268]],
      ['育児相談件数', '件', ['1,100', '1,150', '1,200', '1,250'], ['1,032', '954', '890']],
      ['低出生体重児の割合', '％', [9.5, 9.2, 9.0, 8.8], [10.1, 9.8, 9.5], '減少が望ましい'],
    ];
    rows.forEach(([name, unit, tg, ac, note], i) => {
      const r = 5 + i * 2;
      put(ws, r, 2, [name, unit, '目標', ...tg]);
      put(ws, r + 1, 4, ['実績', ...ac]);
      ws.mergeCells(r, 2, r + 1, 2);
      ws.mergeCells(r, 3, r + 1, 3);
      if (note) {
        put(ws, r, 9, [note]);
        ws.mergeCells(r, 9, r + 1, 9);
      }
    });
  },
  expected: {
    file: 'h15-two-row-years-long-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(MCH, '乳幼児健診受診率', '％', 98, 96.2),
      ind(MCH, '妊婦歯科健診受診者数', '人', 250, 268),
      ind(MCH, '育児相談件数', '件', 1200, 890),
      ind(MCH, '低出生体重児の割合', '％', 9.0, 9.5, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** Years as rows: one small table per indicator, two side by side and one below. */
const TOUR = '観光';
function yearBlock(ws: Worksheet, r: number, c: number, title: string, rows: (string | number | undefined)[][]): void {
  put(ws, r, c, [title]);
  put(ws, r + 1, c, ['年　度', '目　標', '実　績', '備　考']);
  rows.forEach((row, i) => put(ws, r + 2 + i, c, row));
}
const yearsAsRows: Holdout2Workbook = {
  name: 'h15-years-as-rows-blocks',
  layout:
    'one small table per indicator with years as rows (2021年度…2024年度), titled 指標：name（単位：unit）, two side by side with a spacer column and one below; 評価対象：2023年度',
  build(wb) {
    const ws = wb.addWorksheet(TOUR);
    put(ws, 1, 1, ['観光振興計画　指標の推移']);
    put(ws, 2, 1, ['評価対象：2023年度']);
    yearBlock(ws, 4, 1, '指標：観光客入込数（単位：千人）', [
      ['2021年度', '1,300', '812'],
      ['2022年度', '1,400', '1,105'],
      ['2023年度', '1,500', '1,380', '確定値（6月公表）'],
      ['2024年度', '1,600'],
    ]);
    yearBlock(ws, 4, 7, '指標：宿泊者数（単位：人）', [
      ['2021年度', 180000, 121300],
      ['2022年度', 195000, 172044],
      ['2023年度', 210000, 226512],
      ['2024年度', 220000],
    ]);
    yearBlock(ws, 12, 1, '指標：観光案内所利用者数（単位：人）', [
      ['2021年度', 18000, 6200],
      ['2022年度', 18000, 7950],
      ['2023年度', 18000, 9800, '駅前案内所の改修で3か月休止'],
      ['2024年度', 18000],
    ]);
  },
  expected: {
    file: 'h15-years-as-rows-blocks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(TOUR, '観光客入込数', '千人', 1500, 1380),
      ind(TOUR, '宿泊者数', '人', 210000, 226512),
      ind(TOUR, '観光案内所利用者数', '人', 18000, 9800),
    ],
    groups: [],
  },
};

/** A 事務事業評価シート form per project, each with a small 成果指標 table. */
function projectForm(ws: Worksheet, project: string, rows: (string | number)[][]): void {
  put(ws, 1, 1, ['令和５年度　事務事業評価シート']);
  ws.mergeCells('A1:F1');
  put(ws, 3, 1, ['事務事業名', project]);
  ws.mergeCells('B3:F3');
  put(ws, 4, 1, ['担当課', '都市計画課', undefined, '予算額（千円）', '12,480']);
  put(ws, 6, 1, ['１　成果指標']);
  put(ws, 7, 1, ['指標名', undefined, '単位', '目 標 値\n（R5）', '実　績　値\n（R5）', '評価']);
  rows.forEach((row, i) => {
    put(ws, 8 + i, 1, [row[0], undefined, ...row.slice(1)]);
    ws.mergeCells(8 + i, 1, 8 + i, 2);
  });
  put(ws, 11, 1, ['２　課題と今後の方向性']);
  put(ws, 12, 1, ['利用者の固定化がみられるため、周知方法を見直す。']);
  ws.mergeCells('A12:F14');
}
const forms: Holdout2Workbook = {
  name: 'h15-project-forms',
  layout:
    'one 事務事業評価シート form per sheet (事務事業名, 担当課, 予算額 labels) with a small 成果指標 table, names merged over two columns, spaced and broken headings 目 標 値\\n（R5）',
  build(wb) {
    projectForm(wb.addWorksheet('事業評価(1)'), '地域公共交通確保維持事業', [
      ['コミュニティバス利用者数', '人', '45,000', '43,210', 'B'],
      ['デマンドタクシー登録者数', '人', 800, 812, 'A'],
    ]);
    projectForm(wb.addWorksheet('事業評価(2)'), '空き家対策推進事業', [
      ['空き家バンク成約件数', '件', 12, 7, 'C'],
      ['危険空き家の除却件数', '件', 8, 8, 'A'],
    ]);
  },
  expected: {
    file: 'h15-project-forms.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業評価(1)', 'コミュニティバス利用者数', '人', 45000, 43210, { existing: 'B' }),
      ind('事業評価(1)', 'デマンドタクシー登録者数', '人', 800, 812, { existing: 'A' }),
      ind('事業評価(2)', '空き家バンク成約件数', '件', 12, 7, { existing: 'C' }),
      ind('事業評価(2)', '危険空き家の除却件数', '件', 8, 8, { existing: 'A' }),
    ],
    groups: [],
  },
};

/** No evaluation year anywhere: one 目標 and one 実績 column. */
const KIDS = 'Sheet1';
const noYear: Holdout2Workbook = {
  name: 'h15-no-year-stated',
  layout: 'plain 指標/単位/目標/実績/達成度 table on Sheet1 with no year anywhere (period is a guess), a hidden 前年実績 column, a blank row',
  build(wb) {
    const ws = wb.addWorksheet(KIDS);
    put(ws, 1, 1, ['子育て支援施策　成果指標']);
    put(ws, 3, 1, ['指標', '単位', '目標', '前年実績', '実績', '達成度']);
    const rows: [string, string, number, number, number][] = [
      ['子育て支援センター利用者数', '人', 12000, 11020, 10450],
      ['ファミリー・サポート会員数', '人', 500, 468, 512],
      ['病児保育利用日数', '日', 900, 610, 530],
      ['子育てアプリ登録者数', '人', 3000, 1800, 2150],
    ];
    rows.forEach(([n, u, t, p, a], i) => {
      const r = i < 2 ? 4 + i : 5 + i;
      put(ws, r, 1, [n, u, t, p, a]);
      ws.getCell(r, 6).value = f(`E${r}/C${r}`, a / t);
      ws.getCell(r, 6).numFmt = '0%';
    });
    ws.getColumn(4).hidden = true;
  },
  expected: {
    file: 'h15-no-year-stated.xlsx',
    indicators: [
      ind(KIDS, '子育て支援センター利用者数', '人', 12000, 10450),
      ind(KIDS, 'ファミリー・サポート会員数', '人', 500, 512),
      ind(KIDS, '病児保育利用日数', '日', 900, 530),
      ind(KIDS, '子育てアプリ登録者数', '人', 3000, 2150),
    ],
    groups: [],
    guesses: ['period'],
  },
};

/** Two tables on one sheet under FY headings, a （見込み） actual, ％ as text. */
const AGRI = 'FY2023 KPI';
const fyTables: Holdout2Workbook = {
  name: 'h15-fy-two-tables',
  layout:
    'two tables on one sheet (Ⅰ 農業, Ⅱ 林業) with FY2022 実績 / FY2023 目標 / FY2023 実績 headings broken over two lines, a （見込み） actual, ％ as text, title FY2023（令和５年度）',
  build(wb) {
    const ws = wb.addWorksheet(AGRI);
    put(ws, 1, 1, ['FY2023（令和５年度）農林業振興計画　KPI']);
    const table = (top: number, title: string, rows: (string | number)[][]) => {
      put(ws, top, 1, [title]);
      put(ws, top + 1, 2, ['指標', '単位', 'FY2022\n実績', 'FY2023\n目標', 'FY2023\n実績', '備考']);
      rows.forEach((row, i) => put(ws, top + 2 + i, 2, row));
    };
    table(3, 'Ⅰ　農業', [
      ['認定農業者数', '経営体', 311, 320, 305],
      ['農地集積率', '％', '46.2%', '55.0%', '48.7%', '農地中間管理事業分を含む'],
    ]);
    table(9, 'Ⅱ　林業', [
      ['森林整備面積', 'ha', 231, 250, '262（見込み）', '年度末の検査前'],
      ['木材生産量', '㎥', '13,480', '15,000', '11,200'],
    ]);
  },
  expected: {
    file: 'h15-fy-two-tables.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(AGRI, '認定農業者数', '経営体', 320, 305),
      ind(AGRI, '農地集積率', '％', 55, 48.7),
      ind(AGRI, '森林整備面積', 'ha', 250, 262, { actualStatus: 'provisional' }),
      ind(AGRI, '木材生産量', '㎥', 15000, 11200),
    ],
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [coverAndChart, twoRowYears, yearsAsRows, forms, noYear, fyTables];
