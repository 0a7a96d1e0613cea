/**
 * Hold-out 166, traps: a 令和７年度 行政評価 of 令和６年度実績 with 令和４・５年度実績 before and 令和７年度目標 after the evaluated
 * columns, a 集計中 and a 「前年度以上」 target, a 目指す方向 減少; a 若者自立支援プラン 成果指標評価 with 単年度 and 累計 実績 side
 * by side against 累計 targets, ％ stored as fractions and 備考 full of figures; a ひきこもり対策 評価表 in full-width digits with
 * units in the cells, a 「－」 target, a 「（うち新規１か所）」 note in the 実績 cell and ○× whose legend gives no bands.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- other years' columns
const T1 = '成果指標';
const otherYears: Holdout2Workbook = {
  name: 'h166-gyosei-hyoka-r6-jisseki',
  layout: '令和７年度 行政評価 (令和６年度実績): 令和４・５年度実績 before and 令和７年度目標 after, 集計中, 「前年度以上」 target, 目指す方向 減少',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    widths(ws, [5, 34, 6, 10, 11, 11, 11, 11, 11, 30]);
    merge(ws, 1, 1, 1, 10, '令和７年度　行政評価　成果指標の状況（令和６年度実績）');
    put(ws, 2, 1, ['評価対象年度：令和６年度　　施策：若者の自立と就労の支援']);
    put(ws, 4, 1, [
      'No.',
      '成果指標',
      '単位',
      '目指す方向',
      '令和４年度\n実績',
      '令和５年度\n実績',
      '令和６年度\n目標',
      '令和６年度\n実績',
      '令和７年度\n目標',
      '備考',
    ]);
    const rows: (string | number)[][] = [
      [1, '若者就労支援センター来所者数', '人', '増加', 968, 1020, 1100, 1045, 1150, '延べ人数'],
      [2, '就労支援による就職決定者数', '人', '増加', 76, 84, 90, '集計中', 95, 'ハローワーク集計待ち（9月確定予定）'],
      [3, 'ひきこもり当事者の居場所開設数', 'か所', '増加', 3, 4, '前年度以上', 5, '前年度以上', '令和６年度に南地区で1か所開設'],
      [4, '支援者向け研修の受講者数', '人', '増加', 48, 55, 60, 63, 65, '民生委員・相談支援専門員等'],
      [5, 'ひきこもり相談の初回面談までの平均待ち日数', '日', '減少', 14, 12, 10, 11, 9, '予約受付から初回面談までの日数'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    for (let r = 5; r <= 9; r++) for (let c = 5; c <= 9; c++) ws.getCell(r, c).numFmt = '#,##0';
    wrap(ws, 4, 1, 9, 10);
    box(ws, 4, 1, 9, 10);
  },
  expected: {
    file: 'h166-gyosei-hyoka-r6-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T1, '若者就労支援センター来所者数', '人', 1100, 1045),
      ind(T1, '就労支援による就職決定者数', '人', 90, null, { actualStatus: 'pending' }),
      ind(T1, 'ひきこもり当事者の居場所開設数', 'か所', null, 5),
      ind(T1, '支援者向け研修の受講者数', '人', 60, 63),
      ind(T1, 'ひきこもり相談の初回面談までの平均待ち日数', '日', 10, 11, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 累計 vs 単年度, fractions, notes with figures
const T2 = '成果指標評価';
const cumulativeRates: Holdout2Workbook = {
  name: 'h166-jiritsu-plan-ruikei-wariai',
  layout:
    '若者自立支援プラン 成果指標評価 (令和３年度): 単年度 and 累計 実績 side by side against 累計 targets, ％ as fractions under a % format, 備考 with figures',
  build(wb) {
    const ws = wb.addWorksheet(T2);
    widths(ws, [5, 36, 6, 14, 10, 10, 34]);
    merge(ws, 1, 1, 1, 7, '令和３年度　若者自立支援プラン　成果指標評価');
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '指標名');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '目標値\n（令和３年度）');
    merge(ws, 3, 5, 3, 6, '実績値（令和３年度）');
    put(ws, 4, 5, ['単年度', '累計']);
    merge(ws, 3, 7, 4, 7, '備考');
    const rows: (string | number)[][] = [
      [1, 'ひきこもりサポーター養成者数（累計）', '人', 150, 32, 138, '平成30年度からの累計（目標も累計）'],
      [2, '就職後１年定着率', '％', 0.8, 0.852, '－', '前年度 78.9％'],
      [3, '就労体験参加者の就職率', '％', 0.5, 0.46, '－', '参加者50人中23人が就職'],
      [4, '若年者職業相談件数', '件', 480, 455, '－', 'うちオンライン相談 126件'],
      [5, '就労準備支援事業の新規利用者数（累計）', '人', 60, 14, 47, '令和元年度からの累計'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    for (const r of [6, 7]) for (const c of [4, 5]) ws.getCell(r, c).numFmt = '0.0%';
    wrap(ws, 3, 1, 9, 7);
    box(ws, 3, 1, 9, 7);
    merge(ws, 11, 1, 11, 7, '※累計指標は累計実績を、それ以外は単年度実績を目標値と比較する。');
  },
  expected: {
    file: 'h166-jiritsu-plan-ruikei-wariai.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(T2, 'ひきこもりサポーター養成者数（累計）', '人', 150, 138),
      ind(T2, '就職後１年定着率', '％', 80, 85.2),
      ind(T2, '就労体験参加者の就職率', '％', 50, 46),
      ind(T2, '若年者職業相談件数', '件', 480, 455),
      ind(T2, '就労準備支援事業の新規利用者数（累計）', '人', 60, 47),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- full-width, notes, ○×, －
const T3 = '評価表';
const marksNotes: Holdout2Workbook = {
  name: 'h166-hikikomori-hyokahyo-marks',
  layout:
    'ひきこもり対策 評価表 (令和４年度): 「５２３件」 full-width with units, a 「－」 target, 「３か所⏎（うち新規１か所）」, ○× with a legend of words alone',
  build(wb) {
    const ws = wb.addWorksheet(T3);
    widths(ws, [6, 36, 12, 16, 10, 30]);
    merge(ws, 1, 1, 1, 6, '令和４年度　ひきこもり対策推進事業　評価表');
    put(ws, 3, 1, ['番号', '評価指標', '目標', '実績', '達成状況', '備考']);
    const rows: string[][] = [
      ['１', 'ひきこもり相談延べ件数', '５００件', '５２３件', '○', '（前年度 ４８７件）'],
      ['２', '家族会の開催回数', '１２回', '１０回', '×', '新型コロナの影響で２回中止'],
      ['３', '訪問支援の実人数', '－', '１８人', '－', '目標未設定'],
      ['４', '中間的就労の場の数', '３か所', '３か所\n（うち新規１か所）', '○', '農園・清掃作業'],
      ['５', 'ひきこもり支援に関する講演会参加者数', '２００人', '１３６人', '×', '定員２５０人'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 8, 6);
    box(ws, 3, 1, 8, 6);
    merge(ws, 10, 1, 10, 6, '※達成状況　○：目標を達成　×：目標に届かず　－：目標未設定');
  },
  expected: {
    file: 'h166-hikikomori-hyokahyo-marks.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T3, 'ひきこもり相談延べ件数', '件', 500, 523, { existing: '○' }),
      ind(T3, '家族会の開催回数', '回', 12, 10, { existing: '×' }),
      ind(T3, '訪問支援の実人数', '人', null, 18),
      ind(T3, '中間的就労の場の数', 'か所', 3, 3, { existing: '○' }),
      ind(T3, 'ひきこもり支援に関する講演会参加者数', '人', 200, 136, { existing: '×' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, cumulativeRates, marksNotes];
