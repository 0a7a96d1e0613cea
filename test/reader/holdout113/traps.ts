/** Hold-out 113, three traps: a survey value carried from the year before, hall rates as fractions beside 前年度, next year's target column. */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { Direction } from '../model';

const wrap = { wrapText: true, vertical: 'middle' as const };

// ---------------------------------------------------------------------------------------------------------------------------
// スポーツ推進計画: per-year 目標｜実績, 評価対象年度 R5 stated while R6 already has 速報値, a biennial survey whose R5 cell
// carries the R4 value in parentheses (a clerk takes it, knowing it is the year before's: other-year).

const T1_SHEET = '成果指標';
const T1_ROWS: [string, string, string, number, [number, number | string], [number, number | string], [number, number | string | null]][] = [
  ['成人の週1回以上のスポーツ実施率', '↑', '％', 46.1, [50.0, 48.6], [52.0, '(48.6)※1'], [54.0, null]],
  ['スポーツ施設利用者数', '↑', '人', 398200, [420000, 431560], [440000, 452310], [455000, '468,900（速報値）']],
  ['総合型地域スポーツクラブ会員数', '↑', '人', 1420, [1550, 1466], [1650, 1512], [1750, '1,540（速報値）']],
  ['スポーツ推進委員数', '↑', '人', 52, [56, 53], [60, 54], [60, 55]],
  ['市主催スポーツ教室の参加者数', '↑', '人', 3980, [5000, 4120], [6000, 4410], [6500, null]],
  ['1週間の総運動時間が60分未満の児童の割合（小学5年生）', '↓', '％', 9.8, [9.0, 9.5], [8.0, 9.1], [7.5, null]],
];

