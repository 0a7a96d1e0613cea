/** Hold-out 137, shapes outside the four families that 病院事業 offices use (月別患者数, 経営指標の推移, 事務事業評価シート, 計画と実績). */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const M_SHEET = '月別患者数';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const MONTHLY: Holdout2Workbook = {
  name: 'h137-O-tsukibetsu-kanja',
  layout: 'outside: 令和６年度 月別患者数の状況, 目標／実績 rows per 区分 over 4月…3月 and a 年度計 (率は年度平均) column',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [22, 8, 8, ...MONTHS.map(() => 8), 12]);
    merge(ws, 1, 1, 1, 16, '市立病院　月別患者数の状況（令和６年度）');
    put(ws, 2, 16, ['（単位：人、％）']);
    put(ws, 3, 1, ['区分', '単位', '', ...MONTHS, '年度計\n（率は年度平均）']);
    const inpatient = [7980, 8120, 7850, 8210, 8190, 7760, 8050, 7930, 7820, 8010, 7540, 7970];
    const outpatient = [12480, 11960, 13020, 12850, 12510, 12300, 13180, 12470, 12650, 12210, 12390, 14190];
    const rate = [76.2, 75.0, 74.8, 75.8, 75.6, 74.1, 74.3, 75.7, 72.2, 74.0, 77.2, 73.6];
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const rows: [string, string, string, (number | string)[], number | string][] = [
      ['入院延患者数', '人', '目標', inpatient.map(() => ''), 98000],
      ['', '', '実績', inpatient, sum(inpatient)],
      ['外来延患者数', '人', '目標', outpatient.map(() => ''), 150000],
      ['', '', '実績', outpatient, sum(outpatient)],
      ['病床利用率', '％', '目標', rate.map(() => ''), 78.0],
      ['', '', '実績', rate, 74.9],
    ];
    rows.forEach(([name, unit, kind, months, total], i) => {
      const r = 4 + i;
      if (name) {
        merge(ws, r, 1, r + 1, 1, name);
        merge(ws, r, 2, r + 1, 2, unit);
      }
      put(ws, r, 3, [kind, ...months.map((m) => (m === '' ? undefined : m)), total]);
    });
    wrap(ws, 3, 16, 3, 16);
    box(ws, 3, 1, 9, 16);
    put(ws, 10, 1, ['※年度目標は経営強化プラン（令和６年度）の値。月別の目標は設定していない。']);
  },
  expected: {
    file: 'h137-O-tsukibetsu-kanja.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(M_SHEET, '入院延患者数', '人', 98000, 95430),
      ind(M_SHEET, '外来延患者数', '人', 150000, 152210),
      ind(M_SHEET, '病床利用率', '％', 78, 74.9),
    ],
    groups: [],
  },
};

