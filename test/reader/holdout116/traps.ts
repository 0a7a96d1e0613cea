/**
 * Hold-out 116, traps: a 待機児童 table whose 令和5年度 actual is the 令和6年4月1日 count (the sheet says so; 令和5年4月1日 and
 * 10月1日 stand nearer), a 区域別 table whose 北部・中部・南部 rows have no target and only the 市全体 row is evaluated, and a
 * sheet grading on its own S〜D scale (120 / 100 / 85 / 70 %) with a ↓ indicator.
 */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const wrap = (ws: Worksheet, addr: string) => {
  ws.getCell(addr).alignment = { wrapText: true, vertical: 'middle' };
};

// ---------------------------------------------------------------------------------------------
// 令和5年4月1日｜令和5年10月1日｜令和6年4月1日; the note: 令和5年度の実績 = 令和6年4月1日.

const T = '待機児童等の状況';
// name, unit, way, target, R5.4.1, R5.10.1, R6.4.1
const TAIKI: [string, string, '増加' | '減少', number | string, number, number, number][] = [
  ['保育所等待機児童数', '人', '減少', 0, 7, 38, 0],
  ['隠れ待機児童数（特定の保育所等のみを希望する者等）', '人', '減少', 20, 41, 87, 33],
  ['保育所等利用定員', '人', '増加', 3450, 3330, 3330, 3420],
  ['保育所等利用児童数', '人', '増加', '－', 3298, 3391, 3352],
  ['放課後児童クラブ待機児童数', '人', '減少', 10, 22, 9, 16],
  ['放課後児童クラブ登録児童数', '人', '増加', 1400, 1405, 1371, 1380],
];

