/**
 * Hold-out 32, families A and B as yet other offices lay them out: a policy sheet whose title year is not
 * the evaluated year, two policies tiled on one sheet, a per-indicator table with two-row merged headings
 * and full-width digits, and two project tables (values as text beside a 前年度評価 column; a hidden
 * 当初目標 column, a formula 達成率 column and 増加/減少 directions).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

type Block = { no: string; name: string; desc: string; unit: string; arrow: '↑' | '↓'; targets: (number | null)[]; actuals: (number | null)[] };

/** One stacked indicator block of the 奥州-style sheet: 成果指標①, 指標の説明, 単位/方向, year headings, 目標値 and 実績値 rows. */
function stackedBlock(ws: Worksheet, r: number, b: Block): void {
  put(ws, r, 1, [`成果指標${b.no}`, b.name]);
  ws.mergeCells(r, 2, r, 9);
  put(ws, r + 1, 1, ['指標の説明', b.desc]);
  ws.mergeCells(r + 1, 2, r + 1, 9);
  put(ws, r + 2, 1, ['単位', b.unit, undefined, '方向', b.arrow]);
  put(ws, r + 3, 1, ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標）']);
  put(ws, r + 4, 1, ['目標値', ...b.targets]);
  put(ws, r + 5, 1, ['実績値', ...b.actuals]);
}

const OSHU_BLOCKS: Block[] = [
  {
    no: '①',
    name: '特定健診受診率',
    desc: '国民健康保険被保険者の特定健康診査受診率',
    unit: '％',
    arrow: '↑',
    targets: [null, 46, 48, 50, 52, 54],
    actuals: [42.3, 44.0, 45.2],
  },
  {
    no: '②',
    name: '救急搬送平均所要時間',
    desc: '119番通報から医療機関収容までの平均時間',
    unit: '分',
    arrow: '↓',
    targets: [null, 39, 38.5, 38, 37.5, 37],
    actuals: [40.2, 40.8, 41],
  },
  {
    no: '③',
    name: 'かかりつけ医を持つ市民の割合',
    desc: '市民意識調査で「いる」と回答した割合',
    unit: '％',
    arrow: '↑',
    targets: [null, 66, 70, 72, 74, 76],
    actuals: [61.5, 57.9, 53],
  },
];

const oshuGrades = [
  ind('2-3', '特定健診受診率', '％', 48, 45.2),
  ind('2-3', '救急搬送平均所要時間', '分', 38.5, 41, { direction: 'down' }),
  ind('2-3', 'かかりつけ医を持つ市民の割合', '％', 70, 53),
];

const oshuStacked: Holdout2Workbook = {
  name: 'h32-oshu-policy-stacked-title-year',
  layout:
    'A: blocks stacked down the sheet, 目標値/実績値 rows, 方向 ↑↓, title year 令和5年度 but 評価対象 令和4年度実績, last year (C) beside the rating cell',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('2-3');
    put(ws, 1, 1, ['令和5年度　施策評価シート（評価対象：令和4年度実績）']);
    ws.mergeCells(1, 1, 1, 10);
    put(ws, 3, 1, ['基本方針', '2　健康で安心して暮らせるまち']);
    put(ws, 3, 8, ['達成状況', undefined, '（C）']);
    put(ws, 4, 1, ['施策', '2-3　地域医療体制の充実']);
    put(ws, 5, 1, ['担当課', '健康づくり課']);
    OSHU_BLOCKS.forEach((b, i) => stackedBlock(ws, 7 + i * 7, b));
    put(ws, 29, 1, ['※R5以降の実績値は翌年度の評価で記入する。']);
  },
  expected: {
    file: 'h32-oshu-policy-stacked-title-year.xlsx',
    fiscalYear: 2022,
    indicators: oshuGrades,
    groups: [{ sheet: '2-3', cell: 'I3', grade: rollUp(oshuGrades.map((i) => i.grade)) }],
  },
};

type TileInd = { name: string; unit: string; expect: (number | string | null)[]; actual: (number | string | null)[] };

/** One policy of the tiled sheet at column c: 施策 line, 評価 cell at c+8, then two blocks with 期待値/実績値 rows. */
function tiledPolicy(ws: Worksheet, c: number, title: string, inds: TileInd[]): void {
  put(ws, 3, c, ['施策', title]);
  ws.mergeCells(3, c + 1, 3, c + 6);
  put(ws, 3, c + 7, ['評価']);
  inds.forEach((x, i) => {
    const r = 5 + i * 6;
    put(ws, r, c, [`指標${i + 1}`, x.name]);
    ws.mergeCells(r, c + 1, r, c + 6);
    put(ws, r + 1, c, ['単位', x.unit]);
    put(ws, r + 2, c, ['年度', '2021年度', '2022年度', '2023年度', '2024年度', '2025年度']);
    put(ws, r + 3, c, ['期待値\n※2025年度は目標値', ...x.expect]);
    put(ws, r + 4, c, ['実績値', ...x.actual]);
  });
}

