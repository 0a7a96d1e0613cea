/** Hold-out 206, three workbooks that invite a silent wrong reading of 買い物支援・生活交通 figures. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// The R6 columns already hold actuals (速報, entered for the council) though the sheet evaluates R5; 累計 / 単年度 in a 区分 column;
// one R5 actual written as 見込; a 減少 indicator.
const T1_SHEET = '成果指標';
const laterYears: Holdout2Workbook = {
  name: 'h206-t-r6-sokuho-ruikei',
  layout:
    'indicator × year table (R2 基準 … R7) with 目標 / 実績 rows; R6 actuals already filled though the title evaluates R5; 区分 累計/単年度; a 見込 actual',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [30, 8, 8, 8, 10, 10, 10, 12, 12, 10, 22]);
    merge(ws, 1, 1, 1, 11, '買い物支援施策　成果指標の達成状況（令和５年度評価）');
    put(ws, 2, 1, ['※令和6年度の実績は、令和7年1月の推進協議会報告用に入力した速報値です（評価は令和5年度分）。']);
    put(ws, 4, 1, ['指標', '区分', '単位', '目指す方向', undefined, 'R2（基準）', 'R3', 'R4', 'R5', 'R6', 'R7（目標）']);
    const rows: [string, string, string, string, (string | number | undefined)[], (string | number | undefined)[], string?][] = [
      ['移動販売車による巡回集落数', '累計', '集落', '増加', [undefined, 30, 36, 45, 50, 55], [22, 29, 35, 41, 48, undefined]],
      ['移動販売の年間延べ利用者数', '単年度', '人', '増加', [undefined, 12000, 13500, 15000, 16000, 17000], [9850, 11210, 12480, 13420, 16880, undefined]],
      ['買い物支援ボランティア登録者数', '累計', '人', '増加', [undefined, 80, 100, 120, 140, 160], [41, 58, 70, 84, 131, undefined]],
      ['宅配サービス利用件数', '単年度', '件', '増加', [undefined, 4000, 4500, 5000, 5500, 6000], [2980, 3605, 4110, '4,650（見込）', 5720, undefined]],
      ['買い物に困っている高齢者世帯数', '単年度', '世帯', '減少', [undefined, 400, 360, 320, 280, 240], [452, 418, 380, 355, 301, undefined]],
      ['見守り協定締結事業者数', '累計', '事業者', '増加', [undefined, 6, 9, 12, 14, 16], [3, 7, 10, 12, 15, undefined]],
    ];
    let r = 5;
    for (const [name, kind, unit, dir, targets, actuals] of rows) {
      merge(ws, r, 1, r + 1, 1, name);
      merge(ws, r, 2, r + 1, 2, kind);
      merge(ws, r, 3, r + 1, 3, unit);
      merge(ws, r, 4, r + 1, 4, dir);
      put(ws, r, 5, ['目標', ...targets]);
      put(ws, r + 1, 5, ['実績', ...actuals]);
      r += 2;
    }
    wrap(ws, 4, 1, r - 1, 11);
    box(ws, 4, 1, r - 1, 11);
    put(ws, r + 1, 1, ['※宅配サービス利用件数のR5実績は、3月分の事業者報告が未着のため見込値。']);
    put(ws, r + 2, 1, ['※累計の指標は制度開始（平成29年度）からの累計値。']);
  },
  expected: {
    file: 'h206-t-r6-sokuho-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '移動販売車による巡回集落数', '集落', 45, 41),
      ind(T1_SHEET, '移動販売の年間延べ利用者数', '人', 15000, 13420),
      ind(T1_SHEET, '買い物支援ボランティア登録者数', '人', 120, 84),
      ind(T1_SHEET, '宅配サービス利用件数', '件', 5000, 4650, { actualStatus: 'provisional' }),
      ind(T1_SHEET, '買い物に困っている高齢者世帯数', '世帯', 320, 355, { direction: 'down' }),
      ind(T1_SHEET, '見守り協定締結事業者数', '事業者', 12, 12),
    ],
    groups: [],
  },
};

// ％ stored as fractions under a % format, a target in words with its figure in it (「42件以下（前年度実績以下）」), a lower-is-better
// accident count, a "－" target.
const T2_SHEET = '成果指標評価表';
const fractions: Holdout2Workbook = {
  name: 'h206-t-wariai-bunsu',
  layout: 'one-year table; ％ targets/actuals stored as fractions under 0.0% format, a target written as 「42件以下（前年度実績以下）」, a － target',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [5, 36, 8, 22, 14, 30]);
    merge(ws, 1, 1, 1, 6, '令和５年度　生活交通・買い物支援施策　成果指標評価表');
    put(ws, 2, 5, ['地域交通政策課']);
    put(ws, 4, 1, ['No.', '成果指標', '単位', '目標値（R5）', '実績値（R5）', '備考']);
    const rows: [number, string, string, string | number, number, string, boolean][] = [
      [1, 'デマンド交通の予約成立率', '％', 0.95, 0.912, '予約件数に対する配車できた件数の割合', true],
      [2, '移動販売車の巡回計画達成率', '％', 1, 0.97, '計画巡回数に対する実施巡回数', true],
      [3, '高齢運転者が第一当事者となった交通事故件数', '件', '42件以下（前年度実績以下）', 38, '警察署統計（暦年）', false],
      [4, '買い物支援に関する相談件数', '件', '－', 64, '目標設定なし（参考指標）', false],
      [5, 'コミュニティバスの定時運行率', '％', 0.98, 0.993, '5分以内の遅れを定時とする', true],
      [6, '移動販売利用者の満足度', '％', 0.8, 0.764, '利用者アンケート（満足＋やや満足）', true],
      [7, '乗合タクシーの1運行当たり平均乗車人数', '人', 2.0, 1.6, '', false],
    ];
    rows.forEach(([no, name, unit, target, actual, note, pct], i) => {
      put(ws, 5 + i, 1, [no, name, unit, target, actual, note || undefined]);
      if (pct) {
        ws.getCell(5 + i, 4).numFmt = '0.0%';
        ws.getCell(5 + i, 5).numFmt = '0.0%';
      }
    });
    wrap(ws, 4, 1, 11, 6);
    box(ws, 4, 1, 11, 6);
  },
  expected: {
    file: 'h206-t-wariai-bunsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T2_SHEET, 'デマンド交通の予約成立率', '％', 95, 91.2),
      ind(T2_SHEET, '移動販売車の巡回計画達成率', '％', 100, 97),
      ind(T2_SHEET, '高齢運転者が第一当事者となった交通事故件数', '件', 42, 38, { direction: 'down' }),
      ind(T2_SHEET, '買い物支援に関する相談件数', '件', null, 64),
      ind(T2_SHEET, 'コミュニティバスの定時運行率', '％', 98, 99.3),
      ind(T2_SHEET, '移動販売利用者の満足度', '％', 80, 76.4),
      ind(T2_SHEET, '乗合タクシーの1運行当たり平均乗車人数', '人', 2.0, 1.6),
    ],
    groups: [],
  },
};

// Evaluates R6 from R5 目標/実績, R6 目標/実績, R7 目標（最終）, R7 見込 columns: the rightmost figures are a final target and a
// forecast; a footnote makes one indicator lower-is-better.
const T3_SHEET = '生活交通';
const forecast: Holdout2Workbook = {
  name: 'h206-t-r7-mikomi-chushaku',
  layout:
    'R5 / R6 / R7 column groups, the R7 group 目標（最終） and 見込 filled; evaluated R6 stated in the title; a footnote makes 交通空白地域人口 lower-is-better',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [36, 8, 10, 10, 10, 10, 12, 12, 24]);
    merge(ws, 1, 1, 1, 9, '令和６年度　生活交通確保・買い物支援対策　実績評価表（令和7年3月末現在）');
    merge(ws, 3, 1, 4, 1, '指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 3, 4, '令和5年度');
    merge(ws, 3, 5, 3, 6, '令和6年度');
    merge(ws, 3, 7, 3, 8, '令和7年度（計画最終年度）');
    merge(ws, 3, 9, 4, 9, '備考');
    put(ws, 4, 3, ['目標', '実績', '目標', '実績', '目標', '見込']);
    const rows: (string | number | undefined)[][] = [
      ['市内公共交通の年間利用者数', '千人', 410, 392.8, 420, 401.6, 430, 415.0, '路線バス・デマンド交通・乗合タクシーの計'],
      ['デマンド交通の利用登録者数', '人', 2500, 2640, 2800, 3015, 3100, 3300, ''],
      ['交通空白地域人口※', '人', 2400, 2860, 2200, 2640, 2000, 2450, ''],
      ['移動販売の巡回ルート数', 'ルート', 8, 7, 9, 7, 10, 8, '運転手1名退職'],
      ['免許返納後も外出に困らないと答えた高齢者の割合', '％', 55.0, 50.8, 60.0, 52.3, 65.0, 56.0, '高齢者実態調査'],
      ['買い物支援事業の利用者満足度', '％', 85.0, 83.9, 85.0, 86.4, 85.0, 87.0, ''],
    ];
    rows.forEach((row, i) =>
      put(
        ws,
        5 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    wrap(ws, 3, 1, 10, 9);
    box(ws, 3, 1, 10, 9);
    put(ws, 12, 1, ['※交通空白地域人口は、少ないほど良い指標です（目標値は上限値）。']);
    put(ws, 13, 1, ['※令和7年度の見込は、令和6年度実績の伸びから推計した値です。']);
  },
  expected: {
    file: 'h206-t-r7-mikomi-chushaku.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T3_SHEET, '市内公共交通の年間利用者数', '千人', 420, 401.6),
      ind(T3_SHEET, 'デマンド交通の利用登録者数', '人', 2800, 3015),
      ind(T3_SHEET, '交通空白地域人口', '人', 2200, 2640, { direction: 'down' }),
      ind(T3_SHEET, '移動販売の巡回ルート数', 'ルート', 9, 7),
      ind(T3_SHEET, '免許返納後も外出に困らないと答えた高齢者の割合', '％', 60.0, 52.3),
      ind(T3_SHEET, '買い物支援事業の利用者満足度', '％', 85.0, 86.4),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [laterYears, fractions, forecast];
