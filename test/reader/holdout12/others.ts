/**
 * Hold-out 12, other shapes: a 前年度/今年度 table with no year anywhere, three years-as-rows tables
 * side by side sharing rows, a cover sheet before a table with three header rows and section rows,
 * and a sheet of lower-is-better indicators with units and full-width digits inside the values.
 */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook as W, ind, put } from '../holdout2/kit';

const widths = (ws: Worksheet, w: number[]) => w.forEach((x, i) => (ws.getColumn(i + 1).width = x));

const noYear: W = {
  name: 'h12-no-year-kosodate',
  layout: '進捗管理表 with 前年度実績 | 今年度目標 | 今年度実績 headings and no year anywhere, down in 備考, 集計中, a － target',
  build(wb) {
    const ws = wb.addWorksheet('子育て支援');
    widths(ws, [30, 6, 12, 12, 12, 22]);
    put(ws, 1, 1, ['子ども・子育て支援施策　進捗管理表']);
    put(ws, 2, 5, ['こども家庭課']);
    put(ws, 4, 1, ['項目', '単位', '前年度実績', '今年度目標', '今年度実績', '備考']);
    put(ws, 5, 1, ['待機児童数', '人', 12, 5, 8, '減少させる指標']);
    put(ws, 6, 1, ['地域子育て支援拠点利用者数', '人', '18,420', '20,000', '19,115']);
    put(ws, 7, 1, ['ファミリー・サポート会員数', '人', 640, 700, '集計中']);
    put(ws, 8, 1, ['放課後児童クラブ登録児童数', '人', '1,210', '1,300', '1,344']);
    put(ws, 9, 1, ['子育て相談件数', '件', '2,105', '－', '2,380', '目標設定なし（参考値）']);
  },
  expected: {
    file: 'h12-no-year-kosodate.xlsx',
    indicators: [
      ind('子育て支援', '待機児童数', '人', 5, 8, { direction: 'down' }),
      ind('子育て支援', '地域子育て支援拠点利用者数', '人', 20000, 19115),
      ind('子育て支援', 'ファミリー・サポート会員数', '人', 700, null, { actualStatus: 'pending' }),
      ind('子育て支援', '放課後児童クラブ登録児童数', '人', 1300, 1344),
      ind('子育て支援', '子育て相談件数', '件', null, 2380),
    ],
    groups: [],
    guesses: ['period'],
  },
};

const yearRowsSide: W = {
  name: 'h12-gomi-year-rows-side',
  layout:
    '進行管理: three 年度|目標|実績 tables side by side sharing rows, each named (unit in parentheses) above its table, 2024年度 target only, down named in a note',
  build(wb) {
    const ws = wb.addWorksheet('ごみ処理実績');
    widths(ws, [2, 10, 8, 8, 3, 10, 8, 8, 3, 10, 8, 8]);
    put(ws, 1, 2, ['一般廃棄物処理基本計画　進行管理表（2023年度評価）']);
    const tables: [number, string, (number | string)[][]][] = [
      [2, '１人１日当たりごみ排出量（g/人日）', [[905, 918], [890, 902], [875, 880], [860, 871], [845]]],
      [6, 'リサイクル率（％）', [[20.5, 19.8], [21, 20.1], [21.5, 19.9], [22, 19.6], [22.5]]],
      [10, '最終処分量（t）', [['4,500', '4,480'], ['4,400', '4,310'], ['4,300', '4,150'], ['4,200', '4,050'], ['4,100']]],
    ];
    for (const [col, title, rows] of tables) {
      put(ws, 3, col, [title]);
      ws.mergeCells(3, col, 3, col + 2);
      put(ws, 4, col, ['年度', '目標', '実績']);
      rows.forEach((r, i) => put(ws, 5 + i, col, [`${2020 + i}年度`, ...r]));
    }
    put(ws, 11, 2, ['※ごみ排出量及び最終処分量は、少ないほど良い指標である。2024年度は計画目標年度。']);
  },
  expected: {
    file: 'h12-gomi-year-rows-side.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('ごみ処理実績', '１人１日当たりごみ排出量', 'g/人日', 860, 871, { direction: 'down' }),
      ind('ごみ処理実績', 'リサイクル率', '％', 22, 19.6),
      ind('ごみ処理実績', '最終処分量', 't', 4200, 4050, { direction: 'down' }),
    ],
    groups: [],
  },
};

