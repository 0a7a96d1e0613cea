/** Hold-out 173, shapes outside the four families that 公営競技 offices use. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put } from '../holdout2/kit';
import type { Holdout2Workbook } from '../holdout2/kit';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
/** 千円 per month: 本場, 場外, 電話投票. */
const HONJO = [512340, 498120, 455870, 530210, 610450, 480330, 505600, 470980, 560720, 430150, 455300, 520880];
const JOGAI = [1402330, 1385410, 1350220, 1460870, 1590340, 1370560, 1420990, 1398700, 1560400, 1280910, 1330450, 1450120];
const DENWA = [6120400, 5980330, 5760210, 6250870, 6910440, 5870330, 6020560, 5890470, 6650980, 5410220, 5620890, 6330120];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const TOTAL = sum(HONJO) + sum(JOGAI) + sum(DENWA);

/** 月別売上状況 in 千円 with a 年度計 by SUM, and a 目標と実績 sheet whose 実績 are formulas into it. */
const monthlySales: Holdout2Workbook = {
  name: 'h173-boat-getsubetsu-uriage',
  layout: 'outside: 月別売上状況 (months as rows, 千円) with 年度計 SUM formulas; a 目標と実績 sheet whose 実績 cells are formulas into the 年度計',
  build(wb) {
    const ws = wb.addWorksheet('月別売上');
    widths(ws, [10, 16, 16, 16, 16]);
    merge(ws, 1, 1, 1, 5, '令和５年度　ボートレース舟券月別売上状況');
    put(ws, 2, 5, ['（単位：千円）']);
    put(ws, 3, 1, ['月', '本場', '場外', '電話投票', '計']);
    MONTHS.forEach((m, i) => {
      put(ws, 4 + i, 1, [m, HONJO[i], JOGAI[i], DENWA[i]]);
      ws.getCell(4 + i, 5).value = { formula: `SUM(B${4 + i}:D${4 + i})`, result: HONJO[i] + JOGAI[i] + DENWA[i] };
    });
    put(ws, 16, 1, ['年度計']);
    [sum(HONJO), sum(JOGAI), sum(DENWA), TOTAL].forEach((v, i) => {
      const col = 'BCDE'[i];
      ws.getCell(16, 2 + i).value = { formula: `SUM(${col}4:${col}15)`, result: v };
    });
    for (let r = 4; r <= 16; r++) for (let c = 2; c <= 5; c++) ws.getCell(r, c).numFmt = '#,##0';
    box(ws, 3, 1, 16, 5);

    const t = wb.addWorksheet('目標と実績');
    widths(t, [22, 8, 18, 18, 10, 30]);
    merge(t, 1, 1, 1, 6, '令和５年度　ボートレース事業　目標と実績');
    put(t, 3, 1, ['項目', '単位', '令和５年度目標', '令和５年度実績', '達成率', '備考']);
    const rows: [string, string, number, { formula: string; result: number } | number, string][] = [
      ['舟券売上額', '千円', 95000000, { formula: "'月別売上'!E16", result: TOTAL }, '月別売上シートの年度計'],
      ['電話投票売上額', '千円', 70000000, { formula: "'月別売上'!D16", result: sum(DENWA) }, ''],
      ['場外発売額', '千円', 20000000, { formula: "'月別売上'!C16", result: sum(JOGAI) }, 'ボートピア２か所の合計'],
      ['本場入場者数', '人', 180000, 162530, '入場門カウンターによる'],
      ['開催日数', '日', 180, 180, ''],
    ];
    rows.forEach(([name, unit, target, actual, note], i) => {
      const r = 4 + i;
      put(t, r, 1, [name, unit, target]);
      t.getCell(r, 4).value = actual;
      t.getCell(r, 5).value = { formula: `D${r}/C${r}`, result: (typeof actual === 'number' ? actual : actual.result) / target };
      t.getCell(r, 5).numFmt = '0.0%';
      put(t, r, 6, [note]);
      t.getCell(r, 3).numFmt = '#,##0';
      t.getCell(r, 4).numFmt = '#,##0';
    });
    box(t, 3, 1, 8, 6);
  },
  expected: {
    file: 'h173-boat-getsubetsu-uriage.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('目標と実績', '舟券売上額', '千円', 95000000, TOTAL),
      ind('目標と実績', '電話投票売上額', '千円', 70000000, sum(DENWA)),
      ind('目標と実績', '場外発売額', '千円', 20000000, sum(JOGAI)),
      ind('目標と実績', '本場入場者数', '人', 180000, 162530),
      ind('目標と実績', '開催日数', '日', 180, 180),
    ],
    groups: [],
  },
};

