/**
 * Hold-out 204, three workbooks that invite a silent wrong reading: a 進捗管理表 whose next year's 目標 and 実績見込 columns
 * are filled to the right of the evaluated year (and a hidden column of the year before's targets); percentages stored as
 * fractions beside a target in words and two lower-is-better indicators marked only by a note; a revised target written
 * over the original in one cell, a 見込 actual, and a department's ◎ on a lower-is-better indicator it computed upside down.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, lettersForLegendMarks, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- next year's columns filled (FY2023)
const T1_SHEET = '進捗管理';
const T1_ROWS: [string, string, string, number, number, number, number, number, number, string][] = [
  // No, 指標, 単位, R4目標 (hidden), R4実績, R5目標, R5実績, R6目標, R6実績見込, 備考
  ['1', 'スマホ教室受講者数', '人', 800, 760, 900, 842, 1000, 1050, ''],
  ['2', 'オンライン申請件数', '件', 5500, 6480, 8000, 9412, 10000, 9000, 'R6はシステム移行期間あり'],
  ['3', 'デジタル相談員派遣回数', '回', 36, 36, 48, 27, 48, 50, '相談員の欠員（R5.7～R5.12）'],
  ['4', 'コンビニ交付利用率', '％', 20, 18.2, 25, 21.4, 30, 31.5, '住民票・印鑑証明書の交付件数に占める割合'],
  ['5', '窓口混雑時の最大待ち時間', '分', 70, 75, 60, 52, 45, 48, '短いほど良い（減少目標）'],
  ['6', 'デジタル活用支援員登録者数（累計）', '人', 10, 8, 20, 22, 30, 31, '養成講座修了者の累計'],
];

const LATER_YEARS: Holdout2Workbook = {
  name: 'h204-t-r6-mikomi-filled',
  layout: 'progress table evaluating R5 while the R6 目標 and R6 実績見込 columns to its right are filled; R4 目標 in a hidden column',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [5, 34, 6, 10, 10, 10, 10, 10, 12, 30]);
    merge(ws, 1, 1, 1, 10, 'デジタル推進課　施策指標 進捗管理表');
    put(ws, 2, 1, ['評価対象：令和５年度（令和6年10月 行政評価委員会 説明資料）']);
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '指標');
    merge(ws, 4, 3, 5, 3, '単位');
    merge(ws, 4, 4, 4, 5, '令和4年度');
    merge(ws, 4, 6, 4, 7, '令和5年度（評価対象）');
    merge(ws, 4, 8, 4, 9, '令和6年度');
    merge(ws, 4, 10, 5, 10, '備考');
    put(ws, 5, 4, ['目標', '実績', '目標', '実績', '目標', '実績見込']);
    wrap(ws, 4, 1, 5, 10);
    T1_ROWS.forEach((row, i) =>
      put(
        ws,
        6 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    box(ws, 4, 1, 5 + T1_ROWS.length, 10);
    ws.getColumn(4).hidden = true;
    put(ws, 13, 1, ['※令和6年度の実績見込は9月末時点の実績から推計したもの。']);
  },
  expected: {
    file: 'h204-t-r6-mikomi-filled.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, 'スマホ教室受講者数', '人', 900, 842),
      ind(T1_SHEET, 'オンライン申請件数', '件', 8000, 9412),
      ind(T1_SHEET, 'デジタル相談員派遣回数', '回', 48, 27),
      ind(T1_SHEET, 'コンビニ交付利用率', '％', 25, 21.4),
      ind(T1_SHEET, '窓口混雑時の最大待ち時間', '分', 60, 52, { direction: 'down' }),
      ind(T1_SHEET, 'デジタル活用支援員登録者数（累計）', '人', 20, 22),
    ],
    // B (842/900 = 93.6 %), A, D (27/48 = 56.3 %), B (21.4/25 = 85.6 %), A (60/52), A (22/20)
    groups: [],
  },
};

// ---------------------------------------------------------------- fractions, a target in words, notes giving the direction (FY2023)
const T2_SHEET = 'R5評価';
const PCT = '0.0%';

const FRACTIONS: Holdout2Workbook = {
  name: 'h204-t-fraction-words',
  layout:
    '％ stored as fractions under a 0.0% format, a target written in words (全28地区 / 増加), lower-is-better only in ※ notes, a 達成率 column computed actual ÷ target throughout',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [40, 6, 12, 14, 12, 10, 34]);
    merge(ws, 1, 1, 1, 7, '令和５年度　オンライン手続普及状況 評価表');
    put(ws, 2, 6, ['デジタル推進課']);
    put(ws, 4, 1, ['指標名', '単位', '基準値\n（R3）', '目標値\n（R5）', '実績値\n（R5）', '達成率', '備考']);
    wrap(ws, 4, 1, 4, 7);
    const rows: [string, string, number | string, number | string, number, number | string, string][] = [
      ['オンライン申請率（対象手続全体）', '％', 0.184, 0.35, 0.312, 0.891, ''],
      ['電子申請対応手続の割合', '％', 0.35, 0.6, 0.582, 0.97, ''],
      ['スマホ教室開催地区数', '地区', 11, '全28地区', 26, 0.929, '未開催：東山地区、大平地区（会場確保できず）'],
      ['窓口申請1件あたりの平均処理時間※1', '分', 18, 15, 12.5, 0.833, '書かない窓口（R5.4開始）の効果'],
      ['高齢者向けデジタル講座の参加者数', '人', 286, '増加', 530, '－', '目標は「増加」とのみ設定'],
      ['電子申請の不備による差戻し率※2', '％', 0.081, 0.05, 0.064, 1.28, ''],
    ];
    rows.forEach((row, i) => {
      const r = 5 + i;
      put(
        ws,
        r,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      );
      const pct = row[1] === '％';
      for (const c of [3, 4, 5]) if (pct) ws.getCell(r, c).numFmt = PCT;
      if (typeof row[5] === 'number') ws.getCell(r, 6).numFmt = PCT;
    });
    box(ws, 4, 1, 10, 7);
    put(ws, 12, 1, ['※1　処理時間は短縮を目指す指標（低いほど良い）。']);
    put(ws, 13, 1, ['※2　差戻し率は低いほど良い。']);
    put(ws, 14, 1, ['※達成率＝実績値÷目標値']);
  },
  expected: {
    file: 'h204-t-fraction-words.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T2_SHEET, 'オンライン申請率（対象手続全体）', '％', 35, 31.2),
      ind(T2_SHEET, '電子申請対応手続の割合', '％', 60, 58.2),
      ind(T2_SHEET, 'スマホ教室開催地区数', '地区', 28, 26),
      ind(T2_SHEET, '窓口申請1件あたりの平均処理時間', '分', 15, 12.5, { direction: 'down' }),
      ind(T2_SHEET, '高齢者向けデジタル講座の参加者数', '人', null, 530),
      ind(T2_SHEET, '電子申請の不備による差戻し率', '％', 5, 6.4, { direction: 'down' }),
    ],
    // B (89.1 %), B (97 %), B (26/28 = 92.9 %), A (15/12.5), none (target in words without a number), C (5/6.4 = 78.1 %)
    groups: [],
  },
};

// ---------------------------------------------------------------- revised target, 見込, a ◎ computed upside down (FY2023)
const T3_SHEET = '重点取組';
const MARKS = 'h204-t-revised-target-marks';

const REVISED: Holdout2Workbook = {
  name: MARKS,
  layout:
    'priority-measure table with a ◎○△× legend: a revised target over the original in one cell, a 見込 actual, 未実施, and a lower-is-better indicator the department rated ◎ on actual ÷ target',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [5, 22, 34, 6, 16, 14, 10, 7, 36]);
    merge(ws, 1, 1, 1, 9, '令和５年度　デジタル推進 重点取組 進捗評価');
    merge(ws, 2, 1, 2, 9, '評価：◎＝達成（100％以上）　○＝概ね達成（80％以上100％未満）　△＝一部達成（60％以上80％未満）　×＝未達成（60％未満）');
    put(ws, 4, 1, ['No.', '取組', '指標', '単位', 'R5目標', 'R5実績', '達成率', '評価', '備考']);
    const rows: [string, string, string, string, number | string, number | string, string, string, string][] = [
      ['1', 'スマホ教室の拡充', 'スマホ教室受講者数', '人', '650\n（当初500から上方修正）', 598, '119.6％', '◎', '令和5年9月に目標値を上方修正'],
      ['2', '問合せ対応の効率化', 'システム操作に関する電話問合せ件数', '件', 1200, 1450, '120.8％', '◎', '※オンライン化の定着により減少を目指す'],
      ['3', '電子申請の拡大', '電子申請件数', '件', 8000, '7,420\n（見込）', '92.8％', '○', '3月分は集計中のため見込値'],
      ['4', '地域のデジタル支援体制', 'デジタル活用支援員の派遣回数', '回', 60, '未実施', '－', '×', '支援員の登録が予定数に達せず、派遣は令和6年度から'],
      ['5', 'マイナンバーカードの活用', 'コンビニ交付利用件数', '件', 12000, 12860, '107.2％', '◎', ''],
      ['6', 'キャッシュレス化', 'キャッシュレス決済対応窓口数', 'か所', 15, 10, '66.7％', '△', '税務課・市民課・支所で導入'],
    ];
    rows.forEach((row, i) => {
      put(
        ws,
        5 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      );
      wrap(ws, 5 + i, 1, 5 + i, 9);
    });
    box(ws, 4, 1, 10, 9);
    put(ws, 12, 1, ['※達成率・評価は各担当課の記入による。']);
  },
  expected: {
    file: `${MARKS}.xlsx`,
    fiscalYear: 2023,
    indicators: [
      ind(T3_SHEET, 'スマホ教室受講者数', '人', 650, 598, { existing: '◎' }),
      ind(T3_SHEET, 'システム操作に関する電話問合せ件数', '件', 1200, 1450, { direction: 'down', existing: '◎' }),
      ind(T3_SHEET, '電子申請件数', '件', 8000, 7420, { existing: '○', actualStatus: 'provisional' }),
      ind(T3_SHEET, 'デジタル活用支援員の派遣回数', '回', 60, null, { existing: '×', actualStatus: 'not-implemented' }),
      ind(T3_SHEET, 'コンビニ交付利用件数', '件', 12000, 12860, { existing: '◎' }),
      ind(T3_SHEET, 'キャッシュレス決済対応窓口数', 'か所', 15, 10, { existing: '△' }),
    ],
    // B (598/650 = 92 %), B (1200/1450 = 82.8 %), B (92.75 %), D (未実施), A, C (66.7 %)
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = lettersForLegendMarks([LATER_YEARS, FRACTIONS, REVISED], new Set([MARKS]));
