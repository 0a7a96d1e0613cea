/** Hold-out workbooks laid out as indicator tables: one row per indicator, headings in one to three rows. */
import { ind, rows } from './sheet';
import type { HoldoutWorkbook } from './types';

/** Comment rows (※…) merged across between the indicators; the direction only in 備考 (減少を目指す); 「－」 as an actual. */
const notesBetween: HoldoutWorkbook = {
  name: 'h05-table-with-note-rows',
  layout: 'indicator table with ※ comment rows between indicators, R5目標/R5実績 headings, direction in 備考, 「－」 actual',
  build(wb) {
    const ws = wb.addWorksheet('政策評価');
    rows(ws, 'A1', [
      ['成果指標の状況'],
      ['No', '指標名', '単位', '基準値\n(R2)', 'R3実績', 'R4実績', 'R5目標', 'R5実績', '達成度', '備考'],
      [1, '観光入込客数', '万人', 198.2, 205.3, 221.7, 250, 231.4, 0.9256, null],
      [null, '※令和4年度から調査方法を変更したため、令和3年度以前は参考値'],
      [2, '市民農園の利用区画数', '区画', 96, 104, 112, 120, 124, 1.0333, null],
      [3, 'ごみの1人1日当たり排出量', 'g', 905, 897, 880, 850, 872, 0.9748, '減少を目指す'],
      [null, '【担当課コメント】 資源ごみの分別徹底を呼びかけたが、目標には届かなかった。'],
      [4, '地域おこし協力隊員の定住率', '%', 55, 58.3, 60, 70, 62.5, 0.8929, null],
      [5, '移住相談件数', '件', 180, 210, 236, 300, '－', null, '相談窓口の移転により集計せず'],
    ]);
    ws.mergeCells('B4:J4');
    ws.mergeCells('B7:J7');
    for (const r of [3, 5, 6, 8]) ws.getCell(`I${r}`).numFmt = '0.0%';
  },
  expected: {
    file: 'h05-table-with-note-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('政策評価', '観光入込客数', '万人', 250, 231.4),
      ind('政策評価', '市民農園の利用区画数', '区画', 120, 124),
      ind('政策評価', 'ごみの1人1日当たり排出量', 'g', 850, 872, { direction: 'down' }),
      ind('政策評価', '地域おこし協力隊員の定住率', '%', 70, 62.5),
      ind('政策評価', '移住相談件数', '件', 300, 'none'),
    ],
    groups: [],
  },
};

/** Headings spaced out and broken over lines (指 標 名, 実 績 値\n（令和５年度）), blank / 集計中 / － actuals, a written 評価. */
const spacedHeadings: HoldoutWorkbook = {
  name: 'h06-spaced-wrapped-headings',
  layout: 'KPI table, headings with spaces and line breaks (実 績 値\\n（令和５年度）), blank, 集計中 and － actuals, 評価 column',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    rows(ws, 'A1', [
      ['まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況'],
      [],
      ['番号', '指 標 名', '単\n位', '基 準 値', '目 標 値\n（令和５年度）', '実 績 値\n（令和５年度）', '達 成 率', '評\n価'],
      [1, '新規就農者数', '人', 8, 12, 9, '75.0%', 'C'],
      [2, '創業件数', '件', 15, 20, 23, '115.0%', 'A'],
      [3, '子育て支援センター利用者数', '人', 12000, 15000, null, null, null],
      [4, '転出超過数を減らす', '人', 420, 300, '集計中', null, null],
      [5, '特定健診受診率', '%', 38.5, 45, '－', '－', null],
      [6, '観光消費額', '億円', 120, 150, 138.2, '92.1%', 'B'],
    ]);
  },
  expected: {
    file: 'h06-spaced-wrapped-headings.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI', '新規就農者数', '人', 12, 9, { existing: 'C' }),
      ind('KPI', '創業件数', '件', 20, 23, { existing: 'A' }),
      ind('KPI', '子育て支援センター利用者数', '人', 15000, 'missing'),
      ind('KPI', '転出超過数を減らす', '人', 300, 'pending', { direction: 'down' }),
      ind('KPI', '特定健診受診率', '%', 45, 'none'),
      ind('KPI', '観光消費額', '億円', 150, 138.2, { existing: 'B' }),
    ],
    groups: [],
  },
};

