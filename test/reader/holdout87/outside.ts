/**
 * Hold-out 87, part 2: four outside the families — 達成率 and 評価 as formulas with cached values on bands 100/90/70 (a #DIV/0!
 * and a #N/A), KPI targets written as a change from the 基準値 with 進捗率 and ◎○△×, indicator cards with 逆指標 computed
 * 目標÷実績 and S〜D on a note sheet, and years as rows with ％ stored as fractions.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

const bandFormula = (c: string) => `IF(${c}>=1,"A",IF(${c}>=0.9,"B",IF(${c}>=0.7,"C","D")))`;
const band = (rate: number) => (rate >= 1 ? 'A' : rate >= 0.9 ? 'B' : rate >= 0.7 ? 'C' : 'D');

// 事務事業評価の成果指標一覧: 達成率 = 実績÷目標 (逆指標は 目標÷実績) and 評価 as formulas with cached values, bands 100/90/70.
const G1 = '成果指標一覧';
interface GRow {
  project: string;
  name: string;
  unit: string;
  target: number;
  actual: number | '集計中';
  reverse?: boolean;
  note?: string;
}
const gRows: GRow[] = [
  { project: '保育所運営事業', name: '待機児童数', unit: '人', target: 0, actual: 0, reverse: true, note: '逆指標（目標÷実績）。4月1日現在' },
  { project: '放課後児童クラブ運営事業', name: '放課後児童クラブの受入児童数', unit: '人', target: 1250, actual: 1198 },
  { project: '子育て支援センター事業', name: '子育て支援センターの利用者数', unit: '人', target: 28000, actual: 21430 },
  { project: 'ファミリー・サポート・センター事業', name: 'ファミリー・サポート・センターの会員数', unit: '人', target: 620, actual: 655 },
  { project: '乳幼児健康診査事業', name: '1歳6か月児健康診査の受診率', unit: '％', target: 98.0, actual: 96.2 },
  { project: '病児保育事業', name: '病児保育の延べ利用者数', unit: '人', target: 900, actual: '集計中', note: '委託先からの報告待ち' },
  { project: 'ひとり親家庭自立支援事業', name: '自立支援教育訓練給付金の受給者数', unit: '人', target: 15, actual: 9 },
  { project: '子ども医療費助成事業', name: '小児の時間外救急受診件数', unit: '件', target: 1800, actual: 2020, reverse: true, note: '逆指標（目標÷実績）' },
];
const formulas: Holdout2Workbook = {
  name: 'h87-gyosei-formula-grades',
  layout:
    '事務事業評価の成果指標一覧: 達成率（％書式、逆指標は目標÷実績）と評価（IFの数式、帯は100/90/70％）にキャッシュ値、待機児童0人の行は #DIV/0! で評価は手入力、集計中の行は =NA()',
  build(wb) {
    const ws = wb.addWorksheet(G1);
    put(ws, 1, 1, ['令和5年度　事務事業評価　成果指標一覧（こども家庭部）']);
    put(ws, 3, 1, ['No.', '事務事業名', '成果指標', '単位', '目標値', '実績値', '達成率', '評価', '備考']);
    gRows.forEach((g, i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, g.project, g.name, g.unit, g.target, g.actual]);
      const rate = ws.getCell(r, 7);
      const grade = ws.getCell(r, 8);
      rate.numFmt = '0.0%';
      if (g.actual === '集計中') {
        rate.value = { formula: 'NA()', result: { error: '#N/A' } };
        grade.value = { formula: `IFERROR(${bandFormula(`G${r}`)},"－")`, result: '－' };
      } else if (g.reverse && g.actual === 0) {
        rate.value = { formula: `E${r}/F${r}`, result: { error: '#DIV/0!' } };
        grade.value = 'A';
      } else {
        const v = g.reverse ? g.target / g.actual : g.actual / g.target;
        rate.value = { formula: g.reverse ? `E${r}/F${r}` : `F${r}/E${r}`, result: v };
        grade.value = { formula: bandFormula(`G${r}`), result: band(v) };
      }
      if (g.note) ws.getCell(r, 9).value = g.note;
    });
    put(ws, 13, 1, ['【評価】A：達成率100％以上　B：90％以上100％未満　C：70％以上90％未満　D：70％未満']);
    put(ws, 14, 1, ['※達成率＝実績値÷目標値。ただし逆指標（数値が小さいほど良い指標）は 目標値÷実績値。']);
    ws.getColumn(2).width = 28;
    ws.getColumn(3).width = 32;
  },
  expected: {
    file: 'h87-gyosei-formula-grades.xlsx',
    fiscalYear: 2023,
    indicators: gRows.map((g) =>
      g.actual === '集計中'
        ? ind(G1, g.name, g.unit, g.target, null, { actualStatus: 'pending' })
        : ind(G1, g.name, g.unit, g.target, g.actual, {
            direction: g.reverse ? 'down' : 'up',
            existing: g.reverse && g.actual === 0 ? 'A' : band(g.reverse ? g.target / g.actual : g.actual / g.target),
          }),
    ),
    groups: [],
  },
};

// KPI検証シート: targets written as a change from the 基準値（令和元年度） (「基準値から50％増」「基準値から12件増」「基準値の1.5倍」),
// 進捗率 = (実績−基準)÷(目標−基準) with ◎○△× on its own bands.
const K2 = 'KPI検証';
interface KRow {
  name: string;
  unit: string;
  base: number;
  targetText: Cell;
  target: number;
  actual: number;
  mark: string;
}
const kRows: KRow[] = [
  { name: '移住相談件数', unit: '件', base: 120, targetText: '基準値から50％増', target: 180, actual: 171, mark: '○' },
  { name: '空き家バンクの成約件数', unit: '件', base: 8, targetText: '基準値から12件増', target: 20, actual: 22, mark: '◎' },
  { name: '市外からの転入者数', unit: '人', base: 3420, targetText: '基準値から300人増', target: 3720, actual: 3388, mark: '×' },
  { name: '若者（20〜39歳）の社会増減数', unit: '人', base: -185, targetText: 0, target: 0, actual: -96, mark: '△' },
  { name: '創業件数', unit: '件', base: 14, targetText: '基準値の1.5倍', target: 21, actual: 18, mark: '○' },
  { name: '市内高校卒業者の市内就職率', unit: '％', base: 38.0, targetText: 45.0, target: 45.0, actual: 40.3, mark: '△' },
];
const fromBase: Holdout2Workbook = {
  name: 'h87-kpi-from-kijun',
  layout:
    '総合戦略のKPI検証シート: 目標（令和6年度）が「基準値から50％増」「基準値から300人増」「基準値の1.5倍」など基準値（令和元年度）からの変化、令和5年度実績、進捗率の数式と◎○△×（独自の帯）',
  build(wb) {
    const ws = wb.addWorksheet(K2);
    put(ws, 1, 1, ['令和5年度　移住・定住促進プロジェクト　KPI検証シート']);
    put(ws, 3, 1, ['KPI', '単位', '基準値\n（令和元年度）', '目標\n（令和6年度）', '令和5年度\n実績', '進捗率', '評価']);
    kRows.forEach((k, i) => {
      const r = 4 + i;
      put(ws, r, 1, [k.name, k.unit, k.base, k.targetText, k.actual]);
      ws.getCell(r, 6).value = { formula: `(E${r}-C${r})/(${k.target}-C${r})`, result: (k.actual - k.base) / (k.target - k.base) };
      ws.getCell(r, 6).numFmt = '0.0%';
      ws.getCell(r, 7).value = k.mark;
    });
    put(ws, 11, 1, ['※目標は基準値（令和元年度実績）からの増加として設定している。']);
    put(ws, 12, 1, ['※進捗率＝（令和5年度実績－基準値）÷（目標－基準値）']);
    put(ws, 13, 1, ['※評価　◎：進捗率100％以上　○：50％以上100％未満　△：0％以上50％未満　×：基準値より後退']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h87-kpi-from-kijun.xlsx',
    fiscalYear: 2023,
    guesses: ['target-from-baseline'],
    indicators: kRows.map((k) => Object.assign(ind(K2, k.name, k.unit, k.target, k.actual, { existing: k.mark }), { targetSource: 'final' })),
    groups: [],
  },
};

// 指標カード: one card per indicator (label: value rows), 指標の種類 「逆指標」 where 達成率 = 目標÷実績, S〜D on a note sheet.
const C1 = '指標カード';
interface Card {
  name: string;
  unit: string;
  reverse: boolean;
  target: number;
  actual: number;
  rank: string;
}
const cards: Card[] = [
  { name: '交通事故発生件数', unit: '件', reverse: true, target: 320, actual: 298, rank: 'A' },
  { name: '住宅の耐震化率', unit: '％', reverse: false, target: 92.0, actual: 90.4, rank: 'B' },
  { name: '高齢者の消費者被害相談件数', unit: '件', reverse: true, target: 60, actual: 81, rank: 'C' },
  { name: '自主防災組織の組織率', unit: '％', reverse: false, target: 85.0, actual: 86.2, rank: 'A' },
  { name: '刑法犯認知件数', unit: '件', reverse: true, target: 900, actual: 760, rank: 'S' },
];
function card(ws: Worksheet, r: number, n: number, c: Card): void {
  put(ws, r, 1, [`【指標${n}】`, c.name]);
  ws.mergeCells(r, 2, r, 4);
  put(ws, r + 1, 1, ['単位', c.unit, '指標の種類', c.reverse ? '逆指標（数値が小さいほど良い）' : '順指標']);
  put(ws, r + 2, 1, ['令和5年度目標値', c.target, '令和5年度実績値', c.actual]);
  put(ws, r + 3, 1, ['達成率', undefined, '達成度ランク', c.rank]);
  ws.getCell(r + 3, 2).value = {
    formula: c.reverse ? `B${r + 2}/D${r + 2}` : `D${r + 2}/B${r + 2}`,
    result: c.reverse ? c.target / c.actual : c.actual / c.target,
  };
  ws.getCell(r + 3, 2).numFmt = '0.0%';
}
const cardsWb: Holdout2Workbook = {
  name: 'h87-card-gyakushihyo',
  layout:
    '市民安全課の指標カード: 指標ごとに「項目：値」の4行、指標の種類「逆指標」は達成率＝目標÷実績の数式、達成度ランク S〜D（帯は別シート「判定基準」、S は110％以上）',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    put(ws, 1, 1, ['令和5年度　市民安全課　成果指標カード']);
    cards.forEach((c, i) => card(ws, 3 + i * 5, i + 1, c));
    ws.getColumn(1).width = 16;
    ws.getColumn(3).width = 16;
    const note = wb.addWorksheet('判定基準');
    put(note, 1, 1, ['達成度ランクの判定基準']);
    put(note, 2, 1, ['S', '達成率110％以上']);
    put(note, 3, 1, ['A', '達成率100％以上110％未満']);
    put(note, 4, 1, ['B', '達成率85％以上100％未満']);
    put(note, 5, 1, ['C', '達成率70％以上85％未満']);
    put(note, 6, 1, ['D', '達成率70％未満']);
    put(note, 8, 1, ['※逆指標の達成率は 目標値÷実績値 で算出する。']);
  },
  expected: {
    file: 'h87-card-gyakushihyo.xlsx',
    fiscalYear: 2023,
    indicators: cards.map((c) => ind(C1, c.name, c.unit, c.target, c.actual, { direction: c.reverse ? 'down' : 'up', existing: c.rank })),
    groups: [],
  },
};

// Years as rows (令和2〜6年度), three indicators of 目標/実績/達成率 each, every ％ stored as a fraction under a % format; a 評価 row for 令和5年度.
const Y1 = '健診・検診';
const measures = [
  { name: '特定健康診査受診率', targets: [0.4, 0.42, 0.43, 0.45, 0.47], actuals: [0.356, 0.381, 0.397, 0.412] },
  { name: '特定保健指導実施率', targets: [0.3, 0.32, 0.33, 0.35, 0.37], actuals: [0.221, 0.243, 0.252, 0.268] },
  { name: '胃がん検診受診率', targets: [0.1, 0.11, 0.115, 0.12, 0.125], actuals: [0.083, 0.097, 0.118, 0.125] },
];
const evalGrades = ['B', 'C', 'A'];
const yearsRows: Holdout2Workbook = {
  name: 'h87-years-rows-fraction',
  layout:
    'データヘルス計画の評価指標: 年度が行（令和2〜6年度）、指標ごとに目標・実績・達成率の3列（見出しは2段・結合）、％は小数を％書式で、令和5年度の評価行 A/B/C（帯は100/90％、凡例は下部）',
  build(wb) {
    const ws = wb.addWorksheet(Y1);
    put(ws, 1, 1, ['第3期データヘルス計画　評価指標の推移（評価年度：令和5年度）']);
    put(ws, 3, 1, ['年度']);
    put(ws, 4, 2, ['目標', '実績', '達成率', '目標', '実績', '達成率', '目標', '実績', '達成率']);
    ws.mergeCells('A3:A4');
    measures.forEach((m, j) => {
      ws.getCell(3, 2 + j * 3).value = m.name;
      ws.mergeCells(3, 2 + j * 3, 3, 4 + j * 3);
    });
    const years = ['令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度'];
    years.forEach((y, i) => {
      const r = 5 + i;
      ws.getCell(r, 1).value = y;
      measures.forEach((m, j) => {
        const c = 2 + j * 3;
        ws.getCell(r, c).value = m.targets[i];
        ws.getCell(r, c).numFmt = '0.0%';
        const a = m.actuals[i];
        ws.getCell(r, c + 1).value = a ?? '－';
        ws.getCell(r, c + 1).numFmt = '0.0%';
        if (a !== undefined) {
          ws.getCell(r, c + 2).value = a / m.targets[i];
          ws.getCell(r, c + 2).numFmt = '0.0%';
        }
      });
    });
    ws.getCell(10, 1).value = '令和5年度評価';
    evalGrades.forEach((g, j) => {
      ws.getCell(10, 2 + j * 3).value = g;
      ws.mergeCells(10, 2 + j * 3, 10, 4 + j * 3);
    });
    put(ws, 12, 1, ['※受診率・実施率は法定報告値（令和5年度は令和6年11月確定値）。']);
    put(ws, 13, 1, ['※評価　A：目標達成（達成率100％以上）　B：達成率90％以上　C：達成率90％未満']);
    ws.getColumn(1).width = 14;
  },
  expected: {
    file: 'h87-years-rows-fraction.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y1, '特定健康診査受診率', '％', 45.0, 41.2, { existing: 'B' }),
      ind(Y1, '特定保健指導実施率', '％', 35.0, 26.8, { existing: 'C' }),
      ind(Y1, '胃がん検診受診率', '％', 12.0, 12.5, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [formulas, fromBase, cardsWb, yearsRows];
