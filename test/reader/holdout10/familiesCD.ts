/**
 * Hold-out 10, families C and D as other offices lay them out: a 総合戦略 KPI table with three
 * header rows (years merged over 目標/実績 sub-columns, units in the KPI heading), a 交付金事業 KPI
 * table with 目標/実績 sub-rows and 2024年3月末 columns, a 環境基本計画 indicator table with
 * 実績値 merged over three years and a 目指す方向 column, and a 点検評価 sheet with two sections,
 * FY headings and no stated year. Facts follow ../shared/samples/README.md.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook as Holdout10Workbook } from '../holdout2/kit';

const wrapRow = (ws: Worksheet, row: number, from: number, to: number) => {
  for (let c = from; c <= to; c++) ws.getCell(row, c).alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
};

const kpiSubColumns: Holdout10Workbook = {
  name: 'h10-kpi-subcolumns',
  layout:
    'C: 総合戦略 KPI, three header rows (年度別 / 平成30年度・令和元年度・令和２年度 / 目標・実績), 基本目標 merged down, units in the KPI heading, 評価対象年度 stated',
  build(wb) {
    const ws = wb.addWorksheet('KPI検証');
    put(ws, 1, 1, ['第２期まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況']);
    put(ws, 2, 1, ['評価対象年度：令和２年度']);
    put(ws, 4, 1, ['基本目標', '重要業績評価指標（KPI）', '年度別の目標と実績']);
    put(ws, 5, 3, ['平成30年度', undefined, '令和元年度', undefined, '令和２年度']);
    put(ws, 6, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 4, 9, ['備考']);
    ws.mergeCells(4, 1, 6, 1);
    ws.mergeCells(4, 2, 6, 2);
    ws.mergeCells(4, 9, 6, 9);
    ws.mergeCells(4, 3, 4, 8);
    for (const c of [3, 5, 7]) ws.mergeCells(5, c, 5, c + 1);
    const rows: (string | number | undefined)[][] = [
      ['１　しごとをつくる', '観光入込客数（万人）', 120, 118, 125, 127, 130, 84.6, '感染症の影響で大幅減'],
      [undefined, '新規就農者数（人）', 10, 12, 10, 8, 10, 11],
      ['２　ひとの流れをつくる', '転入者数（人）', 2400, 2310, 2450, 2280, 2500, 2050],
      ['３　結婚・出産・子育て', '合計特殊出生率', 1.5, 1.42, 1.52, 1.45, 1.55, 1.38, '人口動態統計（暦年）'],
      ['４　安心なくらし', '自主防災組織の組織率（％）', 80, 81.2, 82, 83, 85, 84.1],
    ];
    rows.forEach((r, i) => put(ws, 7 + i, 1, r));
    ws.mergeCells(7, 1, 8, 1);
  },
  expected: {
    file: 'h10-kpi-subcolumns.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind('KPI検証', '観光入込客数', '万人', 130, 84.6),
      ind('KPI検証', '新規就農者数', '人', 10, 11),
      ind('KPI検証', '転入者数', '人', 2500, 2050),
      ind('KPI検証', '合計特殊出生率', null, 1.55, 1.38),
      ind('KPI検証', '自主防災組織の組織率', '％', 85, 84.1),
    ],
    groups: [],
  },
};

const kpiSubRows: Holdout10Workbook = {
  name: 'h10-kpi-subrows-month-end',
  layout:
    'C: 交付金事業 KPI, 目標/実績 sub-rows per KPI (KPI merged down), columns 2022年\\n3月末 … 2025年\\n3月末, values "50 人" text, "-" where no target, 評価時点 stated',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    put(ws, 1, 1, ['地方創生推進交付金事業　KPI達成状況']);
    put(ws, 2, 1, ['評価時点：2024年3月末（令和５年度）']);
    put(ws, 4, 1, ['No.', 'KPI', '区分', '2022年\n3月末', '2023年\n3月末', '2024年\n3月末', '2025年\n3月末']);
    wrapRow(ws, 4, 1, 7);
    const kpis: [string, string[], string[]][] = [
      ['移住者数', ['30 人', '40 人', '50 人', '60 人'], ['28 人', '45 人', '41 人']],
      ['サテライトオフィス進出企業数', ['-', '2 社', '3 社', '5 社'], ['1 社', '2 社', '4 社']],
      ['ワーケーション利用者数', ['200 人', '400 人', '600 人', '800 人'], ['150 人', '320 人', '390 人']],
      ['地域商社の売上高', ['1,000 万円', '1,500 万円', '2,000 万円', '2,500 万円'], ['820 万円', '1,480 万円', '2,130 万円']],
    ];
    kpis.forEach(([name, t, a], i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [i + 1, name, '目標', ...t]);
      put(ws, r + 1, 3, ['実績', ...a]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 2, r + 1, 2);
    });
  },
  expected: {
    file: 'h10-kpi-subrows-month-end.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI', '移住者数', '人', 50, 41),
      ind('KPI', 'サテライトオフィス進出企業数', '社', 3, 4),
      ind('KPI', 'ワーケーション利用者数', '人', 600, 390),
      ind('KPI', '地域商社の売上高', '万円', 2000, 2130),
    ],
    groups: [],
  },
};

const final = (x: ReturnType<typeof ind>) => ({ ...x, targetSource: 'final' });

const planDirection: Holdout10Workbook = {
  name: 'h10-plan-baseline-direction',
  layout:
    'D: 環境基本計画 成果指標, 基準値（令和2年度）, 実績値 merged over 令和3〜5年度, 目標値（令和7年度） after the actuals, 目指す方向 ↓/↑ column, 集計中, 点検対象 stated',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    put(ws, 1, 1, ['第３次環境基本計画　成果指標の進捗状況']);
    put(ws, 2, 1, ['点検対象：令和５年度実績']);
    put(ws, 3, 1, ['番号', '成果指標', '単位', '基準値\n（令和2年度）', '実績値', undefined, undefined, '目標値\n（令和7年度）', '目指す\n方向', '備考']);
    put(ws, 4, 5, ['令和3年度', '令和4年度', '令和5年度']);
    for (const c of [1, 2, 3, 4, 8, 9, 10]) ws.mergeCells(3, c, 4, c);
    ws.mergeCells(3, 5, 3, 7);
    wrapRow(ws, 3, 1, 10);
    const rows: (string | number)[][] = [
      [1, '1人1日当たりのごみ排出量', 'g', 912, 898, 885, 871, 850, '↓'],
      [2, 'リサイクル率', '％', 18.5, 19.0, 19.8, 20.4, 25.0, '↑'],
      [3, '市民環境講座の参加者数', '人', 420, 380, 455, 512, 500, '↑'],
      [4, '温室効果ガス排出量', '千t-CO2', 612, 598, 587, '集計中', 520, '↓', '国の統計公表後に確定'],
      [5, '公害苦情件数', '件', 48, 52, 44, 41, 35, '↓'],
      [6, '太陽光発電設備の設置件数（累計）', '件', 1850, 1990, 2140, 2260, 3000, '↑'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※目指す方向　↑：数値が高いほど良い　↓：数値が低いほど良い']);
  },
  expected: {
    file: 'h10-plan-baseline-direction.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind('成果指標', '1人1日当たりのごみ排出量', 'g', 850, 871, { direction: 'down' })),
      final(ind('成果指標', 'リサイクル率', '％', 25, 20.4)),
      final(ind('成果指標', '市民環境講座の参加者数', '人', 500, 512)),
      final(ind('成果指標', '温室効果ガス排出量', '千t-CO2', 520, null, { direction: 'down', actualStatus: 'pending' })),
      final(ind('成果指標', '公害苦情件数', '件', 35, 41, { direction: 'down' })),
      final(ind('成果指標', '太陽光発電設備の設置件数（累計）', '件', 3000, 2260)),
    ],
    groups: [],
  },
};

/** One 基本方針 section of the 点検評価 sheet from `row`: heading, header, indicator rows. */
function section(ws: Worksheet, row: number, heading: string, rows: (string | number)[][]): void {
  put(ws, row, 1, [heading]);
  put(ws, row + 1, 1, ['指標', '単位', '現況値\n（計画策定時）', '目標値\n(FY2026)', 'FY2022\n実績', 'FY2023\n実績', '現状把握の方法']);
  wrapRow(ws, row + 1, 1, 7);
  rows.forEach((r, i) => put(ws, row + 2 + i, 1, r));
}