/** 西暦 years with 年度; 実績値 spanning year sub-columns; one final 目標値 column; the period stated as 2023年度. */
const seireki: HoldoutWorkbook = {
  name: 'h07-seireki-measure-over-years',
  layout: '実績値 over 2021年度 2022年度 2023年度 sub-columns, 目標値 over 2025年度, 評価対象年度 2023年度 stated',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    rows(ws, 'A1', [
      ['評価対象年度　2023年度'],
      [],
      ['指標名', '単位', '実績値', null, null, '目標値'],
      [null, null, '2021年度', '2022年度', '2023年度', '2025年度'],
      ['図書館の年間貸出冊数', '冊', 410000, 425000, 431200, 450000],
      ['公民館講座の参加者数', '人', 8200, 8900, 9650, 9500],
      ['スポーツ施設利用者数', '人', 150000, 162000, 171500, 200000],
      ['文化財ボランティア登録者数', '人', 45, 47, 41, 60],
    ]);
    ws.mergeCells('C3:E3');
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
  },
  expected: {
    file: 'h07-seireki-measure-over-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('成果指標', '図書館の年間貸出冊数', '冊', 450000, 431200, { targetSource: 'final' }),
      ind('成果指標', '公民館講座の参加者数', '人', 9500, 9650, { targetSource: 'final' }),
      ind('成果指標', 'スポーツ施設利用者数', '人', 200000, 171500, { targetSource: 'final' }),
      ind('成果指標', '文化財ボランティア登録者数', '人', 60, 41, { targetSource: 'final' }),
    ],
    groups: [],
  },
};

/** KPI × 令和元年度… period columns, 目標値/実績値 rows, values with units in the cell; no stated period, the latest actuals are R4. */
const gannen: HoldoutWorkbook = {
  name: 'h08-reiwa-gannen-kpi-rows',
  layout: 'KPI with 目標値/実績値 rows × 令和元年度…令和５年度 columns, "1,250人" text values, no stated period (latest actuals R4)',
  build(wb) {
    const ws = wb.addWorksheet('KPI進捗');
    rows(ws, 'A1', [
      ['ＫＰＩ', '区分', '令和元年度', '令和２年度', '令和３年度', '令和４年度', '令和５年度'],
      ['移住者数', '目標値', '100人', '110人', '120人', '130人', '140人'],
      [null, '実績値', '95人', '104人', '131人', '118人', null],
      ['空き家バンク成約件数', '目標値', '10件', '12件', '14件', '16件', '18件'],
      [null, '実績値', '8件', '15件', '13件', '17件', null],
      ['新規雇用者数', '目標値', '50人', '50人', '60人', '60人', '70人'],
      [null, '実績値', '42人', '38人', '55人', '41人', null],
    ]);
    for (const r of [2, 4, 6]) ws.mergeCells(`A${r}:A${r + 1}`);
  },
  expected: {
    file: 'h08-reiwa-gannen-kpi-rows.xlsx',
    fiscalYear: 2022,
    guesses: ['period'],
    indicators: [
      ind('KPI進捗', '移住者数', '人', 130, 118),
      ind('KPI進捗', '空き家バンク成約件数', '件', 16, 17),
      ind('KPI進捗', '新規雇用者数', '人', 60, 41),
    ],
    groups: [],
  },
};

