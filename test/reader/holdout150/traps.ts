/**
 * Hold-out 150, traps a careless reader falls into: 累計 targets beside 実績値（単年度） and 実績値（累計） rows, a 成果指標評価表
 * with ％ stored as fractions, a target 「増加を目指す」 that is no number, 集計中 with last year's figure in the 備考 and
 * full-width digits, and a 実績評価シート with 前年度・前々年度 columns and a 令和7年度（6月末現在） column already filled,
 * with ↑／↓ directions.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** 目標値（累計） against 実績値（累計）, with a 実績値（単年度） row between them (令和６年度). */
const cumulative: Holdout2Workbook = {
  name: 'h150-t-ruikei-tannendo',
  layout: 'trap: 成果指標 進捗 (評価対象年度：令和６年度), 目標値（累計） with 実績値（単年度） and 実績値（累計） rows, R3…R7 columns, R7 empty',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('成果指標進捗');
    widths(ws, [28, 6, 16, 9, 9, 9, 9, 12, 34]);
    merge(ws, 1, 1, 1, 9, '第２次産業振興ビジョン　成果指標の進捗状況');
    merge(ws, 2, 1, 2, 9, '評価対象年度：令和６年度');
    put(ws, 4, 1, ['指標名', '単位', '区分', 'R3年度', 'R4年度', 'R5年度', 'R6年度', 'R7年度\n（目標年度）', '備考']);
    const indicator = (top: number, name: string, unit: string, rows: [string, (number | undefined)[]][], note: string) => {
      merge(ws, top, 1, top + rows.length - 1, 1, name);
      merge(ws, top, 2, top + rows.length - 1, 2, unit);
      rows.forEach(([label, values], i) => put(ws, top + i, 3, [label, ...values]));
      merge(ws, top, 9, top + rows.length - 1, 9, note);
    };
    indicator(
      5,
      '誘致企業数',
      '社',
      [
        ['目標値（累計）', [2, 4, 6, 8, 10]],
        ['実績値（単年度）', [1, 2, 1, 3]],
        ['実績値（累計）', [1, 3, 4, 7]],
      ],
      'R6単年度の内訳：製造業2社、情報通信業1社',
    );
    indicator(
      8,
      '新規雇用者数（誘致企業による）',
      '人',
      [
        ['目標値（累計）', [40, 80, 120, 160, 200]],
        ['実績値（単年度）', [12, 23, 35, 34]],
        ['実績値（累計）', [12, 35, 70, 104]],
      ],
      '誘致企業への雇用状況調査（各年度末）',
    );
    indicator(
      11,
      '企業訪問件数',
      '件',
      [
        ['目標値', [80, 80, 80, 80, 80]],
        ['実績値', [72, 85, 91, 78]],
      ],
      '単年度の件数',
    );
    wrap(ws, 4, 1, 12, 9);
    box(ws, 4, 1, 12, 9);
    merge(ws, 14, 1, 14, 9, '※誘致企業数・新規雇用者数は計画期間（R3～R7）の累計で目標を設定している。');
  },
  expected: {
    file: 'h150-t-ruikei-tannendo.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('成果指標進捗', '誘致企業数', '社', 8, 7),
      ind('成果指標進捗', '新規雇用者数（誘致企業による）', '人', 160, 104),
      ind('成果指標進捗', '企業訪問件数', '件', 80, 78),
    ],
    groups: [],
  },
};

/** ％ stored as fractions under a % format, 「増加を目指す」 as a target, 集計中 with 「R4実績：52人」 in the 備考, full-width digits. */
const textTargets: Holdout2Workbook = {
  name: 'h150-t-hyokahyo-wariai',
  layout:
    'trap: 令和５年度 成果指標評価表, ％ as fractions (0.412 under 0.0%), target 「増加を目指す」, 集計中 with last year in 備考, 「1.30以上」, full-width',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('成果指標評価');
    widths(ws, [5, 30, 6, 13, 14, 12, 10, 7, 36]);
    merge(ws, 1, 1, 1, 9, '令和５年度　成果指標評価表（施策４　雇用の創出と人材の定着）');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '基準値\n（R元）', '目標値\n（R5）', '実績値\n（R5）', '達成率', '評価', '備考']);
    const pct = (r: number, c: number, v: number) => {
      ws.getCell(r, c).value = v;
      ws.getCell(r, c).numFmt = '0.0%';
    };
    put(ws, 4, 1, [1, '新規高卒者の市内就職率', '％']);
    pct(4, 4, 0.385);
    pct(4, 5, 0.45);
    pct(4, 6, 0.412);
    pct(4, 7, 0.412 / 0.45);
    put(ws, 4, 8, ['B', 'ハローワーク管内の高校卒業者（3月末現在）']);
    put(ws, 5, 1, [2, '市内事業所の従業者数', '人', 10796, '増加を目指す', 10512, '－', '－', '経済センサス等']);
    put(ws, 6, 1, [3, '誘致企業による新規雇用者数', '人', 48, 60, '集計中', '－', '－', '（参考）R4実績：52人　※R5分は6月末に確定']);
    put(ws, 7, 1, [4, '有効求人倍率', '倍', 1.21, '1.30以上', 1.18]);
    pct(7, 7, 1.18 / 1.3);
    put(ws, 7, 8, ['B', '年度平均（パートを含む）']);
    put(ws, 8, 1, [5, '企業立地件数', '件', '２', '３', '１']);
    pct(8, 7, 1 / 3);
    put(ws, 8, 8, ['D', '単年度']);
    wrap(ws, 3, 1, 8, 9);
    box(ws, 3, 1, 8, 9);
    merge(ws, 10, 1, 10, 9, '評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満　－：評価できないもの');
  },
  expected: {
    file: 'h150-t-hyokahyo-wariai.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('成果指標評価', '新規高卒者の市内就職率', '％', 45, 41.2, { existing: 'B' }),
      ind('成果指標評価', '市内事業所の従業者数', '人', null, 10512),
      ind('成果指標評価', '誘致企業による新規雇用者数', '人', 60, null, { actualStatus: 'pending' }),
      ind('成果指標評価', '有効求人倍率', '倍', 1.3, 1.18, { existing: 'B' }),
      ind('成果指標評価', '企業立地件数', '件', 3, 1, { existing: 'D' }),
    ],
    groups: [],
  },
};