const planSections: Holdout10Workbook = {
  name: 'h10-plan-two-sections-guess',
  layout:
    'D: 点検評価 sheet with two 基本方針 sections (header repeated), 現況値 with its year in the cell, 目標値(FY2026), FY2022/FY2023 実績 columns, no evaluation year stated (latest actuals: a guess)',
  build(wb) {
    const ws = wb.addWorksheet('点検評価');
    put(ws, 1, 1, ['工業振興計画　点検評価一覧']);
    section(ws, 3, '基本方針１　ものづくり産業の振興', [
      ['製造品出荷額等', '億円', '1,720\n(2020年)', 1940, 1802, 1885, '工業統計調査'],
      ['工業団地への企業立地件数（累計）', '件', 31, 39, 33, 35, '商工課調べ'],
      ['産学連携による共同研究件数', '件', 12, 20, 15, 21, '商工課調べ'],
    ]);
    section(ws, 9, '基本方針２　産業人材の確保・育成', [
      ['市内高校生の市内就職率', '％', '42.3\n(2020年度)', 50, 44.1, 39.5, 'ハローワーク資料'],
      ['企業見学会の参加者数', '人', 210, 300, 265, '未実施', '商工課調べ'],
      ['技能検定合格者数', '人', 85, 100, 92, 104, '職業能力開発協会'],
    ]);
  },
  expected: {
    file: 'h10-plan-two-sections-guess.xlsx',
    fiscalYear: 2023,
    guesses: ['period'],
    indicators: [
      final(ind('点検評価', '製造品出荷額等', '億円', 1940, 1885)),
      final(ind('点検評価', '工業団地への企業立地件数（累計）', '件', 39, 35)),
      final(ind('点検評価', '産学連携による共同研究件数', '件', 20, 21)),
      final(ind('点検評価', '市内高校生の市内就職率', '％', 50, 39.5)),
      final(ind('点検評価', '企業見学会の参加者数', '人', 300, null, { actualStatus: 'not-implemented' })),
      final(ind('点検評価', '技能検定合格者数', '人', 100, 104)),
    ],
    groups: [],
  },
};

export const FAMILY_CD_WORKBOOKS: Holdout10Workbook[] = [kpiSubColumns, kpiSubRows, planDirection, planSections];