/** 収益金の繰出し・活用状況 with years as rows (平成29年度…令和3年度), two-row headings 目標／実績 under an indicator with its unit. */
const yearsAsRows: Holdout2Workbook = {
  name: 'h173-keirin-kuridashi-suii',
  layout:
    'outside: 収益金の繰出し・活用状況, years as rows 平成29年度…令和3年度, two-row headings 繰出金額（百万円） 目標／実績 and 活用事業数（事業） 目標／実績',
  build(wb) {
    const ws = wb.addWorksheet('収益金活用');
    widths(ws, [14, 16, 12, 12, 12, 12, 36]);
    merge(ws, 1, 1, 1, 7, '競輪事業収益金の一般会計繰出し及び活用状況（令和３年度決算）');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 4, 2, '車券売上額\n（百万円）');
    merge(ws, 3, 3, 3, 4, '繰出金額（百万円）');
    merge(ws, 3, 5, 3, 6, '活用事業数（事業）');
    merge(ws, 3, 7, 4, 7, '主な充当先');
    put(ws, 4, 3, ['目標', '実績', '目標', '実績']);
    const rows: (string | number)[][] = [
      ['平成29年度', 10230, 150, 150, 8, 8, '小中学校空調整備'],
      ['平成30年度', 10880, 150, 180, 8, 9, '小中学校空調整備、公園遊具更新'],
      ['令和元年度', 11420, 200, 200, 10, 10, '保育所改修'],
      ['令和2年度', 13950, 200, 260, 10, 11, '新型コロナウイルス感染症対策'],
      ['令和3年度', 16310, 250, 310, 12, 10, '市立病院医療機器、消防車両更新'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 3, 1, 9, 7);
    box(ws, 3, 1, 9, 7);
  },
  expected: {
    file: 'h173-keirin-kuridashi-suii.xlsx',
    fiscalYear: 2021,
    indicators: [ind('収益金活用', '繰出金額', '百万円', 250, 310), ind('収益金活用', '活用事業数', '事業', 12, 10)],
    groups: [],
  },
};

/** 事務事業評価シート, one 事業 per sheet, label–value header, 活動指標／成果指標 rows with 令和元年度実績, 令和２年度目標／実績, 達成率. */
function jimuSheet(wb: Parameters<Holdout2Workbook['build']>[0], sheet: string, jigyo: string, purpose: string, rows: (string | number)[][]) {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [12, 28, 8, 14, 14, 14, 10]);
  merge(ws, 1, 1, 1, 7, '事務事業評価シート（令和２年度実施事業）');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 7, jigyo);
  put(ws, 4, 1, ['担当課']);
  merge(ws, 4, 2, 4, 7, '競輪事業課');
  put(ws, 5, 1, ['事業目的']);
  merge(ws, 5, 2, 5, 7, purpose);
  put(ws, 7, 1, ['指標区分', '指標名', '単位', '令和元年度実績', '令和２年度目標', '令和２年度実績', '達成率']);
  rows.forEach((row, i) => {
    put(ws, 8 + i, 1, row);
    const t = row[4] as number;
    const a = row[5] as number;
    ws.getCell(8 + i, 7).value = `${((a / t) * 100).toFixed(1)}%`;
  });
  put(ws, 11, 1, ['今後の方向性']);
  merge(ws, 11, 2, 11, 7, '継続（事業内容を見直し）');
  box(ws, 3, 1, 11, 7);
  wrap(ws, 7, 1, 9, 7);
}