const coverThreeRows: W = {
  name: 'h12-cover-three-header-rows',
  layout:
    '表紙 sheet (令和６年度 行政評価, 令和５年度実施事業の評価) then 評価調書: three header rows (令和５年度の状況 over 目標値|実績値|達成率|評価{区分|コメント}), 【政策】 section rows, 速報値, 未実施',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    put(cover, 3, 2, ['令和６年度　行政評価']);
    put(cover, 5, 2, ['（令和５年度実施事業の評価）']);
    put(cover, 9, 2, ['みなと市　総務部　行政改革推進課']);
    const ws = wb.addWorksheet('評価調書');
    widths(ws, [36, 6, 10, 14, 10, 6, 28]);
    put(ws, 1, 1, ['成果指標　評価調書']);
    put(ws, 4, 1, ['成果指標', '単位', '令和５年度の状況']);
    put(ws, 5, 3, ['目標値', '実績値', '達成率', '評価']);
    put(ws, 6, 6, ['区分', 'コメント']);
    for (const r of ['A4:A6', 'B4:B6', 'C4:G4', 'C5:C6', 'D5:D6', 'E5:E6', 'F5:G5']) ws.mergeCells(r);
    put(ws, 7, 1, ['【政策１　子育て・教育】']);
    put(ws, 8, 1, ['学校図書館の児童１人当たり貸出冊数', '冊', 45, 47.2, '104.9%', 'A', '読書週間の取組が定着']);
    put(ws, 9, 1, ['英語検定３級以上取得率（中学３年生）', '％', 50, 41.5, '83.0%', 'B']);
    put(ws, 10, 1, ['【政策２　健康・福祉】']);
    put(ws, 11, 1, ['特定保健指導実施率', '％', 60, 37.8, '63.0%', 'C']);
    put(ws, 12, 1, ['高齢者サロン新規開設数', 'か所', 5, '未実施', '－', 'D', '担い手不足により開設できず']);
    put(ws, 13, 1, ['健康ポイント事業参加者数', '人', '2,000', '2,150（速報値）', '107.5%', undefined, '確定値は６月末']);
    put(ws, 15, 1, ['※達成率＝実績値÷目標値。速報値は令和６年５月末時点の集計による。']);
  },
  expected: {
    file: 'h12-cover-three-header-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('評価調書', '学校図書館の児童１人当たり貸出冊数', '冊', 45, 47.2, { existing: 'A' }),
      ind('評価調書', '英語検定３級以上取得率（中学３年生）', '％', 50, 41.5, { existing: 'B' }),
      ind('評価調書', '特定保健指導実施率', '％', 60, 37.8, { existing: 'C' }),
      ind('評価調書', '高齢者サロン新規開設数', 'か所', 5, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind('評価調書', '健康ポイント事業参加者数', '人', 2000, 2150, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

const safetyDown: W = {
  name: 'h12-anzen-down-units-in-cells',
  layout:
    'くらしの安全指標: 2022年度実績 | 2023年度目標 | 2023年度実績 | 前年度比, units and full-width digits inside the values, a note saying all are lower-is-better but one',
  build(wb) {
    const ws = wb.addWorksheet('生活安全');
    widths(ws, [26, 14, 14, 14, 12]);
    put(ws, 1, 1, ['くらしの安全指標（2023年度実績）']);
    put(ws, 2, 1, ['※本表の指標は、いずれも件数が少ないほど良い指標です（ただし「見守り協力事業所数」を除く）。']);
    put(ws, 4, 1, ['指標', '2022年度実績', '2023年度目標', '2023年度実績', '前年度比']);
    put(ws, 5, 1, ['交通事故発生件数', '３８２件', '３５０件', '３６１件', '▲21件']);
    put(ws, 6, 1, ['住宅火災件数', '14件', '12件', '9件', '▲5件']);
    put(ws, 7, 1, ['特殊詐欺被害件数', '27件', '20件', '31件', '4件']);
    put(ws, 8, 1, ['見守り協力事業所数', '142事業所', '160事業所', '171事業所', '29事業所']);
    put(ws, 9, 1, ['自転車盗難件数', '205件', '180件', '集計中', '－']);
    put(ws, 11, 1, ['出典：市民安全課調べ、警察署統計（年度集計）']);
  },
  expected: {
    file: 'h12-anzen-down-units-in-cells.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('生活安全', '交通事故発生件数', '件', 350, 361, { direction: 'down' }),
      ind('生活安全', '住宅火災件数', '件', 12, 9, { direction: 'down' }),
      ind('生活安全', '特殊詐欺被害件数', '件', 20, 31, { direction: 'down' }),
      ind('生活安全', '見守り協力事業所数', '事業所', 160, 171),
      ind('生活安全', '自転車盗難件数', '件', 180, null, { direction: 'down', actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const OTHER_WORKBOOKS: W[] = [noYear, yearRowsSide, coverThreeRows, safetyDown];
