/** Hold-out 51: indicators in an Excel Table (ListObject), an 入力シート + 集計シート pair, a table with a 千円 SUM row. */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { cell, fx, gradeColours, gradeList, note, rich } from './util';

// ---- 1. 総合戦略 KPI in a ListObject, 達成率 and 評価 by formulas, frozen panes, a 評価基準 box beside it ----
const KPI_SHEET = 'KPI進捗管理表';
const KPI_ROWS: [number, string, string, string, number, number, number, '↑' | '↓', string | null][] = [
  [1, '1 しごとをつくる', '新規創業件数', '件', 12, 20, 23, '↑', '創業支援事業計画による'],
  [2, '1 しごとをつくる', '市内事業所の新規雇用者数', '人', 310, 400, 352, '↑', null],
  [3, '2 ひとの流れ', '転入者数', '人', 2814, 3000, 2705, '↑', '住民基本台帳'],
  [4, '2 ひとの流れ', '観光入込客数', '千人', 1120, 1300, 1342, '↑', null],
  [5, '3 結婚・出産・子育て', '子育て支援センター利用者数', '人', 21450, 24000, 22981, '↑', null],
  [6, '3 結婚・出産・子育て', '待機児童数', '人', 18, 0, 3, '↓', '各年4月1日現在'],
  [7, '4 まちづくり', 'コミュニティバス利用者数', '人', 98500, 105000, 101233, '↑', null],
  [8, '4 まちづくり', '市民1人1日あたりのごみ排出量', 'g', 905, 880, 872, '↓', null],
];
const rateOf = (t: number, a: number, d: string) => (d === '↓' ? (a === 0 ? 1 : t / a) : a / t);
const letter = (r: number) => (r >= 1 ? 'A' : r >= 0.8 ? 'B' : r >= 0.6 ? 'C' : 'D');

const kpiTable: Holdout2Workbook = {
  name: 'h51-kpi-listobject',
  layout:
    '総合戦略KPI in an Excel Table (ListObject) from A4, 達成率 and 評価 as formulas with cached results, ↑↓ column, frozen panes, 評価基準 box beside it',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(KPI_SHEET, { views: [{ state: 'frozen', xSplit: 3, ySplit: 4 }] });
    cell(ws, 'A1', '第2期 まち・ひと・しごと創生総合戦略　KPI進捗管理表').font = { bold: true, size: 14 };
    put(ws, 2, 1, ['評価対象年度：令和5年度（2023年度）']);
    put(ws, 2, 9, ['企画政策課']);
    ws.addTable({
      name: 'KPI進捗',
      ref: 'A4',
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: ['No', '基本目標', '重要業績評価指標（KPI）', '単位', '基準値（R1）', '目標値（R5）', '実績値（R5）', '方向', '達成率', '評価', '備考'].map(
        (name) => ({ name, filterButton: true }),
      ),
      rows: KPI_ROWS.map(([no, goal, name, unit, base, t, a, d, memo], i) => {
        const r = 5 + i;
        const rate = rateOf(t, a, d);
        return [
          no,
          goal,
          name,
          unit,
          base,
          t,
          a,
          d,
          fx(`IF(H${r}="↓",IF(G${r}=0,1,F${r}/G${r}),G${r}/F${r})`, rate),
          fx(`IF(I${r}>=1,"A",IF(I${r}>=0.8,"B",IF(I${r}>=0.6,"C","D")))`, letter(rate)),
          memo,
        ];
      }) as never,
    });
    for (let r = 5; r <= 12; r++) {
      ws.getCell(`I${r}`).numFmt = '0.0%';
      for (const c of ['E', 'F', 'G']) ws.getCell(`${c}${r}`).numFmt = '#,##0';
    }
    gradeList(ws, 'J', 5, 12);
    gradeColours(ws, 'J5:J12');
    put(ws, 14, 1, ['※ 達成率は実績値÷目標値（方向が↓の指標は目標値÷実績値、実績が0のときは100％）。']);
    put(ws, 15, 1, ['※ 方向：↑ 高いほど良い　↓ 低いほど良い']);
    put(ws, 4, 13, ['評価基準']);
    put(ws, 5, 13, ['A', '達成率100％以上']);
    put(ws, 6, 13, ['B', '80％以上100％未満']);
    put(ws, 7, 13, ['C', '60％以上80％未満']);
    put(ws, 8, 13, ['D', '60％未満']);
    ws.getColumn(3).width = 34;
  },
  expected: {
    file: 'h51-kpi-listobject.xlsx',
    fiscalYear: 2023,
    indicators: KPI_ROWS.map(([, , name, unit, , t, a, d]) => {
      const direction = d === '↓' ? 'down' : 'up';
      return ind(KPI_SHEET, name, unit, t, a, { direction, existing: letter(rateOf(t, a, d)) });
    }),
    groups: [],
  },
};