const taiki: Holdout2Workbook = {
  name: 'h116-taiki-yokunen',
  layout:
    'trap: columns 令和5年4月1日｜令和5年10月1日｜令和6年4月1日 after a 令和5年度目標; a note says 令和5年度の実績 is the 令和6年4月1日 count, 10月1日 a mid-year reference; 目指す方向 増加／減少 column',
  build(wb) {
    const ws = wb.addWorksheet(T);
    ws.getColumn(1).width = 44;
    put(ws, 1, 1, ['令和５年度　保育所等・放課後児童クラブの待機児童等の状況']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 1, [
      '※各年度の実績は、当該年度中の施設整備・定員拡大の結果を示す「翌年４月１日時点」の数値とします（令和５年度の実績＝令和６年４月１日時点）。10月１日時点は年度途中の参考値です。',
    ]);
    ws.mergeCells('A2:H2');
    wrap(ws, 'A2');
    ws.getRow(2).height = 45;
    put(ws, 4, 1, ['指標', '単位', '目指す方向', '令和５年度\n目標', '令和５年\n４月１日', '令和５年\n10月１日', '令和６年\n４月１日', '備考']);
    TAIKI.forEach((r, i) => put(ws, 5 + i, 1, [...r]));
    put(ws, 8, 8, ['目標設定なし（参考）']);
    put(ws, 9, 8, ['放課後児童クラブは5月1日時点の待機を4月1日欄に計上']);
  },
  expected: {
    file: 'h116-taiki-yokunen.xlsx',
    fiscalYear: 2023,
    indicators: TAIKI.map(([name, unit, way, t, , , a]) =>
      ind(T, name, unit, typeof t === 'number' ? t : null, a, { direction: way === '減少' ? 'down' : 'up' }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 区域別: 事業名 merged over 北部区域・中部区域・南部区域・市全体; only 市全体 carries 確保の内容（目標）, 達成率, 自己評価.

const R = '区域別実績';
// name, unit, [北部, 中部, 南部] actuals, target, 自己評価
const KUIKI: [string, string, (number | string)[], number, string][] = [
  ['延長保育事業', '人', [410, 520, 270], 1250, 'A'],
  ['放課後児童健全育成事業', '人', [452, 611, 342], 1400, 'A'],
  ['一時預かり事業（幼稚園型以外）', '人日', [1620, 2410, 1100], 6000, 'B'],
  ['病児保育事業', '人日', ['－', 642, '－'], 1100, 'C'],
  ['地域子育て支援拠点事業', '人回', [12480, 17902, 8135], 42000, 'B'],
  ['子育て短期支援事業', '人日', [32, 41, 23], 120, 'B'],
];
const total = (v: (number | string)[]) => v.reduce<number>((s, x) => s + (typeof x === 'number' ? x : 0), 0);

const kuiki: Holdout2Workbook = {
  name: 'h116-kuiki-uchiwake',
  layout:
    'trap: 事業名 and 単位 merged down four rows 北部区域｜中部区域｜南部区域｜市全体; the 区域 rows have 実績 only (確保の内容 「－」), the 市全体 row last has 確保の内容（目標）, 達成率 and 自己評価',
  build(wb) {
    const ws = wb.addWorksheet(R);
    ws.getColumn(1).width = 34;
    put(ws, 1, 1, ['令和５年度　地域子ども・子育て支援事業　教育・保育提供区域別実績']);
    ws.mergeCells('A1:G1');
    put(ws, 2, 1, ['※確保の内容（目標）は市全体で設定しています。区域別の数値は参考です。']);
    put(ws, 4, 1, ['事業名', '単位', '区域', '確保の内容\n（目標）', '実績', '達成率', '自己評価']);
    KUIKI.forEach(([name, unit, v, t, self], i) => {
      const r = 5 + i * 4;
      put(ws, r, 1, [name, unit]);
      ['北部区域', '中部区域', '南部区域'].forEach((k, j) => put(ws, r + j, 3, [k, '－', v[j]]));
      const sum = total(v);
      put(ws, r + 3, 3, ['市全体', t, sum, `${((sum / t) * 100).toFixed(1)}%`, self]);
      ws.mergeCells(`A${r}:A${r + 3}`);
      ws.mergeCells(`B${r}:B${r + 3}`);
    });
    put(ws, 5 + KUIKI.length * 4 + 1, 1, ['※病児保育事業は北部・南部区域に実施施設なし（－）']);
  },
  expected: {
    file: 'h116-kuiki-uchiwake.xlsx',
    fiscalYear: 2023,
    indicators: KUIKI.map(([name, unit, v, t, self]) => ind(R, name, unit, t, total(v), { existing: self })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// Its own scale: S 120 % 以上, A 100 %, B 85 %, C 70 %, D below; 目標の方向 ↑／↓.

const J = '成果指標評価';
// name, unit, way, target, actual, 自己評価
const OWN: [string, string, '↑' | '↓', number, number, string][] = [
  ['ファミリー・サポート・センター利用延べ人数', '人', '↑', 2400, 2950, 'S'],
  ['一時預かり事業利用延べ人数', '人日', '↑', 6000, 5130, 'B'],
  ['子育て世代包括支援センター相談件数', '件', '↑', 1800, 2046, 'S'],
  ['3歳児健康診査未受診者数', '人', '↓', 30, 36, 'B'],
  ['産後ケア事業利用者数', '人', '↑', 80, 66, 'C'],
  ['地域子育て支援拠点利用者数', '人回', '↑', 42000, 38517, 'B'],
  ['養育支援訪問世帯数', '世帯', '↑', 60, 40, 'D'],
  ['ひとり親家庭就業相談件数', '件', '↑', 350, 312, 'B'],
];
/** The sheet's own scale on the attainment (target ÷ actual for ↓). */
function ownGrade(t: number, a: number, way: '↑' | '↓'): string {
  const r = way === '↑' ? a / t : t / a;
  return r >= 1.2 ? 'S' : r >= 1 ? 'A' : r >= 0.85 ? 'B' : r >= 0.7 ? 'C' : 'D';
}

const own: Holdout2Workbook = {
  name: 'h116-jiko-scale',
  layout:
    'trap: 成果指標 table graded on the sheet’s own scale S（120％以上）〜D（70％未満） stated in a legend under it; 目標の方向 ↑／↓ with 3歳児健康診査未受診者数 ↓; 達成率 written',
  build(wb) {
    const ws = wb.addWorksheet(J);
    ws.getColumn(2).width = 40;
    put(ws, 1, 1, ['令和５年度　こども・子育て支援施策　成果指標評価表']);
    ws.mergeCells('A1:H1');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '目標の方向', '目標値\n（令和５年度）', '実績値\n（令和５年度）', '達成率', '評価']);
    OWN.forEach(([name, unit, way, t, a, self], i) => {
      const rate = way === '↑' ? a / t : t / a;
      put(ws, 4 + i, 1, [i + 1, name, unit, way, t, a, `${(rate * 100).toFixed(1)}%`, self]);
    });
    const r = 4 + OWN.length + 1;
    put(ws, r, 1, ['【評価基準】　Ｓ：達成率120％以上　Ａ：100％以上120％未満　Ｂ：85％以上100％未満　Ｃ：70％以上85％未満　Ｄ：70％未満']);
    put(ws, r + 1, 1, ['※達成率＝実績値÷目標値（目標の方向が↓の指標は目標値÷実績値）']);
    put(ws, r + 2, 1, ['※目標の方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: {
    file: 'h116-jiko-scale.xlsx',
    fiscalYear: 2023,
    indicators: OWN.map(([name, unit, way, t, a, self]) => ({
      ...ind(J, name, unit, t, a, { direction: way === '↓' ? 'down' : 'up', existing: self }),
      grade: ownGrade(t, a, way),
    })),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [taiki, kuiki, own];
