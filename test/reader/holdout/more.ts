/** Hold-out workbooks with things around the table: targets as text, hidden columns, a second table, print titles, years as rows, split sheets. */
import { ind, rows } from './sheet';
import type { HoldoutWorkbook } from './types';

/** 数値目標 written "R7 100件" in one cell (a later year: final target), 実績 with the unit, 自己評価. */
const targetInCell: HoldoutWorkbook = {
  name: 'h11-target-year-in-cell',
  layout: 'project table, 数値目標 as "R7 100件" / "令和7年度　50社" in one cell, 令和５年度実績 "62件", 未実施',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    rows(ws, 'A1', [
      ['令和５年度　推進事業の実績'],
      ['No.', '事業名', '数値目標', '令和５年度実績', '自己評価'],
      [1, '空き家利活用促進事業', 'R7 100件', '62件', 'C'],
      [2, '企業誘致推進事業', '令和7年度　50社', '41社', 'B'],
      [3, 'まちなか交流イベント事業', 'R7：1,200人', '1,350人', 'A'],
      [4, '農泊推進事業', 'R7年度 30回', '未実施', 'D'],
    ]);
  },
  expected: {
    file: 'h11-target-year-in-cell.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業実績', '空き家利活用促進事業', '件', 100, 62, { existing: 'C', targetSource: 'final' }),
      ind('事業実績', '企業誘致推進事業', '社', 50, 41, { existing: 'B', targetSource: 'final' }),
      ind('事業実績', 'まちなか交流イベント事業', '人', 1200, 1350, { existing: 'A', targetSource: 'final' }),
      ind('事業実績', '農泊推進事業', '回', 30, 'not-implemented', { existing: 'D', targetSource: 'final' }),
    ],
    groups: [],
  },
};

/** Earlier years and a scratch column hidden; the visible R5 目標/実績 are what a clerk reads. */
const hiddenColumns: HoldoutWorkbook = {
  name: 'h12-hidden-columns',
  layout: 'indicator table with hidden R1/R2 実績 columns and a hidden 作業用 column holding other numbers',
  build(wb) {
    const ws = wb.addWorksheet('指標');
    rows(ws, 'A1', [
      ['評価対象：令和5年度'],
      ['指標名', '単位', 'R1実績', 'R2実績', 'R3実績', 'R4実績', 'R5目標', 'R5実績', '作業用'],
      ['市民活動団体登録数', '団体', 80, 85, 88, 90, 95, 97, 9999],
      ['防災訓練参加者数', '人', 5200, 1200, 2600, 3900, 5000, 4120, 12],
      ['自主防災組織の組織率', '%', 84.1, 84.9, 85.2, 85.8, 90, 86.3, 0.5],
      ['消防団員数', '人', 640, 631, 620, 611, 650, 598, 7],
    ]);
    for (const c of [3, 4, 9]) ws.getColumn(c).hidden = true;
  },
  expected: {
    file: 'h12-hidden-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('指標', '市民活動団体登録数', '団体', 95, 97),
      ind('指標', '防災訓練参加者数', '人', 5000, 4120),
      ind('指標', '自主防災組織の組織率', '%', 90, 86.3),
      ind('指標', '消防団員数', '人', 650, 598),
    ],
    groups: [],
  },
};

/** A KPI table and, below it on the same sheet, a summary of grades (A 2件 …) that is not an indicator. */
const summaryTable: HoldoutWorkbook = {
  name: 'h13-second-summary-table',
  layout: 'KPI table with a 評価結果の集計 table below it on the same sheet (区分 / 件数)',
  build(wb) {
    const ws = wb.addWorksheet('高齢福祉');
    rows(ws, 'A1', [
      ['令和5年度　高齢者福祉計画　成果指標'],
      ['指標名', '単位', '目標値（R5）', '実績値（R5）', '評価'],
      ['健康診査受診者数', '人', 3000, 3120, 'A'],
      ['介護予防教室参加者数', '人', 1500, 1310, 'B'],
      ['認知症サポーター養成数', '人', 800, 520, 'C'],
      ['高齢者サロン設置数', 'か所', 40, 41, 'A'],
      [],
      ['評価結果の集計'],
      ['区分', '件数', '割合'],
      ['A　順調', 2, '50%'],
      ['B　概ね順調', 1, '25%'],
      ['C　やや遅れている', 1, '25%'],
      ['D　遅れている', 0, '0%'],
      ['合計', 4, '100%'],
    ]);
  },
  expected: {
    file: 'h13-second-summary-table.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('高齢福祉', '健康診査受診者数', '人', 3000, 3120, { existing: 'A' }),
      ind('高齢福祉', '介護予防教室参加者数', '人', 1500, 1310, { existing: 'B' }),
      ind('高齢福祉', '認知症サポーター養成数', '人', 800, 520, { existing: 'C' }),
      ind('高齢福祉', '高齢者サロン設置数', 'か所', 40, 41, { existing: 'A' }),
    ],
    groups: [],
  },
};

