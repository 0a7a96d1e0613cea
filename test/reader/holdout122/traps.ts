/**
 * Hold-out set 122, three traps a careless reader falls into with 防犯・交通安全 sheets: a 令和６年度 成果指標 table whose
 * headings put 令和４年度・令和５年度 実績, 令和６年度 目標／実績 under a merged heading and a 令和７年度目標（最終） side by side,
 * with 備考 that look like values (「前年比▲11件」「令和6年12月末暫定値 684件」 beside a 集計中); a 防犯環境整備 進捗管理表 with
 * 単年度 and 累計 実績 columns where the 目標の区分 says which one counts, ％ stored as fractions and a 達成率 column; and a
 * 交通安全計画 評価調書 whose targets are sometimes words (「前年より減少」「毎年度実施」), an actual 「－」 of a survey held every
 * other year with last time's ％ in the 備考, and a 見込み actual.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. Other years' columns: R4 and R5 実績, R6 目標／実績 under a merged heading, R7 目標（最終）; notes that look like values.

const SS = '成果指標';

const OTHER_ROWS: [number, string, string, string, number | string, number, number, number | string, number, string][] = [
  [1, '交通事故発生件数', '件', '↓', 402, 377, 360, 366, 340, '前年比▲11件'],
  [2, '高齢運転者が第一当事者となった交通事故件数', '件', '↓', 101, 97, 95, 88, 90, '全事故の24.0％'],
  [3, '子どもの交通事故死傷者数', '人', '↓', 47, 44, 40, 52, 35, 'うち自転車乗用中 31人'],
  [4, '自転車乗車時ヘルメット着用率', '％', '↑', '－', 11.2, 30, 18.5, 40, '令和5年4月から着用が努力義務化'],
  [5, '防犯ボランティア登録者数', '人', '↑', 1390, 1455, 1500, 1512, 1600, ''],
  [6, '刑法犯認知件数', '件', '↓', 702, 655, 640, '集計中', 600, '令和6年12月末暫定値 684件（確定値は県警公表後）'],
];

const otherYears: Holdout2Workbook = {
  name: 'h122-trap-other-years',
  layout: '令和６年度 成果指標: R4・R5 実績, R6 目標／実績 under a merged heading, R7 目標（最終） right after, notes with numbers, R6 実績 集計中',
  build(wb) {
    const ws = wb.addWorksheet(SS);
    widths(ws, [5, 36, 6, 6, 12, 12, 11, 11, 14, 36]);
    merge(ws, 1, 1, 1, 10, '令和６年度　交通安全・防犯　成果指標の達成状況');
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '指標名');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '方向');
    put(ws, 3, 5, ['令和４年度', '令和５年度']);
    merge(ws, 3, 7, 3, 8, '令和６年度');
    put(ws, 3, 9, ['令和７年度']);
    merge(ws, 3, 10, 4, 10, '備考');
    put(ws, 4, 5, ['実績', '実績', '目標', '実績', '目標（最終）']);
    OTHER_ROWS.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 3, 1, 4 + OTHER_ROWS.length, 10);
    wrap(ws, 5, 10, 4 + OTHER_ROWS.length, 10);
    put(ws, 6 + OTHER_ROWS.length, 1, ['※方向　↑：増加を目指す　↓：減少を目指す。事故・犯罪の件数は暦年（1月～12月）。']);
  },
  expected: {
    file: 'h122-trap-other-years.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(SS, '交通事故発生件数', '件', 360, 366, { direction: 'down' }),
      ind(SS, '高齢運転者が第一当事者となった交通事故件数', '件', 95, 88, { direction: 'down' }),
      ind(SS, '子どもの交通事故死傷者数', '人', 40, 52, { direction: 'down' }),
      ind(SS, '自転車乗車時ヘルメット着用率', '％', 30, 18.5),
      ind(SS, '防犯ボランティア登録者数', '人', 1500, 1512),
      ind(SS, '刑法犯認知件数', '件', 640, null, { direction: 'down', actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 累計 vs 単年度, fractions vs ％: the 目標の区分 says which 実績 column counts; a rate stored as a fraction under 0.0%.

const PM = '進捗管理表';

/** No., name, unit, 区分, target, 単年度, 累計／年度末, note; the ％ row is stored as fractions under 0.0%. */
const CUMUL_ROWS: [number, string, string, string, number, number | string, number | string, string][] = [
  [1, 'LED防犯灯整備数', '灯', '累計', 5000, 620, 4870, '平成29年度からの累計'],
  [2, '防犯カメラ設置台数', '台', '累計', 150, 18, 141, '市設置分'],
  [3, '防犯灯LED化率', '％', '年度末', 0.95, '－', 0.923, '町内会管理防犯灯のうちLED灯の割合'],
  [4, '防犯講習会開催回数', '回', '単年度', 24, 26, '－', ''],
  [5, '防犯パトロール実施回数', '回', '単年度', 520, 447, 2930, '累計欄は平成30年度からの通算（参考）'],
  [6, '自主防犯団体への活動補助件数', '件', '単年度', 45, 45, 212, '累計欄は参考'],
];

