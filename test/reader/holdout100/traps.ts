/**
 * Hold-out set 100, three traps: an 環境基本計画 進行管理表 for 令和5年度 whose 温室効果ガス rows can only give the 令和3年度確定値
 * (two years' lag: read as written, a guess to flag); a 重点目標 table whose direction is only in the target cells
 * ("30.0以上", "850以下") and whose 削減率 rows go up though their names say 削減; a 区域施策編 部門別 table with the 基準年度
 * (2013年度), the 長期目標（2030年度） and the 2022年度実績 before the 単年度目標（2023年度） and 2023年度実績 (速報値).
 */
import type { Worksheet } from 'exceljs';
import { put, ind, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const wrap = { wrapText: true, vertical: 'middle' as const };

function border(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++)
      ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
}

// ---------------------------------------------------------------------------------------------------------------------------
// The two years' lag

const L_SHEET = '進行管理表';

const ghgLag: Holdout2Workbook = {
  name: 'h100-trap-ghg-lag',
  layout:
    "環境基本計画 進行管理表（令和5年度）: 基準値｜目標値（令和12年度）｜実績値 with its year in the cell; the 温室効果ガス rows carry 令和3年度確定値 (two years' lag), 目標の方向 増加／減少",
  build(wb) {
    const ws = wb.addWorksheet(L_SHEET);
    ws.columns = [16, 36, 10, 16, 14, 18, 8, 30].map((width) => ({ width }));
    put(ws, 1, 1, ['第２次環境基本計画　進行管理表（令和５年度）']);
    ws.mergeCells('A1:H1');
    ws.getCell('A1').font = { bold: true, size: 13 };
    put(ws, 2, 6, ['令和6年10月　環境政策課']);
    ws.mergeCells('F2:H2');
    put(ws, 3, 1, ['分野', '指標', '単位', '基準値', '目標値\n（令和12年度）', '実績値', '目標の\n方向', '把握方法']);
    const rows: (string | number | undefined)[][] = [
      ['脱炭素', '市域の温室効果ガス排出量', '千t-CO2', '1,815\n（2013年度）', 980, '1,284\n（令和3年度確定値）', '減少', '自治体排出量カルテ等による推計'],
      [undefined, '温室効果ガス排出量の削減率（2013年度比）', '%', '－', 46.0, '29.3\n（令和3年度確定値）', '増加', '同上'],
      [undefined, '市の事務事業の温室効果ガス排出量', 't-CO2', '31,350\n（2013年度）', 15680, '22,450\n（令和5年度）', '減少', '事務事業編の実施状況'],
      [undefined, '再生可能エネルギー導入量', 'MWh', '32,000\n（令和元年度）', 90000, '61,240\n（令和5年度）', '増加', '市内設備の発電量推計'],
      ['循環型社会', '1人1日当たりごみ排出量', 'g/人・日', '938\n（平成30年度）', 800, '872\n（令和5年度）', '減少', '一般廃棄物処理実態調査'],
      [undefined, 'リサイクル率', '%', '19.8\n（平成30年度）', 30.0, '20.6\n（令和5年度）', '増加', '一般廃棄物処理実態調査'],
      ['生活環境', '河川水質（BOD）の環境基準適合率', '%', '83.3\n（令和3年度）', 100, '91.7\n（令和5年度）', '増加', '公共用水域水質測定'],
      ['自然共生', '市民1人当たりの都市公園面積', '㎡/人', '9.8\n（令和元年度）', 10.5, '10.1\n（令和5年度）', '増加', '都市公園台帳'],
    ];
    rows.forEach((r, i) => {
      put(ws, 4 + i, 1, r);
      for (let c = 1; c <= 8; c++) ws.getCell(4 + i, c).alignment = wrap;
      ws.getCell(4 + i, 5).numFmt = '#,##0.0##';
      ws.getRow(4 + i).height = 34;
    });
    ws.mergeCells('A4:A7');
    ws.mergeCells('A8:A9');
    border(ws, 3, 1, 3 + rows.length, 8);
    put(ws, 5 + rows.length, 1, ['※市域の温室効果ガス排出量は統計資料の公表時期の関係から、2年前の年度の確定値を掲載している。']);
  },
  expected: {
    file: 'h100-trap-ghg-lag.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(L_SHEET, '市域の温室効果ガス排出量', '千t-CO2', 980, 1284, { direction: 'down' }),
      ind(L_SHEET, '温室効果ガス排出量の削減率（2013年度比）', '%', 46.0, 29.3),
      ind(L_SHEET, '市の事務事業の温室効果ガス排出量', 't-CO2', 15680, 22450, { direction: 'down' }),
      ind(L_SHEET, '再生可能エネルギー導入量', 'MWh', 90000, 61240),
      ind(L_SHEET, '1人1日当たりごみ排出量', 'g/人・日', 800, 872, { direction: 'down' }),
      ind(L_SHEET, 'リサイクル率', '%', 30.0, 20.6),
      ind(L_SHEET, '河川水質（BOD）の環境基準適合率', '%', 100, 91.7),
      ind(L_SHEET, '市民1人当たりの都市公園面積', '㎡/人', 10.5, 10.1),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
    guesses: ['other-year'],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// Direction only in the target cells; 削減率 go up

const R_SHEET = '重点目標';

const R_ROWS: [string, string, string, string, number | string, string][] = [
  ['脱炭素', '温室効果ガス排出量（市域）', '千t-CO2', '1,180以下', '1,205（速報値）', '確定値は令和7年度に判明'],
  ['', '温室効果ガス排出量の削減率（2013年度比）', '%', '35.0以上', '33.6（速報値）', '同上'],
  ['', '市の事務事業の温室効果ガス排出量', 't-CO2', '22,000以下', 22450, ''],
  ['', 'エネルギー消費量の削減率（2013年度比）', '%', '15.0以上', 9.3, ''],
  ['', '公用車燃料使用量', 'kL', '150以下', 187.5, '災害派遣に伴う走行増'],
  ['資源循環', '1人1日当たりごみ排出量', 'g/人・日', '850以下', 872, ''],
  ['', 'ごみ減量化率（平成30年度比）', '%', '8.0以上', 5.6, '1人1日当たりごみ排出量の削減割合'],
  ['', '最終処分量', 't', '5,900以下', 5750, ''],
  ['', '最終処分量の削減率（平成30年度比）', '%', '10.0以上', 15.7, ''],
];

const reductionRates: Holdout2Workbook = {
  name: 'h100-trap-reduction-rates',
  layout:
    '重点目標の達成状況: 令和5年度目標 written "1,180以下" / "35.0以上" (the only direction), 削減率 rows that go up beside amounts that go down, 速報値 in the actual cell, 分野 merged',
  build(wb) {
    const ws = wb.addWorksheet(R_SHEET);
    ws.columns = [12, 40, 10, 14, 16, 32].map((width) => ({ width }));
    put(ws, 1, 1, ['環境基本計画　重点目標の達成状況（令和５年度）']);
    ws.mergeCells('A1:F1');
    ws.getCell('A1').font = { bold: true, size: 13 };
    put(ws, 3, 1, ['分野', '指標', '単位', '令和5年度\n目標', '令和5年度\n実績', '備考']);
    R_ROWS.forEach((r, i) => {
      put(
        ws,
        4 + i,
        1,
        r.map((v) => (v === '' ? undefined : v)),
      );
      ws.getCell(4 + i, 5).numFmt = '#,##0.0##';
    });
    ws.mergeCells('A4:A8');
    ws.mergeCells('A9:A12');
    for (let c = 1; c <= 6; c++) ws.getCell(3, c).alignment = { ...wrap, horizontal: 'center' };
    border(ws, 3, 1, 3 + R_ROWS.length, 6);
    put(ws, 5 + R_ROWS.length, 1, ['※目標欄の「以上」「以下」は、目標とする水準を示す。']);
  },
  expected: {
    file: 'h100-trap-reduction-rates.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(R_SHEET, '温室効果ガス排出量（市域）', '千t-CO2', 1180, 1205, { direction: 'down' }), actualStatus: 'provisional' },
      { ...ind(R_SHEET, '温室効果ガス排出量の削減率（2013年度比）', '%', 35.0, 33.6), actualStatus: 'provisional' },
      ind(R_SHEET, '市の事務事業の温室効果ガス排出量', 't-CO2', 22000, 22450, { direction: 'down' }),
      ind(R_SHEET, 'エネルギー消費量の削減率（2013年度比）', '%', 15.0, 9.3),
      ind(R_SHEET, '公用車燃料使用量', 'kL', 150, 187.5, { direction: 'down' }),
      ind(R_SHEET, '1人1日当たりごみ排出量', 'g/人・日', 850, 872, { direction: 'down' }),
      ind(R_SHEET, 'ごみ減量化率（平成30年度比）', '%', 8.0, 5.6),
      ind(R_SHEET, '最終処分量', 't', 5900, 5750, { direction: 'down' }),
      ind(R_SHEET, '最終処分量の削減率（平成30年度比）', '%', 10.0, 15.7),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// Long-term target before the single-year one

const S_SHEET = '部門別';

const S_ROWS: [string, string, number, number, number, number, number | string, string, string][] = [
  ['産業部門のCO2排出量', '千t-CO2', 520, 320, 431, 410, '402（速報値）', 'A', '削減'],
  ['家庭部門のCO2排出量', '千t-CO2', 412, 190, 291, 268, '279（速報値）', 'B', '削減'],
  ['業務その他部門のCO2排出量', '千t-CO2', 385, 197, 306, 250, '297（速報値）', 'A', '削減'],
  ['運輸部門のCO2排出量', '千t-CO2', 356, 250, 301, 300, '288（速報値）', 'A', '削減'],
  ['廃棄物部門のCO2排出量', '千t-CO2', 42, 30, 36, 35, '36（速報値）', 'B', '削減'],
  ['森林等による吸収量', '千t-CO2', 35, 38, 33.0, 36, 31.2, 'C', '増加を目指す'],
  ['再生可能エネルギー導入容量', 'kW', 42000, 120000, 69800, 78000, 71300, 'B', '増加を目指す（2013年度は推計値）'],
];

const longVsSingle: Holdout2Workbook = {
  name: 'h100-trap-long-vs-single',
  layout:
    '区域施策編 部門別: 基準年度（2013年度）, 2030年度目標（長期目標）and 2022年度実績 before 2023年度目標（単年度目標）and 2023年度実績 (速報値 in the cell), 評価, direction in 備考',
  build(wb) {
    const ws = wb.addWorksheet(S_SHEET);
    ws.columns = [30, 9, 13, 13, 12, 13, 14, 7, 30].map((width) => ({ width }));
    put(ws, 1, 1, ['地球温暖化対策実行計画（区域施策編）部門別の進捗状況（令和５年度評価）']);
    ws.mergeCells('A1:I1');
    ws.getCell('A1').font = { bold: true, size: 13 };
    put(ws, 3, 1, [
      '指標',
      '単位',
      '基準年度\n（2013年度）',
      '2030年度目標\n（長期目標）',
      '2022年度\n実績',
      '2023年度目標\n（単年度目標）',
      '2023年度\n実績',
      '評価',
      '備考',
    ]);
    for (let c = 1; c <= 9; c++) ws.getCell(3, c).alignment = { ...wrap, horizontal: 'center' };
    S_ROWS.forEach((r, i) => {
      put(ws, 4 + i, 1, r);
      for (const c of [3, 4, 5, 6, 7]) ws.getCell(4 + i, c).numFmt = '#,##0.0##';
    });
    border(ws, 3, 1, 3 + S_ROWS.length, 9);
    put(ws, 5 + S_ROWS.length, 1, [
      '評価　A：順調（単年度目標を達成）　B：概ね順調（達成率80％以上）　C：やや遅れている（60％以上）　D：遅れている（60％未満）',
    ]);
    put(ws, 6 + S_ROWS.length, 1, ['※2023年度実績は速報値。排出量の確定値は2年後に公表される統計により算定する。']);
  },
  expected: {
    file: 'h100-trap-long-vs-single.xlsx',
    fiscalYear: 2023,
    indicators: S_ROWS.map(([name, unit, , , , target, actual, existing, note]): ExpectedIndicator => {
      // 「※2023年度実績は速報値。」 under the table says every 2023年度実績 is provisional, marked in its cell or not (changed
      // after the first run: index.ts).
      const value = typeof actual === 'string' ? Number(actual.replace(/[^0-9.]/g, '')) : actual;
      const base = ind(S_SHEET, name, unit, target, value, { direction: note === '削減' ? 'down' : 'up', existing });
      return { ...base, actualStatus: 'provisional' };
    }),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [ghgLag, reductionRates, longVsSingle];