/** A 単位 column after the name, then 目標/実績/達成率/評価 per year across (R4, R5, R6 with no actuals yet). */
const perYearAcross: HoldoutWorkbook = {
  name: 'h09-unit-then-years-across',
  layout: 'KPI | 単位 | per year (令和4/5/6年度) 目標 実績 達成率 評価 across; R6 targets only; no stated period',
  build(wb) {
    const ws = wb.addWorksheet('KPI検証');
    rows(ws, 'A1', [
      ['地方創生ＫＰＩ検証（令和４年度～令和６年度）'],
      [],
      ['ＫＰＩ', '単位', '令和４年度', null, null, null, '令和５年度', null, null, null, '令和６年度', null, null, null],
      [null, null, '目標', '実績', '達成率', '評価', '目標', '実績', '達成率', '評価', '目標', '実績', '達成率', '評価'],
      ['企業誘致件数', '件', 2, 2, 1, 'A', 3, 2, 0.667, 'C', 3],
      ['ＵＩＪターン就職者数', '人', 40, 35, 0.875, 'B', 45, 47, 1.044, 'A', 50],
      ['市内高校卒業者の地元就職率', '%', 35, 33.1, 0.946, 'B', 37, 31.5, 0.851, 'B', 40],
      ['女性の就業率', '%', 70, 69.2, 0.989, 'B', 72, 70.4, 0.978, 'B', 74],
    ]);
    for (const c of ['C3:F3', 'G3:J3', 'K3:N3', 'A3:A4', 'B3:B4']) ws.mergeCells(c);
    for (let r = 5; r <= 8; r++) for (const c of ['E', 'I']) ws.getCell(`${c}${r}`).numFmt = '0.0%';
  },
  expected: {
    file: 'h09-unit-then-years-across.xlsx',
    fiscalYear: 2023,
    guesses: ['period'],
    indicators: [
      ind('KPI検証', '企業誘致件数', '件', 3, 2, { existing: 'C' }),
      ind('KPI検証', 'ＵＩＪターン就職者数', '人', 45, 47, { existing: 'A' }),
      ind('KPI検証', '市内高校卒業者の地元就職率', '%', 37, 31.5, { existing: 'B' }),
      ind('KPI検証', '女性の就業率', '%', 72, 70.4, { existing: 'B' }),
    ],
    groups: [],
  },
};

/** Merged group rows (基本目標1 …) between the KPI rows, 目標値 of a later year (final), 減らす in two names. */
const groupRows: HoldoutWorkbook = {
  name: 'h10-merged-goal-rows',
  layout: 'KPI table with merged 基本目標 rows, 基準値（R1） 目標値（R6） 実績値（R5） 達成率, 〜を減らす names',
  build(wb) {
    const ws = wb.addWorksheet('総合戦略KPI');
    rows(ws, 'A1', [
      ['基本目標／ＫＰＩ', '単位', '基準値（R1）', '目標値（R6）', '実績値（R5）', '達成率', '備考'],
      ['基本目標１　安定した雇用を創出する'],
      ['製造品出荷額', '億円', 1800, 2000, 1955, '97.8%'],
      ['新規創業者数', '人', 30, 40, 41, '102.5%'],
      ['基本目標２　新しい人の流れをつくる'],
      ['市外への転出超過数を減らす', '人', 350, 200, 265, '75.5%', '目標÷実績で算出'],
      ['移住相談件数', '件', 150, 300, 248, '82.7%'],
      ['基本目標３　結婚・出産・子育ての希望をかなえる'],
      ['出生数', '人', 620, 700, 541, '77.3%'],
      ['基本目標４　安全・安心なまちをつくる'],
      ['放置自転車の件数を減らす', '台', 180, 100, 96, '104.2%'],
    ]);
    for (const r of [2, 5, 8, 10]) ws.mergeCells(`A${r}:G${r}`);
  },
  expected: {
    file: 'h10-merged-goal-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('総合戦略KPI', '製造品出荷額', '億円', 2000, 1955, { targetSource: 'final' }),
      ind('総合戦略KPI', '新規創業者数', '人', 40, 41, { targetSource: 'final' }),
      ind('総合戦略KPI', '市外への転出超過数を減らす', '人', 200, 265, { direction: 'down', targetSource: 'final' }),
      ind('総合戦略KPI', '移住相談件数', '件', 300, 248, { targetSource: 'final' }),
      ind('総合戦略KPI', '出生数', '人', 700, 541, { targetSource: 'final' }),
      ind('総合戦略KPI', '放置自転車の件数を減らす', '台', 100, 96, { direction: 'down', targetSource: 'final' }),
    ],
    groups: [],
  },
};

export const TABLE_WORKBOOKS: HoldoutWorkbook[] = [notesBetween, spacedHeadings, seireki, gannen, perYearAcross, groupRows];
