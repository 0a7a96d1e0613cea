/** Hold-out 17, second half: sheets laid out as forms or blocks (教育委員会の点検評価, 指定管理 モニタリング, 事務事業評価 blocks, 議会報告 with full-width text, 施策評価シート). */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook as Holdout17Workbook } from '../holdout2/kit';

type Row = [string, string, number, number, number, string?];

/** A 教育委員会 点検評価 sheet: title, 基本方針 line with its 総合評価 cell G3 (left for the roll-up), an indicator table from row 5. */
function tenkenSheet(wb: Workbook, sheet: string, policy: string, rows: Row[]): void {
  const ws = wb.addWorksheet(sheet);
  put(ws, 1, 1, ['令和５年度　教育に関する事務の管理及び執行の状況の点検及び評価']);
  put(ws, 3, 1, [sheet, policy]);
  ws.mergeCells('B3:E3');
  put(ws, 3, 6, ['総合評価']);
  put(ws, 5, 1, ['No.', '評価指標', '単位', '基準値（R元）', '目標値（R5）', '実績値（R5）', '備考']);
  rows.forEach(([name, unit, base, target, actual, note], i) => put(ws, 6 + i, 1, [i + 1, name, unit, base, target, actual, note]));
}
const KY1 = '基本方針１';
const KY2 = '基本方針２';
const ky1 = [
  ind(KY1, '全国学力・学習状況調査で全国平均以上の教科の割合', '％', 75, 62.5),
  ind(KY1, '「授業がよくわかる」と答えた児童生徒の割合', '％', 85, 86.1),
  ind(KY1, '不登校児童生徒の出現率', '％', 1.5, 2.1, { direction: 'down' }),
];
const ky2 = [
  ind(KY2, '新体力テストで全国平均を上回った種目の割合', '％', 60, 33),
  ind(KY2, '学校図書館の児童1人当たり年間貸出冊数', '冊', 55, 49),
  ind(KY2, '朝食を毎日食べる児童の割合', '％', 95, 90.2),
];
const kyoikuTenken: Holdout17Workbook = {
  name: 'h17-kyoiku-tenken-hyoka',
  layout:
    '教育委員会 点検・評価: one sheet per 基本方針 with a 総合評価 cell on the policy line, 基準値（R元）/目標値（R5）/実績値（R5）, direction only in 備考 (低いほど良い)',
  build(wb) {
    tenkenSheet(wb, KY1, '確かな学力の育成', [
      ['全国学力・学習状況調査で全国平均以上の教科の割合', '％', 50, 75, 62.5],
      ['「授業がよくわかる」と答えた児童生徒の割合', '％', 78.2, 85, 86.1],
      ['不登校児童生徒の出現率', '％', 1.85, 1.5, 2.1, '低いほど良い指標'],
    ]);
    tenkenSheet(wb, KY2, '豊かな心と健やかな体の育成', [
      ['新体力テストで全国平均を上回った種目の割合', '％', 40, 60, 33],
      ['学校図書館の児童1人当たり年間貸出冊数', '冊', 45, 55, 49],
      ['朝食を毎日食べる児童の割合', '％', 88, 95, 90.2],
    ]);
  },
  expected: {
    file: 'h17-kyoiku-tenken-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: [...ky1, ...ky2],
    groups: [
      { sheet: KY1, cell: 'G3', grade: rollUp(ky1.map((i) => i.grade)) },
      { sheet: KY2, cell: 'G3', grade: rollUp(ky2.map((i) => i.grade)) },
    ],
  },
};

const MON_SHEET = 'モニタリング評価';
const monitoring: Holdout17Workbook = {
  name: 'h17-shitei-kanri-monitoring',
  layout:
    '指定管理者モニタリング評価シート: label/value header (施設名, 指定管理者, 評価対象期間 as a date range), 評価項目 merged down, targets/actuals as text with units, 以上/以下 in the target',
  build(wb) {
    const ws = wb.addWorksheet(MON_SHEET);
    put(ws, 1, 1, ['指定管理者モニタリング評価シート']);
    put(ws, 3, 1, ['施設名', '市民総合体育館']);
    put(ws, 4, 1, ['指定管理者', '株式会社みどりスポーツサービス']);
    put(ws, 5, 1, ['評価対象期間', '令和５年４月１日～令和６年３月31日']);
    put(ws, 7, 1, ['評価項目', '指標', '目標値', '実績値', '達成状況', '所見']);
    put(ws, 8, 1, ['施設の利用', '年間利用者数', '150,000人', '152,340人', undefined, '大会誘致が奏功']);
    put(ws, 9, 1, [undefined, '施設稼働率', '70.0%', '64.8%', undefined, '平日昼間の稼働が低い']);
    put(ws, 10, 1, ['サービスの質', '利用者満足度（満足・やや満足の割合）', '80%以上', '85.2%']);
    put(ws, 11, 1, [undefined, '利用者からの苦情件数', '10件以下', '14件', undefined, '駐車場に関する苦情が多い']);
    put(ws, 12, 1, ['自主事業', '自主事業実施数', '24事業', '20事業']);
    ws.mergeCells('A8:A9');
    ws.mergeCells('A10:A11');
  },
  expected: {
    file: 'h17-shitei-kanri-monitoring.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(MON_SHEET, '年間利用者数', '人', 150000, 152340),
      ind(MON_SHEET, '施設稼働率', '％', 70, 64.8),
      ind(MON_SHEET, '利用者満足度（満足・やや満足の割合）', '％', 80, 85.2),
      ind(MON_SHEET, '利用者からの苦情件数', '件', 10, 14, { direction: 'down' }),
      ind(MON_SHEET, '自主事業実施数', '事業', 24, 20),
    ],
    groups: [],
  },
};

