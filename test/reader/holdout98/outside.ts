/**
 * Hold-out 98, four layouts outside the families, each mixing kinds of period: years as rows with a 集計期間 row per indicator
 * (年度, 暦年, 3月31日現在, 隔年 survey); an education board's 点検・評価 as label-value cards whose 集計時点 is a 学年度, 5月1日
 * (学校基本調査), 3月1日 or 4月 (全国学力調査); two panels side by side, 年度 columns 「R5年度｜R6年度」 on the left and
 * 「2023年｜2024年」 on the right; a 介護保険事業計画 split into a 計画目標 sheet and an R6実績 sheet joined by 番号, with a 時点
 * per actual (R6.9末, R7.3.31, R6.10.1).
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { boxes, head, merge, statusInd, widths, wrap } from './families';

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ---------------------------------------------------------------------------------------------------------------------
// Years as rows: one column per indicator, a 集計期間 and a 目指す方向 row under the names, a 目標値 row at the bottom.

const Y_SHEET = '指標の推移';

interface Column {
  name: string;
  unit: string;
  period: string;
  aim: '↑' | '↓';
  values: (number | string)[];
  target: number;
}

const COLUMNS: Column[] = [
  { name: '特定健康診査受診率', unit: '％', period: '年度', aim: '↑', values: [38.5, 33.1, 36.0, 38.9, 40.3, '41.2（速報値）'], target: 45.0 },
  { name: '胃がん検診受診率', unit: '％', period: '年度', aim: '↑', values: [11.8, 8.9, 10.2, 11.0, 11.9, 12.4], target: 15.0 },
  { name: '自殺者数', unit: '人', period: '暦年', aim: '↓', values: [14, 12, 11, 13, 10, 9], target: 8 },
  { name: '健康寿命（平均自立期間・男性）', unit: '年', period: '年度', aim: '↑', values: [79.2, 79.4, 79.5, 79.9, 80.0, 80.1], target: 80.5 },
  { name: '総合型地域スポーツクラブ会員数', unit: '人', period: '3月31日現在', aim: '↑', values: [1610, 1422, 1530, 1688, 1755, 1842], target: 2000 },
  {
    name: '週1回以上スポーツをする成人の割合',
    unit: '％',
    period: '隔年\n（市民意識調査）',
    aim: '↑',
    values: [44.0, '－', 46.2, '－', 48.5, '－'],
    target: 55.0,
  },
  { name: '市体育施設の利用者数', unit: '千人', period: '年度', aim: '↑', values: [455, 281, 322, 371, 398, 412], target: 400 },
];

const Y_EXPECTED: ExpectedIndicator[] = [
  final({ ...ind(Y_SHEET, '特定健康診査受診率', '％', 45.0, 41.2), actualStatus: 'provisional' }),
  final(ind(Y_SHEET, '胃がん検診受診率', '％', 15.0, 12.4)),
  final(ind(Y_SHEET, '自殺者数', '人', 8, 9, { direction: 'down' })),
  final(ind(Y_SHEET, '健康寿命（平均自立期間・男性）', '年', 80.5, 80.1)),
  final(ind(Y_SHEET, '総合型地域スポーツクラブ会員数', '人', 2000, 1842)),
  statusInd(Y_SHEET, '週1回以上スポーツをする成人の割合', '％', 55.0, 'not-applicable', { targetSource: 'final' }),
  final(ind(Y_SHEET, '市体育施設の利用者数', '千人', 400, 412)),
];

const yearsAsRows: Holdout2Workbook = {
  name: 'h98-suii-kenko',
  layout:
    'years as rows (基準値（R元）, R2〜R6) under one column per indicator, 集計期間 row (年度, 暦年, 3月31日現在, 隔年 survey 「－」), ↑↓ row, 目標値（R7） row at the bottom, a 速報値',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [16, 14, 14, 14, 16, 16, 16, 14]);
    merge(ws, 1, 1, 1, 8, '健康づくり・スポーツ推進分野　指標の推移').font = { bold: true, size: 14 };
    put(ws, 2, 1, ['評価対象年度', '令和6年度']);
    merge(
      ws,
      3,
      1,
      3,
      8,
      '※集計期間は指標ごとに異なります。年度＝4月〜翌3月、暦年＝1月〜12月。「－」は調査を実施していない年。↑：増加を目指す　↓：減少を目指す',
    );
    ws.getRow(3).height = 30;
    head(ws, 5, 1, ['指標', ...COLUMNS.map((c) => c.name)]);
    ws.getRow(5).height = 45;
    head(ws, 6, 1, ['単位', ...COLUMNS.map((c) => c.unit)]);
    head(ws, 7, 1, ['集計期間', ...COLUMNS.map((c) => c.period)]);
    head(ws, 8, 1, ['目指す方向', ...COLUMNS.map((c) => c.aim)]);
    const years = ['基準値（R元）', 'R2', 'R3', 'R4', 'R5', 'R6'];
    years.forEach((y, i) => put(ws, 9 + i, 1, [y, ...COLUMNS.map((c) => c.values[i])]));
    put(ws, 15, 1, ['目標値（R7）', ...COLUMNS.map((c) => c.target)]);
    ws.getCell(15, 1).font = { bold: true };
    for (let r = 9; r <= 15; r++)
      for (let c = 2; c <= 8; c++) {
        const v = ws.getCell(r, c).value;
        if (typeof v === 'number' && Number.isInteger(v) && v >= 1000) ws.getCell(r, c).numFmt = '#,##0';
      }
    boxes(ws, 5, 1, 15, 8);
    merge(
      ws,
      17,
      1,
      17,
      8,
      '出典：特定健診は法定報告（R6は速報値）、がん検診は地域保健・健康増進事業報告、自殺者数は地域における自殺の基礎資料（暦年・住居地）',
    );
    const src = wb.addWorksheet('出典・備考');
    put(src, 1, 1, ['指標', '出典', '公表時期']);
    COLUMNS.forEach((c, i) =>
      put(src, 2 + i, 1, [c.name, i === 2 ? '厚生労働省「地域における自殺の基礎資料」' : '市調べ', i === 0 ? '翌年度11月（確定値）' : '翌年度6月']),
    );
  },
  expected: { file: 'h98-suii-kenko.xlsx', fiscalYear: 2024, indicators: Y_EXPECTED, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// Label-value cards: the education board's 点検・評価 of 令和5年度, one card per indicator with its 集計時点.

const K_SHEET = '点検評価シート';

interface Card {
  policy: string;
  name: string;
  unit: string;
  when: string;
  aim: '増加' | '減少';
  base: string;
  last: number;
  target: number;
  actual: number;
  rate: string;
  grade: string;
  remark: string;
}

const CARDS: Card[] = [
  {
    policy: '基本方針1 確かな学力と豊かな心の育成　(2) 不登校・いじめへの対応',
    name: '不登校児童生徒の割合（小・中学校）',
    unit: '％',
    when: '年度（児童生徒の問題行動・不登校等調査）',
    aim: '減少',
    base: '2.0（R3）',
    last: 2.2,
    target: 1.8,
    actual: 2.4,
    rate: '75.0%',
    grade: 'C',
    remark: '教育支援センターの定員を拡充したが、不登校児童生徒の割合は増加した。',
  },
  {
    policy: '基本方針1 確かな学力と豊かな心の育成　(1) 学力の向上',
    name: '全国学力・学習状況調査の平均正答率（全国平均＝100）',
    unit: 'ポイント',
    when: '毎年4月実施（全国学力・学習状況調査、小6・中3）',
    aim: '増加',
    base: '97.5（R3）',
    last: 98.0,
    target: 100,
    actual: 98.6,
    rate: '98.6%',
    grade: 'B',
    remark: '中学校数学で全国平均を上回った。',
  },
  {
    policy: '基本方針1 確かな学力と豊かな心の育成　(3) 読書活動の推進',
    name: '児童生徒1人当たりの学校図書館貸出冊数',
    unit: '冊',
    when: '年度',
    aim: '増加',
    base: '35.2（R3）',
    last: 38.9,
    target: 40.0,
    actual: 43.2,
    rate: '108.0%',
    grade: 'A',
    remark: '学校司書の全校配置により貸出冊数が増加した。',
  },
  {
    policy: '基本方針2 健やかな体の育成',
    name: '新体力テストで全国平均を上回った種目の割合',
    unit: '％',
    when: '学年度（毎年4月〜7月に実施）',
    aim: '増加',
    base: '58.3（R3）',
    last: 60.4,
    target: 70.0,
    actual: 62.5,
    rate: '89.3%',
    grade: 'B',
    remark: '持久走・反復横跳びで改善が見られた。',
  },
  {
    policy: '基本方針3 教育環境の充実　(1) 学級編制',
    name: '少人数学級（35人以下）の学級の割合',
    unit: '％',
    when: '毎年5月1日現在（学校基本調査）',
    aim: '増加',
    base: '92.0（R3）',
    last: 96.3,
    target: 100,
    actual: 100,
    rate: '100.0%',
    grade: 'A',
    remark: '全学級で35人以下を達成した。',
  },
  {
    policy: '基本方針3 教育環境の充実　(2) 教育の情報化',
    name: '授業にICTを活用して指導する能力がある教員の割合',
    unit: '％',
    when: '毎年3月1日現在（学校における教育の情報化の実態等に関する調査）',
    aim: '増加',
    base: '78.4（R3）',
    last: 81.9,
    target: 90.0,
    actual: 84.7,
    rate: '94.1%',
    grade: 'B',
    remark: '校内研修を年3回実施した。',
  },
  {
    policy: '基本方針3 教育環境の充実　(3) 学校施設の整備',
    name: '学校施設長寿命化改修の実施校数（累計）',
    unit: '校',
    when: '年度末（3月31日現在）',
    aim: '増加',
    base: '2（R3）',
    last: 4,
    target: 6,
    actual: 5,
    rate: '83.3%',
    grade: 'A',
    remark: '1校は入札不調により工期を翌年度に延長した。',
  },
  {
    policy: '基本方針4 生涯学習の推進',
    name: '公民館講座の延べ受講者数',
    unit: '人',
    when: '年度',
    aim: '増加',
    base: '6,120（R3）',
    last: 7350,
    target: 8000,
    actual: 8420,
    rate: '105.3%',
    grade: 'A',
    remark: 'オンライン講座を新設した。',
  },
  {
    policy: '基本方針5 文化財の保存と活用',
    name: '郷土資料館の入館者数',
    unit: '人',
    when: '年度',
    aim: '増加',
    base: '7,480（R3）',
    last: 8830,
    target: 12000,
    actual: 9150,
    rate: '76.3%',
    grade: 'C',
    remark: '企画展の開催が1回にとどまった。',
  },
];

const K_EXPECTED: ExpectedIndicator[] = CARDS.map((c) =>
  ind(K_SHEET, c.name, c.unit, c.target, c.actual, { direction: c.aim === '減少' ? 'down' : 'up', existing: c.grade }),
);

const cards: Holdout2Workbook = {
  name: 'h98-kyoiku-tenken',
  layout:
    'label-value cards (施策, 指標名｜単位, 集計時点｜目指す方向, 基準値｜前年度実績（R4）｜目標値（R5）, 実績値（R5）｜達成率｜達成状況, 所見) of an education board evaluating 令和5年度; 集計時点 学年度, 5月1日, 3月1日, 4月実施',
  build(wb) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [16, 22, 18, 14, 14, 14]);
    merge(ws, 1, 1, 1, 6, '令和6年度　教育委員会の事務の管理及び執行の状況の点検及び評価').font = { bold: true, size: 13 };
    merge(ws, 2, 1, 2, 6, '（令和5年度対象）　地方教育行政の組織及び運営に関する法律第26条');
    merge(ws, 3, 1, 3, 6, '達成状況：A 目標を達成（100%以上）　B 概ね達成（80%以上）　C 一部達成（60%以上）　D 未達成（60%未満）');
    let r = 5;
    CARDS.forEach((c, i) => {
      put(ws, r, 1, [`No.${i + 1}　施策`]);
      merge(ws, r, 2, r, 6, c.policy);
      put(ws, r + 1, 1, ['指標名']);
      merge(ws, r + 1, 2, r + 1, 4, c.name);
      put(ws, r + 1, 5, ['単位', c.unit]);
      put(ws, r + 2, 1, ['集計時点']);
      merge(ws, r + 2, 2, r + 2, 4, c.when);
      put(ws, r + 2, 5, ['目指す方向', c.aim]);
      put(ws, r + 3, 1, ['基準値', c.base, '前年度実績（R4）', c.last, '目標値（R5）', c.target]);
      put(ws, r + 4, 1, ['実績値（R5）', c.actual, '達成率', c.rate, '達成状況', c.grade]);
      put(ws, r + 5, 1, ['所見']);
      merge(ws, r + 5, 2, r + 5, 6, c.remark);
      for (const row of [r, r + 1, r + 2, r + 3, r + 4, r + 5])
        for (const col of row === r + 3 || row === r + 4 ? [1, 3, 5] : [1]) {
          ws.getCell(row, col).font = { bold: true };
          ws.getCell(row, col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
        }
      ws.getCell(r + 1, 5).font = { bold: true };
      ws.getCell(r + 2, 5).font = { bold: true };
      wrap(ws, r, 1, r + 5, 6);
      boxes(ws, r, 1, r + 5, 6);
      r += 7;
    });
  },
  expected: { file: 'h98-kyoiku-tenken.xlsx', fiscalYear: 2023, indicators: K_EXPECTED, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// Side by side: 年度 indicators on the left (R5年度｜R6年度), 暦年・基準日 indicators on the right (2023年｜2024年).

const S_SHEET = '進捗管理表';

const LEFT: [string, string, number, number, number, string][] = [
  ['創業支援件数', '件', 18, 22, 20, 'A'],
  ['企業立地件数', '件', 2, 1, 3, 'C'],
  ['ふるさと納税寄附額', '百万円', 812, 905, 1000, 'B'],
  ['空き店舗活用件数', '件', 5, 4, 6, 'C'],
];

const RIGHT: [string, string, string, number, number | string, number, string][] = [
  ['観光入込客数', '千人', '暦年', 1120, 1236, 1200, 'A'],
  ['宿泊者数', '人', '暦年', 84300, '集計中', 90000, '－'],
  ['有効求人倍率', '倍', '暦年平均', 1.41, 1.32, 1.4, 'B'],
  ['商店街の歩行者通行量（平日1日当たり）', '人', '各年11月調査', 8420, 8105, 9000, 'B'],
  ['若年層（20〜39歳）の転入者数', '人', '暦年', 980, 1024, 1100, 'A'],
];

const S_EXPECTED: ExpectedIndicator[] = [
  ...LEFT.map(([name, unit, , actual, target, grade]) => ind(S_SHEET, name, unit, target, actual, { existing: grade })),
  ind(S_SHEET, '観光入込客数', '千人', 1200, 1236, { existing: 'A' }),
  statusInd(S_SHEET, '宿泊者数', '人', 90000, 'pending'),
  ind(S_SHEET, '有効求人倍率', '倍', 1.4, 1.32, { existing: 'B' }),
  ind(S_SHEET, '商店街の歩行者通行量（平日1日当たり）', '人', 9000, 8105, { existing: 'B' }),
  ind(S_SHEET, '若年層（20〜39歳）の転入者数', '人', 1100, 1024, { existing: 'A' }),
];

const sideBySide: Holdout2Workbook = {
  name: 'h98-sangyo-nendo-rekinen',
  layout:
    'two panels side by side: Ⅰ 年度の指標 (R5年度｜R6年度｜R6年度目標｜評価) and Ⅱ 暦年・調査時点の指標 (時点｜2023年｜2024年｜2024年目標｜評価), a 集計中',
  build(wb) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [24, 8, 10, 10, 11, 7, 3, 30, 7, 12, 10, 10, 11, 7]);
    merge(ws, 1, 1, 1, 14, '令和6年度　産業振興ビジョン　進捗管理表').font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 14, '評価対象：令和6年度（暦年で把握する指標は2024年（令和6年1月〜12月）の数値で評価）');
    merge(ws, 4, 1, 4, 6, 'Ⅰ 年度（4月〜翌3月）で把握する指標').font = { bold: true };
    merge(ws, 4, 8, 4, 14, 'Ⅱ 暦年・調査時点で把握する指標').font = { bold: true };
    head(ws, 5, 1, ['指標', '単位', 'R5年度', 'R6年度', 'R6年度\n目標', '評価']);
    head(ws, 5, 8, ['指標', '単位', '時点', '2023年', '2024年', '2024年\n目標', '評価']);
    LEFT.forEach((row, i) => put(ws, 6 + i, 1, row));
    RIGHT.forEach((row, i) => put(ws, 6 + i, 8, row));
    for (let r = 6; r <= 10; r++)
      for (const c of [3, 4, 5, 11, 12, 13]) {
        const v = ws.getCell(r, c).value;
        if (typeof v === 'number') ws.getCell(r, c).numFmt = Number.isInteger(v) ? '#,##0' : '0.00';
      }
    boxes(ws, 5, 1, 5 + LEFT.length, 6);
    boxes(ws, 5, 8, 5 + RIGHT.length, 14);
    wrap(ws, 6, 8, 5 + RIGHT.length, 8);
    merge(ws, 12, 1, 12, 14, '評価：A 目標達成　B 達成率80%以上　C 60%以上　D 60%未満　－ 評価できないもの');
    merge(ws, 13, 1, 13, 14, '※宿泊者数は県観光統計（例年9月公表）のため集計中。有効求人倍率はハローワーク管内の年平均。');
  },
  expected: { file: 'h98-sangyo-nendo-rekinen.xlsx', fiscalYear: 2024, indicators: S_EXPECTED, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// Split sheets: the plan's targets per year on one sheet, the year's actuals with their 時点 on another, joined by 番号.

const P_SHEET = '計画目標';
const R_SHEET = 'R6実績';

const PLAN: [string, string, string, string, number, number, number][] = [
  ['要介護（要支援）認定率', '％', '各年9月末', '抑制', 18.5, 18.8, 19.1],
  ['認知症サポーター養成者数（累計）', '人', '年度末', '増加', 9500, 10300, 11100],
  ['通いの場の箇所数', 'か所', '年度末', '増加', 85, 90, 95],
  ['通いの場への参加率（65歳以上人口比）', '％', '年度', '増加', 8.0, 8.5, 9.0],
  ['介護予防教室の延べ参加者数', '人', '年度', '増加', 4800, 5000, 5200],
  ['生活支援コーディネーターの配置数', '人', '年度末', '増加', 9, 9, 9],
  ['在宅医療・介護連携研修会の開催回数', '回', '年度', '増加', 4, 4, 4],
  ['ひとり暮らし高齢者の見守り登録率', '％', '各年10月1日現在', '増加', 60, 62, 64],
  ['介護職員初任者研修の受講者数', '人', '年度', '増加', 30, 30, 30],
];

const ACTUAL: [number | string, string, string, string][] = [
  [18.2, 'R6.9末', 'A', '介護保険事業状況報告'],
  [9212, 'R7.3.31', 'B', ''],
  [78, 'R7.3.31', 'A', '新規6か所、休止2か所'],
  [6.1, 'R6年度', 'C', ''],
  [3950, 'R6年度', 'B', ''],
  [9, 'R7.3.31', 'A', ''],
  ['未実施', 'R6年度', 'D', '講師の日程調整がつかず未実施'],
  [57.3, 'R6.10.1', 'B', '民生委員調査'],
  ['集計中', 'R6年度', '－', '県の修了者報告待ち'],
];

const SPLIT_EXPECTED: ExpectedIndicator[] = [
  ind(R_SHEET, '要介護（要支援）認定率', '％', 18.5, 18.2, { direction: 'down', existing: 'A' }),
  ind(R_SHEET, '認知症サポーター養成者数（累計）', '人', 9500, 9212, { existing: 'B' }),
  ind(R_SHEET, '通いの場の箇所数', 'か所', 85, 78, { existing: 'A' }),
  ind(R_SHEET, '通いの場への参加率（65歳以上人口比）', '％', 8.0, 6.1, { existing: 'C' }),
  ind(R_SHEET, '介護予防教室の延べ参加者数', '人', 4800, 3950, { existing: 'B' }),
  ind(R_SHEET, '生活支援コーディネーターの配置数', '人', 9, 9, { existing: 'A' }),
  statusInd(R_SHEET, '在宅医療・介護連携研修会の開催回数', '回', 4, 'not-implemented', { existing: 'D' }),
  ind(R_SHEET, 'ひとり暮らし高齢者の見守り登録率', '％', 60, 57.3, { existing: 'B' }),
  statusInd(R_SHEET, '介護職員初任者研修の受講者数', '人', 30, 'pending'),
];

const splitSheets: Holdout2Workbook = {
  name: 'h98-kaigo-bunkatsu',
  layout:
    'split sheets joined by 番号: 計画目標 (把握時点, 目指す方向 抑制／増加, 令和6〜8年度) and R6実績 (実績値｜時点 R6.9末・R7.3.31・R6.10.1｜自己評価), 未実施 and 集計中',
  build(wb) {
    const p = wb.addWorksheet(P_SHEET);
    widths(p, [6, 36, 7, 16, 10, 11, 11, 11]);
    merge(p, 1, 1, 1, 8, '第9期 高齢者福祉計画・介護保険事業計画（令和6年度〜令和8年度）　成果指標と目標値').font = { bold: true, size: 13 };
    head(p, 3, 1, ['番号', '指標', '単位', '把握時点', '目指す\n方向', '令和6年度', '令和7年度', '令和8年度']);
    PLAN.forEach((row, i) => put(p, 4 + i, 1, [i + 1, ...row]));
    for (let r = 4; r < 4 + PLAN.length; r++) for (const c of [6, 7, 8]) if ((p.getCell(r, c).value as number) >= 1000) p.getCell(r, c).numFmt = '#,##0';
    boxes(p, 3, 1, 3 + PLAN.length, 8);
    const a = wb.addWorksheet(R_SHEET);
    widths(a, [6, 36, 11, 11, 9, 30]);
    merge(a, 1, 1, 1, 6, '令和6年度　成果指標の実績（評価対象：令和6年度）').font = { bold: true, size: 13 };
    merge(a, 2, 1, 2, 6, '※目標値・単位は「計画目標」シートの番号による。自己評価：A 達成／B 80%以上／C 60%以上／D 60%未満');
    head(a, 4, 1, ['番号', '指標', '実績値', '時点', '自己評価', '備考']);
    ACTUAL.forEach((row, i) => put(a, 5 + i, 1, [i + 1, PLAN[i][0], ...row.map((v) => (v === '' ? undefined : v))]));
    a.getCell(6, 3).numFmt = '#,##0';
    boxes(a, 4, 1, 4 + ACTUAL.length, 6);
  },
  expected: { file: 'h98-kaigo-bunkatsu.xlsx', fiscalYear: 2024, indicators: SPLIT_EXPECTED, groups: [] },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, cards, sideBySide, splitSheets];
