/** Hold-out 186, traps: other years' columns, a target that is not a number with ％ stored as fractions, 累計 vs 単年度. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

const S_Y = '成果指標の状況';

const otherYears: Holdout2Workbook = {
  name: 'h186-seika-other-years',
  layout: "令和５年度 成果指標の状況: 令和３・４年度実績 and 令和６年度 目標／実績（６月末現在）columns already filled beside the year's 目標／実績",
  build(wb) {
    const ws = wb.addWorksheet(S_Y);
    widths(ws, [30, 6, 11, 11, 11, 11, 11, 14, 20]);
    merge(ws, 1, 1, 1, 9, '令和５年度　勤労者福祉施策　成果指標の状況');
    merge(ws, 2, 1, 3, 1, '指標名');
    merge(ws, 2, 2, 3, 2, '単位');
    put(ws, 2, 3, ['令和３年度', '令和４年度']);
    merge(ws, 2, 5, 2, 6, '令和５年度');
    merge(ws, 2, 7, 2, 8, '令和６年度');
    merge(ws, 2, 9, 3, 9, '備考');
    put(ws, 3, 3, ['実績', '実績', '目標', '実績', '目標', '実績（６月末現在）']);
    put(ws, 4, 1, ['労働相談件数', '件', 355, 388, 400, 437, 420, 112]);
    put(ws, 5, 1, ['勤労者福祉サービスセンター会員数', '人', 3122, 3260, 3300, 2980, 3350, 2941, '大口事業所の退会あり']);
    put(ws, 6, 1, ['男性の育児休業取得率', '％', 9.6, 11.2, 25.0, 13.8, 30.0, '－', '事業所調査（年１回）']);
    box(ws, 2, 1, 6, 9);
    wrap(ws, 2, 1, 6, 9);
  },
  expected: {
    file: 'h186-seika-other-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S_Y, '労働相談件数', '件', 400, 437),
      ind(S_Y, '勤労者福祉サービスセンター会員数', '人', 3300, 2980),
      ind(S_Y, '男性の育児休業取得率', '％', 25.0, 13.8),
    ],
    groups: [],
  },
};

const S_F = '成果指標評価表';

const textTarget: Holdout2Workbook = {
  name: 'h186-target-text-fraction',
  layout:
    '令和３年度 成果指標評価表: ％ stored as fractions shown 0.0%, a target 「前年度実績以上」 with no figure, a 備考 「令和２年度比＋５」 that looks like a value',
  build(wb) {
    const ws = wb.addWorksheet(S_F);
    widths(ws, [34, 8, 16, 12, 12, 26]);
    merge(ws, 1, 1, 1, 6, '成果指標評価表（令和３年度）　労働環境改善の推進');
    put(ws, 3, 1, ['成果指標', '単位', '目標値', '実績値', '評価', '備考']);
    put(ws, 4, 1, ['年次有給休暇取得率', '％', 0.65, 0.581, undefined, '事業所アンケート']);
    ws.getCell(4, 3).numFmt = '0.0%';
    ws.getCell(4, 4).numFmt = '0.0%';
    put(ws, 5, 1, ['労働相談件数', '件', '前年度実績以上', 356]);
    put(ws, 6, 1, ['職場復帰支援プログラム導入事業所数', '事業所', 20, 23, undefined, '令和２年度比＋５']);
    put(ws, 7, 1, ['ハラスメント相談窓口設置事業所の割合', '％', 0.5, 0.362, undefined, '従業員30人以上の事業所']);
    ws.getCell(7, 3).numFmt = '0.0%';
    ws.getCell(7, 4).numFmt = '0.0%';
    box(ws, 3, 1, 7, 6);
    put(ws, 9, 1, ['※評価欄は評価委員会で記入する。']);
  },
  expected: {
    file: 'h186-target-text-fraction.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(S_F, '年次有給休暇取得率', '％', 65.0, 58.1),
      ind(S_F, '労働相談件数', '件', null, 356),
      ind(S_F, '職場復帰支援プログラム導入事業所数', '事業所', 20, 23),
      ind(S_F, 'ハラスメント相談窓口設置事業所の割合', '％', 50.0, 36.2),
    ],
    groups: [],
  },
};

const S_R = '進捗管理';

const cumulative: Holdout2Workbook = {
  name: 'h186-ruikei-tannendo',
  layout: '令和７年度 進捗管理: 目標値 with 目標の考え方 「令和９年度までの累計」／「毎年度」, 令和７年度実績（単年度） beside 累計実績（令和７年度末）',
  build(wb) {
    const ws = wb.addWorksheet(S_R);
    widths(ws, [34, 6, 10, 20, 16, 18, 24]);
    merge(ws, 1, 1, 1, 7, '働きやすい職場づくり推進事業　進捗管理表（令和７年度）');
    put(ws, 3, 1, ['指標名', '単位', '目標値', '目標の考え方', '令和７年度実績（単年度）', '累計実績（令和７年度末）', '備考']);
    put(ws, 4, 1, ['ワーク・ライフ・バランス推進認定企業数（累計）', '社', 120, '令和９年度までの累計', 14, 97, '令和３年度からの累計']);
    put(ws, 5, 1, ['労働講座受講者数', '人', 500, '毎年度', 468, '－']);
    put(ws, 6, 1, ['就労支援セミナー開催回数', '回', 12, '毎年度', 12, '－', 'うちオンライン４回']);
    put(ws, 7, 1, ['労働相談員研修修了者数（累計）', '人', 30, '令和９年度までの累計', 6, 31, '目標を前倒しで達成']);
    box(ws, 3, 1, 7, 7);
    wrap(ws, 3, 1, 7, 7);
  },
  expected: {
    file: 'h186-ruikei-tannendo.xlsx',
    fiscalYear: 2025,
    indicators: [
      { ...ind(S_R, 'ワーク・ライフ・バランス推進認定企業数（累計）', '社', 120, 97), targetSource: 'final' },
      ind(S_R, '労働講座受講者数', '人', 500, 468),
      ind(S_R, '就労支援セミナー開催回数', '回', 12, 12),
      { ...ind(S_R, '労働相談員研修修了者数（累計）', '人', 30, 31), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, textTarget, cumulative];