const tiledLeft = [
  ind('施策評価（第3章）', '観光入込客数', '千人', 1450, 1382, { actualStatus: 'provisional' }),
  ind('施策評価（第3章）', '宿泊者数', '人', 210000, 223410),
];
const tiledRight = [ind('施策評価（第3章）', '移住相談件数', '件', 300, 188), ind('施策評価（第3章）', '空き家バンク成約件数', '件', 25, 12)];

const tiledTwo: Holdout2Workbook = {
  name: 'h32-two-policies-tiled-ad-years',
  layout: 'A: two policies side by side on one sheet (each its own 評価 cell), 2021年度… headings, 期待値 rows, one actual "1,382（見込み）"',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('施策評価（第3章）');
    put(ws, 1, 1, ['施策評価シート　評価対象年度：2023年度']);
    tiledPolicy(ws, 1, '3-1　観光交流の推進', [
      { name: '観光入込客数', unit: '千人', expect: [1300, 1380, 1450, 1500, 1550], actual: [1120, 1310, '1,382（見込み）'] },
      { name: '宿泊者数', unit: '人', expect: [190000, 200000, 210000, 220000, 230000], actual: [171200, 198650, 223410] },
    ]);
    tiledPolicy(ws, 11, '3-2　移住・定住の促進', [
      { name: '移住相談件数', unit: '件', expect: [260, 280, 300, 320, 340], actual: [214, 251, 188] },
      { name: '空き家バンク成約件数', unit: '件', expect: [20, 22, 25, 28, 30], actual: [18, 15, 12] },
    ]);
  },
  expected: {
    file: 'h32-two-policies-tiled-ad-years.xlsx',
    fiscalYear: 2023,
    indicators: [...tiledLeft, ...tiledRight],
    groups: [
      { sheet: '施策評価（第3章）', cell: 'I3', grade: rollUp(tiledLeft.map((i) => i.grade)) },
      { sheet: '施策評価（第3章）', cell: 'S3', grade: rollUp(tiledRight.map((i) => i.grade)) },
    ],
  },
};

const KOSODATE = '施策１';
const kosodate = [
  ind(KOSODATE, '保育所等待機児童数', '人', 5, 4, { direction: 'down', existing: 'A' }),
  ind(KOSODATE, '子育て支援センター利用者数', '人', 9000, 8120, { existing: 'B' }),
  ind(KOSODATE, '乳幼児健診受診率', '％', 98, 96.4),
  ind(KOSODATE, 'ファミリー・サポート・センター会員数', '人', 600, 612, { existing: 'A' }),
];

const mergedFullwidth: Holdout2Workbook = {
  name: 'h32-policy-rows-merged-fullwidth',
  layout:
    'A as a table: one row per 成果指標, two-row merged headings 令和４年度/令和５年度 × 目標/実績, full-width digits as text, 評価 column partly filled, direction in 備考',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(KOSODATE);
    put(ws, 1, 1, ['第２次総合計画　施策評価シート']);
    put(ws, 2, 1, ['評価対象年度　令和５年度']);
    put(ws, 3, 1, ['施策名', '1-2　子育て支援の充実']);
    put(ws, 3, 9, ['施策評価']);
    put(ws, 5, 1, ['No.', '成果指標', '単位', '現状値（Ｒ２）', '令和４年度', undefined, '令和５年度', undefined, '令和６年度', '評価', '備考']);
    put(ws, 6, 5, ['目標', '実績', '目標', '実績', '目標']);
    for (const c of [1, 2, 3, 4, 10, 11]) ws.mergeCells(5, c, 6, c);
    ws.mergeCells(5, 5, 5, 6);
    ws.mergeCells(5, 7, 5, 8);
    put(ws, 7, 1, ['１', '保育所等待機児童数', '人', '１２', '８', '７', '５', '４', '３', 'A', '※減少を目指す指標']);
    put(ws, 8, 1, ['２', '子育て支援センター利用者数', '人', '７，６４０', '８，５００', '８，３１０', '９，０００', '８，１２０', '９，５００', 'B']);
    put(ws, 9, 1, ['３', '乳幼児健診受診率', '％', '９５．２', '９７．５', '９６．８', '９８．０', '９６．４', '９８．５']);
    put(ws, 10, 1, ['４', 'ファミリー・サポート・センター会員数', '人', '４８０', '５５０', '５７３', '６００', '６１２', '６５０', 'A']);
    put(ws, 12, 1, ['※評価欄は担当課の自己評価。空欄は未記入。']);
  },
  expected: {
    file: 'h32-policy-rows-merged-fullwidth.xlsx',
    fiscalYear: 2023,
    indicators: kosodate,
    groups: [{ sheet: KOSODATE, cell: 'J3', grade: rollUp(kosodate.map((i) => i.grade)) }],
  },
};