const JIGYO_SHEET = '事務事業評価';
/** A project block: a merged 事業名 line, then 活動指標 and 成果指標 rows. */
function jigyoBlock(ws: Worksheet, row: number, title: string, lines: (string | number)[][]): number {
  put(ws, row, 1, [title]);
  ws.mergeCells(row, 1, row, 7);
  lines.forEach((l, i) => put(ws, row + 1 + i, 1, l));
  return row + lines.length + 2;
}
const jigyoBlocks: Holdout17Workbook = {
  name: 'h17-jimu-jigyo-blocks',
  layout:
    "事務事業評価結果一覧 evaluated the year after (令和５年度評価 of 令和４年度事業): one heading row of column names, then per project a merged 事業名 line and 活動/成果 indicator rows, R4目標/R4実績, the department's 評価",
  build(wb) {
    const ws = wb.addWorksheet(JIGYO_SHEET);
    put(ws, 1, 1, ['令和５年度　事務事業評価結果一覧（令和４年度実施事業）']);
    put(ws, 3, 1, ['区分', '指標名', '単位', 'R4目標', 'R4実績', '達成率', '評価']);
    let row = 4;
    row = jigyoBlock(ws, row, '事業名：空き家対策事業　　担当：建築住宅課', [
      ['活動指標', '空き家実態調査件数', '件', 500, 512, '102.4%', 'A'],
      ['成果指標', '空き家バンク成約件数', '件', 15, 9, '60.0%', 'C'],
    ]);
    row = jigyoBlock(ws, row, '事業名：農業担い手育成事業　　担当：農政課', [
      ['活動指標', '新規就農相談会開催回数', '回', 6, 6, '100.0%', 'A'],
      ['成果指標', '新規就農者数', '人', 10, 7, '70.0%', 'C'],
    ]);
    jigyoBlock(ws, row, '事業名：消防団活性化事業　　担当：消防本部総務課', [
      ['活動指標', '消防団員訓練参加率', '％', 90, 71.5, '79.4%', 'C'],
      ['成果指標', '消防団員数', '人', '1,200', '1,104', '92.0%', 'B'],
    ]);
  },
  expected: {
    file: 'h17-jimu-jigyo-blocks.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(JIGYO_SHEET, '空き家実態調査件数', '件', 500, 512, { existing: 'A' }),
      ind(JIGYO_SHEET, '空き家バンク成約件数', '件', 15, 9, { existing: 'C' }),
      ind(JIGYO_SHEET, '新規就農相談会開催回数', '回', 6, 6, { existing: 'A' }),
      ind(JIGYO_SHEET, '新規就農者数', '人', 10, 7, { existing: 'C' }),
      ind(JIGYO_SHEET, '消防団員訓練参加率', '％', 90, 71.5, { existing: 'C' }),
      ind(JIGYO_SHEET, '消防団員数', '人', 1200, 1104, { existing: 'B' }),
    ],
    groups: [],
  },
};