const cumulative: Holdout2Workbook = {
  name: 'h122-trap-ruikei-tannendo',
  layout: '進捗管理表: 単年度 and 累計 実績 columns, 目標の区分 (累計／年度末／単年度) says which counts, ％ stored as fractions, 達成率 column',
  build(wb) {
    const ws = wb.addWorksheet(PM);
    widths(ws, [5, 28, 6, 10, 14, 16, 18, 10, 34]);
    merge(ws, 1, 1, 1, 9, '令和５年度　防犯環境整備　進捗管理表');
    put(ws, 3, 1, [
      'No.',
      '指標名',
      '単位',
      '目標の区分',
      '令和５年度目標',
      '令和５年度実績\n（単年度）',
      '令和５年度末実績\n（累計・年度末）',
      '達成率',
      '備考',
    ]);
    wrap(ws, 3, 1, 3, 9);
    CUMUL_ROWS.forEach(([no, name, unit, kind, target, single, total, note], i) => {
      const r = 4 + i;
      put(ws, r, 1, [no, name, unit, kind, target, single, total, null, note]);
      const actual = kind === '単年度' ? single : total;
      const rate = ws.getCell(r, 8);
      rate.value = Math.round(((actual as number) / target) * 1000) / 1000;
      rate.numFmt = '0.0%';
      if (unit === '％') for (const c of [5, 7]) ws.getCell(r, c).numFmt = '0.0%';
      else for (const c of [5, 6, 7]) ws.getCell(r, c).numFmt = '#,##0';
    });
    box(ws, 3, 1, 3 + CUMUL_ROWS.length, 9);
    put(ws, 5 + CUMUL_ROWS.length, 1, ['※目標の区分が「累計」「年度末」の指標は年度末の累計実績で、「単年度」の指標は単年度の実績で達成率を算出']);
  },
  expected: {
    file: 'h122-trap-ruikei-tannendo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(PM, 'LED防犯灯整備数', '灯', 5000, 4870),
      ind(PM, '防犯カメラ設置台数', '台', 150, 141),
      ind(PM, '防犯灯LED化率', '％', 95, 92.3),
      ind(PM, '防犯講習会開催回数', '回', 24, 26),
      ind(PM, '防犯パトロール実施回数', '回', 520, 447),
      ind(PM, '自主防犯団体への活動補助件数', '件', 45, 45),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. Targets that are not numbers, a 「－」 actual with last time's figure in the 備考, a 見込み actual, 評価 by the department.

const HC = '評価調書';

const TEXT_ROWS: [number, string, string, string, string | number, string | number, string | number, string, string][] = [
  [1, '交通事故死者数', '人', '減少', 6, '前年より減少', 4, 'A', '令和3年：5人'],
  [2, '交通事故発生件数', '件', '減少', 356, 300, 318, 'B', ''],
  [3, '通学路合同点検の実施回数', '回', '増加', 1, '毎年度実施', 1, 'A', '市内全小学校区で実施'],
  [4, '交通安全教室参加者数', '人', '増加', '4,980', '6,000', '6,240', 'A', 'うち高齢者向け 1,120人'],
  [5, '反射材配布数', '枚', '増加', '3,200', '5,000', '4,800\n（見込み）', 'B', '3月配布分は集計前'],
  [6, '地域の防犯活動に参加した市民の割合', '％', '増加', 22.8, 30, '－', '－', '市民意識調査は隔年実施（令和3年度 24.6％）'],
];

const textTarget: Holdout2Workbook = {
  name: 'h122-trap-text-target',
  layout: '評価調書: targets 「前年より減少」「毎年度実施」, a 「－」 actual with the other year’s ％ in 備考, a 見込み actual, notes with numbers, 評価 A–D',
  build(wb) {
    const ws = wb.addWorksheet(HC);
    widths(ws, [5, 32, 6, 10, 14, 14, 16, 7, 36]);
    merge(ws, 1, 1, 1, 9, '令和４年度　○○市交通安全計画　実施状況評価調書');
    put(ws, 3, 1, ['No.', '指標', '単位', '目標の方向', '基準値（令和２年）', '目標', '令和４年度実績', '評価', '備考']);
    TEXT_ROWS.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 3 + TEXT_ROWS.length, 9);
    wrap(ws, 4, 2, 3 + TEXT_ROWS.length, 9);
    put(ws, 5 + TEXT_ROWS.length, 1, ['※評価　A：目標達成　B：概ね達成　C：やや不十分　D：不十分　－：評価対象外']);
  },
  expected: {
    file: 'h122-trap-text-target.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(HC, '交通事故死者数', '人', null, 4, { direction: 'down', existing: 'A' }),
      ind(HC, '交通事故発生件数', '件', 300, 318, { direction: 'down', existing: 'B' }),
      ind(HC, '通学路合同点検の実施回数', '回', null, 1, { existing: 'A' }),
      ind(HC, '交通安全教室参加者数', '人', 6000, 6240, { existing: 'A' }),
      ind(HC, '反射材配布数', '枚', 5000, 4800, { existing: 'B', actualStatus: 'provisional' }),
      ind(HC, '地域の防犯活動に参加した市民の割合', '％', 30, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, cumulative, textTarget];