const GAKUSHU = '事務事業実績';
const gakushu = [
  ind(GAKUSHU, '市民大学講座運営事業', '人', 300, 276, { existing: 'B' }),
  ind(GAKUSHU, '公民館施設予約システム運用事業', '団体', 120, 135, { actualStatus: 'approximate' }),
  ind(GAKUSHU, '青少年海外派遣事業', '人', 8, null, { actualStatus: 'not-implemented', existing: 'D' }),
  ind(GAKUSHU, '図書館資料電子化事業', '点', 5000, 3150, { existing: 'C' }),
  ind(GAKUSHU, '読書ボランティア養成講座', '人', 40, null, { actualStatus: 'pending' }),
];

const projectText: Holdout2Workbook = {
  name: 'h32-project-text-prev-grade',
  layout:
    'B: 事業名 rows, 令和5年度目標/実績 as text with labels and units (延べ, 約, 未実施, 集計中), a 前年度評価 column left of a partly filled 評価 column, 備考',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(GAKUSHU);
    put(ws, 1, 1, ['令和5年度　事務事業評価　実績一覧（生涯学習課）']);
    put(ws, 3, 1, ['No.', '事業名', '前年度評価', '令和5年度目標', '令和5年度実績', '評価', '備考']);
    put(ws, 4, 1, [1, '市民大学講座運営事業', 'B', '受講者数 300人', '延べ 276人', 'B']);
    put(ws, 5, 1, [2, '公民館施設予約システム運用事業', 'A', '利用登録団体 120団体', '約 135団体', undefined, '評価は次回会議で決定']);
    put(ws, 6, 1, [3, '青少年海外派遣事業', 'A', '派遣人数 8人', '未実施', 'D', '相手国の受入停止のため']);
    put(ws, 7, 1, [4, '図書館資料電子化事業', 'C', '電子化点数 5,000点', '3,150点', 'C']);
    put(ws, 8, 1, [5, '読書ボランティア養成講座', undefined, '受講者数 40人', '集計中', undefined, '令和5年度新規']);
  },
  expected: { file: 'h32-project-text-prev-grade.xlsx', fiscalYear: 2023, indicators: gakushu, groups: [] },
};

const KANKYO = 'R5事業評価';
const kankyoRows: [string, string, number, number, number | string, '増加' | '減少', string][] = [
  ['ごみ減量化推進事業', 't', 32000, 31500, 30870, '減少', 'A'],
  ['資源回収奨励事業', 't', 2600, 2600, 2288, '増加', 'B'],
  ['不法投棄防止パトロール事業', '件', 20, 15, 21, '減少', 'C'],
  ['環境学習出前講座', '回', 30, 30, '２４', '増加', 'B'],
  ['公害苦情対応事業', '件', 0, 0, 3, '減少', 'D'],
];
const kankyo = kankyoRows.map(([name, unit, , target, actual, dir, grade]) =>
  ind(KANKYO, name, unit, target, typeof actual === 'number' ? actual : 24, { direction: dir === '減少' ? 'down' : 'up', existing: grade }),
);

const projectHidden: Holdout2Workbook = {
  name: 'h32-project-hidden-formula-direction',
  layout: 'B: numbers with a 単位 column, a HIDDEN 当初目標 column before 目標値（修正後）, 達成率 as formulas, 方向 増加/減少, a target of 0 to be kept low',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(KANKYO);
    put(ws, 1, 1, ['R5年度　事業評価調書　一覧（環境政策課）']);
    put(ws, 3, 1, ['No.', '事業名', '単位', '当初目標', '目標値（修正後）', '実績値', '達成率', '方向', '自己評価', '今後の方向性']);
    kankyoRows.forEach(([name, unit, first, target, actual, dir, grade], i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, name, unit, first, target, actual]);
      const rate = typeof actual === 'number' ? actual : 24;
      ws.getCell(r, 7).value = { formula: `IFERROR(F${r}/E${r},"-")`, result: target ? rate / target : '-' };
      ws.getCell(r, 7).numFmt = '0.0%';
      put(ws, r, 8, [dir, grade, i === 4 ? '継続' : '拡充']);
    });
    ws.getColumn(4).hidden = true;
    put(ws, 10, 1, ['※達成率＝実績値÷目標値（減少を目指す事業も同式で参考表示）']);
  },
  expected: { file: 'h32-project-hidden-formula-direction.xlsx', fiscalYear: 2023, indicators: kankyo, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [oshuStacked, tiledTwo, mergedFullwidth, projectText, projectHidden];
