/** Hold-out 171, traps: things a careless reader of 歯科保健・口腔保健・フレイル予防 sheets gets wrong. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/**
 * A 令和４年度 進捗管理表 with a 令和5年度（9月末現在） column already filled, a 単年度 and a 累計 row of the same 教室, a
 * 「－」 target of a new 事業 (the next year has one), and a ％ stored as fractions under a % format.
 */
const S1 = '進捗管理';
const progress: Holdout2Workbook = {
  name: 'h171-t-oral-frail-shincho',
  layout: 'trap: 令和４年度評価 with 令和5年度（9月末現在） filled, 単年度 vs 累計 rows, 「－」 target of a 新規事業, ％ as fractions',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    widths(ws, [34, 6, 6, 9, 9, 9, 9, 9, 9, 9, 9, 30]);
    merge(ws, 1, 1, 1, 12, 'オーラルフレイル対策事業　進捗管理表（令和４年度評価）');
    merge(ws, 3, 1, 4, 1, '指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 4, 3, '方向');
    merge(ws, 3, 4, 3, 5, '令和2年度');
    merge(ws, 3, 6, 3, 7, '令和3年度');
    merge(ws, 3, 8, 3, 9, '令和4年度');
    merge(ws, 3, 10, 3, 11, '令和5年度（9月末現在）');
    merge(ws, 3, 12, 4, 12, '備考');
    put(ws, 4, 4, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number)[][] = [
      ['健口教室参加者数（単年度）', '人', '↑', 250, 98, 280, 233, 300, 276, 300, 158, 'R2は新型コロナにより5回中止'],
      ['健口教室参加者数（累計）', '人', '↑', 250, 98, 530, 331, 830, 607, 1130, 765, '令和2年度からの累計'],
      ['歯科衛生士による訪問指導件数', '件', '↑', '－', '－', '－', '－', '－', 88, 100, 52, '令和4年度新規事業のため目標値未設定'],
      ['口腔機能低下の疑いがある者の割合', '％', '↓', 0.28, 0.301, 0.27, 0.285, 0.25, 0.271, 0.24, 0.262, '基本チェックリスト（口腔機能）該当者の割合'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    for (let c = 4; c <= 11; c++) ws.getCell(8, c).numFmt = '0.0%';
    wrap(ws, 3, 1, 8, 12);
    box(ws, 3, 1, 8, 12);
    put(ws, 10, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
    put(ws, 11, 1, ['※令和5年度は9月末現在の速報値（参考）']);
  },
  expected: {
    file: 'h171-t-oral-frail-shincho.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(S1, '健口教室参加者数（単年度）', '人', 300, 276),
      ind(S1, '健口教室参加者数（累計）', '人', 830, 607),
      ind(S1, '歯科衛生士による訪問指導件数', '件', null, 88),
      ind(S1, '口腔機能低下の疑いがある者の割合', '％', 25, 27.1, { direction: 'down' }),
    ],
    groups: [],
  },
};

/**
 * A 令和元年度 成果指標評価表 with full-width figures, a 「50％以上」 target, a 「県平均以上」 target with the 県平均 in 備考,
 * 参考 figures of the year before in 備考, a 未実施, and its own scale (Ａ 100 / Ｂ 80 / Ｃ 50 %) that grades 56 % C.
 */
const S2 = '評価表';
const ownScale: Holdout2Workbook = {
  name: 'h171-t-shika-seika-hyoka',
  layout:
    'trap: 令和元年度 成果指標評価表, 「１，３１８」, 「50％以上」, 「県平均以上」 with 県平均 58.9％ in 備考, 参考 H30 figure in 備考, 未実施, own 100/80/50 scale',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    widths(ws, [5, 34, 6, 12, 12, 10, 6, 40]);
    merge(ws, 1, 1, 1, 8, '令和元年度　歯科口腔保健事業　成果指標評価表');
    put(ws, 2, 7, ['健康増進課']);
    put(ws, 3, 1, ['No.', '指標名', '単位', '目標値', '実績値', '達成率', '評価', '備考']);
    const rows: (string | number)[][] = [
      [1, '歯周疾患検診受診者数', '人', '１，５００', '１，３１８', '87.9％', 'B', '（参考）平成30年度実績　1,402人'],
      [2, '8020達成者の割合', '％', '50％以上', '51.2％', '102.4％', 'A', '80歳で20本以上の歯を有する者（県歯科医師会調べ）'],
      [3, '乳幼児フッ化物塗布率', '％', '県平均以上', '64.3', '－', '－', '県平均　58.9％（平成30年度）'],
      [4, '歯科保健講演会参加者数', '人', 200, '１１２', '56.0％', 'C', '台風接近により1回を縮小開催'],
      [5, '高齢者施設口腔ケア研修会の開催回数', '回', 4, '未実施', '－', 'D', '講師（歯科医師会）との日程調整がつかず実施できなかった'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
    put(ws, 10, 1, ['評価基準　Ａ：100％以上　Ｂ：80％以上　Ｃ：50％以上　Ｄ：50％未満']);
  },
  expected: {
    file: 'h171-t-shika-seika-hyoka.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(S2, '歯周疾患検診受診者数', '人', 1500, 1318, { existing: 'B' }),
      ind(S2, '8020達成者の割合', '％', 50, 51.2, { existing: 'A' }),
      ind(S2, '乳幼児フッ化物塗布率', '％', null, 64.3),
      // 112 / 200 = 56 %: C on the sheet's own scale (Ｃ：50％以上), D on the default one.
      { ...ind(S2, '歯科保健講演会参加者数', '人', 200, 112, { existing: 'C' }), grade: 'C' },
      ind(S2, '高齢者施設口腔ケア研修会の開催回数', '回', 4, null, { actualStatus: 'not-implemented', existing: 'D' }),
    ],
    groups: [],
  },
};

/**
 * A 第８期介護保険事業計画 自己評価シート: 3か年累計 targets beside 令和3・4・5年度 single-year actuals and a 累計 column, a
 * rate whose target is the R5 value (累計 「－」), and ◎○△× with bands alone.
 */
const S3 = 'フレイル対策';
const cumulative: Holdout2Workbook = {
  name: 'h171-t-frail-ruikei',
  layout:
    'trap: 第８期計画 自己評価 (令和５年度), 目標「60（3か年累計）」 vs 令和5年度 single-year actuals and a 累計 column, a rate with 累計 「－」, ◎○△ by bands alone',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    widths(ws, [16, 30, 6, 16, 10, 10, 10, 10, 9, 8]);
    merge(ws, 1, 1, 1, 10, '第８期介護保険事業計画　介護予防・フレイル対策の取組と目標　自己評価シート（令和５年度）');
    put(ws, 3, 1, ['取組', '指標', '単位', '目標（R3～R5）', '令和3年度', '令和4年度', '令和5年度', '累計', '達成率', '自己評価']);
    const rows: (string | number | undefined)[][] = [
      ['通いの場の充実', '通いの場の新規立ち上げ数', 'か所', '60（3か年累計）', 18, 21, 19, 58, '96.7%', '○'],
      [undefined, 'フレイルチェック実施者数', '人', '1,500（3か年累計）', 412, 538, 682, 1632, '108.8%', '◎'],
      ['口腔機能の向上', '口腔機能向上プログラム修了者数', '人', '450（3か年累計）', 82, 104, 115, 301, '66.9%', '△'],
      [undefined, '後期高齢者歯科健診受診率', '％', '15.0（R5）', 10.8, 12.1, 13.2, '－', '88.0%', '○'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    merge(ws, 4, 1, 5, 1, '通いの場の充実');
    merge(ws, 6, 1, 7, 1, '口腔機能の向上');
    wrap(ws, 3, 1, 7, 10);
    box(ws, 3, 1, 7, 10);
    put(ws, 9, 1, ['※自己評価　◎：100％以上　○：80％以上　△：60％以上　×：60％未満']);
    put(ws, 10, 1, ['※累計指標の達成率は3か年の累計実績÷計画期間目標、受診率は令和5年度実績÷目標']);
  },
  expected: {
    file: 'h171-t-frail-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '通いの場の新規立ち上げ数', 'か所', 60, 58, { existing: '○' }),
      ind(S3, 'フレイルチェック実施者数', '人', 1500, 1632, { existing: '◎' }),
      ind(S3, '口腔機能向上プログラム修了者数', '人', 450, 301, { existing: '△' }),
      ind(S3, '後期高齢者歯科健診受診率', '％', 15.0, 13.2, { existing: '○' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [progress, ownScale, cumulative];
