/**
 * Hold-out 150, shapes outside the four families that 企業誘致・雇用創出 offices use: a 地域職業相談室 月別実績 with months as
 * rows, 年度計 and 年間目標 rows (formulas), a 企業立地の推移 with years as rows and no stated evaluation year, 事務事業評価シート
 * one 事業 per sheet, and a 地方創生推進交付金 効果検証シート whose KPI are 増加分 per 年目.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** Months as rows (4月…3月), 年度計 (SUM formulas), 年間目標 and 達成率 rows; units in the headings. */
const monthly: Holdout2Workbook = {
  name: 'h150-n-shokugyo-sodan-tsuki',
  layout: 'outside: 令和３年度 地域職業相談室 月別実績, months as rows, 年度計 by SUM formulas, 年間目標 row, 達成率 row in %, units in headings',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('月別実績');
    widths(ws, [12, 16, 14, 18, 30]);
    merge(ws, 1, 1, 1, 5, '令和３年度　ふるさとハローワーク（地域職業相談室）月別実績');
    put(ws, 3, 1, ['月', '職業相談件数（件）', '就職件数（件）', '求人開拓事業所数（社）', '備考']);
    const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
    const sodan = [268, 231, 245, 236, 210, 228, 251, 240, 198, 219, 248, 272];
    const shushoku = [34, 30, 29, 31, 27, 33, 35, 30, 24, 28, 32, 38];
    const kaitaku = [10, 8, 9, 7, 6, 9, 10, 8, 6, 7, 8, 8];
    const notes: Record<number, string> = { 4: '8/16～8/20 相談室改修のため休止', 8: '12/29～1/3 閉庁' };
    months.forEach((m, i) => put(ws, 4 + i, 1, [m, sodan[i], shushoku[i], kaitaku[i], notes[i]]));
    const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
    const targets = [3000, 360, 120];
    const cols = ['B', 'C', 'D'];
    [sodan, shushoku, kaitaku].forEach((a, k) => {
      const c = 2 + k;
      ws.getCell(16, c).value = { formula: `SUM(${cols[k]}4:${cols[k]}15)`, result: sum(a) };
      ws.getCell(17, c).value = targets[k];
      ws.getCell(18, c).value = { formula: `${cols[k]}16/${cols[k]}17`, result: sum(a) / targets[k] };
      ws.getCell(18, c).numFmt = '0.0%';
    });
    put(ws, 16, 1, ['年度計']);
    put(ws, 17, 1, ['年間目標']);
    put(ws, 18, 1, ['達成率']);
    box(ws, 3, 1, 18, 5);
    merge(ws, 20, 1, 20, 5, '※就職件数は相談室の紹介により就職が確認できた件数。年間目標は雇用対策協定に基づく。');
  },
  expected: {
    file: 'h150-n-shokugyo-sodan-tsuki.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind('月別実績', '職業相談件数', '件', 3000, 2846),
      ind('月別実績', '就職件数', '件', 360, 371),
      ind('月別実績', '求人開拓事業所数', '社', 120, 96),
    ],
    groups: [],
  },
};