/** 令和４・５年度実績 columns before 令和６年度 目標／実績, 令和７年度 目標 and 実績（6月末現在） after; ↑／↓ directions. */
const otherYears: Holdout2Workbook = {
  name: 'h150-t-ritchi-plan-jisseki',
  layout:
    'trap: 令和６年度 実績評価シート, R4・R5 実績 columns, R6 目標／実績／達成率／評価 under a merged heading, R7 目標 and 実績（6月末現在） filled, ↑／↓',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('実績評価');
    widths(ws, [5, 28, 6, 6, 11, 11, 9, 9, 9, 6, 9, 12, 28]);
    merge(ws, 1, 1, 1, 13, '令和６年度　企業立地推進プラン　実績評価シート');
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '指標名');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '方向');
    merge(ws, 3, 5, 4, 5, '令和4年度\n実績');
    merge(ws, 3, 6, 4, 6, '令和5年度\n実績');
    merge(ws, 3, 7, 3, 10, '令和６年度');
    put(ws, 4, 7, ['目標', '実績', '達成率', '評価']);
    merge(ws, 3, 11, 3, 12, '令和７年度');
    put(ws, 4, 11, ['目標', '実績\n（6月末現在）']);
    merge(ws, 3, 13, 4, 13, '備考');
    const rows: [string, string, string, number, number, number, number, string, number, number, string][] = [
      ['工業団地分譲面積（累計）', 'ha', '↑', 18.2, 20.1, 24.0, 21.5, 'B', 26.0, 22.3, 'R7.5 北区画0.8ha契約'],
      ['新規立地・増設件数', '件', '↑', 4, 3, 5, 6, 'A', 5, 2, ''],
      ['立地企業の新規雇用者数', '人', '↑', 88, 102, 120, 71, 'D', 130, 15, '大型案件の操業がR7へ延期'],
      ['立地企業の撤退・閉鎖件数', '件', '↓', 2, 1, 1, 2, 'D', 0, 0, '事業再編による市外移転1件'],
      ['企業立地に関する相談件数', '件', '↑', 64, 73, 80, 80, 'A', 85, 19, ''],
    ];
    rows.forEach(([name, unit, dir, r4, r5, t6, a6, mark, t7, a7, note], i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, name, unit, dir, r4, r5, t6, a6]);
      ws.getCell(r, 9).value = dir === '↓' ? t6 / a6 : a6 / t6;
      ws.getCell(r, 9).numFmt = '0.0%';
      put(ws, r, 10, [mark, t7, a7, note || undefined]);
    });
    wrap(ws, 3, 1, 9, 13);
    box(ws, 3, 1, 9, 13);
    merge(ws, 11, 1, 11, 13, '方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い（達成率＝目標÷実績）');
    merge(ws, 12, 1, 12, 13, '評価　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満');
  },
  expected: {
    file: 'h150-t-ritchi-plan-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('実績評価', '工業団地分譲面積（累計）', 'ha', 24, 21.5, { existing: 'B' }),
      ind('実績評価', '新規立地・増設件数', '件', 5, 6, { existing: 'A' }),
      ind('実績評価', '立地企業の新規雇用者数', '人', 120, 71, { existing: 'D' }),
      ind('実績評価', '立地企業の撤退・閉鎖件数', '件', 1, 2, { existing: 'D', direction: 'down' }),
      ind('実績評価', '企業立地に関する相談件数', '件', 80, 80, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, textTargets, otherYears];
