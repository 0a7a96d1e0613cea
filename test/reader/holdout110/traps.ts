/**
 * Hold-out set 110, three traps: a 河川維持管理計画 with 単年度 and 累計 target｜actual pairs whose note says the grade is
 * taken on the 累計; a 舗装 table whose targets say 以上／以下 (several lower-is-better measures, an MCI with no unit) and one
 * actual from the survey of the year before; a 公園・道路附属施設 table graded on the sheet's own bands (90 ％ / 70 ％).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const mg = (ws: Worksheet, range: string) => ws.mergeCells(range);

// ---------------------------------------------------------------------------------------------------------------
// 単年度 first, 累計 after it; 「評価は計画期間の累計…による」: the 累計 pair is the target and actual.

const riverRows: [string, string, number, number, number, number, string, string][] = [
  ['河川改修延長', 'km', 0.8, 0.5, 3.6, 3.3, 'B', '用地交渉の遅れ'],
  ['護岸補修延長', 'm', 400, 420, 1800, 1420, 'B', ''],
  ['浚渫土量', '㎥', 5000, 6200, 20000, 21300, 'A', '豪雨後の緊急浚渫を含む'],
  ['樋門・樋管の点検', '基', 24, 24, 96, 96, 'A', ''],
  ['排水機場ポンプの更新', '台', 1, 0, 4, 3, 'C', '部品調達の遅れによりR6へ'],
  ['河川巡視', '回', 48, 50, 192, 190, 'A', ''],
  ['堤防除草面積', '千㎡', 310, 305, 1240, 1262, 'A', ''],
];

const riverCumulative: Holdout2Workbook = {
  name: 'h110-kasen-ruikei',
  layout:
    'trap: 令和5年度（単年度）目標｜実績 first, then 計画期間累計（R2〜R5）目標｜実績, a note that the grade is taken on the 累計 (河川巡視: single year met, cumulative not), department 評価 column',
  build(wb) {
    const ws = wb.addWorksheet('進捗状況');
    ws.getColumn(2).width = 24;
    put(ws, 1, 1, ['令和５年度　河川維持管理計画　進捗状況（計画期間：令和２〜６年度）']);
    mg(ws, 'A1:J1');
    put(ws, 2, 9, ['河川課']);
    put(ws, 3, 1, ['No.', '項目', '単位', '令和５年度（単年度）', '', '計画期間累計（R2〜R5）', '', '評価', '備考']);
    put(ws, 4, 4, ['目標', '実績', '目標', '実績']);
    mg(ws, 'D3:E3');
    mg(ws, 'F3:G3');
    for (const c of ['A', 'B', 'C', 'H', 'I']) mg(ws, `${c}3:${c}4`);
    riverRows.forEach((r, i) => put(ws, 5 + i, 1, [i + 1, ...r]));
    put(ws, 13, 1, ['※評価は、計画期間の累計（目標・実績）による達成率で行う。']);
    put(ws, 14, 1, ['　A：順調（100％以上）　B：概ね順調（80％以上）　C：やや遅れている（60％以上）　D：遅れている（60％未満）']);
  },
  expected: {
    file: 'h110-kasen-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: riverRows.map((r) => ind('進捗状況', r[0], r[1], r[4], r[5], { existing: r[6] })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 舗装の健全性: targets 「5.0以上」「20.0％以下」「25mm以下」, MCI without a unit, IRI from the R4 survey (調査年度 column).

const pavementRows: [string, string, string, string | number, string, string][] = [
  ['幹線市道のMCI平均値', '－', '5.0以上', 5.4, 'R5', '路面性状調査'],
  ['ひび割れ率（幹線市道平均）', '％', '20.0％以下', '23.5％', 'R5', '路面性状調査'],
  ['わだち掘れ量（平均）', 'mm', '25mm以下', '18mm', 'R5', '路面性状調査'],
  ['IRI（平たん性）の平均値', 'mm/m', '3.5以下', 4.1, 'R4', '隔年調査のためR4調査結果'],
  ['MCI3.0以下（修繕要）区間の延長', 'km', '12.0km以下', '15.2km', 'R5', '路面性状調査'],
  ['路面性状調査の実施延長', 'km', '85.0km', '85.0km', 'R5', ''],
  ['舗装修繕の実施延長', 'km', '7.4km', '7.7km', 'R5', '打換え・切削オーバーレイ'],
];

const pavementIndicators: ExpectedIndicator[] = [
  ind('舗装', '幹線市道のMCI平均値', null, 5, 5.4),
  ind('舗装', 'ひび割れ率（幹線市道平均）', '％', 20, 23.5, { direction: 'down' }),
  ind('舗装', 'わだち掘れ量（平均）', 'mm', 25, 18, { direction: 'down' }),
  ind('舗装', 'IRI（平たん性）の平均値', 'mm/m', 3.5, 4.1, { direction: 'down' }),
  ind('舗装', 'MCI3.0以下（修繕要）区間の延長', 'km', 12, 15.2, { direction: 'down' }),
  ind('舗装', '路面性状調査の実施延長', 'km', 85, 85),
  ind('舗装', '舗装修繕の実施延長', 'km', 7.4, 7.7),
];

const pavement: Holdout2Workbook = {
  name: 'h110-hoso-ijo-ika',
  layout:
    'trap: 舗装個別施設計画 指標, targets written 「5.0以上」「20.0％以下」「25mm以下」「12.0km以下」 (four lower-is-better), MCI with 単位 「－」, a 調査年度 column where IRI is R4 (other-year guess)',
  build(wb) {
    const ws = wb.addWorksheet('舗装');
    ws.getColumn(1).width = 32;
    put(ws, 1, 1, ['令和５年度　舗装の健全性に関する指標（○○市舗装個別施設計画）']);
    mg(ws, 'A1:F1');
    put(ws, 3, 1, ['指標', '単位', '目標値', '実績値', '調査年度', '備考']);
    pavementRows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 12, 1, ['※MCI（舗装の維持管理指数）：ひび割れ率・わだち掘れ量・平たん性から算出する0〜10の指数。3.0以下は早期の修繕が必要。']);
    put(ws, 13, 1, ['※路面性状調査は幹線市道を対象に実施。IRIの測定は隔年（偶数年度）。']);
  },
  expected: {
    file: 'h110-hoso-ijo-ika.xlsx',
    fiscalYear: 2023,
    guesses: ['other-year'],
    indicators: pavementIndicators,
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The sheet's own bands: A 100 ％以上, B 90 ％以上, C 70 ％以上, D 70 ％未満; grades follow them, not 100/80/60.

const ownBand = (rate: number) => (rate >= 1 ? 'A' : rate >= 0.9 ? 'B' : rate >= 0.7 ? 'C' : 'D');

const ownRows: [string, string, '↑' | '↓', number, number, string][] = [
  ['遊具の更新基数', '基', '↑', 20, 17, 'B'],
  ['公園トイレの洋式化箇所数', 'か所', '↑', 12, 11, 'B'],
  ['街路樹の剪定本数', '本', '↑', 3500, 3620, 'A'],
  ['街路樹の危険木診断本数', '本', '↑', 600, 410, 'C'],
  ['道路照明のLED化基数', '基', '↑', 450, 405, 'B'],
  ['公園施設の長寿命化対策施設数', '施設', '↑', 25, 18, 'C'],
  ['公園の不具合通報から修繕までの平均日数', '日', '↓', 10, 12, 'C'],
  ['道路反射鏡の点検基数', '基', '↑', 800, 800, 'A'],
];

const ownScaleIndicators: ExpectedIndicator[] = ownRows.map(([name, unit, way, target, actual, written]) => {
  const base = ind('評価表', name, unit, target, actual, { direction: way === '↓' ? 'down' : 'up', existing: written });
  return { ...base, grade: ownBand(way === '↓' ? target / actual : actual / target) };
});

const ownScale: Holdout2Workbook = {
  name: 'h110-koen-own-bands',
  layout:
    "trap: 公園・緑地・道路附属施設 維持管理指標 評価表 with its own 評価基準 (A 100％以上, B 90％以上100％未満, C 70％以上90％未満, D 70％未満), 方向 ↑↓, 達成率 as whole ％, the department's 評価 (one generous)",
  build(wb) {
    const ws = wb.addWorksheet('評価表');
    ws.getColumn(2).width = 36;
    put(ws, 1, 1, ['令和５年度　公園・緑地・道路附属施設　維持管理指標評価表']);
    mg(ws, 'A1:H1');
    put(ws, 2, 1, ['【評価基準】達成率により　A：100％以上　B：90％以上100％未満　C：70％以上90％未満　D：70％未満']);
    mg(ws, 'A2:H2');
    put(ws, 3, 1, ['　※方向が↓の指標（減少を目指す指標）の達成率は、目標値÷実績値で算出する。']);
    put(ws, 5, 1, ['No.', '指標名', '単位', '方向', '目標値', '実績値', '達成率', '評価']);
    ownRows.forEach(([name, unit, way, target, actual, written], i) => {
      const rate = way === '↓' ? target / actual : actual / target;
      put(ws, 6 + i, 1, [i + 1, name, unit, way, target, actual, `${Math.round(rate * 100)}％`, written]);
    });
    put(ws, 15, 1, ['公園緑地課・道路維持課']);
  },
  expected: {
    file: 'h110-koen-own-bands.xlsx',
    fiscalYear: 2023,
    indicators: ownScaleIndicators,
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [riverCumulative, pavement, ownScale];
