/**
 * Hold-out 26, families C and D as other offices lay them out: KPI tables per period (half-year
 * 月末 columns, years as rows with KPIs across, a merged year heading over 目標/実績/達成率) and plan
 * indicator tables (基準値 / 目標値 / 実績値 with years in headings, years inside the cells, two
 * tables stacked on one sheet).
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const final = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });

const C1 = 'KPI進捗';
/** 達成率 at 2024年3月末 as the office writes it. */
const RATES = ['115.0%', '66.7%', '90.4%', '-'];
const kpiHalfYear: Holdout2Workbook = {
  name: 'h26-kpi-half-year-ends',
  layout: 'C: KPI × half-year columns (2023年9月末…2025年3月末), 目標値/実績値/達成率 rows, units in the values, "-" target, 評価時点 stated above',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    put(ws, 1, 1, ['中心市街地活性化計画 KPI進捗状況']);
    put(ws, 2, 1, ['評価時点：2024年3月末']);
    put(ws, 4, 1, ['KPI', '区分', '2023年9月末', '2024年3月末', '2024年9月末', '2025年3月末']);
    const kpis: [string, string[], string[]][] = [
      ['創業支援件数', ['20 件', '40 件', '20 件', '45 件'], ['19 件', '46 件', '', '']],
      ['空き店舗活用件数', ['3 件', '6 件', '3 件', '7 件'], ['1 件', '4 件', '', '']],
      ['中心市街地歩行者通行量（休日）', ['11,000 人', '12,000 人', '12,000 人', '12,500 人'], ['10,320 人', '10,850 人', '', '']],
      ['商店街イベント開催数', ['-', '-', '-', '-'], ['3 回', '8 回', '', '']],
    ];
    kpis.forEach(([name, targets, actuals], i) => {
      const r = 5 + i * 3;
      put(ws, r, 1, [name, '目標値', ...targets]);
      put(ws, r + 1, 2, ['実績値', ...actuals.map((a) => a || undefined)]);
      put(ws, r + 2, 2, ['達成率', undefined, RATES[i]]);
      ws.mergeCells(r, 1, r + 2, 1);
    });
    put(ws, 18, 1, ['※通行量は休日1日当たり。達成率は年度末に算出。']);
  },
  expected: {
    file: 'h26-kpi-half-year-ends.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C1, '創業支援件数', '件', 40, 46),
      ind(C1, '空き店舗活用件数', '件', 6, 4),
      ind(C1, '中心市街地歩行者通行量（休日）', '人', 12000, 10850),
      ind(C1, '商店街イベント開催数', '回', null, 8),
    ],
    groups: [],
  },
};

const C2 = '広報KPI';
const kpiYearsAsRows: Holdout2Workbook = {
  name: 'h26-kpi-years-as-rows',
  layout:
    'C: years as rows (FY2021…FY2024, FY2024 already filled), KPIs across with merged name over 目標/実績, units in the name heading, year in a 評価設定 sheet',
  build(wb) {
    const ws = wb.addWorksheet(C2);
    put(ws, 1, 1, ['シティプロモーション推進計画 KPI一覧']);
    put(ws, 3, 1, ['年度', 'ふるさと納税件数（件）', undefined, 'SNSフォロワー数（人）', undefined, 'ホームページ閲覧数（千件）']);
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:C3');
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:G3');
    put(ws, 5, 1, ['FY2021', 9000, 9412, 5000, 4210, 380, 371]);
    put(ws, 6, 1, ['FY2022', 12000, 13880, 6500, 5330, 420, 398]);
    put(ws, 7, 1, ['FY2023', 15000, 17320, 8000, 6100, 450, 402]);
    put(ws, 8, 1, ['FY2024', 16000, 18050, 9000, 7480, 480, 455]);
    const settings = wb.addWorksheet('評価設定');
    put(settings, 1, 1, ['評価対象年度', '令和5年度']);
    put(settings, 2, 1, ['評価基準', 'A：100％以上　B：80％以上　C：60％以上　D：60％未満']);
  },
  expected: {
    file: 'h26-kpi-years-as-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C2, 'ふるさと納税件数', '件', 15000, 17320),
      ind(C2, 'SNSフォロワー数', '人', 8000, 6100),
      ind(C2, 'ホームページ閲覧数', '千件', 450, 402),
    ],
    groups: [],
  },
};