/** Print titles (rows 3:4 repeated), a 施策 column merged down, 数値目標 over 目標値/実績値, a 見込み actual. */
const printTitles: HoldoutWorkbook = {
  name: 'h14-print-titles-two-row-heading',
  layout: 'print titles 3:4, 施策 merged down, 数値目標 over 目標値/実績値, "1,020（見込み）" actual, title states 令和5年度',
  build(wb) {
    const ws = wb.addWorksheet('KPI検証シート');
    rows(ws, 'A1', [
      ['令和5年度　第2期まち・ひと・しごと創生総合戦略　KPI検証シート'],
      [],
      ['No', '施策', 'ＫＰＩ', '単位', '数値目標', null, '達成率', '評価'],
      [null, null, null, null, '目標値', '実績値'],
      [1, '(1) 雇用の創出', '市内企業への就職者数', '人', 300, 284, '94.7%', 'B'],
      [2, null, '企業説明会の参加企業数', '社', 60, 66, '110.0%', 'A'],
      [3, null, 'インターンシップ受入企業数', '社', 40, 27, '67.5%', 'C'],
      [4, '(2) 交流人口の拡大', '観光入込客数', '千人', 1100, '1,020（見込み）', '92.7%', 'B'],
      [5, null, 'ふるさと納税寄附件数', '件', 25000, 31240, '125.0%', 'A'],
      [6, '(3) 暮らしの安心', '救急搬送の現場到着時間を短縮する', '分', 8.5, 8.9, '95.5%', 'B'],
    ]);
    for (const c of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4', 'H3:H4', 'B5:B7', 'B8:B9']) ws.mergeCells(c);
    ws.pageSetup.printTitlesRow = '3:4';
    ws.pageSetup.orientation = 'landscape';
    ws.headerFooter.oddFooter = '&P / &N';
  },
  expected: {
    file: 'h14-print-titles-two-row-heading.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI検証シート', '市内企業への就職者数', '人', 300, 284, { existing: 'B' }),
      ind('KPI検証シート', '企業説明会の参加企業数', '社', 60, 66, { existing: 'A' }),
      ind('KPI検証シート', 'インターンシップ受入企業数', '社', 40, 27, { existing: 'C' }),
      ind('KPI検証シート', '観光入込客数', '千人', 1100, { provisional: 1020 }, { existing: 'B' }),
      ind('KPI検証シート', 'ふるさと納税寄附件数', '件', 25000, 31240, { existing: 'A' }),
      ind('KPI検証シート', '救急搬送の現場到着時間を短縮する', '分', 8.5, 8.9, { direction: 'down', existing: 'B' }),
    ],
    groups: [],
  },
};

/** Years as rows, each indicator a pair of columns (目標 / 実績) under its name with the unit in the heading. */
const yearsAsRows: HoldoutWorkbook = {
  name: 'h15-years-as-rows',
  layout: 'KPI推移: 年度 rows (令和元年度…令和6年度) × indicator column pairs 目標/実績, unit in heading "相談件数（件）", stated R5',
  build(wb) {
    const ws = wb.addWorksheet('KPI推移');
    rows(ws, 'A1', [
      ['ＫＰＩ推移表（評価対象：令和５年度）'],
      [],
      ['年度', '相談件数（件）', null, '企業訪問数（社）', null, 'セミナー参加者数（人）', null],
      [null, '目標', '実績', '目標', '実績', '目標', '実績'],
      ['令和元年度', 700, 688, 120, 118, 300, 280],
      ['令和２年度', 720, 702, 125, 96, 320, 150],
      ['令和３年度', 740, 720, 130, 131, 340, 210],
      ['令和４年度', 760, 731, 140, 145, 370, 244],
      ['令和５年度', 800, 744, 150, 162, 400, 255],
      ['令和６年度', 820, null, 160, null, 420, null],
    ]);
    for (const c of ['A3:A4', 'B3:C3', 'D3:E3', 'F3:G3']) ws.mergeCells(c);
  },
  expected: {
    file: 'h15-years-as-rows.xlsx',
    fiscalYear: 2023,
    indicators: [ind('KPI推移', '相談件数', '件', 800, 744), ind('KPI推移', '企業訪問数', '社', 150, 162), ind('KPI推移', 'セミナー参加者数', '人', 400, 255)],
    groups: [],
  },
};

