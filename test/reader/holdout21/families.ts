/**
 * Hold-out 21, the four known families as yet other offices lay them out: a policy sheet with stacked
 * indicator blocks, two policies on one sheet, a project table with marks for the self-evaluation,
 * a KPI table by year-end columns and a plan-indicator table with year notes in the cells.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** One indicator block of a policy sheet, stacked down the sheet (rows: heading, 単位/periods, 実績, 期待値). */
function stackedBlock(
  ws: Worksheet,
  row: number,
  no: string,
  name: string,
  note: string,
  unit: string,
  actuals: (string | number)[],
  expect: (number | undefined)[],
) {
  put(ws, row, 1, [`成果指標${no}`, name, undefined, undefined, '指標の説明', note]);
  ws.mergeCells(row, 2, row, 4);
  ws.mergeCells(row, 6, row, 9);
  put(ws, row + 1, 1, ['単位', '区分', 'R4\n（基準値）', 'R5', 'R6', 'R7', 'R8\n（目標）']);
  put(ws, row + 2, 1, [unit, '実績', ...actuals]);
  put(ws, row + 3, 1, [unit, '期待値', ...expect]);
}

const A_STACKED: Holdout2Workbook = {
  name: 'h21-a-stacked-blocks-r6',
  layout:
    'policy sheet, indicator blocks stacked down (R4 基準値 … R8 目標), last year grade （Ｃ） beside the empty 達成度 cell, a down note in 指標の説明, （見込み）',
  build(wb) {
    const ws = wb.addWorksheet('3-2');
    put(ws, 1, 1, ['第２次まちづくり総合計画　令和７年度施策評価シート（評価対象年度：令和６年度）']);
    ws.mergeCells(1, 1, 1, 10);
    put(ws, 3, 1, ['政策', '3.安心して子どもを産み育てられるまち', undefined, undefined, '施策の達成度', undefined, undefined, '前年度（Ｃ）']);
    ws.mergeCells(3, 2, 3, 4);
    ws.mergeCells(3, 5, 3, 6);
    put(ws, 4, 1, ['施策', '3-2.子育て支援の充実', undefined, undefined, '評価基準', 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    ws.mergeCells(4, 2, 4, 4);
    put(ws, 5, 1, ['主管課', 'こども家庭課']);
    stackedBlock(ws, 7, '１', '保育所待機児童数', '各年4月1日現在の待機児童数（※少ないほど良い指標）', '人', [12, 9, 8], [undefined, 7, 5, 3, 0]);
    stackedBlock(
      ws,
      12,
      '２',
      '地域子育て支援拠点利用者数',
      '子育て支援センター等の延べ利用者数',
      '人',
      ['35,210', '37,940', '38,500'],
      [undefined, 40000, 42000, 44000, 46000],
    );
    stackedBlock(
      ws,
      17,
      '３',
      '放課後児童クラブ登録児童数',
      '各年5月1日現在の登録児童数',
      '人',
      [1064, 1098, '1,162（見込み）'],
      [undefined, 1100, 1150, 1200, 1250],
    );
    stackedBlock(
      ws,
      22,
      '４',
      '子育てに関する相談件数',
      '家庭児童相談室の年間相談件数',
      '件',
      [1730, 1884, 2016],
      [undefined, undefined, undefined, undefined, 2400],
    );
    put(ws, 26, 1, ['備考', '指標４は期待値を設定していないため、最終目標値（R8）と比較する。']);
  },
  expected: (() => {
    const s = '3-2';
    const indicators = [
      ind(s, '保育所待機児童数', '人', 5, 8, { direction: 'down' }),
      ind(s, '地域子育て支援拠点利用者数', '人', 42000, 38500),
      ind(s, '放課後児童クラブ登録児童数', '人', 1150, 1162, { actualStatus: 'provisional' }),
      { ...ind(s, '子育てに関する相談件数', '件', 2400, 2016), targetSource: 'final' },
    ];
    return {
      file: 'h21-a-stacked-blocks-r6.xlsx',
      fiscalYear: 2024,
      indicators,
      groups: [{ sheet: s, cell: 'G3', grade: rollUp(indicators.map((i) => i.grade)) }],
    };
  })(),
};

/** Two indicator blocks tiled across (columns A–F and H–M), period columns 2022年度 … 2025年度（目標）. */
function tiledPair(ws: Worksheet, row: number, blocks: { no: string; name: string; unit: string; actual: (string | number)[]; target: number[] }[]) {
  blocks.forEach((b, i) => {
    const c = 1 + i * 7;
    put(ws, row, c, [`指標${b.no}`, b.name]);
    ws.mergeCells(row, c + 1, row, c + 5);
    put(ws, row + 1, c, [`単位：${b.unit}`, '2022年度', '2023年度', '2024年度', '2025年度\n（目標）']);
    put(ws, row + 2, c, ['目標値', ...b.target]);
    put(ws, row + 3, c, ['実績値', ...b.actual]);
  });
}

const A_TWO_POLICIES: Holdout2Workbook = {
  name: 'h21-a-two-policies-one-sheet',
  layout:
    'two 施策 stacked on one sheet, each with its own 評価 cell and blocks tiled two across, 単位 inside the block corner (単位：千人), previous grade as a word',
  build(wb) {
    const ws = wb.addWorksheet('5');
    put(ws, 1, 1, ['施策評価表（評価年度：2023年度）　産業振興部']);
    put(ws, 3, 1, ['施策5-1', '観光交流の推進', undefined, undefined, undefined, '総合評価', undefined, undefined, '前回評価：やや遅れている']);
    ws.mergeCells(3, 2, 3, 5);
    tiledPair(ws, 5, [
      { no: '①', name: '観光客入込数', unit: '千人', target: [1400, 1450, 1500, 1550], actual: [1312, 1398] },
      { no: '②', name: '宿泊者数', unit: '千人泊', target: [300, 310, 320, 330], actual: [288, 322] },
    ]);
    put(ws, 11, 1, ['施策5-2', '農業の担い手確保と販路拡大', undefined, undefined, undefined, '総合評価', undefined, undefined, '前回評価：概ね順調']);
    ws.mergeCells(11, 2, 11, 5);
    tiledPair(ws, 13, [
      { no: '①', name: '農産物直売所売上額', unit: '百万円', target: [500, 520, 540, 560], actual: [488, 401] },
      { no: '②', name: '認定農業者数', unit: '経営体', target: [235, 240, 245, 250], actual: [233, 236] },
    ]);
    put(ws, 18, 1, ['※2024年度以降の実績は翌年度に記入する。']);
  },
  expected: (() => {
    const s = '5';
    const p1 = [ind(s, '観光客入込数', '千人', 1450, 1398), ind(s, '宿泊者数', '千人泊', 310, 322)];
    const p2 = [ind(s, '農産物直売所売上額', '百万円', 520, 401), ind(s, '認定農業者数', '経営体', 240, 236)];
    return {
      file: 'h21-a-two-policies-one-sheet.xlsx',
      fiscalYear: 2023,
      indicators: [...p1, ...p2],
      groups: [
        { sheet: s, cell: 'G3', grade: rollUp(p1.map((i) => i.grade)) },
        { sheet: s, cell: 'G11', grade: rollUp(p2.map((i) => i.grade)) },
      ],
    };
  })(),
};

const MARK: Record<string, string> = { '◎': 'A', '○': 'B', '△': 'C', '×': 'D' };

const B_MARKS: Holdout2Workbook = {
  name: 'h21-b-jigyo-marks',
  layout: 'project table, self-evaluation as marks ◎○△× with a legend, R4実績 column before R5目標/R5実績, 達成率 formulas, a hidden R3 column, a － target',
  build(wb) {
    const ws = wb.addWorksheet('事務事業評価');
    put(ws, 1, 1, ['令和６年度　事務事業評価結果一覧（令和５年度実施事業）']);
    put(ws, 2, 1, ['自己評価：◎ 順調(A)　○ 概ね順調(B)　△ やや遅れている(C)　× 遅れている(D)']);
    put(ws, 4, 1, ['No.', '事業名', '担当課', '単位', 'R3実績', 'R4実績', 'R5目標', 'R5実績', '達成率', '自己評価', '今後の方向性', '備考']);
    ws.getColumn(5).hidden = true;
    const rows: [string, string, string, number, number, number | string, number | string, string, string, string][] = [
      ['空き家バンク登録促進事業', '企画課', '件', 15, 18, 25, 21, '◎', '継続', ''],
      ['移住体験ツアー事業', '企画課', '人', 0, 40, 60, '未実施', '×', '見直し', '受入先の都合により中止'],
      ['地域おこし協力隊活用事業', '企画課', '人', 5, 6, 8, 8, '○', '拡充', ''],
      ['結婚支援事業', '市民協働課', '組', 1, 3, 5, 2, '△', '継続', '成婚件数'],
      ['出前講座事業', '生涯学習課', '回', 10, 12, '－', 15, '○', '継続', '目標は設定していない'],
      ['交流人口拡大イベント事業', '商工観光課', '人', 9800, 12500, 15000, '13,800人', '○', '継続', '来場者数'],
    ];
    rows.forEach((r, i) => {
      const row = 5 + i;
      put(ws, row, 1, [i + 1, ...r.slice(0, 7)]);
      const t = r[5];
      const a = typeof r[6] === 'number' ? r[6] : Number(String(r[6]).replace(/[^0-9.]/g, '')) || null;
      if (typeof t === 'number' && a !== null) ws.getCell(row, 9).value = { formula: `IFERROR(H${row}/G${row},"")`, result: a / t };
      ws.getCell(row, 9).numFmt = '0.0%';
      put(ws, row, 10, [r[7], r[8], r[9]]);
    });
  },
  expected: {
    file: 'h21-b-jigyo-marks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事務事業評価', '空き家バンク登録促進事業', '件', 25, 21, { existing: MARK['◎'] }),
      ind('事務事業評価', '移住体験ツアー事業', '人', 60, null, { existing: MARK['×'], actualStatus: 'not-implemented' }),
      ind('事務事業評価', '地域おこし協力隊活用事業', '人', 8, 8, { existing: MARK['○'] }),
      ind('事務事業評価', '結婚支援事業', '組', 5, 2, { existing: MARK['△'] }),
      ind('事務事業評価', '出前講座事業', '回', null, 15, { existing: MARK['○'] }),
      ind('事務事業評価', '交流人口拡大イベント事業', '人', 15000, 13800, { existing: MARK['○'] }),
    ],
    groups: [],
  },
};

