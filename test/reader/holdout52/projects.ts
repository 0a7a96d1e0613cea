/** Family B, as three other offices write a 事業実績 table: 事業費 and 指標 rows interleaved, half-year targets, seed-002 text cells with one two-measure cell. */
import type { ExpectedIndicator } from '../model';
import { gradeOf, ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------
// B1: each project has a 事業費（千円） row (予算額/決算額) and an indicator row (目標/実績 as text with the unit) under it.
const B1 = '事業実績（R5）';
type B1Row = [string, string, [number, number], string, string, string, string | undefined];
// project, indicator, [予算, 決算], target text, actual text, unit, 自己評価
const B1_ROWS: B1Row[] = [
  ['創業支援事業', '創業セミナー受講者数', [8400, 7915], '40人', '46人', '人', 'A'],
  ['中小企業融資あっせん事業', '融資あっせん件数', [25000, 21340], '60件', '47件', '件', 'B'],
  ['観光PR事業', '観光案内所の利用者数', [15600, 15210], '12,000人', '10,880人', '人', 'B'],
  ['企業誘致推進事業', '新規立地企業数', [3200, 1150], '2社', '0社', '社', 'C'],
  ['ふるさと納税推進事業', '寄附件数', [42000, 45870], '8,000件', '9,412件', '件', 'A'],
  ['プレミアム商品券発行事業', '商品券の販売率', [60000, 0], '100％', '未実施', '％', 'D'],
  ['商店街にぎわい創出事業', '商店街イベント来場者数', [2000, 1200], '5,000人', '集計中', '人', undefined],
];
const num = (s: string) => Number(s.replace(/[,％人件社]/g, ''));
const B1_IND: ExpectedIndicator[] = B1_ROWS.map(([, name, , t, a, unit, ev]) => {
  const more = {
    existing: ev,
    ...(a === '未実施' ? { actualStatus: 'not-implemented' as const } : a === '集計中' ? { actualStatus: 'pending' as const } : {}),
  };
  return ind(B1, name, unit, num(t), a === '未実施' || a === '集計中' ? null : num(a), more);
});

const b1: Holdout2Workbook = {
  name: 'h52-b-cost-and-indicator-rows',
  layout:
    'project table, each project a 事業費（千円） row (予算額/決算額) then its indicator row (目標/実績 as text with the unit), 合計 of 事業費 at the foot',
  build(wb) {
    const ws = wb.addWorksheet(B1);
    put(ws, 1, 1, ['令和５年度　主要事業実績一覧']);
    put(ws, 2, 6, ['商工観光課']);
    put(ws, 4, 1, ['No.', '事業名', '指標名／事業費', '令和５年度', undefined, '自己評価', '備考']);
    put(ws, 5, 4, ['目標（予算額）', '実績（決算額）']);
    ws.mergeCells(4, 4, 4, 5);
    for (const c of [1, 2, 3, 6, 7]) ws.mergeCells(4, c, 5, c);
    let r = 6;
    let budget = 0;
    let spent = 0;
    B1_ROWS.forEach(([project, name, [b, s], t, a, , ev], i) => {
      put(ws, r, 1, [i + 1, project, '事業費（千円）', b, s]);
      ws.getCell(r, 4).numFmt = '#,##0';
      ws.getCell(r, 5).numFmt = '#,##0';
      put(ws, r + 1, 3, [name, t, a, ev ?? '－']);
      if (a === '未実施') put(ws, r + 1, 7, ['物価高騰対策の国の交付金の対象外となり、実施を見送った']);
      if (a === '集計中') put(ws, r + 1, 7, ['主催団体からの報告待ち']);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 2, r + 1, 2);
      budget += b;
      spent += s;
      r += 2;
    });
    put(ws, r, 2, ['合計', '事業費（千円）', budget, spent]);
    put(ws, r + 2, 1, ['※自己評価　A：目標を達成　B：概ね達成（80％以上）　C：一部達成（60％以上）　D：未達成']);
    ws.getColumn(2).width = 26;
    ws.getColumn(3).width = 24;
  },
  expected: { file: 'h52-b-cost-and-indicator-rows.xlsx', fiscalYear: 2023, indicators: B1_IND, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// B2: 上半期/下半期/年度計 targets and actuals per project; the year's figures are the 年度計 ones. 令和６年度 (fiscal 2024).
const B2 = '実施状況';
type Fig = number | string;
type B2Row = [string, string, string, [Fig, Fig], [Fig, Fig], [Fig, Fig], string | undefined];
const B2_ROWS: B2Row[] = [
  ['特定健診受診勧奨事業', '特定健康診査受診率', '％', [25.0, 22.1], [45.0, 41.3], [45.0, 41.3], 'B'],
  ['健康づくり教室', '教室参加者延べ人数', '人', [600, 540], [600, 655], [1200, 1195], 'A'],
  ['がん検診推進事業', '胃がん検診受診者数', '人', [1500, 1320], [1500, 1104], [3000, 2424], 'B'],
  ['食育推進事業', '食育講座の開催回数', '回', [6, 6], [6, 7], [12, 13], 'A'],
  ['歯科保健事業', '歯科健診受診者数', '人', [400, 352], [400, '集計中'], [800, '集計中'], undefined],
  ['母子保健事業', '妊婦訪問実施率', '％', [90.0, 88.5], [90.0, 93.0], [90.0, 90.8], 'A'],
  ['自殺対策事業', 'ゲートキーパー養成講座受講者数', '人', [50, 0], [50, 38], [100, 38], 'C'],
];
const B2_IND = B2_ROWS.map(([, name, unit, , , [t, a], ev]) =>
  ind(B2, name, unit, t as number, typeof a === 'number' ? a : null, { existing: ev, ...(typeof a === 'string' ? { actualStatus: 'pending' as const } : {}) }),
);

const b2: Holdout2Workbook = {
  name: 'h52-b-half-year-targets',
  layout: 'project table with 上半期・下半期・年度計 each as 目標/実績 column pairs (two heading rows), 評価 by the department; 集計中 in the second half',
  build(wb) {
    const ws = wb.addWorksheet(B2);
    put(ws, 1, 1, ['令和６年度　事務事業実施状況（健康推進課）']);
    put(ws, 2, 1, ['対象期間：令和６年４月１日～令和７年３月３１日']);
    put(ws, 4, 1, ['事業名', '指標', '単位', '上半期（4～9月）', undefined, '下半期（10～3月）', undefined, '年度計', undefined, '評価', '課題・今後の方向性']);
    put(ws, 5, 4, ['目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of [4, 6, 8]) ws.mergeCells(4, c, 4, c + 1);
    for (const c of [1, 2, 3, 10, 11]) ws.mergeCells(4, c, 5, c);
    B2_ROWS.forEach(([project, name, unit, h1, h2, y, ev], i) => {
      put(ws, 6 + i, 1, [project, name, unit, ...h1, ...h2, ...y, ev]);
    });
    put(ws, 6, 11, ['受診勧奨の電話を外部委託し、下半期に受診者が増えた']);
    put(ws, 6 + 4, 11, ['下半期分は委託医療機関から報告待ち']);
    put(ws, 14, 1, ['※評価　A：年度目標を達成　B：８割以上　C：６割以上　D：６割未満']);
    put(ws, 15, 1, ['※率の指標は、上半期は半期の値、年度計は年度の値']);
    ws.getColumn(1).width = 22;
    ws.getColumn(2).width = 30;
  },
  expected: { file: 'h52-b-half-year-targets.xlsx', fiscalYear: 2024, indicators: B2_IND, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// B3: seed-002 style: 推進事業 cell with number, name and 概要; R4年度実績 (another year), 自己評価, R5 目標/実績 as text with a label.
const B3 = 'R5事業評価';
type B3Row = [string, string, string, string, string, string];
// name, 概要, R4実績 text, 自己評価, R5目標 text, R5実績 text
const B3_ROWS: B3Row[] = [
  ['移住定住促進事業', '移住相談窓口の運営、移住体験住宅の貸出', '移住相談件数 138件', 'A', '移住相談件数 150件', '移住相談件数 171件'],
  ['地域おこし協力隊活用事業', '協力隊員の募集・任用と定住支援', '協力隊員数 5人', 'B', '協力隊員数 6人', '協力隊員数 4人'],
  [
    '新規就農者支援事業',
    '就農準備資金の交付と研修農場の運営',
    '新規就農者:6人 認定農業者:11人',
    'B',
    '新規就農者:8人 認定農業者:12人',
    '新規就農者:5人 認定農業者:12人',
  ],
  ['空き家バンク事業', '空き家の登録・紹介、改修費の補助', '成約件数 17件', 'A', '成約件数 20件', '成約件数 21件'],
  ['結婚支援事業', '婚活イベントの開催と結婚相談', 'イベント参加者 64人', 'D', 'イベント参加者 80人', '未実施'],
  [
    '公共交通利用促進事業',
    'デマンド交通の運行とバス路線の維持',
    'デマンド交通利用者数 7,640人',
    'A',
    'デマンド交通利用者数 9,000人',
    'デマンド交通利用者数 8,120人',
  ],
  ['地域公民館活動支援事業', '地区公民館の活動費補助', '支援団体数 22団体', 'B', '支援団体数 25団体', '支援団体数 23団体'],
];
const textNum = (s: string) => Number(s.replace(/^[^0-9]*/, '').replace(/[^0-9.]/g, ''));
const textUnit = (s: string) => s.replace(/^.*[0-9]/, '');
const B3_IND: ExpectedIndicator[] = B3_ROWS.map(([name, , , ev, t, a]) => {
  if (name === '新規就農者支援事業') {
    const measures = [
      { label: '新規就農者', target: 8, actual: 5, unit: '人' },
      { label: '認定農業者', target: 12, actual: 12, unit: '人' },
    ];
    return { sheet: B3, name, measures, direction: 'up', existing: ev, grade: gradeOf(8, 5) } as ExpectedIndicator;
  }
  if (a === '未実施') return ind(B3, name, textUnit(t), textNum(t), null, { existing: ev, actualStatus: 'not-implemented' });
  return ind(B3, name, textUnit(t), textNum(t), textNum(a), { existing: ev });
});

const b3: Holdout2Workbook = {
  name: 'h52-b-labelled-text-cells',
  layout:
    'seed-002 style project table: number, name and 概要 in one cell, R4年度実績 column before 自己評価, R5 目標/実績 as "label 150件" text, one two-measure cell, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B3);
    put(ws, 1, 2, ['令和５年度　総合計画推進事業の実績と評価']);
    put(ws, 2, 2, ['基本方針３　ひとが集い暮らし続けられるまち', undefined, undefined, undefined, undefined, '（企画課とりまとめ）']);
    put(ws, 4, 2, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '今後の方向性']);
    const dirs = ['継続', '見直し', '拡充', '継続', '見直し', '継続', '継続'];
    B3_ROWS.forEach(([name, gist, r4, ev, t, a], i) => {
      put(ws, 5 + i, 2, [i + 1, `(${i + 1}) ${name}\n概要：${gist}`, r4, ev, t, a, dirs[i]]);
    });
    put(ws, 13, 2, ['※自己評価は担当課による（A 順調、B 概ね順調、C やや遅れている、D 遅れている）']);
    put(ws, 14, 2, ['※結婚支援事業は会場確保ができず、令和５年度は実施しなかった']);
    ws.getColumn(3).width = 40;
  },
  expected: { file: 'h52-b-labelled-text-cells.xlsx', fiscalYear: 2023, indicators: B3_IND, groups: [] },
};

export const PROJECT_WORKBOOKS: Holdout2Workbook[] = [b1, b2, b3];
