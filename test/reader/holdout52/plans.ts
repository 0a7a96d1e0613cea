/** Family D, as three other offices write plan-indicator tables: 中間値 and 最新値 columns, stacked 基本目標 tables with a year's own target, 中間目標 only for some indicators. */
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const final = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });

// ---------------------------------------------------------------------------------------------
// D1: health plan: 基準値（H30）, 中間値（R3）, 最新値 with its year in the cell, 目標値（R9）; "以下" targets are down.
const D1 = '進捗状況';
type D1Row = [string, string, string, number, number, number | '集計中', number, boolean];
// 分野, name, unit, 基準値, 中間値, 最新値 (R5), 目標値, 以下
const D1_ROWS: D1Row[] = [
  ['生活習慣病の予防', '特定健康診査受診率', '％', 38.2, 40.5, 43.6, 60.0, false],
  ['生活習慣病の予防', 'がん検診受診率（胃がん）', '％', 8.5, 7.9, '集計中', 15.0, false],
  ['たばこ', '成人の喫煙率', '％', 17.8, 15.9, 14.2, 12.0, true],
  ['栄養・食生活', '肥満者（BMI25以上）の割合（40～64歳）', '％', 29.4, 31.0, 30.2, 25.0, true],
  ['身体活動・運動', '1日の歩数（20～64歳）', '歩', 6850, 6720, 7010, 8000, false],
  ['歯・口腔の健康', 'むし歯のない3歳児の割合', '％', 88.1, 90.4, 92.7, 90.0, false],
];
const D1_IND = D1_ROWS.map(([, name, unit, , , latest, tgt, down]) =>
  final(
    latest === '集計中' ? ind(D1, name, unit, tgt, null, { actualStatus: 'pending' }) : ind(D1, name, unit, tgt, latest, down ? { direction: 'down' } : {}),
  ),
);