const perSheet: Holdout2Workbook = {
  name: 'h173-keirin-jimujigyo-hyoka',
  layout: 'outside: 事務事業評価シート one 事業 per sheet, 活動指標／成果指標 rows with 令和元年度実績, 令和２年度目標／実績 and 達成率 as text',
  build(wb) {
    jimuSheet(wb, 'ナイター競走開催事業', 'ナイター競走開催事業', '夜間開催により勤労者層の車券購入機会を拡大し、売上の向上を図る', [
      ['活動指標', 'ナイター開催日数', '日', 30, 36, 36],
      ['成果指標', 'ナイター開催時売上額', '百万円', 4520, 5000, 4380],
    ]);
    jimuSheet(wb, '場外車券売場運営事業', '場外車券売場運営事業', '場外車券売場での発売により他場開催の売上を確保し、収益金を一般会計へ繰り出す', [
      ['活動指標', '場外発売日数', '日', 340, 340, 352],
      ['成果指標', '場外車券売場来場者数', '人', 58200, 60000, 31250],
    ]);
  },
  expected: {
    file: 'h173-keirin-jimujigyo-hyoka.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind('ナイター競走開催事業', 'ナイター開催日数', '日', 36, 36),
      ind('ナイター競走開催事業', 'ナイター開催時売上額', '百万円', 5000, 4380),
      ind('場外車券売場運営事業', '場外発売日数', '日', 340, 352),
      ind('場外車券売場運営事業', '場外車券売場来場者数', '人', 60000, 31250),
    ],
    groups: [],
  },
};

/** 経営改善計画 進捗管理表 with its own scale (Ａ 100 / Ｂ 90 / Ｃ 70 %), a ↓ 方向 column, letters written by the department. */
const ownScale: Holdout2Workbook = {
  name: 'h173-keirin-kaizen-shinchoku',
  layout: 'outside: 経営改善計画 進捗管理表 with its own 評価基準 Ａ 100 % / Ｂ 90 % / Ｃ 70 % / Ｄ below, a 方向 column ↑／↓, 評価 letters',
  build(wb) {
    const ws = wb.addWorksheet('進捗管理表');
    widths(ws, [14, 22, 8, 6, 14, 14, 14, 10, 6, 28]);
    merge(ws, 1, 1, 1, 10, '競輪事業経営改善計画　進捗管理表（令和元年度）');
    put(ws, 2, 1, ['評価基準　Ａ：100％以上　Ｂ：90％以上　Ｃ：70％以上　Ｄ：70％未満（達成率による）']);
    put(ws, 3, 1, ['取組項目', '指標', '単位', '方向', '平成30年度実績', '令和元年度目標', '令和元年度実績', '達成率', '評価', '備考']);
    const rows: (string | number)[][] = [
      ['売上の向上', '車券売上額', '百万円', '↑', 8120, 8500, 8010, '94.2%', 'B', '場外発売の拡大'],
      ['経費の削減', '開催経費', '百万円', '↓', 1250, 1200, 1400, '85.7%', 'C', '警備委託料の増'],
      ['集客の強化', '本場入場者数', '人', '↑', 42300, 45000, 39800, '88.4%', 'C', '台風による開催中止２日'],
      ['収益の還元', '一般会計繰出金', '百万円', '↑', 100, 100, 100, '100.0%', 'A', ''],
      ['場外発売', '場外車券売場発売日数', '日', '↑', 300, 330, 220, '66.7%', 'D', '新設売場の開設が３月にずれ込み'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 8, 10);
    box(ws, 3, 1, 8, 10);
  },
  expected: {
    file: 'h173-keirin-kaizen-shinchoku.xlsx',
    fiscalYear: 2019,
    indicators: [
      { ...ind('進捗管理表', '車券売上額', '百万円', 8500, 8010, { existing: 'B' }), grade: 'B' },
      { ...ind('進捗管理表', '開催経費', '百万円', 1200, 1400, { direction: 'down', existing: 'C' }), grade: 'C' },
      { ...ind('進捗管理表', '本場入場者数', '人', 45000, 39800, { existing: 'C' }), grade: 'C' },
      { ...ind('進捗管理表', '一般会計繰出金', '百万円', 100, 100, { existing: 'A' }), grade: 'A' },
      { ...ind('進捗管理表', '場外車券売場発売日数', '日', 330, 220, { existing: 'D' }), grade: 'D' },
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthlySales, yearsAsRows, perSheet, ownScale];