const C3 = '移住KPI';
const kpiMergedYear: Holdout2Workbook = {
  name: 'h26-kpi-merged-year-rates',
  layout: 'C: R4 / R5 / R6 merged over 目標・実績・達成率, a cumulative KPI, a down KPI with target 0, a hidden spacer column and a 合計 row',
  build(wb) {
    const ws = wb.addWorksheet(C3);
    put(ws, 1, 1, ['移住・定住促進KPI（令和５年度評価）']);
    put(ws, 3, 1, ['KPI', '単位', '目標の方向', 'R4', undefined, undefined, undefined, 'R5', undefined, undefined, undefined, 'R6']);
    put(ws, 4, 4, ['目標', '実績', '達成率', undefined, '目標', '実績', '達成率', undefined, '目標', '実績']);
    for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}3:${c}4`);
    ws.mergeCells('D3:F3');
    ws.mergeCells('H3:J3');
    ws.mergeCells('L3:M3');
    ws.getColumn(7).hidden = true;
    ws.getColumn(11).hidden = true;
    const rows: (string | number)[][] = [
      ['累計移住者数', '人', '↑', 200, 184, '92.0%', '', 300, 276, '92.0%', '', 400, 0],
      ['移住相談件数', '件', '↑', 220, 231, '105.0%', '', 250, 262, '104.8%', '', 280, 0],
      ['空き家バンク成約件数', '件', '↑', 20, 17, '85.0%', '', 25, 13, '52.0%', '', 30, 0],
      ['待機児童数', '人', '↓', 0, 2, '-', '', 0, 0, '達成', '', 0, 0],
    ];
    rows.forEach((r, i) =>
      put(
        ws,
        5 + i,
        1,
        r.slice(0, 12).map((v) => (v === '' ? undefined : v)),
      ),
    );
    put(ws, 9, 1, ['合計', undefined, undefined, 440, 434, undefined, undefined, 575, 551]);
    put(ws, 10, 1, ['※累計移住者数は計画期間（R4～）の累計。R6は年度途中のため未記入。']);
  },
  expected: {
    file: 'h26-kpi-merged-year-rates.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C3, '累計移住者数', '人', 300, 276),
      ind(C3, '移住相談件数', '件', 250, 262),
      ind(C3, '空き家バンク成約件数', '件', 25, 13),
      ind(C3, '待機児童数', '人', 0, 0, { direction: 'down' }),
    ],
    groups: [],
  },
};

const D1 = '成果指標';
const planBaseTarget: Holdout2Workbook = {
  name: 'h26-plan-baseline-target-actual',
  layout: 'D: 基準値（R1）/ 参考値（県平均）/ 目標値（R7）/ 実績値（R5） headings, 単位 and 方向性 columns, 集計中, title with 令和５年度実績',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['第２次総合計画 成果指標の達成状況（令和５年度実績）']);
    put(ws, 3, 1, ['番号', '指標名', '単位', '方向性', '基準値（R1）', '参考値（県平均）', '目標値（R7）', '実績値（R5）', '備考']);
    const rows: (string | number)[][] = [
      ['1-1', '市民活動団体登録数', '団体', '増加', 120, 135, 150, 138, ''],
      ['1-2', '1人1日当たりごみ排出量', 'g', '減少', 905, 880, 850, 872, ''],
      ['2-1', '自主防災組織率', '％', '増加', 78.5, 85.2, 90, 91.2, ''],
      ['2-2', '交通事故発生件数', '件', '減少', 310, '－', 250, 236, '暦年'],
      ['3-1', '地域包括支援センター相談件数', '件', '増加', 2400, '－', 3000, '集計中', '６月確定'],
    ];
    rows.forEach((r, i) =>
      put(
        ws,
        4 + i,
        1,
        r.map((v) => (v === '' ? undefined : v)),
      ),
    );
  },
  expected: {
    file: 'h26-plan-baseline-target-actual.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(D1, '市民活動団体登録数', '団体', 150, 138)),
      final(ind(D1, '1人1日当たりごみ排出量', 'g', 850, 872, { direction: 'down' })),
      final(ind(D1, '自主防災組織率', '％', 90, 91.2)),
      final(ind(D1, '交通事故発生件数', '件', 250, 236, { direction: 'down' })),
      final(ind(D1, '地域包括支援センター相談件数', '件', 3000, null, { actualStatus: 'pending' })),
    ],
    groups: [],
  },
};

const D2 = '計画指標';
const planYearsInCells: Holdout2Workbook = {
  name: 'h26-plan-years-in-cells',
  layout: 'D: 現状値 and 実績 with their year inside the cell (line break), 最終目標（Ｒ８） heading, units inside the values, 把握方法 column',
  build(wb) {
    const ws = wb.addWorksheet(D2);
    put(ws, 1, 1, ['まち・ひと・しごと創生総合戦略　計画の指標']);
    put(ws, 3, 1, ['指標', '指標の説明', '現状値', '最終目標（Ｒ８）', '実績', '把握方法']);
    put(ws, 4, 1, ['合計特殊出生率', '一人の女性が生涯に産む子どもの数', '1.38\n（令和2年）', '1.50', '1.41\n（令和5年）', '人口動態統計']);
    put(ws, 5, 1, ['転入者数', '住民基本台帳による年間転入者数', '2,850人\n（令和2年度）', '3,200人', '2,990人\n（令和5年度）', '住民基本台帳']);
    put(ws, 6, 1, [
      '若年層（20～39歳）の転出超過数',
      '転出者数－転入者数（少ないほど良い）',
      '420人\n（令和2年度）',
      '300人',
      '365人\n（令和5年度）',
      '住民基本台帳',
    ]);
    put(ws, 7, 1, ['市内企業への就職者数', '市内高校卒業者のうち市内企業へ就職した人数', '85人\n（令和2年度）', '110人', '118人\n（令和5年度）', '学校調査']);
  },
  expected: {
    file: 'h26-plan-years-in-cells.xlsx',
    indicators: [
      final(ind(D2, '合計特殊出生率', null, 1.5, 1.41)),
      final(ind(D2, '転入者数', '人', 3200, 2990)),
      final(ind(D2, '若年層（20～39歳）の転出超過数', '人', 300, 365, { direction: 'down' })),
      final(ind(D2, '市内企業への就職者数', '人', 110, 118)),
    ],
    groups: [],
  },
};

const D3 = '分野別指標';
const planTwoTables: Holdout2Workbook = {
  name: 'h26-plan-two-tables-stacked',
  layout:
    'D: two plan tables stacked on one sheet under 分野 headings, 基準年度 / 2023年度実績 / 2027年度目標 headings, last year’s 2022年度実績 column, units in the name headings',
  build(wb) {
    const ws = wb.addWorksheet(D3);
    put(ws, 1, 1, ['環境基本計画 指標一覧（2023年度実績）']);
    put(ws, 3, 1, ['【分野１】脱炭素社会']);
    put(ws, 4, 1, ['指標', '基準年度', '基準値', '2022年度実績', '2023年度実績', '2027年度目標']);
    put(ws, 5, 1, ['市有施設の太陽光発電設備容量（kW）', '2019', 420, 610, 705, 900]);
    put(ws, 6, 1, ['市域の温室効果ガス排出量（千t-CO2）', '2013', 1250, 1012, 986, 875]);
    put(ws, 7, 1, ['※温室効果ガス排出量は削減を目指す指標。']);
    put(ws, 9, 1, ['【分野２】循環型社会']);
    put(ws, 10, 1, ['指標', '基準年度', '基準値', '2022年度実績', '2023年度実績', '2027年度目標']);
    put(ws, 11, 1, ['リサイクル率（％）', '2019', 18.2, 19.0, 19.6, 24.0]);
    put(ws, 12, 1, ['最終処分量（t）', '2019', 5200, 4810, 4950, 4500]);
    put(ws, 13, 1, ['※最終処分量は減少を目指す指標。']);
  },
  expected: {
    file: 'h26-plan-two-tables-stacked.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(D3, '市有施設の太陽光発電設備容量', 'kW', 900, 705)),
      final(ind(D3, '市域の温室効果ガス排出量', '千t-CO2', 875, 986, { direction: 'down' })),
      final(ind(D3, 'リサイクル率', '％', 24, 19.6)),
      final(ind(D3, '最終処分量', 't', 4500, 4950, { direction: 'down' })),
    ],
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [kpiHalfYear, kpiYearsAsRows, kpiMergedYear, planBaseTarget, planYearsInCells, planTwoTables];