const C_YEAR_END: Holdout2Workbook = {
  name: 'h21-c-kpi-yearend',
  layout:
    'KPI table, 区分 column (目標値/実績値 rows), 令和N年3月末 columns with the evaluation point 令和6年3月末 in the title, values as "27 人" text, a down note in 備考, a later target-only column',
  build(wb) {
    const ws = wb.addWorksheet('KPI進捗');
    put(ws, 1, 2, ['第２期まち・ひと・しごと創生総合戦略　KPI進捗状況（評価時点：令和6年3月末）']);
    put(ws, 3, 2, ['基本目標', 'KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    const kpis: [string, string, string[], string[], string][] = [
      ['1 しごとをつくる', '新規就農者数（累計）', ['15 人', '22 人', '30 人', '38 人'], ['14 人', '20 人', '27 人'], ''],
      ['2 ひとの流れをつくる', '観光入込客数', ['100 万人', '110 万人', '120 万人', '130 万人'], ['84.2 万人', '103.0 万人', '131.5 万人'], ''],
      ['2 ひとの流れをつくる', '転出超過数', ['200 人', '175 人', '150 人', '125 人'], ['236 人', '221 人', '210 人'], '減少を目標とする指標'],
      ['3 結婚・出産・子育て', '子育て世帯転入数', ['80 世帯', '90 世帯', '100 世帯', '110 世帯'], ['71 世帯', '88 世帯', '94 世帯'], ''],
    ];
    kpis.forEach(([goal, name, t, a, note], i) => {
      const row = 4 + i * 2;
      put(ws, row, 2, [goal, name, '目標値', ...t]);
      put(ws, row + 1, 4, ['実績値', ...a]);
      put(ws, row, 9, [note]);
      ws.mergeCells(row, 2, row + 1, 2);
      ws.mergeCells(row, 3, row + 1, 3);
    });
    put(ws, 13, 2, ['※実績値は各年3月末現在の数値。']);
  },
  expected: {
    file: 'h21-c-kpi-yearend.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI進捗', '新規就農者数（累計）', '人', 30, 27),
      ind('KPI進捗', '観光入込客数', '万人', 120, 131.5),
      ind('KPI進捗', '転出超過数', '人', 150, 210, { direction: 'down' }),
      ind('KPI進捗', '子育て世帯転入数', '世帯', 100, 94),
    ],
    groups: [],
  },
};