/** Years as rows (平成30年度…令和7年度), 目標／実績 pairs under merged headings, no evaluation year written: the latest actuals. */
const yearsAsRows: Holdout2Workbook = {
  name: 'h150-n-ritchi-suii-nendo',
  layout: 'outside: 企業立地の推移, years as rows H30…R7, 目標／実績 pairs under merged two-row headings, 「－」 before the plan, no stated year',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('立地推移');
    widths(ws, [12, 9, 9, 9, 9, 11, 11, 34]);
    merge(ws, 1, 1, 1, 8, '企業立地件数・新規雇用者数・設備投資額の推移');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '立地件数（件）');
    merge(ws, 3, 4, 3, 5, '新規雇用者数（人）');
    merge(ws, 3, 6, 3, 7, '設備投資額（億円）');
    merge(ws, 3, 8, 4, 8, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number)[][] = [
      ['平成30年度', '－', 3, '－', 84, '－', 41.2, ''],
      ['令和元年度', '－', 2, '－', 65, '－', 28.7, ''],
      ['令和2年度', '－', 1, '－', 22, '－', 12.5, '新型コロナの影響で商談延期'],
      ['令和3年度', 3, 2, 100, 71, 50.0, 33.4, '第2次産業振興ビジョン（R3～R7）開始'],
      ['令和4年度', 3, 4, 100, 118, 50.0, 61.8, ''],
      ['令和5年度', 3, 2, 100, 126, 50.0, 38.6, '食料品製造業1社、物流業1社'],
      ['令和6年度', 3, '', 100, '', 50.0, '', ''],
      ['令和7年度', 3, '', 100, '', 50.0, '', ''],
    ];
    rows.forEach((r, i) =>
      put(
        ws,
        5 + i,
        1,
        r.map((v) => (v === '' ? undefined : v)),
      ),
    );
    wrap(ws, 3, 1, 12, 8);
    box(ws, 3, 1, 12, 8);
    merge(ws, 14, 1, 14, 8, '※新規雇用者数は立地企業の操業時雇用計画ではなく、各年度末に確認できた雇用者数。');
  },
  expected: {
    file: 'h150-n-ritchi-suii-nendo.xlsx',
    fiscalYear: 2023,
    indicators: [ind('立地推移', '立地件数', '件', 3, 2), ind('立地推移', '新規雇用者数', '人', 100, 126), ind('立地推移', '設備投資額', '億円', 50, 38.6)],
    groups: [],
    // No evaluation year is written: the clerk takes the latest year with actuals (令和5年度).
    guesses: ['period'],
  },
};

/** 事務事業評価シート, one 事業 per sheet: label-value rows, then 活動指標／成果指標 with 前年度実績, 目標, 実績, 達成率. */
const perProject: Holdout2Workbook = {
  name: 'h150-n-jimu-jigyo-hyoka',
  layout: 'outside: 令和２年度 事務事業評価シート, one 事業 per sheet, label-value header, 活動指標／成果指標 rows with 前年度実績 and 達成率, 事業費（千円）',
  build(wb: Workbook) {
    const sheet = (title: string, name: string, purpose: string, cost: string, rows: (string | number)[][], direction: string) => {
      const ws = wb.addWorksheet(title);
      widths(ws, [12, 30, 7, 13, 13, 13, 10, 30]);
      merge(ws, 1, 1, 1, 8, '令和２年度　事務事業評価シート');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 8, name);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 8, '産業振興部　商工振興課　企業立地係');
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 8, purpose);
      put(ws, 6, 1, ['事業費（千円）']);
      merge(ws, 6, 2, 6, 8, cost);
      put(ws, 8, 1, ['区分', '指標名', '単位', '令和元年度実績', '令和２年度目標', '令和２年度実績', '達成率', '備考']);
      rows.forEach((r, i) => {
        put(
          ws,
          9 + i,
          1,
          r.map((v) => (v === '' ? undefined : v)),
        );
        const target = Number(String(r[4]).normalize('NFKC'));
        const actual = Number(String(r[5]).normalize('NFKC'));
        ws.getCell(9 + i, 7).value = actual / target;
        ws.getCell(9 + i, 7).numFmt = '0.0%';
      });
      wrap(ws, 3, 1, 10, 8);
      box(ws, 3, 1, 6, 8);
      box(ws, 8, 1, 10, 8);
      put(ws, 12, 1, ['今後の方向性']);
      merge(ws, 12, 2, 12, 8, direction);
      box(ws, 12, 1, 12, 8);
    };
    sheet(
      '企業立地奨励事業',
      '企業立地奨励事業',
      '工場等を新設・増設した企業に奨励金を交付し、企業の立地と雇用の拡大を図る。',
      '12,480',
      [
        ['活動指標', '奨励金交付件数', '件', 4, 5, 5, '', ''],
        ['成果指標', '奨励金交付企業の新規雇用者数', '人', 38, 40, 29, '', '操業開始の延期（1社）'],
      ],
      '継続（交付要件に雇用者数3人以上を追加）',
    );
    sheet(
      '工業団地管理事業',
      '工業団地管理・誘致活動事業',
      '市の工業団地の維持管理と分譲のための誘致活動を行う。',
      '8,215',
      [
        ['活動指標', '企業訪問・誘致活動件数', '件', 62, 80, '５３', '', '※新型コロナウイルス感染症の影響で訪問を自粛'],
        ['成果指標', '工業団地の分譲面積（累計）', 'ha', 15.8, 18.5, 17.2, '', 'R2：1区画1.4ha分譲'],
      ],
      '継続（オンライン商談を併用）',
    );
  },
  expected: {
    file: 'h150-n-jimu-jigyo-hyoka.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind('企業立地奨励事業', '奨励金交付件数', '件', 5, 5),
      ind('企業立地奨励事業', '奨励金交付企業の新規雇用者数', '人', 40, 29),
      ind('工業団地管理事業', '企業訪問・誘致活動件数', '件', 80, 53),
      ind('工業団地管理事業', '工業団地の分譲面積（累計）', 'ha', 18.5, 17.2),
    ],
    groups: [],
  },
};

