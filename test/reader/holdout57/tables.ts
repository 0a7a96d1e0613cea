/** Hold-out 57: KPI tables per period (family C) and plan-indicator tables (family D) in other cities' conventions. */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const n = (v: number) => v.toLocaleString('en-US');
const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ---------------------------------------------------------------------------------------------
// 6. KPI × 「2021(R3)」 headings, 目標/実績 row pairs, 「1-(2)-1」 numbers, a 目指す方向 column with ↑/↓.
const S6 = 'KPI進捗';
const p6: [string, string, string, '↑' | '↓', number[], number[], string?][] = [
  ['1-(1)-1', '新規就農者数', '人', '↑', [8, 8, 8, 8], [6, 9, 7]],
  ['1-(1)-2', '市内事業所の従業者数', '人', '↑', [10200, 10150, 10100, 10050], [10310, 10184, 10022], '経済センサス等による推計'],
  ['1-(2)-1', 'ふるさと納税寄附件数', '件', '↑', [15000, 18000, 21000, 24000], [16422, 19873, 23508]],
  ['2-(1)-1', '転出超過数', '人', '↓', [300, 280, 260, 240], [352, 317, 298], '住民基本台帳人口移動報告（暦年）'],
  ['2-(1)-2', '婚活イベントでの成立カップル数', '組', '↑', [10, 10, 12, 12], [5, 8, 13]],
  ['3-(1)-1', '交通事故発生件数', '件', '↓', [180, 170, 160, 150], [171, 158, 166]],
];
const p6Ind = p6.map(([, name, unit, d, t, a]) => ind(S6, name, unit, t[2], a[2], d === '↓' ? { direction: 'down' } : {}));
const KPI_AD_R: Holdout2Workbook = {
  name: 'h57-kpi-ad-r-headings',
  layout: 'KPI table, headings 「2021(R3)」…「2024(R6)」, 目標/実績 row pairs with the KPI merged over both, 目指す方向 ↑/↓, 「1-(2)-1」 numbers',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S6);
    put(ws, 1, 1, ['第2期まち・ひと・しごと創生総合戦略　KPI進捗状況（令和5年度評価）']);
    put(ws, 2, 9, ['企画政策課']);
    put(ws, 3, 1, ['番号', 'KPI', '単位', '目指す方向', '区分', '2021(R3)', '2022(R4)', '2023(R5)', '2024(R6)', '備考']);
    p6.forEach(([no, name, unit, d, t, a, note], i) => {
      const r = 4 + i * 2;
      put(ws, r, 1, [no, name, unit, d, '目標', ...t, note]);
      put(ws, r + 1, 5, ['実績', ...a]);
      for (const c of [1, 2, 3, 4, 10]) ws.mergeCells(r, c, r + 1, c);
    });
    put(ws, 17, 1, ['※目指す方向　↑：増加を目指す　↓：減少を目指す']);
    put(ws, 18, 1, ['※2024(R6)の実績は令和6年度評価で記載']);
  },
  expected: { file: 'h57-kpi-ad-r-headings.xlsx', fiscalYear: 2023, indicators: p6Ind, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// 7. Plan indicators with a 目標年度 per row (R7, R9, R12), a 方向 column, a 達成見込み mark, 集計中.
const S7 = '計画指標';
const p7: [string, string, string, '増加' | '減少', number, string, number, string, number | '集計中', string][] = [
  ['①-1', '市民1人1日当たりのごみ排出量', 'g', '減少', 912, 'R1', 850, 'R7', 887, '△'],
  ['①-2', 'リサイクル率', '%', '増加', 18.2, 'R1', 24.0, 'R7', 19.6, '△'],
  ['②-1', '市域の温室効果ガス排出量', '千t-CO2', '減少', 1082, 'H25', 650, 'R12', '集計中', '○'],
  ['②-2', '公共施設への太陽光発電設備導入件数', '件', '増加', 21, 'R1', 45, 'R9', 34, '○'],
  ['③-1', '環境学習講座の参加者数', '人', '増加', 1240, 'R1', 1500, 'R7', 1562, '◎'],
  ['③-2', '不法投棄の通報件数', '件', '減少', 96, 'R1', 70, 'R7', 58, '◎'],
];
const p7Ind = p7.map(([, name, unit, d, , , t, , v]) =>
  fin(
    v === '集計中'
      ? { ...ind(S7, name, unit, t, null, { actualStatus: 'pending' }), direction: 'down' }
      : ind(S7, name, unit, t, v, { direction: d === '減少' ? 'down' : 'up' }),
  ),
);
const PLAN_TARGET_YEAR: Holdout2Workbook = {
  name: 'h57-plan-target-year-column',
  layout: 'plan-indicator table, 基準値/基準年度, 目標値 with its own 目標年度 column per row (R7, R9, R12), 方向 column, 達成見込み ◎○△, 集計中',
  build(wb) {
    const ws = wb.addWorksheet(S7);
    put(ws, 1, 1, ['第3次環境基本計画　指標の進捗状況']);
    put(ws, 2, 1, ['令和5年度実績（令和6年6月取りまとめ）']);
    put(ws, 4, 1, ['番号', '指標名', '単位', '方向', '基準値', '基準年度', '目標値', '目標年度', '令和5年度実績', '達成見込み', '担当課']);
    const dept = ['環境政策課', '環境政策課', 'ゼロカーボン推進室', '財産管理課', '環境政策課', '生活環境課'];
    p7.forEach((row, i) => put(ws, 5 + i, 1, [...row, dept[i]]));
    put(ws, 12, 1, ['※達成見込み　◎：達成済み　○：達成見込み　△：達成は困難']);
    put(ws, 13, 1, ['※温室効果ガス排出量は国の統計公表が2年遅れのため集計中']);
  },
  expected: { file: 'h57-plan-target-year-column.xlsx', fiscalYear: 2023, indicators: p7Ind, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// 8. One sheet per 部局 and a 総括 sheet listing them with counts of grades.
const p8: Record<string, [string, string, string, number, number, string][]> = {
  総務部: [
    ['1-(1)-1', '電子申請可能な手続数', '件', 120, 134, 'A'],
    ['1-(1)-2', '職員の年次有給休暇平均取得日数', '日', 14.0, 12.6, 'B'],
    ['1-(2)-1', '市税収納率', '%', 98.5, 98.7, 'A'],
  ],
  福祉部: [
    ['2-(1)-1', '特定健康診査受診率', '%', 45.0, 38.4, 'B'],
    ['2-(1)-2', '介護予防教室の参加者数', '人', 3600, 2310, 'C'],
    ['2-(2)-1', '生活保護受給者の就労開始者数', '人', 40, 22, 'D'],
  ],
  建設部: [
    ['3-(1)-1', '市道の舗装修繕延長', 'km', 4.5, 4.8, 'A'],
    ['3-(1)-2', '橋りょう長寿命化修繕の実施橋数', '橋', 12, 9, 'C'],
    ['3-(2)-1', '市営住宅の空き家率', '%', 8.0, 9.1, 'B'],
  ],
};
const p8Ind = Object.entries(p8).flatMap(([sheet, rows]) =>
  rows.map(([no, name, unit, t, a, g]) => ind(sheet, name, unit, t, a, { existing: g, direction: no === '3-(2)-1' ? 'down' : 'up' })),
);
const PER_DEPARTMENT: Holdout2Workbook = {
  name: 'h57-sheet-per-department',
  layout:
    'one sheet per 部局 (番号 | 指標名 | 単位 | 令和5年度目標 | 令和5年度実績 | 評価) and a 総括 sheet listing the sheets with counts of A–D; a ※ footnote marks one row 低いほど良い',
  build(wb) {
    const sum = wb.addWorksheet('総括');
    put(sum, 1, 1, ['令和5年度　部局別重点指標　評価総括表']);
    put(sum, 3, 1, ['部局', 'シート名', '指標数', 'A', 'B', 'C', 'D', '備考']);
    Object.entries(p8).forEach(([dept, rows], i) => {
      const c = (g: string) => rows.filter((r) => r[5] === g).length;
      put(sum, 4 + i, 1, [dept, dept, rows.length, c('A'), c('B'), c('C'), c('D')]);
    });
    put(sum, 7, 1, ['合計', undefined, 9, 3, 3, 2, 1]);
    put(sum, 9, 1, ['※各部局の評価は担当部局の自己評価。詳細は各シートを参照。']);
    for (const [dept, rows] of Object.entries(p8)) {
      const ws = wb.addWorksheet(dept);
      put(ws, 1, 1, [`${dept}　重点指標（令和5年度）`]);
      put(ws, 2, 1, [`担当：${dept}各課`]);
      put(ws, 4, 1, ['番号', '指標名', '単位', '令和5年度目標', '令和5年度実績', '評価']);
      rows.forEach((row, i) => put(ws, 5 + i, 1, row));
      if (dept === '建設部') put(ws, 9, 1, ['※3-(2)-1は低いほど良い指標（評価は目標÷実績で算定）']);
    }
  },
  expected: { file: 'h57-sheet-per-department.xlsx', fiscalYear: 2023, indicators: p8Ind, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// 9. KPI with 「R3(2021)」 headings and units in the cells, but no evaluation year written anywhere: R5 is the latest year with actuals (a guess).
const S9 = 'KPI';
const p9: [string, string, string, number[], number[]][] = [
  ['①-1', '企業立地件数', '件', [2, 2, 2, 2, 2], [3, 1, 2]],
  ['①-2', '市内の新規雇用者数', '人', [120, 130, 140, 150, 160], [98, 151, 126]],
  ['②-1', '中心市街地の歩行者通行量', '人', [5200, 5400, 5600, 5800, 6000], [4310, 4988, 5102]],
  ['②-2', '創業支援による創業件数', '件', [20, 22, 24, 26, 28], [21, 19, 14]],
  ['③-1', '市内宿泊者数', '人', [210000, 220000, 230000, 240000, 250000], [142300, 188120, 236540]],
];
const p9Ind = p9.map(([, name, unit, t, a]) => ind(S9, name, unit, t[2], a[2]));
const KPI_NO_YEAR: Holdout2Workbook = {
  name: 'h57-kpi-no-stated-year',
  layout:
    'KPI table, headings 「R3(2021)」…「R7(2025)」, 目標値/実績値 rows typed with units, no evaluation year written: R5(2023) is the latest with actuals (guess)',
  build(wb) {
    const ws = wb.addWorksheet(S9);
    put(ws, 1, 1, ['総合戦略　基本目標1 KPI一覧']);
    put(ws, 2, 1, ['商工労働課']);
    put(ws, 4, 1, ['番号', 'KPI', '区分', 'R3(2021)', 'R4(2022)', 'R5(2023)', 'R6(2024)', 'R7(2025)']);
    p9.forEach(([no, name, unit, t, a], i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [no, name, '目標値', ...t.map((v) => `${n(v)}${unit}`)]);
      put(ws, r + 1, 3, ['実績値', ...a.map((v) => `${n(v)}${unit}`)]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 2, r + 1, 2);
    });
    put(ws, 16, 1, ['※市内宿泊者数は観光動態調査（暦年）による']);
  },
  expected: { file: 'h57-kpi-no-stated-year.xlsx', fiscalYear: 2023, indicators: p9Ind, groups: [], guesses: ['period'] },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [KPI_AD_R, PLAN_TARGET_YEAR, PER_DEPARTMENT, KPI_NO_YEAR];