const d1: Holdout2Workbook = {
  name: 'h52-d-interim-and-latest',
  layout:
    'plan indicators with 基準値（H30）, 中間値（R3）, 最新値 holding its year ("43.6\\n（R5）"), 目標値（R9） with "以下" for down ones, 分野 merged down',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['第３次○○市健康増進計画　指標の進捗状況（令和５年度）']);
    put(ws, 2, 7, ['健康推進課']);
    put(ws, 4, 1, ['分野', '指標', '単位', '基準値\n（H30）', '中間値\n（R3）', '最新値', '目標値\n（R9）', '出典']);
    D1_ROWS.forEach(([area, name, unit, base, mid, latest, tgt, down], i) => {
      const r = 5 + i;
      put(ws, r, 1, [
        area,
        name,
        unit,
        base,
        mid,
        latest === '集計中' ? '集計中' : `${latest.toLocaleString('en-US')}\n（R5）`,
        down ? `${tgt.toFixed(1)}以下` : tgt,
      ]);
      put(ws, r, 8, [i === 4 ? '市民健康意識調査' : i === 5 ? '3歳児健診' : '健康推進課集計']);
    });
    ws.mergeCells(5, 1, 6, 1);
    put(ws, 12, 1, ['※最新値の括弧内は把握した年度。がん検診受診率（胃がん）の令和５年度値は国の報告の確定後に掲載']);
    put(ws, 13, 1, ['※目標値は計画最終年度（令和９年度）の値']);
    ws.getColumn(2).width = 36;
  },
  expected: { file: 'h52-d-interim-and-latest.xlsx', fiscalYear: 2023, indicators: D1_IND, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// D2: environment plan, one table per 基本目標 stacked with the heading row repeated; a R5目標 of its own, 最終目標（R12）, 評価 by 担当課, 減少を目指す in 備考.
const D2 = '環境基本計画';
type D2Row = [string, string, number, number, number, number, string, boolean];
// name, unit, 策定時, R5目標, R5実績, 最終目標, 評価, down
const D2_GOALS: [string, D2Row[]][] = [
  [
    '基本目標１　脱炭素社会の実現',
    [
      ['市域の温室効果ガス排出量', '千t-CO2', 642, 560, 588, 420, 'B', true],
      ['住宅用太陽光発電設置件数（累計）', '件', 2140, 3200, 3035, 5000, 'A', false],
      ['公共施設のLED照明導入率', '％', 18.0, 60.0, 64.5, 100, 'A', false],
    ],
  ],
  [
    '基本目標２　循環型社会の形成',
    [
      ['1人1日当たりごみ排出量', 'g', 912, 870, 884, 800, 'B', true],
      ['リサイクル率', '％', 19.8, 24.0, 20.1, 30.0, 'C', false],
      ['不法投棄の回収件数', '件', 85, 70, 96, 50, 'D', true],
    ],
  ],
  ['基本目標３　環境を守り育てる人づくり', [['環境学習講座の参加者数', '人', 1240, 1500, 1390, 2000, 'B', false]]],
];
const D2_IND = D2_GOALS.flatMap(([, rows]) =>
  rows.map(([name, unit, , t, a, , ev, down]) => ind(D2, name, unit, t, a, { existing: ev, ...(down ? { direction: 'down' as const } : {}) })),
);

const d2: Holdout2Workbook = {
  name: 'h52-d-stacked-goal-tables',
  layout:
    'environment-plan indicators, one table per 基本目標 stacked with the heading row repeated, 計画策定時（R元）, R5目標 and R5実績, 最終目標（R12）, 評価 and 備考 ("減少を目指す")',
  build(wb) {
    const ws = wb.addWorksheet(D2);
    put(ws, 1, 1, ['第２次○○市環境基本計画　成果指標の状況（令和５年度実績）']);
    put(ws, 2, 1, ['計画期間：令和３年度～令和１２年度']);
    let r = 4;
    for (const [goal, rows] of D2_GOALS) {
      put(ws, r, 1, [goal]);
      put(ws, r + 1, 1, ['成果指標', '単位', '計画策定時\n（R元）', 'R5目標', 'R5実績', '最終目標\n（R12）', '評価', '備考', '担当課']);
      r += 2;
      for (const [name, unit, base, t, a, fin, ev, down] of rows) {
        put(ws, r, 1, [
          name,
          unit,
          base,
          t,
          a,
          fin,
          ev,
          down ? '減少を目指す' : undefined,
          name.includes('ごみ') || name.includes('リサイクル') || name.includes('不法') ? '環境衛生課' : '環境政策課',
        ]);
        r++;
      }
      r += 2;
    }
    put(ws, r, 1, ['※評価（担当課）　A：R5目標を達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    put(ws, r + 1, 1, ['※R5実績は令和５年度（令和６年３月末）の値']);
    ws.getColumn(1).width = 32;
  },
  expected: { file: 'h52-d-stacked-goal-tables.xlsx', fiscalYear: 2023, indicators: D2_IND, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// D3: seed-002 資料3 style with a 中間目標（R5） column filled for some indicators only (others: the final 目標（R8） is used), 現況 with its year in the cell, a 参考 row.
const D3 = '点検評価';
type D3Row = [string, string, string, string, number | undefined, number, number, boolean];
// name, 説明, unit, 現況 text, 中間目標（R5）, 目標（R8）, 実績（R5）, down
const D3_ROWS: D3Row[] = [
  ['農業産出額', '市内で生産された農産物の産出額', '億円', '148.2\n（令和2年）', 152.0, 160.0, 149.6, false],
  ['認定農業者数', '農業経営改善計画の認定を受けた農業者の数', '人', '412\n（令和2年度）', undefined, 430, 398, false],
  ['農地集積率', '担い手への農地の集積割合', '％', '52.3\n（令和2年度）', 58.0, 65.0, 59.1, false],
  ['林業就業者数', '市内の森林組合・林業事業体の就業者数', '人', '86\n（令和2年度）', undefined, 90, 71, false],
  ['6次産業化の取組件数（累計）', '市の支援を受けた加工・販売の取組の累計', '件', '14\n（令和2年度）', 20, 30, 22, false],
  ['鳥獣による農作物被害額', '被害額の減少を目指す（JA・共済の報告額）', '千円', '32,500\n（令和2年度）', 28000, 25000, 30870, true],
];
const D3_IND = D3_ROWS.map(([name, , unit, , mid, fin, a, down]) => {
  const e = ind(D3, name, unit, mid ?? fin, a, down ? { direction: 'down' } : {});
  return mid === undefined ? final(e) : e;
});

const d3: Holdout2Workbook = {
  name: 'h52-d-interim-target-some-rows',
  layout:
    'seed-002 資料3 style plan indicators: 指標の説明, 現況 with its year in the cell, 中間目標（R5） filled for some rows only, 目標（R8）, 実績（R5）, 現状把握の方法, a （参考） row',
  build(wb) {
    const ws = wb.addWorksheet(D3);
    put(ws, 1, 1, ['令和６年度　農林業振興計画の点検評価（令和５年度実績）']);
    put(ws, 3, 1, ['指標', '指標の説明', '単位', '現況（計画策定時）', '中間目標（R5）', '目標（R8）', '実績（R5）', '現状把握の方法']);
    D3_ROWS.forEach(([name, desc, unit, now, mid, fin, a], i) => {
      put(ws, 4 + i, 1, [name, desc, unit, now, mid ?? '－', fin, a, i === 0 ? '農林水産省 市町村別農業産出額' : '農政課調べ']);
    });
    put(ws, 10, 1, ['（参考）販売農家数', '農林業センサス', '戸', '1,862\n（令和2年）', '－', '－', 1790, '農林業センサス（５年ごと）']);
    put(ws, 12, 1, ['※中間目標を設定していない指標は、目標（R8）により点検する']);
    ws.getColumn(1).width = 28;
    ws.getColumn(2).width = 34;
  },
  expected: { file: 'h52-d-interim-target-some-rows.xlsx', fiscalYear: 2023, indicators: D3_IND, groups: [] },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [d1, d2, d3];