/** 地方創生推進交付金 効果検証: KPI 増加分 per 年目 (目標値／実績値 under merged year headings), 事業開始前, 達成／未達成. */
const kofukinKpi: Holdout2Workbook = {
  name: 'h150-n-suishin-kofukin-kpi',
  layout: 'outside: 地方創生推進交付金 効果検証シート (令和４年度実施分), KPI 増加分 per 年目 under merged headings, 事業開始前 0, 達成／未達成 words',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('効果検証');
    widths(ws, [34, 7, 12, 10, 10, 10, 10, 12, 12]);
    merge(ws, 1, 1, 1, 9, '地方創生推進交付金事業　効果検証シート（令和４年度実施分）');
    put(ws, 3, 1, ['事業名']);
    merge(ws, 3, 2, 3, 9, '産業団地を核としたものづくり人材確保・定着推進事業');
    put(ws, 4, 1, ['事業期間']);
    merge(ws, 4, 2, 4, 9, '令和3年度～令和5年度（3か年）');
    merge(ws, 6, 1, 7, 1, '重要業績評価指標（KPI）');
    merge(ws, 6, 2, 7, 2, '単位');
    merge(ws, 6, 3, 7, 3, '事業開始前\n（現時点）');
    merge(ws, 6, 4, 6, 5, '令和3年度増加分\n（1年目）');
    merge(ws, 6, 6, 6, 7, '令和4年度増加分\n（2年目）');
    merge(ws, 6, 8, 7, 8, '令和5年度増加分\n（3年目）目標値');
    merge(ws, 6, 9, 7, 9, '達成状況\n（令和4年度）');
    put(ws, 7, 4, ['目標値', '実績値', '目標値', '実績値']);
    const rows: (string | number)[][] = [
      ['産業団地への企業立地件数', '件', 0, 1, 1, 2, 1, 2, '未達成'],
      ['立地企業・市内製造業の新規雇用者数', '人', 0, 20, 23, 30, 34, 40, '達成'],
      ['企業説明会・工場見学会参加者数', '人', 0, 150, 132, 200, 176, 250, '未達成'],
    ];
    rows.forEach((r, i) => put(ws, 8 + i, 1, r));
    wrap(ws, 6, 1, 10, 9);
    box(ws, 3, 1, 4, 9);
    box(ws, 6, 1, 10, 9);
    put(ws, 12, 1, ['事業の効果']);
    merge(ws, 12, 2, 12, 9, '地方創生に相当程度効果があった');
    put(ws, 13, 1, ['外部有識者の意見']);
    merge(ws, 13, 2, 13, 9, '企業立地は景気動向に左右されるため、雇用面の成果とあわせて評価すべき。');
    box(ws, 12, 1, 13, 9);
  },
  expected: {
    file: 'h150-n-suishin-kofukin-kpi.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('効果検証', '産業団地への企業立地件数', '件', 2, 1),
      ind('効果検証', '立地企業・市内製造業の新規雇用者数', '人', 30, 34),
      ind('効果検証', '企業説明会・工場見学会参加者数', '人', 200, 176),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, yearsAsRows, perProject, kofukinKpi];
