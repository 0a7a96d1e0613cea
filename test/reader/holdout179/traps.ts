/**
 * Hold-out 179, three traps: a 研修 実施状況 with 単年度 and 累計 rows where the 目標 is 累計, a 成果指標評価表 with targets in words
 * (「全校」「拡充」), full-width figures and a 備考 of numbers that look like values, and a 年度別推移 with a 令和５年度（９月末現在）
 * column already filled and ％ stored as fractions.
 */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

/** 単年度 and 累計 rows of one 研修 indicator whose 目標 is 累計; a second indicator 単年度 with attainment exactly 80 %. */
const cumulative: Holdout2Workbook = (() => {
  const S = '研修実施状況';
  const expected: ExpectedIndicator[] = [
    ind(S, 'ICT活用指導力向上研修の受講教員数（累計）', '人', 450, 410),
    ind(S, 'デジタル教材を活用した公開授業の実施回数', '回', 30, 24),
  ];
  return {
    name: 'h179-t-kenshu-ruikei',
    layout: 'trap: 単年度 and 累計 rows, the 目標（令和５年度） is 累計 (410 of 450, not the 単年度 140); a 単年度 indicator at exactly 80 %',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      widths(ws, [40, 10, 6, 10, 10, 10, 14, 30]);
      merge(ws, 1, 1, 1, 8, '令和５年度　ICT活用指導力向上研修等の実施状況');
      put(ws, 3, 1, ['指標', '区分', '単位', '令和３年度', '令和４年度', '令和５年度', '目標（令和５年度）', '備考']);
      merge(ws, 4, 1, 5, 1, 'ICT活用指導力向上研修の受講教員数（累計）');
      put(ws, 4, 2, ['単年度', '人', 120, 150, 140, '－', '']);
      put(ws, 5, 2, ['累計', '人', 120, 270, 410, 450, '令和３年度からの延べ人数']);
      put(ws, 6, 1, ['デジタル教材を活用した公開授業の実施回数', '単年度', '回', 18, 22, 24, 30, '市内全27校']);
      wrap(ws, 3, 1, 6, 8);
      box(ws, 3, 1, 6, 8);
      put(ws, 8, 1, ['※研修の目標は累計（令和７年度末までに全教員680人の受講）を年度ごとに設定している。']);
    },
    expected: { file: 'h179-t-kenshu-ruikei.xlsx', fiscalYear: 2023, indicators: expected, groups: [] },
  };
})();

/** 目標 in words (「全校」「拡充」) beside numeric ones in full-width digits with units; a 備考 of （参考） figures. */
const wordTargets: Holdout2Workbook = (() => {
  const S = '成果指標評価表';
  const expected: ExpectedIndicator[] = [
    ind(S, '端末の持ち帰り学習を実施した学校数', '校', null, 27),
    ind(S, '遠隔合同授業の実施校数', '校', null, 8),
    ind(S, 'ICTを活用して指導できる教員の割合', '％', 75, 72.6),
    ind(S, 'スクール・サポート・スタッフの配置校数', '校', 15, 15),
  ];
  return {
    name: 'h179-t-mokuhyo-mojiretsu',
    layout: 'trap: 目標 「全校」「拡充」 (no number, no grade), full-width 「７５％」「１５校」, 備考 「（参考）R2：19校」 that looks like a value',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      widths(ws, [4, 40, 14, 14, 26]);
      merge(ws, 1, 1, 1, 5, '令和３年度　GIGAスクール構想推進計画　成果指標評価表');
      put(ws, 3, 1, ['No.', '成果指標', '目標', '実績', '備考']);
      const rows: (string | number)[][] = [
        [1, '端末の持ち帰り学習を実施した学校数', '全校', '２７校', '（参考）R2：3校'],
        [2, '遠隔合同授業の実施校数', '拡充', '８校', '（参考）R2：19校（臨時休業時を含む）'],
        [3, 'ICTを活用して指導できる教員の割合', '７５％', '７２．６％', '（参考）全国平均 75.3％'],
        [4, 'スクール・サポート・スタッフの配置校数', '１５校', '１５校', '国庫補助 1/3'],
      ];
      rows.forEach((row, i) => put(ws, 4 + i, 1, row));
      wrap(ws, 3, 1, 7, 5);
      box(ws, 3, 1, 7, 5);
    },
    expected: { file: 'h179-t-mokuhyo-mojiretsu.xlsx', fiscalYear: 2021, indicators: expected, groups: [] },
  };
})();

/** 年度別推移, 評価対象年度：令和４年度, a 令和５年度（９月末現在） column filled, ％ as fractions under a % format, 方向 ↓. */
const laterYear: Holdout2Workbook = (() => {
  const S = '年度別推移';
  const expected: ExpectedIndicator[] = [
    ind(S, '家庭の通信環境が整っている児童生徒の割合', '％', 98, 96.4),
    ind(S, '端末を毎日活用している学級の割合', '％', 90, 71.2),
    ind(S, 'ICT機器のトラブルに関する問合せ件数', '件', 1200, 1356, { direction: 'down' }),
  ];
  return {
    name: 'h179-t-nendo-suii-bunsu',
    layout: 'trap: 評価対象年度 令和４年度 in a cell, 令和５年度（９月末現在） already filled, ％ stored as fractions (0.964 → 96.4 %), 方向 ↓',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      widths(ws, [40, 6, 6, 11, 11, 11, 11, 11, 14]);
      merge(ws, 1, 1, 1, 9, '学校ICT環境・活用状況の年度別推移');
      put(ws, 2, 1, ['評価対象年度：令和４年度']);
      put(ws, 4, 1, [
        '指標名',
        '単位',
        '方向',
        '令和２年度実績',
        '令和３年度実績',
        '令和４年度目標',
        '令和４年度実績',
        '令和５年度目標',
        '令和５年度実績（９月末現在）',
      ]);
      const rows: (string | number)[][] = [
        ['家庭の通信環境が整っている児童生徒の割合', '％', '↑', 0.912, 0.948, 0.98, 0.964, 1, 0.981],
        ['端末を毎日活用している学級の割合', '％', '↑', 0.305, 0.556, 0.9, 0.712, 0.95, 0.93],
        ['ICT機器のトラブルに関する問合せ件数', '件', '↓', 2310, 1804, 1200, 1356, 1000, 510],
      ];
      rows.forEach((row, i) => put(ws, 5 + i, 1, row));
      for (let r = 5; r <= 6; r++) for (let c = 4; c <= 9; c++) ws.getCell(r, c).numFmt = '0.0%';
      for (let c = 4; c <= 9; c++) ws.getCell(7, c).numFmt = '#,##0';
      wrap(ws, 4, 1, 4, 9);
      box(ws, 4, 1, 7, 9);
      put(ws, 9, 1, ['※令和５年度実績は９月末現在の速報値（問合せ件数は４～９月の累計）。']);
    },
    expected: { file: 'h179-t-nendo-suii-bunsu.xlsx', fiscalYear: 2022, indicators: expected, groups: [] },
  };
})();

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, wordTargets, laterYear];