const GIKAI_SHEET = '施策の成果';
const gikaiFullwidth: Holdout17Workbook = {
  name: 'h17-gikai-hokoku-zenkaku',
  layout:
    '議会報告用 施策評価: 目標（令和５年度）/実績（令和５年度） written as full-width text with units inside (１，２００人, ９８．６万人), （見込み）, 集計中, direction in 備考',
  build(wb) {
    const ws = wb.addWorksheet(GIKAI_SHEET);
    put(ws, 1, 1, ['令和５年度　施策評価シート（議会報告用）']);
    put(ws, 3, 1, ['施策', '指標', '目標（令和５年度）', '実績（令和５年度）', '備考']);
    put(ws, 4, 1, ['子育て支援', '放課後児童クラブ待機児童数', '０人', '１２人', '減少を目指す指標']);
    put(ws, 5, 1, [undefined, 'ファミリー・サポート・センター会員数', '１，２００人', '１，０８６人（見込み）']);
    put(ws, 6, 1, ['健康づくり', '健康ポイント事業参加者数', '３，０００人', '集計中', '令和６年６月確定予定']);
    put(ws, 7, 1, ['産業振興', '市内事業所の新規雇用者数', '４５０人', '５１２人']);
    put(ws, 8, 1, ['観光振興', '観光入込客数', '１２０万人', '９８．６万人']);
    put(ws, 9, 1, ['防災', '自主防災組織結成率', '８５．０％', '８２．３％']);
    ws.mergeCells('A4:A5');
  },
  expected: {
    file: 'h17-gikai-hokoku-zenkaku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(GIKAI_SHEET, '放課後児童クラブ待機児童数', '人', 0, 12, { direction: 'down' }),
      ind(GIKAI_SHEET, 'ファミリー・サポート・センター会員数', '人', 1200, 1086, { actualStatus: 'provisional' }),
      ind(GIKAI_SHEET, '健康ポイント事業参加者数', '人', 3000, null, { actualStatus: 'pending' }),
      ind(GIKAI_SHEET, '市内事業所の新規雇用者数', '人', 450, 512),
      ind(GIKAI_SHEET, '観光入込客数', '万人', 120, 98.6),
      ind(GIKAI_SHEET, '自主防災組織結成率', '％', 85, 82.3),
    ],
    groups: [],
  },
};

/** A 総合計画 施策評価シート: 施策名 line with the 施策評価 cell G3, name and unit in one cell ("…（か所）"), an optional note row. */
function shisakuSheet(
  wb: Workbook,
  sheet: string,
  title: string,
  section: string,
  rows: [string, number, number, number][],
  opts: { percent?: boolean; note?: string },
): void {
  const ws = wb.addWorksheet(sheet);
  put(ws, 1, 1, ['施策評価シート（令和６年度評価／令和５年度実績）']);
  put(ws, 3, 1, ['施策名', title]);
  ws.mergeCells('B3:E3');
  put(ws, 3, 6, ['施策評価']);
  put(ws, 4, 1, ['主管課', section]);
  put(ws, 6, 1, ['成果指標（単位）', '基準値（H30）', '目標値（R5）', '実績値（R5）', '達成度']);
  rows.forEach((r, i) => put(ws, 7 + i, 1, r));
  if (opts.percent) for (const col of [2, 3, 4]) ws.getCell(7, col).numFmt = '0.0%';
  if (opts.note) put(ws, 8 + rows.length, 1, [opts.note]);
}
const S23 = '施策2-3';
const S31 = '施策3-1';
const s23 = [
  ind(S23, '民生委員・児童委員の充足率', '％', 100, 91.2),
  ind(S23, '地域サロン設置数', 'か所', 50, 52),
  ind(S23, 'ボランティア登録者数', '人', 1800, 1310),
];
const s31 = [
  ind(S31, '認定農業者数', '経営体', 230, 205),
  ind(S31, '有害鳥獣による農作物被害額', '千円', 6000, 7250, { direction: 'down' }),
  ind(S31, '森林整備面積', 'ha', 150, 86),
];
const shisakuSheets: Holdout17Workbook = {
  name: 'h17-shisaku-hyoka-sheet',
  layout:
    '総合計画 施策評価シート (令和６年度評価／令和５年度実績): two policy sheets with a 施策評価 cell, name and unit in one cell, a ％ row stored as fractions under a 0.0% format, direction in a ※ note below the table',
  build(wb) {
    shisakuSheet(
      wb,
      S23,
      '地域福祉の推進',
      '福祉総務課',
      [
        ['民生委員・児童委員の充足率（％）', 0.94, 1, 0.912],
        ['地域サロン設置数（か所）', 38, 50, 52],
        ['ボランティア登録者数（人）', 1420, 1800, 1310],
      ],
      { percent: true },
    );
    shisakuSheet(
      wb,
      S31,
      '農林業の振興',
      '農政課',
      [
        ['認定農業者数（経営体）', 212, 230, 205],
        ['有害鳥獣による農作物被害額（千円）', 8400, 6000, 7250],
        ['森林整備面積（ha）', 120, 150, 86],
      ],
      { note: '※有害鳥獣による農作物被害額は、減少を目標とする指標です。' },
    );
  },
  expected: {
    file: 'h17-shisaku-hyoka-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [...s23, ...s31],
    groups: [
      { sheet: S23, cell: 'G3', grade: rollUp(s23.map((i) => i.grade)) },
      { sheet: S31, cell: 'G3', grade: rollUp(s31.map((i) => i.grade)) },
    ],
  },
};

export const FORM_WORKBOOKS: Holdout17Workbook[] = [kyoikuTenken, monitoring, jigyoBlocks, gikaiFullwidth, shisakuSheets];
