/**
 * Hold-out 23: grids of other shapes — years as rows with indicators as columns (no evaluation year stated),
 * two tables side by side sharing rows with ◎○△× marks and their legend, and a 子ども・子育て支援事業計画
 * progress table with figures and units typed together in the cells and grade words with a legend.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { comma, fw } from './tables';

type Column = [name: string, unit: string, series: (number | null)[], target: number];

const YEARS = ['令和元年度（基準）', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度'];
const COLUMNS: Column[] = [
  ['審議会等における女性委員の割合', '％', [28.4, 29.1, 30.6, 31.2, 33.0, null], 40.0],
  ['市職員の管理職に占める女性の割合', '％', [14.2, 15.0, 16.8, 17.5, 18.9, null], 25.0],
  ['男性職員の育児休業取得率', '％', [12.5, 20.0, 33.3, 40.0, 62.5, null], 50.0],
  ['男女共同参画出前講座の受講者数', '人', [210, 95, 180, 260, 305, null], 400],
];
const ROWS_SHEET = '推移';

/** Years as rows, one column per indicator (unit in a row under the names), the final target in a row at the foot; no evaluation year stated. */
const yearsAsRows: Holdout2Workbook = {
  name: 'h23-danjo-years-rows',
  layout:
    'years as rows (令和元年度（基準）…令和６年度, the last empty), indicators as columns, units in a row of their own, one 目標値（令和７年度） row at the foot; no evaluation year stated',
  build(wb) {
    const ws = wb.addWorksheet(ROWS_SHEET);
    put(ws, 1, 1, ['第３次男女共同参画プラン　数値目標の推移']);
    put(ws, 2, 1, ['※各年度末現在。目標値はプラン最終年度（令和７年度）の値。']);
    put(ws, 4, 1, ['年度', ...COLUMNS.map((c) => c[0])]);
    put(ws, 5, 1, ['（単位）', ...COLUMNS.map((c) => c[1])]);
    YEARS.forEach((y, i) => put(ws, 6 + i, 1, [y, ...COLUMNS.map((c) => c[2][i])]));
    put(ws, 13, 1, ['目標値（令和７年度）', ...COLUMNS.map((c) => c[3])]);
    put(ws, 15, 1, ['出典：市人事課調べ、男女共同参画推進室調べ']);
  },
  expected: {
    file: 'h23-danjo-years-rows.xlsx',
    fiscalYear: 2023,
    indicators: COLUMNS.map(([name, unit, series, target]) => ({
      ...ind(ROWS_SHEET, name, unit.normalize('NFKC'), target, series[4]),
      targetSource: 'final',
    })),
    groups: [],
    guesses: ['period'],
  },
};

type Learning = [name: string, unit: string, base: number, target: number, actual: number | '未実施', mark: string, reason: string];

const LEARNING: Learning[] = [
  ['公民館講座の延べ受講者数', '人', 8200, 9000, 9350, '◎', '新規講座の開設による'],
  ['図書館の市民１人当たり貸出冊数', '冊', 4.8, 5.2, 4.6, '○', '電子書籍の利用は含まない'],
  ['生涯学習ボランティアバンク登録者数', '人', 96, 120, 71, '△', '登録更新時に辞退が多かった'],
  ['市民講座の受講者満足度', '％', 82.0, 85.0, 86.1, '◎', 'アンケート回答者数412人'],
  ['地区スポーツ教室の参加者数', '人', 3400, 3600, '未実施', '×', '体育館の大規模改修のため'],
];
const MARKS: Record<string, string> = { '◎': 'A', '○': 'B', '△': 'C', '×': 'D' };
const SIDE_SHEET = '進捗評価';