const D_PLAN: Holdout2Workbook = {
  name: 'h21-d-plan-year-notes',
  layout:
    'plan indicators with 現況 and 実績 carrying their year in the cell, 目標（R9）, a 方向 column, one actual only for the year before, one target written as a cut from the baseline',
  build(wb) {
    const ws = wb.addWorksheet('点検評価');
    put(ws, 1, 1, ['令和６年度　第３次環境基本計画　点検評価シート（令和５年度実績）']);
    put(ws, 3, 1, ['No', '指標', '単位', '方向', '現況（計画策定時）', '目標（R9）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [1, '1人1日当たりごみ排出量', 'g', '減少', '912\n（令和2年度）', 850, '876\n（令和5年度）', '一般廃棄物処理実態調査'],
      [2, 'リサイクル率', '％', '増加', '18.2\n（令和2年度）', 25.0, '19.8\n（令和5年度）', '一般廃棄物処理実態調査'],
      [3, '環境学習講座参加者数', '人', '増加', '1,210\n（令和2年度）', 1500, '1,620\n（令和5年度）', '環境政策課集計'],
      [4, '住宅用太陽光発電設備設置件数（累計）', '件', '増加', '980\n（令和2年度）', 2000, '1,402\n（令和4年度）', '補助金交付実績'],
      [5, '不法投棄件数', '件', '減少', '45\n（令和2年度）', '基準値から20％削減', '38\n（令和5年度）', 'パトロール記録'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
  },
  expected: {
    file: 'h21-d-plan-year-notes.xlsx',
    fiscalYear: 2023,
    guesses: ['other-year', 'target-from-baseline'],
    indicators: [
      ind('点検評価', '1人1日当たりごみ排出量', 'g', 850, 876, { direction: 'down' }),
      ind('点検評価', 'リサイクル率', '％', 25, 19.8),
      ind('点検評価', '環境学習講座参加者数', '人', 1500, 1620),
      ind('点検評価', '住宅用太陽光発電設備設置件数（累計）', '件', 2000, 1402),
      ind('点検評価', '不法投棄件数', '件', 36, 38, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [A_STACKED, A_TWO_POLICIES, B_MARKS, C_YEAR_END, D_PLAN];