const Y_SHEET = '経営指標の推移';
const YEARS_AS_ROWS: Holdout2Workbook = {
  name: 'h137-O-keiei-shihyo-suii',
  layout:
    'outside: 経営指標の推移 with years as rows (令和3年度…令和5年度 実績, a 目標（令和５年度） row), units in the headings 「（％）」「（日）」, a 目指す方向 row of ↑／↓',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [20, 16, 16, 16, 16]);
    put(ws, 1, 1, ['病院事業　主要経営指標の推移']);
    put(ws, 2, 1, ['評価年度：令和５年度']);
    put(ws, 4, 1, ['年度', '経常収支比率（％）', '病床利用率（％）', '平均在院日数（日）', '職員給与費対医業収益比率（％）']);
    put(ws, 5, 1, ['目指す方向', '↑', '↑', '↓', '↓']);
    put(ws, 6, 1, ['令和3年度（実績）', 96.4, 73.5, 14.9, 63.2]);
    put(ws, 7, 1, ['令和4年度（実績）', 95.8, 75.9, 14.6, 62.4]);
    put(ws, 8, 1, ['令和5年度（実績）', 97.3, 77.2, 14.2, 61.8]);
    put(ws, 9, 1, ['目標（令和５年度）', 100.0, 76.0, 13.5, 55.0]);
    wrap(ws, 4, 1, 4, 5);
    box(ws, 4, 1, 9, 5);
    put(ws, 10, 1, ['※目標は経営強化プランの令和５年度計画値']);
  },
  expected: {
    file: 'h137-O-keiei-shihyo-suii.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y_SHEET, '経常収支比率', '％', 100, 97.3),
      ind(Y_SHEET, '病床利用率', '％', 76, 77.2),
      ind(Y_SHEET, '平均在院日数', '日', 13.5, 14.2, { direction: 'down' }),
      ind(Y_SHEET, '職員給与費対医業収益比率', '％', 55, 61.8, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** One 事務事業評価シート per sheet: label / value rows. */
function projectSheet(
  ws: import('exceljs').Worksheet,
  p: { project: string; purpose: string; indicator: string; unit: string; direction: string; target: number; actual: number; self: string },
): void {
  widths(ws, [18, 16, 16, 16, 16]);
  merge(ws, 1, 1, 1, 5, '事務事業評価シート（病院事業）');
  const rows: [string, string | number][] = [
    ['評価年度', '令和４年度'],
    ['事業名', p.project],
    ['所管課', '市立病院 管理課'],
    ['事業の目的', p.purpose],
  ];
  rows.forEach(([k, v], i) => {
    put(ws, 3 + i, 1, [k]);
    merge(ws, 3 + i, 2, 3 + i, 5, v);
  });
  put(ws, 8, 1, ['成果指標', '単位', '指標の方向', '目標値', '実績値']);
  put(ws, 9, 1, [p.indicator, p.unit, p.direction, p.target, p.actual]);
  put(ws, 11, 1, ['自己評価']);
  put(ws, 11, 2, [p.self, '（A：順調　B：概ね順調　C：やや遅れている　D：遅れている）']);
  wrap(ws, 3, 1, 9, 5);
  box(ws, 3, 1, 6, 5);
  box(ws, 8, 1, 9, 5);
  box(ws, 11, 1, 11, 2);
}

const PER_SHEET: Holdout2Workbook = {
  name: 'h137-O-jimujigyo-per-sheet',
  layout: 'outside: 事務事業評価シート one 事業 per sheet (評価年度 令和４年度), label/value rows, 成果指標 row with 指標の方向 「減少」, 自己評価',
  build(wb) {
    projectSheet(wb.addWorksheet('救急医療'), {
      project: '救急医療体制整備事業',
      purpose: '二次救急の受入体制を確保する。',
      indicator: '救急車応需率',
      unit: '％',
      direction: '増加',
      target: 95.0,
      actual: 91.3,
      self: 'B',
    });
    projectSheet(wb.addWorksheet('人材確保'), {
      project: '医療従事者確保事業',
      purpose: '看護師等の採用を進め、病棟の体制を維持する。',
      indicator: '看護師採用者数',
      unit: '人',
      direction: '増加',
      target: 25,
      actual: 14,
      self: 'C',
    });
    projectSheet(wb.addWorksheet('未収金対策'), {
      project: '医業未収金対策事業',
      purpose: '患者負担金の未収金の発生防止と回収を進める。',
      indicator: '医業未収金残高',
      unit: '千円',
      direction: '減少',
      target: 12000,
      actual: 13450,
      self: 'B',
    });
  },
  expected: {
    file: 'h137-O-jimujigyo-per-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('救急医療', '救急車応需率', '％', 95, 91.3, { existing: 'B' }),
      ind('人材確保', '看護師採用者数', '人', 25, 14, { existing: 'C' }),
      ind('未収金対策', '医業未収金残高', '千円', 12000, 13450, { direction: 'down', existing: 'B' }),
    ],
    groups: [],
  },
};

const P_SHEET = '計画と実績';
const PLAN_VS_ACTUAL: Holdout2Workbook = {
  name: 'h137-O-keikaku-jisseki-taihi',
  layout:
    'outside: 経営強化プラン 計画と実績の対比, 令和5年度 and 令和6年度 each with 計画／実績／差引 columns under merged year headings, evaluation 令和６年度 in the title',
  build(wb) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [24, 8, 12, 12, 12, 12, 12, 12]);
    merge(ws, 1, 1, 1, 8, '令和６年度　公立病院経営強化プラン点検・評価　計画と実績の対比');
    merge(ws, 3, 1, 4, 1, '項目');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 3, 5, '令和5年度');
    merge(ws, 3, 6, 3, 8, '令和6年度');
    put(ws, 4, 3, ['計画', '実績', '差引', '計画', '実績', '差引']);
    const rows: (string | number)[][] = [
      ['医業収益', '百万円', 4750, 4688, -62, 4820, 4705, -115],
      ['経常収支比率', '％', 99.0, 98.2, -0.8, 99.5, 100.3, 0.8],
      ['1日平均入院患者数', '人', 178, 169, -9, 182, 171, -11],
      ['入院診療単価', '円', 47800, 49950, 2150, 48500, 51230, 2730],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 3, 1, 8, 8);
    put(ws, 9, 1, ['※差引＝実績－計画']);
  },
  expected: {
    file: 'h137-O-keikaku-jisseki-taihi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(P_SHEET, '医業収益', '百万円', 4820, 4705),
      ind(P_SHEET, '経常収支比率', '％', 99.5, 100.3),
      ind(P_SHEET, '1日平均入院患者数', '人', 182, 171),
      ind(P_SHEET, '入院診療単価', '円', 48500, 51230),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [MONTHLY, YEARS_AS_ROWS, PER_SHEET, PLAN_VS_ACTUAL];