// ---- 2. 入力シート filled by the departments, 集計シート repeating it by formulas ----
const IN_ROWS: [string, string, string, string, number, number, number, '増加' | '減少'][] = [
  ['健康づくり課', '3-1', '特定健康診査受診率', '％', 41.2, 45.0, 43.6, '増加'],
  ['健康づくり課', '3-1', 'がん検診（胃がん）受診率', '％', 8.1, 10.0, 7.4, '増加'],
  ['子育て支援課', '3-2', '放課後児童クラブ待機児童数', '人', 12, 0, 0, '減少'],
  ['子育て支援課', '3-2', '地域子育て支援拠点の利用者数', '人', 18420, 20000, 19105, '増加'],
  ['高齢福祉課', '3-3', '認知症サポーター養成数（累計）', '人', 6850, 7500, 7612, '増加'],
  ['高齢福祉課', '3-3', '介護予防教室の参加者数', '人', 2310, 3000, 1742, '増加'],
];
const WORD: Record<string, string> = { A: '順調', B: '概ね順調', C: 'やや遅れている', D: '遅れている' };
const inRate = (t: number, a: number, d: string) => (d === '減少' ? (a === 0 ? 1 : t / a) : a / t);

const inputSummary: Holdout2Workbook = {
  name: 'h51-input-summary',
  layout:
    '入力シート (departments type R4 実績, R5 目標/実績, 目標の方向) and 集計シート repeating every cell by formulas with cached results, 判定 in words by IF, count rows under it',
  build(wb: Workbook) {
    const inp = wb.addWorksheet('入力シート', { views: [{ state: 'frozen', ySplit: 4 }] });
    put(inp, 1, 1, ['成果指標 入力シート（令和5年度実績）']);
    put(inp, 2, 1, ['※黄色のセルに入力してください。集計シートへは自動で反映されます。']);
    put(inp, 4, 1, ['担当課', '施策番号', '指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '目標の方向', '備考']);
    IN_ROWS.forEach(([dept, code, name, unit, prev, t, a, d], i) => {
      put(inp, 5 + i, 1, [dept, code, name, unit, prev, t, a, d]);
      for (const c of ['E', 'F', 'G']) inp.getCell(`${c}${5 + i}`).numFmt = unit === '％' ? '0.0' : '#,##0';
      inp.getCell(`G${5 + i}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF99' } };
    });
    put(inp, 9, 9, ['ｅラーニング受講者を含む']);
    for (let r = 5; r <= 10; r++) inp.getCell(`H${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"増加,減少,維持"'] };

    const sum = wb.addWorksheet('集計シート');
    put(sum, 1, 1, ['令和5年度 施策評価 集計表（健康福祉部）']);
    put(sum, 2, 7, ['（入力シートから自動集計）']);
    put(sum, 3, 1, ['施策', '指標名', '単位', '方向', '目標値', '実績値', '達成率', '判定']);
    IN_ROWS.forEach(([, code, name, unit, , t, a, d], i) => {
      const r = 4 + i;
      const s = 5 + i;
      const rate = inRate(t, a, d);
      sum.getCell(`A${r}`).value = fx(`入力シート!B${s}`, code);
      sum.getCell(`B${r}`).value = fx(`入力シート!C${s}`, name);
      sum.getCell(`C${r}`).value = fx(`入力シート!D${s}`, unit);
      sum.getCell(`D${r}`).value = fx(`入力シート!H${s}`, d);
      sum.getCell(`E${r}`).value = fx(`入力シート!F${s}`, t);
      sum.getCell(`F${r}`).value = fx(`入力シート!G${s}`, a);
      sum.getCell(`G${r}`).value = fx(`IF(D${r}="減少",IF(F${r}=0,1,E${r}/F${r}),F${r}/E${r})`, rate);
      sum.getCell(`G${r}`).numFmt = '0.0%';
      sum.getCell(`H${r}`).value = fx(`IF(G${r}>=1,"順調",IF(G${r}>=0.8,"概ね順調",IF(G${r}>=0.6,"やや遅れている","遅れている")))`, WORD[letter(rate)]);
    });
    put(sum, 11, 2, ['指標数']);
    sum.getCell('E11').value = fx('COUNTA(B4:B9)', 6);
    put(sum, 12, 2, ['「順調」の指標数']);
    sum.getCell('E12').value = fx('COUNTIF(H4:H9,"順調")', 2);
    gradeColours(sum, 'H4:H9', ['順調', '概ね順調', 'やや遅れている', '遅れている']);
    sum.pageSetup.printTitlesRow = '3:3';
  },
  expected: {
    file: 'h51-input-summary.xlsx',
    fiscalYear: 2023,
    indicators: IN_ROWS.map(([, , name, unit, , t, a, d]) =>
      ind('集計シート', name, unit, t, a, { direction: d === '減少' ? 'down' : 'up', existing: WORD[letter(inRate(t, a, d))] }),
    ),
    groups: [],
  },
};

// ---- 11. a ListObject on "Sheet1" with a 事業費（千円） column and its SUM totals row, no year anywhere ----
const HEALTH: [string, string, string, number, number, number][] = [
  ['健康相談', '健康相談の実施回数', '回', 120, 131, 1250],
  ['健康相談', '健康相談の相談者数', '人', 1800, 1526, 0],
  ['食育', '食育講座の参加者数', '人', 600, 388, 830],
  ['歯科保健', '歯周病検診の受診者数', '人', 2400, 1322, 4120],
  ['運動', 'ウォーキング事業の参加者数', '人', 1000, 1055, 560],
];

const tableNoYear: Holdout2Workbook = {
  name: 'h51-table-noyear',
  layout:
    'ListObject on Sheet1 (区分 指標 単位 目標 実績 達成率 判定 事業費), 判定 by formula, 事業費 in a #,##0"千円" format with a SUM totals row; no year written anywhere',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('Sheet1');
    cell(ws, 'B1', rich('健康増進事業', ' 成果指標の達成状況'));
    put(ws, 2, 7, ['健康推進課 保健係']);
    ws.addTable({
      name: 'テーブル1',
      ref: 'B4',
      headerRow: true,
      totalsRow: true,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: [
        { name: '区分', totalsRowLabel: '合計' },
        { name: '指標', totalsRowFunction: 'none' },
        { name: '単位', totalsRowFunction: 'none' },
        { name: '目標', totalsRowFunction: 'none' },
        { name: '実績', totalsRowFunction: 'none' },
        { name: '達成率', totalsRowFunction: 'none' },
        { name: '判定', totalsRowFunction: 'none' },
        { name: '事業費', totalsRowFunction: 'sum', totalsRowResult: 6760 },
      ] as never,
      rows: HEALTH.map(([k, name, unit, t, a, cost], i) => {
        const r = 5 + i;
        return [k, name, unit, t, a, fx(`F${r}/E${r}`, a / t), fx(`IF(G${r}>=1,"A",IF(G${r}>=0.8,"B",IF(G${r}>=0.6,"C","D")))`, letter(a / t)), cost];
      }) as never,
    });
    for (let r = 5; r <= 10; r++) {
      ws.getCell(`G${r}`).numFmt = '0%';
      ws.getCell(`I${r}`).numFmt = '#,##0"千円"';
    }
    put(ws, 12, 2, ['※ 事業費は当初予算額。健康相談の相談者数は相談事業の費用に含む。']);
    note(ws, 'F8', '備考：集団検診の受診者数（個別検診は医療機関委託のため別計上）。');
    ws.getColumn(3).width = 30;
  },
  expected: {
    file: 'h51-table-noyear.xlsx',
    indicators: HEALTH.map(([, name, unit, t, a]) => ind('Sheet1', name, unit, t, a, { existing: letter(a / t) })),
    groups: [],
    guesses: ['period'],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [kpiTable, inputSummary, tableNoYear];
export { letter };