const surveyYear: Holdout2Workbook = {
  name: 'h113-trap-sports-chosa-nen',
  layout:
    'スポーツ推進計画 成果指標: 基準値（R2）, R4/R5/R6 目標｜実績 pairs, 評価対象年度 令和５年度 stated while R6 has 速報値, a 隔年 survey "(48.6)※1" carried from R4, 方向 ↑↓',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    put(ws, 1, 1, ['第2期スポーツ推進計画　成果指標の進捗状況（評価対象年度：令和５年度）']);
    ws.mergeCells(1, 1, 1, 11);
    put(ws, 3, 1, ['成果指標', '方向', '単位', '基準値\n（R2）', 'R4', undefined, 'R5', undefined, 'R6', undefined, '目標値\n（R8）']);
    put(ws, 4, 5, ['目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of [1, 2, 3, 4, 11]) ws.mergeCells(3, c, 4, c);
    for (const c of [5, 7, 9]) ws.mergeCells(3, c, 3, c + 1);
    const finals = [58.0, 480000, 2000, 65, 8000, 6.0];
    T1_ROWS.forEach(([name, dir, unit, base, r4, r5, r6], i) => {
      put(ws, 5 + i, 1, [name, dir, unit, base, ...r4, ...r5, r6[0], r6[1] ?? undefined, finals[i]]);
      ws.getCell(5 + i, 1).alignment = wrap;
    });
    put(ws, 12, 1, ['※1　市民意識調査（偶数年度に実施）による。調査を実施しない年度は前回調査の値を括弧書きで記載している。']);
    put(ws, 13, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
    put(ws, 14, 1, ['※R6の速報値は令和7年1月末時点の集計']);
    ws.getColumn(1).width = 40;
  },
  expected: {
    file: 'h113-trap-sports-chosa-nen.xlsx',
    fiscalYear: 2023,
    indicators: T1_ROWS.map(([name, dir, unit, , , r5]) =>
      ind(T1_SHEET, name, unit, r5[0], typeof r5[1] === 'number' ? r5[1] : 48.6, { direction: dir === '↓' ? 'down' : 'up' }),
    ),
    groups: [],
    guesses: ['other-year'],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 文化施設の稼働状況: one row per hall, 利用可能日数｜利用日数｜稼働率 (fraction under %)｜目標稼働率｜前年度稼働率.

const T2_SHEET = '稼働状況';
const T2_ROWS: [string, number, number, number, number][] = [
  ['市民会館 大ホール', 305, 212, 0.7, 0.664],
  ['市民会館 小ホール', 305, 251, 0.75, 0.781],
  ['文化センター ホール', 214, 118, 0.65, 0.612],
  ['文化センター 展示室', 214, 166, 0.7, 0.703],
  ['東部地区公民館 多目的ホール', 300, 141, 0.6, 0.488],
  ['西部地区公民館 多目的ホール', 300, 187, 0.6, 0.592],
];
const rate = (avail: number, used: number) => Math.round((used / avail) * 1000) / 1000;

const hallRates: Holdout2Workbook = {
  name: 'h113-trap-hall-kadoritsu',
  layout:
    '文化施設 稼働状況: hall rows, 利用可能日数｜利用日数｜稼働率 (fractions under 0.0%)｜目標稼働率｜前年度稼働率 to the right, 改修休館 reduces 利用可能日数',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    put(ws, 1, 1, ['令和５年度　文化施設の稼働状況']);
    put(ws, 2, 1, ['施設名', '利用可能日数\n（日）', '利用日数\n（日）', '稼働率', '目標稼働率', '（参考）\n前年度稼働率']);
    for (let c = 2; c <= 6; c++) ws.getCell(2, c).alignment = wrap;
    T2_ROWS.forEach(([name, avail, used, target, prev], i) => {
      put(ws, 3 + i, 1, [name, avail, used, rate(avail, used), target, prev]);
      for (const c of [4, 5, 6]) ws.getCell(3 + i, c).numFmt = '0.0%';
    });
    put(ws, 10, 1, ['※稼働率＝利用日数÷利用可能日数（休館日・保守点検日を除く）']);
    put(ws, 11, 1, ['※文化センターは舞台機構改修工事のため令和5年10月～12月休館（利用可能日数から除いている）']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h113-trap-hall-kadoritsu.xlsx',
    fiscalYear: 2023,
    indicators: T2_ROWS.map(([name, avail, used, target]) =>
      ind(T2_SHEET, name, '%', Math.round(target * 1000) / 10, Math.round(rate(avail, used) * 1000) / 10),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 図書館サービス指標: 令和6年度 目標｜実績｜達成率 then 令和7年度 目標 (next year's, to the right), 千冊, a ↓ row whose
// written 達成率 is 実績÷目標, and a 館別内訳 sheet without targets.

const T3_SHEET = 'サービス指標';
const T3_ROWS: [string, string, Direction, number, number, number][] = [
  ['個人貸出冊数', '千冊', 'up', 700, 655.2, 720],
  ['児童書の貸出冊数', '千冊', 'up', 220, 231.4, 225],
  ['図書館利用登録率', '％', 'up', 35.0, 33.1, 36.0],
  ['レファレンス件数', '件', 'up', 4500, 4712, 4800],
  ['予約件数', '件', 'up', 90000, 97300, 95000],
  ['行事参加者数', '人', 'up', 9000, 6980, 9200],
  ['延滞資料の督促件数', '件', 'down', 3000, 3420, 2800],
  ['電子書籍の貸出件数', '件', 'up', 6000, 4380, 7000],
];

const nextTarget: Holdout2Workbook = {
  name: 'h113-trap-toshokan-jinendo',
  layout:
    '図書館サービス指標: 2-row heading 令和6年度（目標｜実績｜達成率）then 令和7年度 目標, 方向 column, 千冊 in a 単位 column, a ↓ row, a 館別内訳 sheet with no targets',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    put(ws, 1, 1, ['令和６年度　図書館サービス指標の達成状況']);
    ws.mergeCells(1, 1, 1, 8);
    put(ws, 3, 1, ['指標', '方向', '単位', '令和6年度', undefined, undefined, '令和7年度', '備考']);
    put(ws, 4, 4, ['目標', '実績', '達成率', '目標']);
    for (const c of [1, 2, 3, 8]) ws.mergeCells(3, c, 4, c);
    ws.mergeCells(3, 4, 3, 6);
    const notes: Record<string, string> = {
      行事参加者数: '南分館の休館（令和6年11月～）に伴いおはなし会等を中止',
      延滞資料の督促件数: '少ないほど良い',
    };
    T3_ROWS.forEach(([name, unit, dir, t, a, next], i) => {
      put(ws, 5 + i, 1, [name, dir === 'down' ? '↓' : '↑', unit, t, a, Math.round((a / t) * 1000) / 1000, next, notes[name]]);
      ws.getCell(5 + i, 6).numFmt = '0.0%';
      const fmt = unit === '千冊' || unit === '％' ? '#,##0.0' : '#,##0';
      for (const c of [4, 5, 7]) ws.getCell(5 + i, c).numFmt = fmt;
    });
    put(ws, 14, 1, ['※達成率は実績÷目標。令和7年度の目標は第2次図書館サービス計画の年次目標']);
    ws.getColumn(1).width = 24;
    const br = wb.addWorksheet('館別内訳');
    put(br, 1, 1, ['令和６年度　館別内訳（参考）']);
    put(br, 2, 1, ['館名', '個人貸出冊数（千冊）', '来館者数（人）', 'レファレンス件数（件）', '行事参加者数（人）']);
    const libs: [string, number, number, number, number][] = [
      ['中央図書館', 421.6, 198200, 3560, 4410],
      ['北分館', 118.3, 52100, 610, 1620],
      ['南分館（11月～休館）', 71.8, 33150, 402, 950],
      ['移動図書館', 43.5, 18000, 140, 0],
    ];
    libs.forEach((l, i) => put(br, 3 + i, 1, l));
    put(br, 7, 1, ['合計', 655.2, 301450, 4712, 6980]);
  },
  expected: {
    file: 'h113-trap-toshokan-jinendo.xlsx',
    fiscalYear: 2024,
    indicators: T3_ROWS.map(([name, unit, dir, t, a]) => ind(T3_SHEET, name, unit, t, a, { direction: dir })),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [surveyYear, hallRates, nextTarget];