/** Targets on one sheet, actuals on another in another order, joined by 指標ID; a 方向 column (↓減少) on the target sheet. */
const splitSheets: HoldoutWorkbook = {
  name: 'h16-split-target-actual-sheets',
  layout: '目標値 sheet and 実績値 sheet, rows in another order, join by 指標ID, 方向 column "↓減少"',
  build(wb) {
    rows(wb.addWorksheet('目標値'), 'A1', [
      ['指標ID', '指標名', '単位', '方向', '令和5年度目標'],
      ['K-01', '子育て世帯の転入数', '世帯', '↑増加', 120],
      ['K-02', '保育所待機児童数', '人', '↓減少', 5],
      ['K-03', '放課後児童クラブ登録児童数', '人', '↑増加', 900],
      ['K-04', '乳幼児健診受診率', '%', '↑増加', 98],
    ]);
    rows(wb.addWorksheet('実績値'), 'A1', [
      ['指標ID', '指標名', '令和5年度実績'],
      ['K-03', '放課後児童クラブ登録児童数', 846],
      ['K-01', '子育て世帯の転入数', 131],
      ['K-04', '乳幼児健診受診率', 96.1],
      ['K-02', '保育所待機児童数', 3],
    ]);
  },
  expected: {
    file: 'h16-split-target-actual-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('目標値', '子育て世帯の転入数', '世帯', 120, 131),
      ind('目標値', '保育所待機児童数', '人', 5, 3, { direction: 'down' }),
      ind('目標値', '放課後児童クラブ登録児童数', '人', 900, 846),
      ind('目標値', '乳幼児健診受診率', '%', 98, 96.1),
    ],
    groups: [],
  },
};

/** Plan indicators in full-width digits with a year note in the cell, 基本方針 merged down, the direction in 指標の説明, 調査中. */
const fullWidthPlan: HoldoutWorkbook = {
  name: 'h17-plan-indicators-fullwidth',
  layout: '点検評価: 現況/目標（Ｒ８）/実績 in full-width digits with year notes, 基本方針 merged down, 減少を目指す in 説明, 調査中',
  build(wb) {
    const ws = wb.addWorksheet('点検評価');
    rows(ws, 'A1', [
      ['基本方針', '指標', '指標の説明', '現況（計画策定時）', '目標（Ｒ８）', '実績', '現状把握の方法'],
      ['１　農林業の振興', '農業産出額（億円）', '市内の農業産出額', '２４８\n（令和２年）', '２８０', '２６２．５\n（令和４年）', '農林水産省統計'],
      [null, '認定農業者数（人）', '認定を受けた農業者の数', '４３１\n（令和２年度）', '４５０', '４１２\n（令和５年度）', '農政課調べ'],
      [null, '森林整備面積（ha）', '間伐等を実施した面積', '９８０\n（令和２年度）', '１，５００', '１，１３５\n（令和５年度）', '林業振興課調べ'],
      [
        '２　安全なまちづくり',
        '交通事故発生件数（件）',
        '市内の人身事故件数（減少を目指す）',
        '３４２\n（令和２年）',
        '３００',
        '２８５\n（令和５年）',
        '警察署統計',
      ],
      [null, '有害鳥獣による農作物被害額（千円）', '被害額の合計（減少を目指す）', '１２，４００\n（令和２年度）', '９，０００', '調査中', '農政課調べ'],
    ]);
    ws.mergeCells('A2:A4');
    ws.mergeCells('A5:A6');
  },
  expected: {
    file: 'h17-plan-indicators-fullwidth.xlsx',
    guesses: ['other-year'],
    indicators: [
      ind('点検評価', '農業産出額', '億円', 280, 262.5, { targetSource: 'final' }),
      ind('点検評価', '認定農業者数', '人', 450, 412, { targetSource: 'final' }),
      ind('点検評価', '森林整備面積', 'ha', 1500, 1135, { targetSource: 'final' }),
      ind('点検評価', '交通事故発生件数', '件', 300, 285, { direction: 'down', targetSource: 'final' }),
      ind('点検評価', '有害鳥獣による農作物被害額', '千円', 9000, 'pending', { direction: 'down', targetSource: 'final' }),
    ],
    groups: [],
  },
};

export const MORE_WORKBOOKS: HoldoutWorkbook[] = [targetInCell, hiddenColumns, summaryTable, printTitles, yearsAsRows, splitSheets, fullWidthPlan];
