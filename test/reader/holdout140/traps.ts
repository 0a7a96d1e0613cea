/** Hold-out 140, traps a careless reader falls into in 自殺対策・精神保健・依存症対策 workbooks. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/** A 令和６年度 評価シート of 令和５年度実績: 令和４年度実績 before, 令和６年度 目標 and 実績（9月末現在） after, 評価 written. */
const otherYears: Holdout2Workbook = {
  name: 'h140-trap-r6-sheet-r5-results',
  layout: 'trap: 令和６年度 評価シート（令和５年度実績）, R4 実績 and R6 目標／実績（9月末現在） columns filled, 評価 A–D written',
  build(wb) {
    const ws = wb.addWorksheet('計画評価');
    widths(ws, [34, 6, 6, 12, 12, 12, 12, 14, 8, 20]);
    merge(ws, 1, 1, 1, 10, '令和６年度　第２次自殺対策計画　評価シート（令和５年度実績）');
    merge(ws, 3, 1, 4, 1, '評価指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 4, 3, '方向');
    put(ws, 3, 4, ['令和４年度']);
    merge(ws, 3, 5, 3, 6, '令和５年度');
    merge(ws, 3, 7, 3, 8, '令和６年度');
    merge(ws, 3, 9, 4, 9, '評価');
    merge(ws, 3, 10, 4, 10, '備考');
    put(ws, 4, 4, ['実績値', '目標値', '実績値', '目標値', '実績値\n（9月末現在）']);
    const rows: (string | number)[][] = [
      ['自殺者数', '人', '↓', 21, 18, 19, 17, 8, 'B', '暦年（令和６年は1～9月）'],
      ['SOSの出し方に関する教育の実施校数', '校', '↑', 10, 12, 12, 12, 5, 'A', ''],
      ['依存症に関する相談件数', '件', '↑', 52, 60, 49, 65, 31, 'A', 'アルコール・薬物・ギャンブル等'],
      ['睡眠による休養を十分とれていない人の割合', '％', '↓', 23.8, 20.0, 22.6, 19.0, '－', 'B', '市民健康意識調査'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 3, 1, 8, 10);
    wrap(ws, 3, 1, 8, 10);
    put(ws, 10, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
    put(ws, 11, 1, ['※評価　A：目標達成　B：目標の80％以上　C：60％以上　D：60％未満']);
  },
  expected: {
    file: 'h140-trap-r6-sheet-r5-results.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('計画評価', '自殺者数', '人', 18, 19, { direction: 'down', existing: 'B' }),
      ind('計画評価', 'SOSの出し方に関する教育の実施校数', '校', 12, 12, { existing: 'A' }),
      ind('計画評価', '依存症に関する相談件数', '件', 60, 49, { existing: 'A' }),
      ind('計画評価', '睡眠による休養を十分とれていない人の割合', '％', 20, 22.6, { direction: 'down', existing: 'B' }),
    ],
    groups: [],
  },
};

/** 令和２年度 成果指標評価表: targets 「増加」 (no number), ％ stored as fractions, a 備考 「（参考）令和元年度 14.8」. */
const wordTargets: Holdout2Workbook = {
  name: 'h140-trap-word-targets-fractions',
  layout: 'trap: 成果指標評価表 (令和２年度), 目標 「増加」 and 「減少」 words, ％ as fractions under a % format, 参考 figures in 備考',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [40, 8, 12, 12, 28]);
    merge(ws, 1, 1, 1, 5, '令和２年度　成果指標評価表（こころの健康）');
    put(ws, 3, 1, ['成果指標', '単位', '目標値', '実績値', '備考']);
    const rows: [string, string, string | number, number, string][] = [
      ['こころの体温計（メンタルチェック）アクセス数', '件', '増加', 12480, '（参考）令和元年度 9,870件'],
      ['自殺対策に関する市民の認知度', '％', 0.5, 0.432, '市民意識調査（令和２年11月）'],
      ['ゲートキーパー研修で「理解できた」と答えた人の割合', '％', 0.9, 0.874, '研修後アンケート（回答 212人）'],
      ['精神保健福祉手帳の新規交付件数', '件', '－', 186, '目標設定なし（参考指標）'],
    ];
    rows.forEach((row, i) => {
      put(ws, 4 + i, 1, row);
      if (row[1] === '％') for (const c of [3, 4]) ws.getCell(4 + i, c).numFmt = '0.0%';
    });
    box(ws, 3, 1, 7, 5);
    wrap(ws, 3, 1, 7, 5);
  },
  expected: {
    file: 'h140-trap-word-targets-fractions.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind('成果指標', 'こころの体温計（メンタルチェック）アクセス数', '件', null, 12480),
      ind('成果指標', '自殺対策に関する市民の認知度', '％', 50, 43.2),
      ind('成果指標', 'ゲートキーパー研修で「理解できた」と答えた人の割合', '％', 90, 87.4),
      ind('成果指標', '精神保健福祉手帳の新規交付件数', '件', null, 186),
    ],
    groups: [],
  },
};

/** 令和３年度 進捗管理表: 累計 indicators with the year's own figure in the cell 「1,046⏎（うち令和3年度 176）」, 前年度実績, a 集計中. */
const cumulative: Holdout2Workbook = {
  name: 'h140-trap-cumulative-notes',
  layout: 'trap: 令和３年度 進捗管理表, 累計 actuals with 「（うち令和3年度 176）」 in the cell, 前年度実績 column, 集計中（3月分未確定）',
  build(wb) {
    const ws = wb.addWorksheet('進捗管理');
    widths(ws, [34, 6, 14, 14, 20, 26]);
    merge(ws, 1, 1, 1, 6, '令和３年度　自殺対策事業　進捗管理表');
    put(ws, 3, 1, ['指標', '単位', '前年度実績\n（令和2年度）', '目標値\n（令和3年度）', '実績値\n（令和3年度）', '備考']);
    const rows: (string | number)[][] = [
      ['ゲートキーパー養成者数（累計）', '人', 870, '1,100', '1,046\n（うち令和3年度 176）', '平成29年度からの累計'],
      ['自死遺族相談 延べ件数', '件', 37, 40, 52, ''],
      ['自殺未遂者支援 連携件数（累計）', '件', 11, 30, 22, '令和元年度からの累計（うち令和3年度 11件）'],
      ['依存症家族教室 参加延べ人数', '人', 64, 80, '集計中（3月分未確定）', '2月末時点 58人'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 7, 6);
    wrap(ws, 3, 1, 7, 6);
  },
  expected: {
    file: 'h140-trap-cumulative-notes.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind('進捗管理', 'ゲートキーパー養成者数（累計）', '人', 1100, 1046),
      ind('進捗管理', '自死遺族相談 延べ件数', '件', 40, 52),
      ind('進捗管理', '自殺未遂者支援 連携件数（累計）', '件', 30, 22),
      ind('進捗管理', '依存症家族教室 参加延べ人数', '人', 80, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, wordTargets, cumulative];