/** Two tables side by side sharing rows: the plan's indicators left, this year's results and marks right, a spacer column between. */
const sideBySide: Holdout2Workbook = {
  name: 'h23-shogai-side-by-side',
  layout:
    'two tables side by side sharing rows (計画上の指標 | spacer | 令和５年度の実績と評価), 現状値（R3） column, 達成率 formulas, ◎○△× marks with an A–D legend below, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(SIDE_SHEET);
    put(ws, 1, 1, ['第３次生涯学習推進計画　令和５年度　進捗状況評価表']);
    put(ws, 3, 1, ['【計画上の指標】']);
    ws.mergeCells('A3:E3');
    put(ws, 3, 7, ['【令和５年度の実績と評価】']);
    ws.mergeCells('G3:J3');
    put(ws, 4, 1, ['No.', '指標', '単位', '現状値（R3）', '目標値（R5）']);
    put(ws, 4, 7, ['実績値', '達成率', '評価', '評価の理由']);
    LEARNING.forEach(([name, unit, base, target, actual, mark, reason], i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, name, unit, base, target]);
      put(ws, r, 7, [actual]);
      ws.getCell(r, 8).value = typeof actual === 'number' ? { formula: `G${r}/E${r}`, result: actual / target } : '－';
      ws.getCell(r, 8).numFmt = '0.0%';
      put(ws, r, 9, [mark, reason]);
    });
    put(ws, 11, 1, ['【評価の基準】　◎：Ａ（達成率100％以上）　○：Ｂ（80％以上100％未満）　△：Ｃ（60％以上80％未満）　×：Ｄ（60％未満又は未実施）']);
    ws.mergeCells('A11:J11');
  },
  expected: {
    file: 'h23-shogai-side-by-side.xlsx',
    fiscalYear: 2023,
    indicators: LEARNING.map(([name, unit, , target, actual, mark]) =>
      actual === '未実施'
        ? ind(SIDE_SHEET, name, unit, target, null, { actualStatus: 'not-implemented', existing: MARKS[mark] })
        : ind(SIDE_SHEET, name, unit.normalize('NFKC'), target, actual, { existing: MARKS[mark] }),
    ),
    groups: [],
  },
};

type Service = [name: string, section: string, unit: string, r4: number, target: number, actual: number | '未実施', word: string, way: string];

const SERVICES: Service[] = [
  ['延長保育事業', '保育課', '人', 1180, 1250, 1302, '順調', '継続'],
  ['一時預かり事業', '保育課', '人日', 6820, 7500, 6140, '概ね順調', '継続'],
  ['病児・病後児保育事業', 'こども家庭課', 'か所', 2, 3, 2, 'やや遅れている', '拡充（医療機関と協議中）'],
  ['放課後児童健全育成事業（放課後児童クラブ）', '子育て支援課', 'クラブ', 24, 26, 26, '順調', '継続'],
  ['子育て短期支援事業（ショートステイ）', 'こども家庭課', '人日', 35, 60, '未実施', '遅れている', '見直し（委託先施設の休止により未実施）'],
  ['利用者支援事業', '子育て支援課', 'か所', 2, 2, 2, '順調', '継続'],
];
const WORDS: Record<string, string> = { 順調: 'A', 概ね順調: 'B', やや遅れている: 'C', 遅れている: 'D' };
const KODOMO = '事業進捗';
const withUnit = (n: number, unit: string, i: number) => (i % 2 ? `${fw(comma(n))}${unit}` : `${comma(n)}${unit}`);

/** 子ども・子育て支援事業計画 進捗: one row per 事業, figures with units in the cell (some full-width), grade words with a legend above. */
const kodomo: Holdout2Workbook = {
  name: 'h23-kodomo-jigyo-progress',
  layout:
    '子ども・子育て支援事業計画 進捗: one row per 事業, 令和４年度実績 column, figures typed with units in the cell (half and full width), 進捗状況 words with an A–D legend, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(KODOMO);
    put(ws, 1, 1, ['子ども・子育て支援事業計画（第２期）　令和５年度　事業進捗状況']);
    put(ws, 2, 1, ['進捗状況の区分　Ａ：順調　Ｂ：概ね順調　Ｃ：やや遅れている　Ｄ：遅れている']);
    put(ws, 4, 1, ['No.', '事業名', '担当課', '令和４年度', '令和５年度', undefined, '進捗状況', '今後の方向性']);
    put(ws, 5, 4, ['実績', '目標', '実績']);
    ws.mergeCells('E4:F4');
    for (const c of [1, 2, 3, 7, 8]) ws.mergeCells(4, c, 5, c);
    SERVICES.forEach(([name, section, unit, r4, target, actual, word, way], i) => {
      const a = typeof actual === 'number' ? withUnit(actual, unit, i) : actual;
      put(ws, 6 + i, 1, [i + 1, name, section, withUnit(r4, unit, i), withUnit(target, unit, i), a, word, way]);
    });
  },
  expected: {
    file: 'h23-kodomo-jigyo-progress.xlsx',
    fiscalYear: 2023,
    indicators: SERVICES.map(([name, , unit, , target, actual, word]) =>
      actual === '未実施'
        ? ind(KODOMO, name, unit, target, null, { actualStatus: 'not-implemented', existing: WORDS[word] })
        : ind(KODOMO, name, unit, target, actual, { existing: WORDS[word] }),
    ) as ExpectedIndicator[],
    groups: [],
  },
};

export const GRID_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, sideBySide, kodomo];
